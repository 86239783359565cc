// The employee lists nested under a unit or a position, batched across parents (shared/nested.ts):
// the same rows and order as `EmployeeService.list({ unitId | positionId })`, in a fixed number of
// statements per request.
import type { Context } from '../../context.ts';
import { viewerOf } from '../../shared/resolve.ts';
import { nestedPages } from '../../shared/nested.ts';
import { placementActive, sql } from '../../shared/sql.ts';
import { employeeScope } from './employee.access.ts';
import { Employee } from './employee.entity.ts';

/** Employees currently placed in unit `k` (and its sub-units unless `includeSubUnits` is false), by name. */
export function unitEmployees(ctx: Context, includeSubUnits: boolean, limit: number, offset: number) {
  const scope = employeeScope(viewerOf(ctx), ctx.today);
  // Unit paths are built from ids ('/<uuid>/<uuid>/'): no LIKE wildcard can occur in them.
  const inUnit = includeSubUnits ? sql`fu.path like k.path || '%'` : sql`fph.unit_id = k.id`;
  return nestedPages(
    ctx,
    {
      key: `unit-employees:${includeSubUnits}`,
      entity: Employee,
      parents: sql`org_unit k`,
      from: sql`employee e`,
      id: sql`e.id`,
      where: sql`${scope} and exists (select 1 from position_history fph join org_unit fu on fu.id = fph.unit_id
                   where fph.employee_id = e.id and ${placementActive('fph', ctx.today)} and ${inUnit})`,
      order: sql`e.full_name asc, e.id asc`,
    },
    limit,
    offset,
  );
}

/** Current holders of position `k`, by name. */
export function positionHolders(ctx: Context, limit: number, offset: number) {
  const scope = employeeScope(viewerOf(ctx), ctx.today);
  return nestedPages(
    ctx,
    {
      key: 'position-holders',
      entity: Employee,
      parents: sql`position k`,
      from: sql`employee e`,
      id: sql`e.id`,
      where: sql`${scope} and exists (select 1 from position_history fph
                   where fph.employee_id = e.id and ${placementActive('fph', ctx.today)} and fph.position_id = k.id)`,
      order: sql`e.full_name asc, e.id asc`,
    },
    limit,
    offset,
  );
}

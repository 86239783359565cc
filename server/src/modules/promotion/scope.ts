// Which employees a cross-entity list covers: a unit's subtree (placements in effect on a date) or
// a whole government, always within what the viewer may see (a unit admin: their unit only).
import type { Context } from '../../context.ts';
import { refId } from '../../shared/base.entity.ts';
import { InputError } from '../../shared/errors.ts';
import { likeEscape } from '../../shared/list.ts';
import { viewerOf } from '../../shared/resolve.ts';
import { governmentScope } from '../../shared/scope.ts';
import { placementActive } from '../../shared/sql.ts';
import { employeeScope } from '../employee/index.ts';
import { OrganizationService } from '../organization/index.ts';

export interface ScopeArgs {
  unitId?: string | null;
  governmentId?: string | null;
}

export interface EmployeeSet {
  /** `select e.id from employee e where ...` */
  sql: string;
  params: unknown[];
  governmentId: string;
  /** The unit subtree, when the scope is a unit. */
  unitPath: string | null;
}

export const IN_SERVICE = `e.status in ('AKTIF', 'CUTI', 'TUGAS_BELAJAR')`;

/**
 * Employees in service in the scope: placed (on `onDate`) in the unit or below, or of the government.
 * `extra` adds conditions on `e` (e.g. PNS only); `everyone` drops the in-service condition.
 */
export async function employeesInScope(ctx: Context, scope: ScopeArgs, onDate: string, extra: string[] = [], everyone = false): Promise<EmployeeSet> {
  const viewer = viewerOf(ctx);
  const vis = employeeScope(viewer, ctx.today);
  const parts = [...(everyone ? [] : [IN_SERVICE]), vis.sql, ...extra];
  const params: unknown[] = [...vis.params];
  if (scope.unitId) {
    const unit = await new OrganizationService(ctx).getUnit(scope.unitId, 'unitId');
    if (scope.governmentId && scope.governmentId !== refId(unit.government as never)) {
      throw new InputError('governmentId', 'SCOPE_MISMATCH', 'governmentId: the unit belongs to another government; name either the unit or the government');
    }
    parts.push(`exists (select 1 from position_history ph join org_unit u on u.id = ph.unit_id where ph.employee_id = e.id and ${placementActive('ph')} and u.path like ?)`);
    params.push(onDate, onDate, `${likeEscape(unit.path)}%`);
    return { sql: `select e.id from employee e where ${parts.join(' and ')}`, params, governmentId: refId(unit.government as never)!, unitPath: unit.path };
  }
  const governmentId = scope.governmentId ?? governmentScope(viewer) ?? '';
  if (!governmentId) throw new InputError('governmentId', 'REQUIRED', 'governmentId: name the government or the unit');
  await new OrganizationService(ctx).getGovernment(governmentId);
  parts.push('e.government_id = ?');
  params.push(governmentId);
  return { sql: `select e.id from employee e where ${parts.join(' and ')}`, params, governmentId, unitPath: null };
}

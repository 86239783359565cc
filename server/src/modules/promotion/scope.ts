// Which employees a cross-entity list covers: a unit's subtree (placements in effect on a date) or
// a whole government, always within what the viewer may see (a unit admin: their unit only).
import type { Context } from '../../context.ts';
import { refId } from '../../shared/base.entity.ts';
import { CommonErrors } from '../../shared/errors.ts';
import { likeEscape } from '../../shared/list.ts';
import { viewerOf } from '../../shared/resolve.ts';
import { governmentScope } from '../../shared/scope.ts';
import { placementActive, sql, type Sql } from '../../shared/sql.ts';
import { employeeScope } from '../employee/index.ts';
import { OrganizationService } from '../organization/index.ts';
import { PromotionErrors } from './promotion.errors.ts';

export interface ScopeArgs {
  unitId?: string | null;
  governmentId?: string | null;
}

export interface EmployeeSet {
  /** `select e.id from employee e where ...` */
  ids: Sql;
  governmentId: string;
  /** The unit subtree, when the scope is a unit. */
  unitPath: string | null;
}

export const IN_SERVICE = sql.raw(`e.status in ('AKTIF', 'CUTI', 'TUGAS_BELAJAR')`);
export const PNS_ONLY = sql.raw(`e.asn_type = 'PNS'`);
export const PPPK_ONLY = sql.raw(`e.asn_type <> 'PNS'`);

/**
 * Employees in service in the scope: placed (on `onDate`) in the unit or below, or of the government.
 * `extra` adds conditions on `e` (e.g. PNS only); `everyone` drops the in-service condition.
 */
export async function employeesInScope(ctx: Context, scope: ScopeArgs, onDate: string, extra: Sql[] = [], everyone = false): Promise<EmployeeSet> {
  const viewer = viewerOf(ctx);
  const parts = [...(everyone ? [] : [IN_SERVICE]), employeeScope(viewer, ctx.today), ...extra];
  if (scope.unitId) {
    const unit = await new OrganizationService(ctx).getUnit(scope.unitId, 'unitId');
    if (scope.governmentId && scope.governmentId !== refId(unit.government as never)) {
      throw PromotionErrors.input('governmentId', 'SCOPE_MISMATCH', 'governmentId: the unit belongs to another government; name either the unit or the government');
    }
    parts.push(sql`exists (select 1 from position_history ph join org_unit u on u.id = ph.unit_id where ph.employee_id = e.id and ${placementActive('ph', onDate)} and u.path like ${`${likeEscape(unit.path)}%`})`);
    return { ids: sql`select e.id from employee e where ${sql.and(parts)}`, governmentId: refId(unit.government as never)!, unitPath: unit.path };
  }
  const governmentId = scope.governmentId ?? governmentScope(viewer) ?? '';
  if (!governmentId) throw CommonErrors.input('governmentId', 'REQUIRED', 'governmentId: name the government or the unit');
  await new OrganizationService(ctx).getGovernment(governmentId);
  parts.push(sql`e.government_id = ${governmentId}`);
  return { ids: sql`select e.id from employee e where ${sql.and(parts)}`, governmentId, unitPath: null };
}

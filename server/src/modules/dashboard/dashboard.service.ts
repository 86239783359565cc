// Numbers for the panel's dashboard that no other module answers: headcounts of a scope.
import type { Context } from '../../context.ts';
import { CommonErrors } from '../../shared/errors.ts';
import { viewerOf } from '../../shared/resolve.ts';
import { unitScope } from '../../shared/scope.ts';
import { query } from '../../shared/sql.ts';
import { AsnType } from '../reference/index.ts';
import { Sex } from '../employee/index.ts';
import { OrgUnit, OrganizationService } from '../organization/index.ts';
import { employeesInScope, type ScopeArgs } from '../promotion/index.ts';
import { headcountSql, type HeadcountRow, type UnitLevel } from './dashboard.sql.ts';
import { HeadcountGroup, type HeadcountBucket } from './dashboard.types.ts';

export interface HeadcountResult {
  groupBy: HeadcountGroup;
  asOf: string;
  governmentId: string;
  unit: OrgUnit | null;
  total: number;
  buckets: HeadcountBucket[];
}

export const NONE = 'NONE';

// Enum-valued groups: their order and names (the panel translates them by key).
const FIXED: Partial<Record<HeadcountGroup, [string, string][]>> = {
  [HeadcountGroup.ASN_TYPE]: [
    [AsnType.PNS, 'PNS'],
    [AsnType.PPPK, 'PPPK'],
    [AsnType.PPPK_PARUH_WAKTU, 'PPPK Paruh Waktu'],
  ],
  [HeadcountGroup.SEX]: [
    [Sex.MALE, 'Laki-laki'],
    [Sex.FEMALE, 'Perempuan'],
  ],
};

const NONE_LABEL: Record<HeadcountGroup, string> = {
  [HeadcountGroup.UNIT]: 'Tanpa penempatan',
  [HeadcountGroup.RANK]: 'Tanpa pangkat',
  [HeadcountGroup.EDUCATION]: 'Tanpa data pendidikan',
  [HeadcountGroup.ASN_TYPE]: 'Tidak tercatat',
  [HeadcountGroup.SEX]: 'Tidak tercatat',
};

export class DashboardService {
  constructor(private readonly ctx: Context) {}

  /**
   * Employees in service in a government or a unit subtree (the viewer's own by default), grouped
   * one way. A unit administrator counts their unit only: naming a whole government is refused.
   */
  async headcount(scope: ScopeArgs, groupBy: HeadcountGroup): Promise<HeadcountResult> {
    const viewer = viewerOf(this.ctx);
    const asOf = this.ctx.today;
    let unitId = scope.unitId ?? null;
    const subtree = unitScope(viewer);
    if (subtree && !unitId) {
      if (scope.governmentId) throw CommonErrors.forbidden('OTHER_UNIT', 'A unit administrator sees the numbers of their own unit and its sub-units: name the unit, or leave governmentId out', 'governmentId');
      unitId = viewer.unitId;
    }
    const set = await employeesInScope(this.ctx, { unitId, governmentId: scope.governmentId ?? null }, asOf);
    // Already loaded (and checked) by employeesInScope: the loader answers without a statement.
    const unit = unitId ? await new OrganizationService(this.ctx).getUnit(unitId, 'unitId') : null;
    const level: UnitLevel = unit ? { governmentId: set.governmentId, unit: { id: unit.id, path: unit.path, depth: unit.depth } } : { governmentId: set.governmentId, unit: null };
    const rows = await query<HeadcountRow>(this.ctx.em, headcountSql(groupBy, set.ids, asOf, level));
    const buckets = this.buckets(groupBy, rows, unit);
    return { groupBy, asOf, governmentId: set.governmentId, unit, total: buckets.reduce((s, b) => s + b.count, 0), buckets };
  }

  private buckets(groupBy: HeadcountGroup, rows: HeadcountRow[], unit: OrgUnit | null): HeadcountBucket[] {
    const fixed = FIXED[groupBy];
    if (fixed) {
      const counts = new Map(rows.map((r) => [r.key, Number(r.n)]));
      const known = fixed.filter(([key]) => counts.get(key)).map(([key, label]) => ({ key, label, detail: null, count: counts.get(key)! }));
      const other = rows.filter((r) => !fixed.some(([key]) => key === r.key)).reduce((s, r) => s + Number(r.n), 0);
      return other ? [...known, { key: NONE, label: NONE_LABEL[groupBy], detail: null, count: other }] : known;
    }
    return rows.map((r) => {
      if (r.key !== null) return { key: r.key, label: r.label ?? r.key, detail: r.detail, count: Number(r.n) };
      // Placed in the scope unit itself rather than in one of its sub-units.
      if (groupBy === HeadcountGroup.UNIT && unit) return { key: unit.id, label: unit.name, detail: unit.code, count: Number(r.n) };
      return { key: NONE, label: NONE_LABEL[groupBy], detail: null, count: Number(r.n) };
    });
  }
}

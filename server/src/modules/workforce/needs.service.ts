// The needs report and the five-year plan of a unit or government: each one set-based statement
// (workforce.sql.ts), shaped here into the API's types.
import type { Context } from '../../context.ts';
import { refId } from '../../shared/base.entity.ts';
import { CommonErrors } from '../../shared/errors.ts';
import { query } from '../../shared/sql.ts';
import { SettingsService } from '../settings/index.ts';
import { abkSettings, reportScope, visiblePosition, type ReportScope } from './workforce.access.ts';
import { WorkforceErrors } from './workforce.errors.ts';
import type { PlanScenarioInput } from './plan.inputs.ts';
import { ABK_BASIS } from './workforce.rules.ts';
import { needsReportSql, planSql, type NeedsPage, type PlanArgs } from './workforce.sql.ts';
import type { WorkforceNeeds } from './needs.types.ts';
import type { PlanRow, WorkforcePlan } from './plan.types.ts';

export interface ScopeArgs {
  unitId?: string | null;
  governmentId?: string | null;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** numeric columns arrive as JSON numbers; make sure of it where the API says Float. */
function numbers<T extends Record<string, unknown>>(row: T, keys: string[]): T {
  const out: Record<string, unknown> = { ...row };
  for (const k of keys) out[k] = num(out[k]);
  return out as T;
}

const POSITION_NUMBERS = ['totalWorkloadMinutes', 'requiredStaff', 'ej'];
const GROUP_NUMBERS = ['requiredStaff'];

export class NeedsService {
  constructor(private readonly ctx: Context) {}

  async needs(args: ScopeArgs, year: number | undefined, page: NeedsPage): Promise<WorkforceNeeds> {
    const y = year ?? Number(this.ctx.today.slice(0, 4));
    if (!Number.isInteger(y) || y < 2000 || y > 2100) throw CommonErrors.input('year', 'OUT_OF_RANGE', 'year: from 2000 to 2100');
    const scope = await reportScope(this.ctx, args);
    const settings = await abkSettings(this.ctx, scope.governmentId);
    const [{ report }] = await query<{ report: Record<string, any> }>(this.ctx.em, needsReportSql({ scope, settings, year: y, today: this.ctx.today }, page));
    const position = (p: Record<string, unknown>) => numbers(p, POSITION_NUMBERS);
    const group = (g: Record<string, unknown>) => ({ unitKind: null, hasSubUnits: null, ...numbers(g, GROUP_NUMBERS) });
    return {
      year: y,
      governmentId: scope.governmentId,
      unitId: scope.unitId,
      totals: group(report.totals) as never,
      byUnit: report.byUnit.map(group),
      byKind: report.byKind.map(group),
      bySector: report.bySector.map(group),
      largestShortages: report.largestShortages.map(position),
      largestSurpluses: report.largestSurpluses.map(position),
      ratios: report.ratios.map((r: Record<string, unknown>) => numbers(r, ['targetStaff', 'targetStaffPer'])),
      ratiosTotal: Number(report.ratiosTotal),
      positions: { items: report.positions.map(position), total: Number(report.positionsTotal), limit: page.limit, offset: page.offset },
      legalBasis: ABK_BASIS,
    };
  }

  /** The five-year plan from `fromYear` (this year by default, at most five years ahead). */
  async plan(args: ScopeArgs, fromYear: number | undefined, scenario: PlanScenarioInput | undefined, page: { limit: number; offset: number | null }, years = 5): Promise<WorkforcePlan> {
    const currentYear = Number(this.ctx.today.slice(0, 4));
    const from = fromYear ?? currentYear;
    if (!Number.isInteger(from) || from < currentYear || from > currentYear + 5) {
      throw WorkforceErrors.input('fromYear', 'PLAN_YEAR_RANGE', `fromYear: a plan starts this year (${currentYear}) or up to five years ahead`, { min: currentYear, max: currentYear + 5 });
    }
    if (!Number.isInteger(years) || years < 1 || years > 10) throw WorkforceErrors.input('years', 'PLAN_YEAR_RANGE', 'years: a plan covers 1 to 10 years', { min: 1, max: 10 });
    const scope = await reportScope(this.ctx, args);
    const planArgs = { ...(await this.planArgs(scope, from, currentYear, scenario)), years };
    const [{ plan }] = await query<{ plan: Record<string, any> }>(this.ctx.em, planSql(planArgs, page));
    const params = new URLSearchParams({ fromYear: String(from), years: String(years), ...(scope.unitId ? { unitId: scope.unitId } : { governmentId: scope.governmentId }) });
    if (scenario && (scenario.sectorGrowth?.length || scenario.newUnits?.length)) params.set('scenario', JSON.stringify(scenario));
    return {
      fromYear: from,
      toYear: from + years - 1,
      governmentId: scope.governmentId,
      unitId: scope.unitId,
      totals: plan.totals,
      bySector: plan.bySector,
      byUnit: plan.byUnit,
      rows: { items: plan.rows.map((r: Record<string, unknown>) => numbers(r, ['requiredStaff']) as unknown as PlanRow), total: Number(plan.rowsTotal), limit: page.limit, offset: page.offset ?? 0 },
      positionsWithoutAbk: Number(plan.positionsWithoutAbk),
      exportPath: `/export/workforce-plan.csv?${params.toString()}`,
      legalBasis: `${ABK_BASIS}; UU 20/2023 pasal 55 (batas usia pensiun); PP 49/2018 (perjanjian kerja PPPK)`,
    };
  }

  private async planArgs(scope: ReportScope, fromYear: number, currentYear: number, scenario: PlanScenarioInput | undefined): Promise<Omit<PlanArgs, 'years'>> {
    const seen = new Set<string>();
    scenario?.sectorGrowth?.forEach((g, i) => {
      if (seen.has(g.sector)) throw WorkforceErrors.input(`scenario.sectorGrowth.${i}.sector`, 'SCENARIO_DUPLICATE_SECTOR', `scenario.sectorGrowth.${i}.sector: ${g.sector} is given twice`);
      seen.add(g.sector);
    });
    const newUnits: PlanArgs['newUnits'] = [];
    for (const [i, u] of (scenario?.newUnits ?? []).entries()) {
      for (const [j, p] of u.positions.entries()) {
        const field = `scenario.newUnits.${i}.positions.${j}.positionId`;
        const { position } = await visiblePosition(this.ctx, p.positionId, field);
        if (refId(position.government as never) !== scope.governmentId) {
          throw CommonErrors.input(field, 'OTHER_GOVERNMENT', `${field}: the position belongs to another government`);
        }
        newUnits.push({ key: `new:${i + 1}:${p.positionId}`, name: u.name, sector: u.sector, fromYear: u.fromYear, positionId: p.positionId, count: p.count });
      }
    }
    const first = (await new SettingsService(this.ctx).number('retirement.firstOfFollowingMonth', scope.governmentId)) === 1;
    return {
      scope,
      settings: await abkSettings(this.ctx, scope.governmentId),
      fromYear,
      currentYear,
      today: this.ctx.today,
      firstOfFollowingMonth: first,
      growth: (scenario?.sectorGrowth ?? []).map((g) => ({ sector: g.sector, percent: g.percentPerYear })),
      newUnits,
    };
  }
}

import type { Context } from '../../context.ts';
import { viewerOf } from '../../shared/resolve.ts';
import { assertNotReadOnly, writableGovernment } from '../../shared/scope.ts';
import { query, sql } from '../../shared/sql.ts';
import { annualPredikats, creditPointFactors } from './performance.sql.ts';
import { EmployeeService } from '../employee/index.ts';
import { OrgUnit, OrganizationService } from '../organization/index.ts';
import { FunctionalLevel } from '../position/index.ts';
import { OrganizationRating } from './organization-rating.entity.ts';
import { DistributionBound, OrganizationRatingValue, Predikat } from './performance.enums.ts';
import type { SetOrganizationRatingInput } from './performance.inputs.ts';
import { checkDistribution, creditPoints, monthsWithin, type CreditResult, type DistributionResult, type DistributionRule } from './performance.rules.ts';

export interface UnitDistribution extends DistributionResult {
  unitId: string;
  year: number;
  organizationRating: OrganizationRatingValue | null;
}

export interface YearCredit extends CreditResult {
  year: number;
  predikat: Predikat | null;
  reasons: string[];
}

export class PerformanceReportService {
  constructor(private readonly ctx: Context) {}

  async setOrganizationRating(input: SetOrganizationRatingInput): Promise<OrganizationRating> {
    const viewer = viewerOf(this.ctx);
    assertNotReadOnly(viewer);
    await new OrganizationService(this.ctx).getUnit(input.unitId, 'unitId');
    const em = this.ctx.em;
    const unit = await em.findOneOrFail(OrgUnit, input.unitId);
    writableGovernment(viewer, unit.government.id, 'unitId');
    const existing = await em.findOne(OrganizationRating, { unit: unit.id, year: input.year });
    const row = existing ?? em.create(OrganizationRating, { government: unit.government.id, unit: unit.id, year: input.year, rating: input.rating });
    row.rating = input.rating;
    await em.flush();
    return row;
  }

  private async rules(): Promise<DistributionRule[]> {
    const rows = await query<{ organization_rating: OrganizationRatingValue; predikats: Predikat[]; bound: DistributionBound; value: number; description: string }>(
      this.ctx.em,
      sql`select organization_rating, predikats, bound, value, description from distribution_rule order by organization_rating, description`,
    );
    return rows.map((r) => ({ organizationRating: r.organization_rating, predikats: r.predikats, bound: r.bound, value: Number(r.value), description: r.description }));
  }

  /**
   * For a unit and a year: its employees' annual predikat (plans made in the unit or below), their
   * shares, and whether they respect the bound set by the unit's organisation rating. It reports;
   * it blocks nothing. One statement for the counts.
   */
  async distribution(unitId: string, year: number): Promise<UnitDistribution> {
    const unit = await new OrganizationService(this.ctx).getUnit(unitId, 'unitId');
    const [rating] = await query<{ rating: OrganizationRatingValue }>(this.ctx.em, sql`select rating from organization_rating where unit_id = ${unit.id} and year = ${year}`);
    const counts = await query<{ predikat: Predikat; n: string }>(
      this.ctx.em,
      sql`select v.predikat, count(*) as n from performance_evaluation v
         join performance_plan p on p.id = v.plan_id join org_unit pu on pu.id = p.unit_id
        where v.period = 'ANNUAL' and v.year = ${year} and pu.path like ${`${unit.path}%`} group by v.predikat`,
    );
    const byPredikat = Object.fromEntries(counts.map((c) => [c.predikat, Number(c.n)])) as Partial<Record<Predikat, number>>;
    const orgRating = rating?.rating ?? null;
    if (!orgRating) {
      const result = checkDistribution(OrganizationRatingValue.BAIK, byPredikat, []);
      return { ...result, unitId: unit.id, year, organizationRating: null, compliant: false, reasons: ['Predikat kinerja organisasi unit ini untuk tahun tersebut belum ditetapkan'] };
    }
    return { ...checkDistribution(orgRating, byPredikat, await this.rules()), unitId: unit.id, year, organizationRating: orgRating };
  }

  // ---- credit points --------------------------------------------------------------------------------

  /**
   * Credit points per year for functional positions: months held at each functional level in the
   * year x the conversion of that year's annual predikat x the level's coefficient (ASN-RULES §3).
   */
  async creditPoints(employeeId: string, fromYear?: number, toYear?: number): Promise<YearCredit[]> {
    const employee = await new EmployeeService(this.ctx).get(employeeId, 'employeeId');
    const em = this.ctx.em;
    const periods = await query<{ start_date: string; end_date: string | null; functional_level: FunctionalLevel }>(
      em,
      sql`select ph.start_date, ph.end_date, p.functional_level from position_history ph join position p on p.id = ph.position_id
        where ph.employee_id = ${employee.id} and p.kind = 'FUNGSIONAL' and p.functional_level is not null order by ph.start_date`,
    );
    if (!periods.length) return [];
    const annual = await annualPredikats(em, employee.id);
    const { conversion, coefficient } = await creditPointFactors(em);
    const thisYear = Number(this.ctx.today.slice(0, 4));
    const first = Math.max(fromYear ?? 0, Number(periods[0].start_date.slice(0, 4)));
    const last = Math.min(toYear ?? thisYear, thisYear);
    const out: YearCredit[] = [];
    for (let year = first; year <= last; year++) {
      const predikat = annual.get(year) ?? null;
      const segments = periods
        .map((p) => ({ level: p.functional_level, months: monthsWithin(year, p.start_date, p.end_date) }))
        .filter((s) => s.months > 0);
      if (!segments.length) continue;
      if (!predikat) {
        out.push({ year, predikat: null, total: 0, segments: [], legalBasis: creditPoints([]).legalBasis, reasons: [`Belum ada evaluasi kinerja tahunan ${year}: angka kredit belum dapat dihitung`] });
        continue;
      }
      const result = creditPoints(segments.map((s) => ({ ...s, coefficient: coefficient.get(s.level) ?? 0, predikat, percent: conversion.get(predikat) ?? 0 })));
      out.push({ ...result, year, predikat, reasons: result.segments.map((s) => `${s.level}: ${s.formula}`) });
    }
    return out;
  }
}

import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver } from 'type-graphql';
import { Parent } from '../../shared/root.ts';
import type { Context } from '../../context.ts';
import { READER_ROLES } from '../../shared/auth.ts';
import { PageArgs } from '../../shared/list.ts';
import { DateOnly } from '../../shared/scalars.ts';
import { placementActive, query, sql } from '../../shared/sql.ts';
import { Employee, EmployeeView, employeeView } from '../employee/index.ts';
import { OrgUnit } from '../organization/index.ts';
import { Position } from '../position/index.ts';
import { Rank } from '../reference/index.ts';
import { MERIT_BASIS } from './appointment.rules.ts';
import { AppointmentService, type Candidate } from './appointment.service.ts';
import { DukService, type DukRow } from './duk.service.ts';
import { EligibilityFilter, PromotionService, type EligibilityWithRank } from './promotion.service.ts';
import {
  DukPage,
  HrAlerts,
  PositionCandidateList,
  RankPromotionEligibility,
  RankPromotionEligibilityPage,
  RetirementInfo,
  RetirementPage,
  RetirementProjection,
} from './promotion.types.ts';
import { RETIREMENT_BASIS } from './retirement.rules.ts';
import { RetirementService, retirementOfRow, type RetirementInfo as RetirementResult } from './retirement.service.ts';
import { employeesInScope, type ScopeArgs } from './scope.ts';
import { addMonths } from '@asn-merit/common';

const present = <T>(x: T | null | Error | undefined): x is T => !!x && !(x instanceof Error);

export function eligibilitySummary(e: EligibilityWithRank): string {
  const next = e.nextRank ? `${e.nextRank.code} (${e.nextRank.name})` : 'pangkat berikutnya';
  if (e.eligible) return `Memenuhi syarat kenaikan pangkat ke ${next}, TMT paling cepat ${e.earliestTmt}`;
  const failing = e.conditions.filter((c) => !c.passed).map((c) => c.description.charAt(0).toLowerCase() + c.description.slice(1));
  const when = e.earliestTmt ? `; dapat naik pangkat paling cepat TMT ${e.earliestTmt}` : '';
  return `Belum memenuhi syarat kenaikan pangkat ke ${next}: ${failing.join('; ')}${when}`;
}

async function eligibilityOut(ctx: Context, e: EligibilityWithRank, asOf: string): Promise<RankPromotionEligibility> {
  const [employee, current, next] = await Promise.all([
    ctx.loaders.byId(Employee).load(e.employeeId),
    e.currentRank ? ctx.loaders.byId(Rank).load(e.currentRank.id) : null,
    e.nextRank ? ctx.loaders.byId(Rank).load(e.nextRank.id) : null,
  ]);
  return {
    employeeId: e.employeeId,
    employee: employee!,
    asOf,
    route: e.route,
    currentRank: current,
    currentRankTmt: e.currentRank?.tmt ?? null,
    nextRank: next,
    eligible: e.eligible,
    earliestTmt: e.earliestTmt,
    conditions: e.conditions,
    summary: eligibilitySummary(e),
  };
}

/** Masked roles get the year of retirement only: the date (1st of the month after a birthday) gives the birth date away. */
async function retirementOut(ctx: Context, r: RetirementResult): Promise<RetirementInfo> {
  const employee = (await ctx.loaders.byId(Employee).load(r.employeeId))!;
  const full = (await employeeView(ctx, employee)) === EmployeeView.FULL;
  return {
    ...r,
    employee,
    positionKind: r.positionKind as never,
    functionalLevel: r.functionalLevel as never,
    retirementDate: full ? r.retirementDate : null,
    retirementYear: Number(r.retirementDate.slice(0, 4)),
    reasons: full ? r.reasons : r.reasons.map((text) => text.replace(/\b(\d{4})-\d{2}-\d{2}\b/g, '$1')),
  };
}

function candidateOut(ctx: Context, c: Candidate) {
  return ctx.loaders.byId(Employee).load(c.employeeId).then((employee) => ({
    employee: employee!,
    qualified: c.qualified,
    score: c.score,
    requirements: c.requirements,
    failedRequirements: c.requirements.filter((r) => !r.passed),
    components: c.components,
    jpm: c.facts.jpm,
    talentBox: c.facts.box,
    latestPredikat: c.facts.predikat[0]?.predikat ?? null,
  }));
}

async function dukOut(ctx: Context, r: DukRow) {
  const [employee, rank, position, unit] = await Promise.all([
    ctx.loaders.byId(Employee).load(r.employee_id),
    r.rank_id ? ctx.loaders.byId(Rank).load(r.rank_id) : null,
    r.position_id ? ctx.loaders.byId(Position).load(r.position_id) : null,
    r.unit_id ? ctx.loaders.byId(OrgUnit).load(r.unit_id) : null,
  ]);
  return {
    number: r.number,
    employee: employee!,
    rank,
    rankTmt: r.rank_tmt,
    position,
    positionTmt: r.position_start,
    unit,
    serviceYears: Math.floor(r.service_months / 12),
    serviceMonths: r.service_months % 12,
    leadershipTraining: r.leadership_kind as never,
    leadershipTrainingDate: r.leadership_on,
    education: r.education_name,
    major: r.major,
    graduationYear: r.graduation_year,
    birthDate: r.birth_date,
    age: r.age,
  };
}

const scopeOf = (unitId?: string, governmentId?: string): ScopeArgs => ({ unitId: unitId ?? null, governmentId: governmentId ?? null });

@Resolver()
export class PromotionResolver {
  @Authorized()
  @Query(() => RankPromotionEligibility, { description: 'Whether an employee may be promoted to the next rank, every condition with its values and legal basis (ASN-RULES §3)' })
  async rankPromotionEligibility(@Ctx() ctx: Context, @Arg('employeeId', () => ID) employeeId: string, @Arg('asOf', () => DateOnly, { nullable: true }) asOf?: string) {
    const date = asOf ?? ctx.today;
    return eligibilityOut(ctx, await new PromotionService(ctx).eligibility(employeeId, date), date);
  }

  @Authorized(...READER_ROLES)
  @Query(() => RankPromotionEligibilityPage, { description: 'Promotion eligibility of the PNS of a unit (and below) or a government, computed set-based; soonest TMT first' })
  async rankPromotionEligibilities(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
    @Arg('governmentId', () => ID, { nullable: true }) governmentId?: string,
    @Arg('asOf', () => DateOnly, { nullable: true }) asOf?: string,
    @Arg('filter', () => EligibilityFilter, { defaultValue: EligibilityFilter.ALL }) filter: EligibilityFilter = EligibilityFilter.ALL,
    @Arg('months', () => Int, { nullable: true, description: 'With WITHIN_MONTHS: eligible now or on a TMT within this many months' }) months?: number,
  ) {
    const date = asOf ?? ctx.today;
    const result = await new PromotionService(ctx).eligibilities(scopeOf(unitId, governmentId), date, filter, months, page.limit, page.offset);
    return { ...result, asOf: date, items: await Promise.all(result.items.map((e) => eligibilityOut(ctx, e, date))) };
  }

  @Authorized(...READER_ROLES)
  @Query(() => PositionCandidateList, {
    description: 'Employees who could fill a position, ranked by merit score, with the requirements of ASN-RULES §8 (qualified: true for the shortlist, false for those failing a hard requirement)',
  })
  async positionCandidates(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('positionId', () => ID) positionId: string,
    @Arg('asOf', () => DateOnly, { nullable: true }) asOf?: string,
    @Arg('unitId', () => ID, { nullable: true, description: 'Look for candidates in this unit (and below) only; default: the whole government of the position' }) unitId?: string,
    @Arg('qualified', { defaultValue: true }) qualified: boolean = true,
    @Arg('talentPoolOnly', { defaultValue: false, description: 'Only candidates in the succession pool (9-box 7-9): the succession list of this position' }) talentPoolOnly: boolean = false,
  ) {
    const service = new AppointmentService(ctx);
    const list = await service.candidates(positionId, { unitId: unitId ?? null }, asOf, qualified, talentPoolOnly, page.limit, page.offset);
    const [{ n }] = await query<{ n: string }>(ctx.em, sql`select count(*) as n from position_history ph where ph.position_id = ${list.position.id} and ${placementActive('ph', list.asOf)}`);
    const w = list.weights;
    return {
      ...list,
      items: await Promise.all(list.items.map((c) => candidateOut(ctx, c))),
      vacancies: list.position.plannedHeadcount - Number(n),
      weights: Object.entries(w).map(([code, weight]) => ({ code, weight })),
      scoreFormula: `(${w.jpm}×JPM + ${w.performance}×predikat + ${w.talent}×kotak talenta + ${w.education}×pendidikan + ${w.rank}×pangkat) / ${w.jpm + w.performance + w.talent + w.education + w.rank}; setiap unsur 0-100: JPM %, predikat (SB 100, B 80, BP 40, K 20, SK 0), kotak/9, jenjang pendidikan/tertinggi, urutan pangkat/tertinggi`,
      legalBasis: `${list.rule?.legalBasis ?? 'Syarat jabatan instansi'}; ${MERIT_BASIS}`,
    };
  }

  @Authorized(...READER_ROLES)
  @Query(() => DukPage, { description: 'Daftar Urut Kepangkatan of a unit (and below) or a government; the whole list downloads as CSV from csvPath' })
  async duk(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
    @Arg('governmentId', () => ID, { nullable: true }) governmentId?: string,
    @Arg('asOf', () => DateOnly, { nullable: true }) asOf?: string,
  ) {
    const result = await new DukService(ctx).page(scopeOf(unitId, governmentId), asOf, page.limit, page.offset);
    const qs = new URLSearchParams({ ...(unitId ? { unitId } : {}), ...(governmentId ? { governmentId } : {}), asOf: result.asOf });
    return { ...result, items: await Promise.all(result.items.map((r) => dukOut(ctx, r))), csvPath: `/export/duk.csv?${qs}` };
  }

  @Authorized(...READER_ROLES)
  @Query(() => RetirementPage, { description: 'Employees retiring between two dates (default: the next 12 months), soonest first' })
  async retirements(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
    @Arg('governmentId', () => ID, { nullable: true }) governmentId?: string,
    @Arg('from', () => DateOnly, { nullable: true }) from?: string,
    @Arg('to', () => DateOnly, { nullable: true }) to?: string,
  ) {
    const result = await new RetirementService(ctx).retirements(scopeOf(unitId, governmentId), from, to, page.limit, page.offset);
    return {
      ...result,
      items: await Promise.all(
        result.items.map((r) =>
          retirementOut(ctx, retirementOfRow(r)),
        ),
      ),
    };
  }

  @Authorized(...READER_ROLES)
  @Query(() => RetirementProjection, { description: 'Retirements per year and unit over the next years (this year included)' })
  async retirementProjection(
    @Ctx() ctx: Context,
    @Arg('years', () => Int, { defaultValue: 5 }) years: number,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
    @Arg('governmentId', () => ID, { nullable: true }) governmentId?: string,
  ) {
    const p = await new RetirementService(ctx).projection(scopeOf(unitId, governmentId), years);
    const byYear = [];
    for (let y = p.fromYear; y <= p.toYear; y++) byYear.push({ year: y, count: p.rows.filter((r) => r.year === y).reduce((s, r) => s + r.count, 0) });
    const units = await ctx.loaders.byId(OrgUnit).loadMany(p.rows.map((r) => r.unitId ?? '-'));
    return {
      fromYear: p.fromYear,
      toYear: p.toYear,
      total: byYear.reduce((s, y) => s + y.count, 0),
      byYear,
      cells: p.rows.map((r, i) => ({ year: r.year, count: r.count, unit: present(units[i]) ? units[i] : null })),
      legalBasis: RETIREMENT_BASIS,
    };
  }

  @Authorized(...READER_ROLES)
  @Query(() => HrAlerts, { description: 'Promotions due, retirements and PPPK contracts ending soon (windows are settings)' })
  async hrAlerts(
    @Ctx() ctx: Context,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
    @Arg('governmentId', () => ID, { nullable: true }) governmentId?: string,
    @Arg('limit', () => Int, { defaultValue: 10, description: 'Items listed per alert (0-50)' }) limit: number = 10,
  ) {
    const scope = scopeOf(unitId, governmentId);
    const n = Math.max(0, Math.min(limit, 50));
    const retirement = new RetirementService(ctx);
    const set = await employeesInScope(ctx, scope, ctx.today);
    const months = await retirement.alertMonths(set.governmentId);
    const promotions = await new PromotionService(ctx).eligibilities(scope, ctx.today, EligibilityFilter.WITHIN_MONTHS, months.promotion, Math.max(n, 1), 0);
    const retirements = await retirement.between(scope, ctx.today, addMonths(ctx.today, months.retirement), Math.max(n, 1), 0);
    const contracts = await retirement.contractsEnding(scope, months.contract, Math.max(n, 1));
    return {
      promotionMonths: months.promotion,
      promotionsDue: promotions.total,
      promotions: await Promise.all(promotions.items.slice(0, n).map((e) => eligibilityOut(ctx, e, ctx.today))),
      retirementMonths: months.retirement,
      retirementsDue: retirements.total,
      retirements: await Promise.all(
        retirements.items.slice(0, n).map((r) =>
          retirementOut(ctx, retirementOfRow(r)),
        ),
      ),
      contractMonths: months.contract,
      contractsEnding: contracts.total,
      contracts: (await ctx.loaders.byId(Employee).loadMany(contracts.ids.slice(0, n))).filter(present),
    };
  }
}

@Resolver(() => Employee)
export class EmployeePromotionResolver {
  @FieldResolver(() => RankPromotionEligibility, { nullable: true, description: 'Rank promotion eligibility on a date (today by default), with every condition' })
  async rankPromotion(@Parent() e: Employee, @Ctx() ctx: Context, @Arg('asOf', () => DateOnly, { nullable: true }) asOf?: string) {
    const date = asOf ?? ctx.today;
    return eligibilityOut(ctx, await new PromotionService(ctx).eligibility(e.id, date), date);
  }

  @FieldResolver(() => RetirementInfo, { nullable: true, description: 'Retirement age and date (ASN-RULES §11)' })
  async retirement(@Parent() e: Employee, @Ctx() ctx: Context) {
    return retirementOut(ctx, await new RetirementService(ctx).forEmployee(e.id));
  }
}

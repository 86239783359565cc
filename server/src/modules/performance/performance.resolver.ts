import DataLoader from 'dataloader';
import { Length } from 'class-validator';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { Context } from '../../context.ts';
import { ADMIN_ROLES, READER_ROLES, Role } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { PageArgs, PageType } from '../../shared/list.ts';
import { DateOnly } from '../../shared/scalars.ts';
import { groupBy } from '../../shared/loaders.ts';
import { Employee } from '../employee/index.ts';
import { Government, OrgUnit } from '../organization/index.ts';
import { FunctionalLevel, Position } from '../position/index.ts';
import { PerformanceEvaluation } from './evaluation.entity.ts';
import { EvaluationService, annualEvaluationsLoader } from './evaluation.service.ts';
import { CoachingPlan, Recognition, RecognitionStatus } from './followup.entity.ts';
import { FollowUpNeed, FollowUpService } from './followup.service.ts';
import { CreditPointCoefficient, CreditPointConversion, OrganizationRating, PredikatDistributionRule } from './organization-rating.entity.ts';
import { DistributionBound, EvaluationPeriod, OrganizationRatingValue, Predikat, PREDIKAT_LABEL } from './performance.enums.ts';
import { CreatePlanInput, EvaluateInput, GiveFeedbackInput, PlanFilter, ReportProgressInput, SetOrganizationRatingInput, TargetInput, UpdateEvaluationInput, UpdatePlanInput } from './performance.inputs.ts';
import { predikatOf } from './performance.rules.ts';
import { PerformancePlan, PerformanceTarget } from './plan.entity.ts';
import { PlanService } from './plan.service.ts';
import { ProgressReport } from './progress.entity.ts';
import { PerformanceReportService } from './report.service.ts';
import { OptionalId, OptionalIds, RequiredId } from '../../shared/inputs.ts';

registerEnumType(FollowUpNeed, { name: 'FollowUpNeed' });

@ObjectType()
export class PerformancePlanPage extends PageType(PerformancePlan) {}

@ObjectType()
export class PerformanceEvaluationPage extends PageType(PerformanceEvaluation) {}

@InputType()
export class EvaluationFilterInput {
  @OptionalIds()
  ids?: string[];

  @OptionalId()
  employeeId?: string;

  @OptionalId()
  planId?: string;

  @OptionalId('Plans made in this unit or below')
  unitId?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => EvaluationPeriod, { nullable: true })
  period?: EvaluationPeriod;

  @Field(() => [Predikat], { nullable: true })
  predikats?: Predikat[];
}

@ObjectType()
export class PredikatCount {
  @Field(() => Predikat)
  predikat!: Predikat;

  @Field()
  label!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Float)
  percent!: number;
}

@ObjectType({ description: 'One bound of the organisation rating, checked' })
export class DistributionCheckResult {
  @Field()
  description!: string;

  @Field(() => [Predikat])
  predikats!: Predikat[];

  @Field(() => DistributionBound)
  bound!: DistributionBound;

  @Field(() => Float)
  value!: number;

  @Field(() => Int)
  count!: number;

  @Field(() => Float)
  percent!: number;

  @Field()
  passed!: boolean;
}

@ObjectType({ description: "Whether a unit's annual predikat respect the bound of its organisation rating (SE MenPANRB 3/2023)" })
export class DistributionReport {
  @Field(() => OrgUnit)
  unit!: OrgUnit;

  @Field(() => Int)
  year!: number;

  @Field(() => OrganizationRatingValue, { nullable: true })
  organizationRating!: OrganizationRatingValue | null;

  @Field(() => Int)
  total!: number;

  @Field(() => [PredikatCount])
  counts!: PredikatCount[];

  @Field(() => [DistributionCheckResult])
  checks!: DistributionCheckResult[];

  @Field()
  compliant!: boolean;

  @Field(() => [String])
  reasons!: string[];

  @Field()
  legalBasis!: string;
}

@ObjectType()
export class CreditSegmentResult {
  @Field(() => FunctionalLevel)
  level!: FunctionalLevel;

  @Field(() => Float)
  months!: number;

  @Field(() => Float)
  coefficient!: number;

  @Field(() => Float)
  percent!: number;

  @Field(() => Float)
  points!: number;

  @Field()
  formula!: string;
}

@ObjectType({ description: 'Credit points earned in a year (ASN-RULES §3)' })
export class CreditYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Predikat, { nullable: true })
  predikat!: Predikat | null;

  @Field(() => Float)
  total!: number;

  @Field(() => [CreditSegmentResult])
  segments!: CreditSegmentResult[];

  @Field(() => [String])
  reasons!: string[];

  @Field()
  legalBasis!: string;
}

@ObjectType({ description: 'An annual rating still waiting for its follow-up' })
export class PendingFollowUp {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => Int)
  year!: number;

  @Field(() => Predikat)
  predikat!: Predikat;

  @Field(() => FollowUpNeed)
  need!: FollowUpNeed;
}

@ObjectType()
export class PendingFollowUpPage extends PageType(PendingFollowUp) {}

@InputType()
export class CreateCoachingPlanInput {
  @RequiredId()
  employeeId!: string;

  @Field(() => Int)
  year!: number;

  @Field()
  @Length(5, 4000)
  goals!: string;

  @RequiredId()
  mentorId!: string;

  @Field(() => DateOnly)
  reviewDate!: string;
}

const PREDIKAT_ORDER = [Predikat.SANGAT_BAIK, Predikat.BAIK, Predikat.BUTUH_PERBAIKAN, Predikat.KURANG, Predikat.SANGAT_KURANG];

const targetsLoader = (ctx: Context) =>
  ctx.loaders.get('performance.targets', (em) =>
    new DataLoader<string, PerformanceTarget[]>(async (planIds) => {
      const rows = (await em.createQueryBuilder(PerformanceTarget).select('*').where({ plan: { $in: [...planIds] } }).orderBy({ ordinal: 'asc' }).execute('all', true)) as PerformanceTarget[];
      return groupBy(planIds, rows, (r) => refId(r.plan)!);
    }),
  );

const planEvaluationsLoader = (ctx: Context) =>
  ctx.loaders.get('performance.planEvaluations', (em) =>
    new DataLoader<string, PerformanceEvaluation[]>(async (planIds) => {
      const rows = (await em.createQueryBuilder(PerformanceEvaluation).select('*').where({ plan: { $in: [...planIds] } }).orderBy({ period: 'asc' }).execute('all', true)) as PerformanceEvaluation[];
      return groupBy(planIds, rows, (r) => refId(r.plan)!);
    }),
  );

@Resolver(() => PerformancePlan)
export class PerformancePlanResolver {
  @Authorized()
  @Query(() => PerformancePlanPage, { description: 'SKP plans the caller may see (an employee: their own and those they evaluate)' })
  performancePlans(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => PlanFilter, { nullable: true }) filter?: PlanFilter) {
    return new PlanService(ctx).list(filter, page.limit, page.offset);
  }

  @Authorized()
  @Query(() => PerformancePlan)
  performancePlan(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new PlanService(ctx).get(id);
  }

  @Authorized(...ADMIN_ROLES, Role.EMPLOYEE)
  @Mutation(() => PerformancePlan, { description: 'Make the SKP of an employee for a year (the superior of record is found from the position tree unless given)' })
  createPerformancePlan(@Ctx() ctx: Context, @Arg('input', () => CreatePlanInput) input: CreatePlanInput) {
    return new PlanService(ctx).create(input);
  }

  @Authorized(...ADMIN_ROLES, Role.EMPLOYEE)
  @Mutation(() => PerformancePlan)
  updatePerformancePlan(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdatePlanInput) input: UpdatePlanInput) {
    return new PlanService(ctx).update(id, input);
  }

  @Authorized(...ADMIN_ROLES, Role.EMPLOYEE)
  @Mutation(() => PerformanceTarget)
  addPerformanceTarget(@Ctx() ctx: Context, @Arg('planId', () => ID) planId: string, @Arg('input', () => TargetInput) input: TargetInput) {
    return new PlanService(ctx).addTarget(planId, input);
  }

  @Authorized(...ADMIN_ROLES, Role.EMPLOYEE)
  @Mutation(() => Boolean)
  removePerformanceTarget(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new PlanService(ctx).removeTarget(id, version);
  }

  @Authorized(Role.EMPLOYEE)
  @Mutation(() => ProgressReport, { description: 'The employee reports progress on their plan (text, evidence link, percentage)' })
  reportProgress(@Ctx() ctx: Context, @Arg('input', () => ReportProgressInput) input: ReportProgressInput) {
    return new PlanService(ctx).reportProgress(input);
  }

  @Authorized(Role.EMPLOYEE)
  @Mutation(() => ProgressReport, { description: 'The superior of record answers a progress report' })
  giveFeedback(@Ctx() ctx: Context, @Arg('input', () => GiveFeedbackInput) input: GiveFeedbackInput) {
    return new PlanService(ctx).giveFeedback(input);
  }

  @FieldResolver(() => Employee)
  employee(@Root() p: PerformancePlan, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(refId(p.employee)!);
  }

  @FieldResolver(() => Employee, { description: 'The superior of record' })
  evaluator(@Root() p: PerformancePlan, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(refId(p.evaluator)!);
  }

  @FieldResolver(() => Position, { nullable: true })
  position(@Root() p: PerformancePlan, @Ctx() ctx: Context) {
    const id = refId(p.position);
    return id ? ctx.loaders.byId(Position).load(id) : null;
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  unit(@Root() p: PerformancePlan, @Ctx() ctx: Context) {
    const id = refId(p.unit);
    return id ? ctx.loaders.byId(OrgUnit).load(id) : null;
  }

  @FieldResolver(() => [PerformanceTarget])
  targets(@Root() p: PerformancePlan, @Ctx() ctx: Context) {
    return targetsLoader(ctx).load(p.id);
  }

  @FieldResolver(() => [PerformanceEvaluation])
  evaluations(@Root() p: PerformancePlan, @Ctx() ctx: Context) {
    return planEvaluationsLoader(ctx).load(p.id);
  }

  @FieldResolver(() => [ProgressReport], { description: 'The feedback thread (the employee, the superior of record and administrators only)' })
  progress(@Root() p: PerformancePlan, @Ctx() ctx: Context) {
    return new PlanService(ctx).thread(p.id);
  }
}

@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  @FieldResolver(() => Employee)
  author(@Root() r: ProgressReport, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(refId(r.author)!);
  }

  @FieldResolver(() => PerformanceTarget, { nullable: true })
  target(@Root() r: ProgressReport, @Ctx() ctx: Context) {
    const id = refId(r.target);
    return id ? ctx.loaders.byId(PerformanceTarget).load(id) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The progress report this feedback answers' })
  replyToId(@Root() r: ProgressReport) {
    return refId(r.replyTo);
  }
}

@Resolver(() => PerformanceEvaluation)
export class EvaluationResolver {
  @Authorized()
  @Query(() => PerformanceEvaluationPage, { description: 'Quarterly and annual evaluations the caller may see' })
  performanceEvaluations(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => EvaluationFilterInput, { nullable: true }) filter?: EvaluationFilterInput) {
    return new EvaluationService(ctx).list(filter ?? {}, page.limit, page.offset);
  }

  @Authorized()
  @Query(() => PerformanceEvaluation)
  performanceEvaluation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new EvaluationService(ctx).get(id);
  }

  @Authorized(...ADMIN_ROLES, Role.EMPLOYEE)
  @Mutation(() => PerformanceEvaluation, { description: 'Rate work results and behaviour for a quarter or the year; the predikat follows the §4 matrix' })
  evaluatePerformance(@Ctx() ctx: Context, @Arg('input', () => EvaluateInput) input: EvaluateInput) {
    return new EvaluationService(ctx).evaluate(input);
  }

  @Authorized(...ADMIN_ROLES, Role.EMPLOYEE)
  @Mutation(() => PerformanceEvaluation, { description: 'Change the ratings of an evaluation; the predikat is recomputed' })
  updatePerformanceEvaluation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateEvaluationInput) input: UpdateEvaluationInput) {
    return new EvaluationService(ctx).update(id, input);
  }

  @FieldResolver(() => String, { description: 'e.g. "Sangat Baik", "Kurang/Misconduct"' })
  predikatLabel(@Root() e: PerformanceEvaluation) {
    return PREDIKAT_LABEL[e.predikat];
  }

  @FieldResolver(() => [String], { description: 'Why this predikat (the §4 matrix)' })
  reasons(@Root() e: PerformanceEvaluation) {
    return predikatOf(e.resultRating, e.behaviourRating).reasons;
  }

  @FieldResolver(() => String)
  legalBasis(@Root() e: PerformanceEvaluation) {
    return predikatOf(e.resultRating, e.behaviourRating).legalBasis;
  }

  @FieldResolver(() => Employee)
  employee(@Root() e: PerformanceEvaluation, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(refId(e.employee)!);
  }

  @FieldResolver(() => Employee)
  evaluator(@Root() e: PerformanceEvaluation, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(refId(e.evaluator)!);
  }

  @FieldResolver(() => PerformancePlan)
  plan(@Root() e: PerformanceEvaluation, @Ctx() ctx: Context) {
    return ctx.loaders.byId(PerformancePlan).load(refId(e.plan)!);
  }
}

const byEmployee = <T extends { employee: unknown }>(key: string, entity: new () => T) => (ctx: Context) =>
  ctx.loaders.get(key, (em) =>
    new DataLoader<string, T[]>(async (ids) => {
      const rows = (await em.createQueryBuilder(entity).select('*').where({ employee: { $in: [...ids] } } as never).orderBy({ year: 'desc' } as never).execute('all', true)) as T[];
      return groupBy(ids, rows, (r) => refId(r.employee as string)!);
    }),
  );
const recognitionsLoader = byEmployee('performance.recognitions', Recognition);
const coachingLoader = byEmployee('performance.coaching', CoachingPlan);

@Resolver(() => Employee)
export class EmployeePerformanceResolver {
  @FieldResolver(() => [PerformanceEvaluation], { nullable: true, description: 'Annual evaluations, newest year first' })
  annualEvaluations(@Root() e: Employee, @Ctx() ctx: Context) {
    return annualEvaluationsLoader(ctx).load(e.id);
  }

  @FieldResolver(() => [Recognition], { nullable: true, description: 'Recognitions proposed or decided, newest year first' })
  recognitions(@Root() e: Employee, @Ctx() ctx: Context) {
    return recognitionsLoader(ctx).load(e.id);
  }

  @FieldResolver(() => [CoachingPlan], { nullable: true, description: 'Coaching plans, newest year first' })
  coachingPlans(@Root() e: Employee, @Ctx() ctx: Context) {
    return coachingLoader(ctx).load(e.id);
  }
}

@Resolver()
export class PerformanceReportResolver {
  @Authorized(...ADMIN_ROLES)
  @Mutation(() => OrganizationRating, { description: 'Set the organisation rating of a unit for a year' })
  setOrganizationRating(@Ctx() ctx: Context, @Arg('input', () => SetOrganizationRatingInput) input: SetOrganizationRatingInput) {
    return new PerformanceReportService(ctx).setOrganizationRating(input);
  }

  @Authorized(...READER_ROLES)
  @Query(() => DistributionReport, { description: 'Annual predikat of a unit against the bound of its organisation rating (reports; blocks nothing)' })
  async performanceDistribution(@Ctx() ctx: Context, @Arg('unitId', () => ID) unitId: string, @Arg('year', () => Int) year: number): Promise<DistributionReport> {
    const r = await new PerformanceReportService(ctx).distribution(unitId, year);
    return {
      ...r,
      unit: (await ctx.loaders.byId(OrgUnit).load(r.unitId))!,
      counts: PREDIKAT_ORDER.map((p) => ({ predikat: p, label: PREDIKAT_LABEL[p], count: r.counts[p], percent: r.total ? Math.round((r.counts[p] / r.total) * 10000) / 100 : 0 })),
    };
  }

  @Authorized()
  @Query(() => [CreditYear], { description: 'Credit points per year for the functional positions an employee held (ASN-RULES §3)' })
  creditPoints(
    @Ctx() ctx: Context,
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('fromYear', () => Int, { nullable: true }) fromYear?: number,
    @Arg('toYear', () => Int, { nullable: true }) toYear?: number,
  ) {
    return new PerformanceReportService(ctx).creditPoints(employeeId, fromYear, toYear);
  }

}

@Resolver()
export class FollowUpResolver {
  @Authorized(...READER_ROLES)
  @Query(() => PendingFollowUpPage, { description: 'Annual ratings of a unit still lacking their follow-up (recognition or coaching)' })
  async pendingFollowUps(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('unitId', () => ID) unitId: string, @Arg('year', () => Int) year: number) {
    const r = await new FollowUpService(ctx).pending(unitId, year, page.limit, page.offset);
    return { ...r, items: await Promise.all(r.items.map(async (i) => ({ ...i, employee: (await ctx.loaders.byId(Employee).load(i.employeeId))! }))) };
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => CoachingPlan, { description: 'Coaching for an annual rating below Baik; training is recommended from the competency gaps' })
  createCoachingPlan(@Ctx() ctx: Context, @Arg('input', () => CreateCoachingPlanInput) input: CreateCoachingPlanInput) {
    return new FollowUpService(ctx).createCoachingPlan(input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => CoachingPlan)
  completeCoachingPlan(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new FollowUpService(ctx).completeCoachingPlan(id, version);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => Recognition, { description: 'Approve or reject a proposed recognition' })
  decideRecognition(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('status', () => RecognitionStatus) status: RecognitionStatus, @Arg('version', () => Int) version: number) {
    return new FollowUpService(ctx).decideRecognition(id, status, version);
  }
}

@Resolver(() => Recognition)
export class RecognitionResolver {
  @FieldResolver(() => Employee)
  employee(@Root() r: Recognition, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(refId(r.employee)!);
  }

  @FieldResolver(() => Government)
  government(@Root() r: Recognition, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Government).load(refId(r.government)!);
  }
}

@Resolver(() => CoachingPlan)
export class CoachingPlanResolver {
  @FieldResolver(() => Employee)
  employee(@Root() r: CoachingPlan, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(refId(r.employee)!);
  }

  @FieldResolver(() => Employee)
  mentor(@Root() r: CoachingPlan, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(refId(r.mentor)!);
  }
}

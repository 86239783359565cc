import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Parent } from '../../shared/root.ts';
import type { Context } from '../../context.ts';
import { ADMIN_ROLES, READER_ROLES, Role } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { PageArgs, PageType } from '../../shared/list.ts';
import { Employee } from '../employee/index.ts';
import { Government } from '../organization/index.ts';
import { Position } from '../position/index.ts';
import { Assessment } from './assessment.entity.ts';
import { AssessmentService, scoresLoader, type JobPersonMatch, type UnitJpmRow } from './assessment.service.ts';
import { AssessmentPurpose } from './competency.enums.ts';
import { Competency, CompetencyLevelDefault } from './competency.entity.ts';
import {
  AssessmentFilter,
  CompetencyComparison,
  CompetencyFilter,
  CreateAssessmentInput,
  CreateCompetencyInput,
  JpmCategoryResult,
  StandardEntry,
  UpdateAssessmentInput,
  UpdateCompetencyInput,
} from './competency.inputs.ts';
import { CompetencyService, type StandardRow } from './competency.service.ts';
import { JpmCategory } from './jpm-category.entity.ts';
import { CompetencyErrors } from './competency.errors.ts';

@ObjectType({ description: 'Assessed level of one competency' })
export class AssessedLevel {
  @Field(() => Competency)
  competency!: Competency;

  @Field(() => Int)
  level!: number;
}

@ObjectType({ description: 'Job-person match: an assessment compared with a position standard (ASN-RULES §6)' })
export class JobPersonMatchResult {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => Position, { nullable: true })
  position!: Position | null;

  @Field(() => Assessment, { nullable: true })
  assessment!: Assessment | null;

  @Field(() => AssessmentPurpose)
  purpose!: AssessmentPurpose;

  @Field(() => Float, { description: 'JPM %, capped at 100' })
  percent!: number;

  @Field(() => JpmCategoryResult, { nullable: true })
  category!: JpmCategoryResult | null;

  @Field(() => [CompetencyComparison], { description: 'Competencies below the standard, with the gap (training needs)' })
  gaps!: CompetencyComparison[];

  @Field(() => [CompetencyComparison], { description: 'Every competency of the standard' })
  comparisons!: CompetencyComparison[];

  @Field(() => [String])
  reasons!: string[];

  @Field()
  legalBasis!: string;
}

@ObjectType()
export class JobPersonMatchPage extends PageType(JobPersonMatchResult) {}

@ObjectType()
export class AssessmentPage extends PageType(Assessment) {}

async function toResult(ctx: Context, m: JobPersonMatch | UnitJpmRow, extra: Partial<JobPersonMatch> = {}): Promise<JobPersonMatchResult> {
  const full = { reasons: [], legalBasis: '', comparisons: [], ...m, ...extra } as JobPersonMatch;
  const compIds = [...new Set([...full.gaps, ...full.comparisons].map((g) => g.competencyId))];
  const comps = new Map((await ctx.loaders.byId(Competency).loadMany(compIds)).filter((c): c is Competency => !!c && !(c instanceof Error)).map((c) => [c.id, c]));
  const asCmp = (g: { competencyId: string; required: number; assessed: number; gap: number }) => ({ competency: comps.get(g.competencyId)!, required: g.required, assessed: g.assessed, gap: g.gap });
  return {
    employee: (await ctx.loaders.byId(Employee).load(full.employeeId))!,
    position: full.positionId ? await ctx.loaders.byId(Position).load(full.positionId) : null,
    assessment: full.assessmentId ? await ctx.loaders.byId(Assessment).load(full.assessmentId) : null,
    purpose: full.purpose,
    percent: full.percent,
    category: full.category,
    gaps: full.gaps.map(asCmp),
    comparisons: full.comparisons.map(asCmp),
    reasons: full.reasons,
    legalBasis: full.legalBasis,
  };
}

@Resolver(() => Competency)
export class CompetencyResolver {
  @Authorized()
  @Query(() => [Competency], { description: 'The competency dictionary: national managerial and socio-cultural, plus technical ones of a government' })
  competencies(@Ctx() ctx: Context, @Arg('filter', () => CompetencyFilter, { nullable: true }) filter?: CompetencyFilter) {
    return new CompetencyService(ctx).list(filter);
  }

  @Authorized(Role.SUPER_ADMIN, Role.GOV_ADMIN)
  @Mutation(() => Competency, { description: 'Define a technical competency of a government' })
  createCompetency(@Ctx() ctx: Context, @Arg('input', () => CreateCompetencyInput) input: CreateCompetencyInput) {
    return new CompetencyService(ctx).create(input);
  }

  @Authorized(Role.SUPER_ADMIN, Role.GOV_ADMIN)
  @Mutation(() => Competency)
  updateCompetency(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateCompetencyInput) input: UpdateCompetencyInput) {
    return new CompetencyService(ctx).update(id, input);
  }

  @FieldResolver(() => Government, { nullable: true, description: 'Empty for the national dictionary' })
  government(@Parent() c: Competency, @Ctx() ctx: Context) {
    const id = refId(c.government);
    return id ? ctx.loaders.byId(Government).load(id) : null;
  }
}

async function toEntries(ctx: Context, rows: StandardRow[]): Promise<StandardEntry[]> {
  const comps = await ctx.loaders.byId(Competency).loadMany(rows.map((r) => r.competencyId));
  return rows.map((r, i) => ({ competency: comps[i] as Competency, requiredLevel: r.requiredLevel, isDefault: r.isDefault }));
}

@Resolver(() => Position)
export class PositionStandardResolver {
  @FieldResolver(() => [StandardEntry], { description: 'Standar kompetensi jabatan (the typical levels of its kind until edited)' })
  async competencyStandard(@Parent() p: Position, @Ctx() ctx: Context) {
    return toEntries(ctx, await new CompetencyService(ctx).standard(p.id));
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => [StandardEntry], { description: 'Set the level a position requires of a competency (1-5)' })
  async setPositionCompetency(
    @Ctx() ctx: Context,
    @Arg('positionId', () => ID) positionId: string,
    @Arg('competencyId', () => ID) competencyId: string,
    @Arg('requiredLevel', () => Int) requiredLevel: number,
  ) {
    if (!Number.isInteger(requiredLevel) || requiredLevel < 1 || requiredLevel > 5) {
      throw CompetencyErrors.input('requiredLevel', 'LEVEL_OUT_OF_RANGE', `requiredLevel: competency levels run from 1 to 5, got ${requiredLevel}`);
    }
    return toEntries(ctx, await new CompetencyService(ctx).setLevel(positionId, competencyId, requiredLevel));
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => [StandardEntry], { description: "Remove a competency from a position's standard" })
  async removePositionCompetency(@Ctx() ctx: Context, @Arg('positionId', () => ID) positionId: string, @Arg('competencyId', () => ID) competencyId: string) {
    return toEntries(ctx, await new CompetencyService(ctx).removeLevel(positionId, competencyId));
  }
}

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Authorized(...READER_ROLES, Role.EMPLOYEE)
  @Query(() => AssessmentPage, { description: 'Competency assessments of employees the caller may see, newest first' })
  assessments(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => AssessmentFilter, { nullable: true }) filter?: AssessmentFilter) {
    return new AssessmentService(ctx).list(filter, page.limit, page.offset);
  }

  @Authorized()
  @Query(() => Assessment)
  assessment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new AssessmentService(ctx).get(id);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => Assessment, { description: 'Record an assessment with its levels (1-5) per competency, in one transaction' })
  createAssessment(@Ctx() ctx: Context, @Arg('input', () => CreateAssessmentInput) input: CreateAssessmentInput) {
    return new AssessmentService(ctx).create(input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => Assessment)
  updateAssessment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateAssessmentInput) input: UpdateAssessmentInput) {
    return new AssessmentService(ctx).update(id, input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => Boolean)
  deleteAssessment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new AssessmentService(ctx).remove(id, version);
  }

  @Authorized()
  @Query(() => JobPersonMatchResult, { description: "JPM of an employee against a position (default: their current one), from an assessment (default: their latest)" })
  async jobPersonMatch(
    @Ctx() ctx: Context,
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('positionId', () => ID, { nullable: true }) positionId?: string,
    @Arg('assessmentId', () => ID, { nullable: true }) assessmentId?: string,
  ) {
    return toResult(ctx, await new AssessmentService(ctx).jobPersonMatch(employeeId, positionId, assessmentId));
  }

  @Authorized(...READER_ROLES)
  @Query(() => JobPersonMatchPage, { description: 'JPM of every assessed employee of a unit (and below) against their current position, weakest first' })
  async unitJobPersonMatch(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('purpose', () => AssessmentPurpose, { nullable: true }) purpose?: AssessmentPurpose,
  ) {
    const result = await new AssessmentService(ctx).unitJobPersonMatch(unitId, purpose, page.limit, page.offset);
    return { ...result, items: await Promise.all(result.items.map((r) => toResult(ctx, r, { reasons: [], comparisons: [] }))) };
  }

  @FieldResolver(() => Employee)
  employee(@Parent() a: Assessment, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(refId(a.employee)!);
  }

  @FieldResolver(() => [AssessedLevel])
  async scores(@Parent() a: Assessment, @Ctx() ctx: Context) {
    const rows = await scoresLoader(ctx).load(a.id);
    const comps = await ctx.loaders.byId(Competency).loadMany(rows.map((r) => r.competencyId));
    return rows.map((r, i) => ({ competency: comps[i] as Competency, level: r.level }));
  }
}

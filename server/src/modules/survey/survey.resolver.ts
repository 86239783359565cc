import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Parent } from '../../shared/root.ts';
import type { Context } from '../../context.ts';
import { ADMIN_ROLES, READER_ROLES, Role } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { CommonErrors, NotFoundError } from '../../shared/errors.ts';
import { PageArgs, PageType } from '../../shared/list.ts';
import { assignGiven, checkVersion } from '../../shared/resolve.ts';
import { Government, OrgUnit } from '../organization/index.ts';
import { IkmGrade } from './ikm-grade.entity.ts';
import { PublicService } from './public-service.entity.ts';
import { PublicServiceService } from './public-service.service.ts';
import { SurveyElement } from './survey-element.entity.ts';
import { SurveyIndexService, surveyIndexLoader } from './survey-index.service.ts';
import { Survey } from './survey.entity.ts';
import {
  CreatePublicServiceInput,
  CreateSurveyInput,
  PublicServiceFilter,
  PublicServiceSort,
  PublicSurveyFilter,
  SubmitSurveyResponseInput,
  SurveyFilter,
  SurveySort,
  UpdateIkmGradeInput,
  UpdatePublicServiceInput,
  UpdateSurveyInput,
} from './survey.inputs.ts';
import { minimumSample } from './survey.rules.ts';
import { isUuid } from './survey.scope.ts';
import { acceptsResponses, SurveyService } from './survey.service.ts';
import { AnswerOption, PublicSurveyPage, ServiceDirectoryPage, SurveyIndex, SurveyQuestionnaire, SurveyReceipt, SurveySuggestionPage } from './survey.types.ts';
import { SurveyErrors } from './survey.errors.ts';
import { referenceTable, updateReference } from '../../shared/reference.ts';

@ObjectType()
export class PublicServicePage extends PageType(PublicService) {}

@ObjectType()
export class SurveyPage extends PageType(Survey) {}

/** The IKM grade table (PermenPANRB 14/2017), registered as a national reference table. */
export const IKM_GRADES = referenceTable({ name: 'IkmGrade', module: 'survey', query: 'ikmGrades', entity: IkmGrade });

@Resolver(() => PublicService)
export class PublicServiceResolver {
  @Authorized(...READER_ROLES)
  @Query(() => PublicServicePage, { description: 'Services of the units the caller may see' })
  publicServices(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => PublicServiceFilter, { nullable: true }) filter?: PublicServiceFilter,
    @Arg('sort', () => [PublicServiceSort], { nullable: true }) sort?: PublicServiceSort[],
  ) {
    return new PublicServiceService(ctx).list(filter, sort, page.limit, page.offset);
  }

  @Authorized(...READER_ROLES)
  @Query(() => PublicService)
  publicService(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new PublicServiceService(ctx).get(id);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => PublicService)
  createPublicService(@Ctx() ctx: Context, @Arg('input', () => CreatePublicServiceInput) input: CreatePublicServiceInput) {
    return new PublicServiceService(ctx).create(input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => PublicService)
  updatePublicService(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdatePublicServiceInput) input: UpdatePublicServiceInput) {
    return new PublicServiceService(ctx).update(id, input);
  }

  /** Public: active services to send feedback about. */
  @Query(() => ServiceDirectoryPage, { description: 'Public (no login): active services, for the feedback form' })
  serviceDirectory(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('governmentId', () => ID, { nullable: true }) governmentId?: string,
    @Arg('q', () => String, { nullable: true }) q?: string,
  ) {
    if (governmentId && !isUuid(governmentId)) throw SurveyErrors.input('governmentId', 'VALIDATION_IS_UUID', 'governmentId: not an id');
    return new PublicServiceService(ctx).directory({ governmentId, q: q?.slice(0, 100) }, page.limit, page.offset);
  }

  @FieldResolver(() => OrgUnit)
  unit(@Parent() s: PublicService, @Ctx() ctx: Context) {
    return ctx.loaders.byId(OrgUnit).load(refId(s.unit)!);
  }

  @FieldResolver(() => Government)
  government(@Parent() s: PublicService, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Government).load(refId(s.government)!);
  }
}

@Resolver(() => Survey)
export class SurveyResolver {
  @Authorized(...READER_ROLES)
  @Query(() => SurveyPage, { description: 'Surveys of the units the caller may see' })
  surveys(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => SurveyFilter, { nullable: true }) filter?: SurveyFilter,
    @Arg('sort', () => [SurveySort], { nullable: true }) sort?: SurveySort[],
  ) {
    return new SurveyService(ctx).list(filter, sort, page.limit, page.offset);
  }

  @Authorized(...READER_ROLES)
  @Query(() => Survey)
  survey(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new SurveyService(ctx).get(id);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => Survey, { description: 'A survey of a service (or of a whole unit) over a period' })
  createSurvey(@Ctx() ctx: Context, @Arg('input', () => CreateSurveyInput) input: CreateSurveyInput) {
    return new SurveyService(ctx).create(input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => Survey, { description: 'Edit a survey; status OPEN / CLOSED opens or closes it' })
  updateSurvey(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateSurveyInput) input: UpdateSurveyInput) {
    return new SurveyService(ctx).update(id, input);
  }

  @Authorized(...ADMIN_ROLES)
  @Query(() => SurveySuggestionPage, { description: 'Respondents\' suggestions, text only (administrators of the unit)' })
  surveySuggestions(@Ctx() ctx: Context, @Arg('surveyId', () => ID) surveyId: string, @Args() page: PageArgs) {
    return new SurveyService(ctx).suggestions(surveyId, page.limit, page.offset);
  }

  // ---- public (no login) ----------------------------------------------------------------------

  @Query(() => SurveyQuestionnaire, { description: 'Public: the SKM questionnaire (U1-U9 with their options, profile lists)' })
  surveyQuestionnaire(@Ctx() ctx: Context) {
    return new SurveyService(ctx).questionnaire();
  }

  @Query(() => PublicSurveyPage, { description: 'Public: surveys accepting responses today' })
  publicSurveys(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => PublicSurveyFilter, { nullable: true }) filter?: PublicSurveyFilter) {
    return new SurveyService(ctx).openSurveys(filter, page.limit, page.offset);
  }

  @Mutation(() => SurveyReceipt, { description: 'Public: an anonymous response to an open survey (rate-limited per client; idempotent per key)' })
  submitSurveyResponse(@Ctx() ctx: Context, @Arg('input', () => SubmitSurveyResponseInput) input: SubmitSurveyResponseInput) {
    return new SurveyService(ctx).submit(input);
  }

  @Query(() => SurveyIndex, { description: 'Public: the IKM of one survey (aggregate; withheld below the minimum number of responses)' })
  surveyIndex(@Ctx() ctx: Context, @Arg('surveyId', () => ID) surveyId: string) {
    if (!isUuid(surveyId)) throw new NotFoundError('Survey', surveyId, 'surveyId');
    return new SurveyIndexService(ctx).ofSurvey(surveyId);
  }

  // ---- fields -------------------------------------------------------------------------------

  @FieldResolver(() => OrgUnit)
  unit(@Parent() s: Survey, @Ctx() ctx: Context) {
    return ctx.loaders.byId(OrgUnit).load(refId(s.unit)!);
  }

  @FieldResolver(() => PublicService, { nullable: true })
  service(@Parent() s: Survey, @Ctx() ctx: Context) {
    const id = refId(s.service);
    return id ? ctx.loaders.byId(PublicService).load(id) : null;
  }

  @FieldResolver(() => Government)
  government(@Parent() s: Survey, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Government).load(refId(s.government)!);
  }

  @FieldResolver(() => Int, { description: 'Krejcie-Morgan minimum sample for the population' })
  minimumSample(@Parent() s: Survey): number {
    return minimumSample(s.population);
  }

  @FieldResolver(() => Boolean, { description: 'OPEN and within its period today' })
  acceptingResponses(@Parent() s: Survey, @Ctx() ctx: Context): boolean {
    return acceptsResponses(s, ctx.today);
  }

  @FieldResolver(() => Int)
  async responseCount(@Parent() s: Survey, @Ctx() ctx: Context): Promise<number> {
    return (await surveyIndexLoader(ctx).load(s.id))?.responses ?? 0;
  }

  @FieldResolver(() => Boolean, { description: 'Responses reached the minimum sample' })
  async sampleReached(@Parent() s: Survey, @Ctx() ctx: Context): Promise<boolean> {
    return (await surveyIndexLoader(ctx).load(s.id))?.sampleReached ?? false;
  }

  @FieldResolver(() => SurveyIndex, { description: 'Its IKM (aggregate)' })
  async index(@Parent() s: Survey, @Ctx() ctx: Context): Promise<SurveyIndex> {
    return (await surveyIndexLoader(ctx).load(s.id))!;
  }
}

@Resolver(() => SurveyElement)
export class SurveyReferenceResolver {
  @Authorized()
  @Query(() => [IkmGrade], { description: 'The IKM grade table (mutu pelayanan A-D), best first' })
  ikmGrades(@Ctx() ctx: Context): Promise<IkmGrade[]> {
    return ctx.em.createQueryBuilder(IkmGrade).select('*').orderBy({ minIkm: 'desc' }).execute('all', true);
  }

  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => IkmGrade, { description: 'Edit a row of the IKM grade table' })
  async updateIkmGrade(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateIkmGradeInput) input: UpdateIkmGradeInput): Promise<IkmGrade> {
    return updateReference(ctx, IKM_GRADES, id, input.version, (grade) => {
      assignGiven(grade, input, ['minIkm', 'maxIkm', 'label', 'legalBasis']);
      if (grade.minIkm > grade.maxIkm) throw CommonErrors.input('minIkm', 'RANGE_INVERTED', 'minIkm: above maxIkm');
    });
  }

  @FieldResolver(() => [AnswerOption], { description: 'Scores 1-4 with their labels' })
  options(@Parent() e: SurveyElement): AnswerOption[] {
    return [e.answer1, e.answer2, e.answer3, e.answer4].map((label, i) => ({ score: i + 1, label }));
  }
}

import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { DateRange } from '../../shared/list.ts';
import { MAX_INDEX_PERIOD_YEARS, SurveyIndexService } from './survey-index.service.ts';
import { SurveyIndexGroup } from './survey.enums.ts';
import { SurveyScope } from './survey.inputs.ts';
import { SurveyIndex } from './survey.types.ts';

/**
 * Transparency: what anyone may read without logging in. Aggregates only: IKM per survey, unit or
 * government and period, withheld where too few responses could single a respondent out.
 */
@Resolver()
export class TransparencyResolver {
  @Query(() => [SurveyIndex], {
    description: 'Public: IKM per survey, or per unit or government and year, with the trend from the previous period. Set-based: a fixed number of SQL statements whatever the number of units.',
  })
  surveyIndices(
    @Ctx() ctx: Context,
    @Arg('scope', () => SurveyScope, { nullable: true }) scope?: SurveyScope,
    @Arg('period', () => DateRange, {
      nullable: true,
      description: `Surveys whose period overlaps this range: at most ${MAX_INDEX_PERIOD_YEARS} years (longer is BAD_USER_INPUT on 'period'); an open end is closed at that span, and without a period the last ${MAX_INDEX_PERIOD_YEARS} calendar years up to today`,
    }) period?: DateRange,
    @Arg('groupBy', () => SurveyIndexGroup, { defaultValue: SurveyIndexGroup.UNIT }) groupBy: SurveyIndexGroup = SurveyIndexGroup.UNIT,
  ) {
    return new SurveyIndexService(ctx).indices(scope, period, groupBy);
  }
}

// Computed results and public views of the survey module (plain object types, not entities).
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PageType } from '../../shared/list.ts';
import { DateOnly } from '../../shared/scalars.ts';
import { SurveyIndexGroup } from './survey.enums.ts';
import { SurveyElement } from './survey-element.entity.ts';

@ObjectType({ description: 'A score and its label on the questionnaire' })
export class AnswerOption {
  @Field(() => Int)
  score!: number;

  @Field()
  label!: string;
}

@ObjectType({ description: 'A value of a respondent-profile list and its label' })
export class ProfileOption {
  @Field()
  value!: string;

  @Field()
  label!: string;
}

@ObjectType({ description: 'Everything a survey form needs: the nine questions and the profile lists' })
export class SurveyQuestionnaire {
  @Field(() => [SurveyElement])
  elements!: SurveyElement[];

  @Field(() => [ProfileOption])
  ageBands!: ProfileOption[];

  @Field(() => [ProfileOption])
  sexes!: ProfileOption[];

  @Field(() => [ProfileOption])
  educations!: ProfileOption[];

  @Field(() => [ProfileOption])
  occupations!: ProfileOption[];

  @Field(() => Int)
  suggestionMaxLength!: number;
}

@ObjectType({ description: 'One element of an index: its average and what it converts to' })
export class ElementIndex {
  @Field({ description: '"U1" .. "U9"' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => Float, { description: 'NRR: average score of the element, 1-4' })
  nrr!: number;

  @Field(() => Float, { description: 'NRR × 1/9 (weighted)' })
  weightedNrr!: number;

  @Field(() => Float, { description: 'NRR × 25, 2 decimals' })
  ikm!: number;

  @Field(() => String, { nullable: true })
  grade!: string | null;

  @Field(() => String, { nullable: true, description: 'Performance label of the grade, e.g. "Baik"' })
  gradeLabel!: string | null;
}

@ObjectType({ description: 'IKM of a survey, or of a unit or government over a year. Aggregate only: withheld below the minimum number of responses.' })
export class SurveyIndex {
  @Field(() => SurveyIndexGroup)
  group!: SurveyIndexGroup;

  @Field(() => ID, { nullable: true, description: 'SURVEY grouping only' })
  surveyId!: string | null;

  @Field(() => String, { nullable: true })
  surveyTitle!: string | null;

  @Field(() => ID, { nullable: true })
  serviceId!: string | null;

  @Field(() => String, { nullable: true })
  serviceName!: string | null;

  @Field(() => ID, { nullable: true, description: 'Empty for GOVERNMENT grouping' })
  unitId!: string | null;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field(() => ID)
  governmentId!: string;

  @Field()
  governmentName!: string;

  @Field(() => Int, { description: 'Calendar year of the period start' })
  year!: number;

  @Field(() => DateOnly)
  periodStart!: string;

  @Field(() => DateOnly)
  periodEnd!: string;

  @Field(() => Int, { description: 'Surveys pooled' })
  surveys!: number;

  @Field(() => Int)
  responses!: number;

  @Field(() => Int, { description: 'People served in the period (sum over the surveys pooled)' })
  population!: number;

  @Field(() => Int, { description: 'Krejcie-Morgan minimum sample for that population' })
  minimumSample!: number;

  @Field({ description: 'Responses reached the minimum sample' })
  sampleReached!: boolean;

  @Field(() => Int, { description: 'Fewest responses for which results are shown (setting survey.minResponsesForResults)' })
  minimumResponses!: number;

  @Field({ description: 'True when there are too few responses to show results without exposing single respondents' })
  withheld!: boolean;

  @Field(() => Float, { nullable: true, description: 'Sum of the weighted NRRs (1-4)' })
  index!: number | null;

  @Field(() => Float, { nullable: true, description: 'IKM = index × 25, 2 decimals (25-100)' })
  ikm!: number | null;

  @Field(() => String, { nullable: true, description: 'Mutu pelayanan A-D' })
  grade!: string | null;

  @Field(() => String, { nullable: true, description: 'Kinerja unit pelayanan, e.g. "Baik"' })
  gradeLabel!: string | null;

  @Field(() => [ElementIndex], { description: 'U1-U9 in order (empty when withheld)' })
  elements!: ElementIndex[];

  @Field(() => [ElementIndex], { description: 'The same, weakest first: what to improve' })
  weakestElements!: ElementIndex[];

  @Field(() => Float, { nullable: true, description: 'IKM of the previous period of the same survey subject (service, unit or government) within the results' })
  previousIkm!: number | null;

  @Field(() => Float, { nullable: true, description: 'ikm - previousIkm' })
  ikmChange!: number | null;
}

@ObjectType({ description: 'Proof that a survey response was counted (it gives no access to the response)' })
export class SurveyReceipt {
  @Field()
  receiptCode!: string;

  @Field(() => ID)
  surveyId!: string;

  @Field(() => DateOnly)
  submittedOn!: string;

  @Field({ description: 'True when this was a retry of a response already counted' })
  duplicate!: boolean;
}

/** Where a public service is delivered, by name (public views link to no staff-only type). */
// Decorated so subclasses inherit its fields; never used directly, so never emitted.
@ObjectType()
abstract class ServicePlace {
  @Field(() => ID)
  unitId!: string;

  @Field()
  unitName!: string;

  @Field(() => ID)
  governmentId!: string;

  @Field()
  governmentName!: string;
}

@ObjectType({ description: 'A survey open for responses, as the public sees it' })
export class PublicSurveyInfo extends ServicePlace {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => DateOnly)
  periodStart!: string;

  @Field(() => DateOnly)
  periodEnd!: string;

  @Field(() => ID, { nullable: true })
  serviceId!: string | null;

  @Field(() => String, { nullable: true })
  serviceName!: string | null;
}

@ObjectType()
export class PublicSurveyPage extends PageType(PublicSurveyInfo) {}

@ObjectType({ description: 'A service the public may send feedback about' })
export class ServiceDirectoryEntry extends ServicePlace {
  @Field(() => ID)
  serviceId!: string;

  @Field()
  serviceName!: string;
}

@ObjectType()
export class ServiceDirectoryPage extends PageType(ServiceDirectoryEntry) {}

@ObjectType({ description: 'Suggestions written by respondents, text only (no answers, dates or profile)' })
export class SurveySuggestionPage extends PageType(String) {}

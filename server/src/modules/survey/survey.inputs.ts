import { IsDefined, IsIn, IsInt, ValidateBy, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DateRange, SortInput } from '../../shared/list.ts';
import { DateOnly } from '../../shared/scalars.ts';
import { MAX_SCORE, MIN_SCORE } from './survey.rules.ts';
import { RespondentAgeBand, RespondentEducation, RespondentOccupation, RespondentSex, SurveyStatus } from './survey.enums.ts';
import { OptionalId, OptionalIds, RequiredId, ScopedFilter } from '../../shared/inputs.ts';

/** Longest suggestion a respondent may write. */
export const SUGGESTION_MAX_LENGTH = 1000;

// ---- lists ----------------------------------------------------------------------------------

// ---- services -------------------------------------------------------------------------------

@InputType()
export class PublicServiceFilter extends ScopedFilter {
  @Field({ nullable: true, description: 'Free text: part of the name' })
  @IsOptional()
  @MaxLength(100)
  q?: string;

  @Field({ nullable: true })
  active?: boolean;
}

export enum PublicServiceSortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(PublicServiceSortField, { name: 'PublicServiceSortField' });

@InputType()
export class PublicServiceSort extends SortInput(PublicServiceSortField) {}

@InputType()
export class CreatePublicServiceInput {
  @RequiredId()
  unitId!: string;

  @Field()
  @Length(3, 200)
  name!: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(1000)
  description?: string;
}

@InputType()
export class UpdatePublicServiceInput {
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' })
  @IsInt()
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(3, 200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  description?: string | null;

  @Field({ nullable: true })
  active?: boolean;
}

// ---- surveys --------------------------------------------------------------------------------

@InputType()
export class SurveyFilter extends ScopedFilter {
  @Field({ nullable: true, description: 'Free text: part of the title' })
  @IsOptional()
  @MaxLength(100)
  q?: string;

  @OptionalId()
  serviceId?: string;

  @Field(() => [SurveyStatus], { nullable: true })
  statuses?: SurveyStatus[];

  @Field(() => DateRange, { nullable: true, description: 'Surveys whose period overlaps this range' })
  @IsOptional()
  @ValidateNested()
  period?: DateRange;
}

export enum SurveySortField {
  TITLE = 'TITLE',
  PERIOD_START = 'PERIOD_START',
  STATUS = 'STATUS',
  POPULATION = 'POPULATION',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(SurveySortField, { name: 'SurveySortField' });

@InputType()
export class SurveySort extends SortInput(SurveySortField) {}

@InputType()
export class CreateSurveyInput {
  @OptionalId('The unit surveyed; may be left out when serviceId is given')
  unitId?: string;

  @OptionalId('The service surveyed; empty for a survey of the whole unit')
  serviceId?: string;

  @Field()
  @Length(3, 200)
  title!: string;

  @Field(() => DateOnly)
  periodStart!: string;

  @Field(() => DateOnly)
  periodEnd!: string;

  @Field(() => Int, { description: 'People served in the period' })
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  population!: number;

  @Field(() => SurveyStatus, { nullable: true, defaultValue: SurveyStatus.OPEN })
  status: SurveyStatus = SurveyStatus.OPEN;
}

@InputType()
export class UpdateSurveyInput {
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' })
  @IsInt()
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(3, 200)
  title?: string;

  @Field(() => DateOnly, { nullable: true })
  periodStart?: string;

  @Field(() => DateOnly, { nullable: true })
  periodEnd?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  population?: number;

  @Field(() => SurveyStatus, { nullable: true, description: 'OPEN to accept responses, CLOSED to stop' })
  status?: SurveyStatus;
}

@InputType({ description: 'Which surveys an index covers; empty: the caller\'s government (anonymous callers: every government)' })
export class SurveyScope {
  @OptionalId()
  governmentId?: string;

  @OptionalId('Surveys of this unit and, unless includeSubUnits is false, of its sub-units')
  unitId?: string;

  @Field({ nullable: true, defaultValue: true })
  includeSubUnits: boolean = true;

  @OptionalId()
  serviceId?: string;
}

@InputType({ description: 'Edit the IKM grade table (super admin)' })
export class UpdateIkmGradeInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(25)
  @Max(100)
  minIkm?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(25)
  @Max(100)
  maxIkm?: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 40)
  label?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(3, 300)
  legalBasis?: string;
}

// ---- public submission ----------------------------------------------------------------------

// One problem per answer, named after its element: missing (type-graphql skips every other check
// on a missing value, so IsDefined reports it) or out of range.
const answer = () => (target: object, key: string) => {
  // Nullable in the schema only so that a missing answer is refused naming its element.
  Field(() => Int, { nullable: true, description: `Score ${MIN_SCORE}-${MAX_SCORE} of element ${key.toUpperCase()} (required)` })(target, key);
  IsDefined({ message: '$property: every element must be answered' })(target, key);
  ValidateBy({
    name: 'score',
    validator: {
      validate: (value: unknown) => Number.isInteger(value) && (value as number) >= MIN_SCORE && (value as number) <= MAX_SCORE,
      defaultMessage: () => `${key}: answer with a score from ${MIN_SCORE} to ${MAX_SCORE}`,
    },
  })(target, key);
};

@InputType({ description: 'Scores 1 (worst) to 4 (best) of the nine elements; all are required' })
export class SurveyAnswersInput {
  @answer() u1!: number;
  @answer() u2!: number;
  @answer() u3!: number;
  @answer() u4!: number;
  @answer() u5!: number;
  @answer() u6!: number;
  @answer() u7!: number;
  @answer() u8!: number;
  @answer() u9!: number;
}

const oneOf = (values: object) => {
  const list = Object.values(values);
  return IsIn(list, { message: `$property: must be one of ${list.join(', ')}` });
};

@InputType({ description: 'Respondent profile, each optional; values as listed by surveyQuestionnaire' })
export class RespondentProfileInput {
  @Field(() => String, { nullable: true, description: 'UNDER_20, AGE_20_29, AGE_30_39, AGE_40_49, AGE_50_59 or AGE_60_PLUS' })
  @IsOptional()
  @oneOf(RespondentAgeBand)
  ageBand?: RespondentAgeBand;

  @Field(() => String, { nullable: true, description: 'MALE or FEMALE' })
  @IsOptional()
  @oneOf(RespondentSex)
  sex?: RespondentSex;

  @Field(() => String, { nullable: true, description: 'SD, SMP, SMA, DIPLOMA, S1_D4 or S2_PLUS' })
  @IsOptional()
  @oneOf(RespondentEducation)
  education?: RespondentEducation;

  @Field(() => String, { nullable: true, description: 'PNS, TNI, POLRI, SWASTA, WIRAUSAHA, PELAJAR_MAHASISWA or LAINNYA' })
  @IsOptional()
  @oneOf(RespondentOccupation)
  occupation?: RespondentOccupation;
}

@InputType()
export class SubmitSurveyResponseInput {
  @Field(() => ID)
  @IsUUID('all', { message: '$property: not a survey id' })
  surveyId!: string;

  @Field({ description: 'Chosen by the client once per answer sheet (8-64 letters, digits, - or _); a retry with the same key counts once' })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: '$property: 8 to 64 letters, digits, - or _' })
  idempotencyKey!: string;

  @Field(() => SurveyAnswersInput)
  @IsDefined()
  @ValidateNested()
  answers!: SurveyAnswersInput;

  @Field(() => RespondentProfileInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  profile?: RespondentProfileInput;

  @Field({ nullable: true, description: `Optional suggestion, at most ${SUGGESTION_MAX_LENGTH} characters` })
  @IsOptional()
  @MaxLength(SUGGESTION_MAX_LENGTH, { message: `$property: at most ${SUGGESTION_MAX_LENGTH} characters` })
  suggestion?: string;
}

@InputType()
export class PublicSurveyFilter {
  @OptionalIds()
  ids?: string[];

  @OptionalId()
  governmentId?: string;

  @OptionalId()
  unitId?: string;

  @Field({ nullable: true, description: 'Free text: survey title, service or unit name' })
  @IsOptional()
  @MaxLength(100)
  q?: string;
}

import { ArrayMaxSize, IsInt, IsOptional, IsUrl, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateOnly } from '../../shared/scalars.ts';
import { EvaluationPeriod, Expectation, OrganizationRatingValue, PlanStatus, Predikat, TargetKind } from './performance.enums.ts';
import { OptionalId, OptionalIds, RequiredId } from '../../shared/inputs.ts';

@InputType()
export class TargetInput {
  @Field(() => TargetKind, { defaultValue: TargetKind.MAIN })
  kind: TargetKind = TargetKind.MAIN;

  @Field({ description: 'Rencana hasil kerja' })
  @Length(3, 1000)
  description!: string;

  @Field({ description: 'Indikator kinerja individu' })
  @Length(3, 1000)
  indicator!: string;

  @Field({ description: 'Target, e.g. "12 laporan"' })
  @Length(1, 200)
  target!: string;
}

@InputType()
export class CreatePlanInput {
  @RequiredId()
  employeeId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @OptionalId('Superior of record; by default the holder of the superior position')
  evaluatorId?: string;

  @Field({ nullable: true, description: "The superior's expectations" })
  @IsOptional()
  @MaxLength(4000)
  expectations?: string;

  @Field(() => [TargetInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  targets?: TargetInput[];
}

@InputType()
export class UpdatePlanInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @OptionalId('Change the superior of record (administrators)')
  evaluatorId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  expectations?: string | null;

  @Field(() => PlanStatus, { nullable: true })
  status?: PlanStatus;
}

@InputType()
export class PlanFilter {
  @OptionalIds()
  ids?: string[];

  @OptionalId()
  employeeId?: string;

  @OptionalId('Plans of whom this employee is the superior of record')
  evaluatorId?: string;

  @OptionalId('Plans made in this unit or below')
  unitId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  year?: number;
}

@InputType()
export class ReportProgressInput {
  @RequiredId()
  planId!: string;

  @OptionalId('The target the report is about')
  targetId?: string;

  @Field()
  @Length(2, 4000)
  text!: string;

  @Field({ nullable: true, description: 'Link to evidence' })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'evidenceUrl must be an http(s) link' })
  @MaxLength(500)
  evidenceUrl?: string;

  @Field(() => Int, { nullable: true, description: 'Completion of the target, 0-100' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  percent?: number;
}

@InputType()
export class GiveFeedbackInput {
  @RequiredId('The progress report answered')
  replyToId!: string;

  @Field()
  @Length(2, 4000)
  text!: string;
}

@InputType()
export class EvaluateInput {
  @RequiredId()
  planId!: string;

  @Field(() => EvaluationPeriod)
  period!: EvaluationPeriod;

  @Field(() => Expectation, { description: 'Hasil kerja' })
  resultRating!: Expectation;

  @Field(() => Expectation, { description: 'Perilaku kerja' })
  behaviourRating!: Expectation;

  @OptionalId('Who evaluates: must be the superior of record (an employee account always evaluates as itself)')
  evaluatorId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000)
  notes?: string;
}

@InputType()
export class UpdateEvaluationInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => Expectation, { nullable: true })
  resultRating?: Expectation;

  @Field(() => Expectation, { nullable: true })
  behaviourRating?: Expectation;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  notes?: string | null;
}

@InputType()
export class SetOrganizationRatingInput {
  @RequiredId()
  unitId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => OrganizationRatingValue)
  rating!: OrganizationRatingValue;
}

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

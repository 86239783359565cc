import { ArrayMaxSize, IsInt, IsOptional, IsUrl, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { EvaluationPeriod, Expectation, OrganizationRatingValue, PlanStatus, TargetKind } from './performance.enums.ts';

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
  @Field(() => ID)
  @IsUUID()
  employeeId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => ID, { nullable: true, description: 'Superior of record; by default the holder of the superior position' })
  @IsOptional()
  @IsUUID()
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

  @Field(() => ID, { nullable: true, description: 'Change the superior of record (administrators)' })
  @IsOptional()
  @IsUUID()
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
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  employeeId?: string;

  @Field(() => ID, { nullable: true, description: 'Plans of whom this employee is the superior of record' })
  @IsOptional()
  @IsUUID()
  evaluatorId?: string;

  @Field(() => ID, { nullable: true, description: 'Plans made in this unit or below' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  year?: number;
}

@InputType()
export class ReportProgressInput {
  @Field(() => ID)
  @IsUUID()
  planId!: string;

  @Field(() => ID, { nullable: true, description: 'The target the report is about' })
  @IsOptional()
  @IsUUID()
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
  @Field(() => ID, { description: 'The progress report answered' })
  @IsUUID()
  replyToId!: string;

  @Field()
  @Length(2, 4000)
  text!: string;
}

@InputType()
export class EvaluateInput {
  @Field(() => ID)
  @IsUUID()
  planId!: string;

  @Field(() => EvaluationPeriod)
  period!: EvaluationPeriod;

  @Field(() => Expectation, { description: 'Hasil kerja' })
  resultRating!: Expectation;

  @Field(() => Expectation, { description: 'Perilaku kerja' })
  behaviourRating!: Expectation;

  @Field(() => ID, { nullable: true, description: 'Who evaluates: must be the superior of record (an employee account always evaluates as itself)' })
  @IsOptional()
  @IsUUID()
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
  @Field(() => ID)
  @IsUUID()
  unitId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => OrganizationRatingValue)
  rating!: OrganizationRatingValue;
}

// Inputs of workload analyses (ABK) and their tasks.
import { ArrayMaxSize, IsIn, IsInt, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { OptionalId, RequiredId, ScopedFilter } from '../../shared/inputs.ts';
import { AbkAction, AbkStatus, WorkPeriod } from './workforce.enums.ts';

const MAX_VOLUME = 1_000_000;
const MAX_MINUTES = 100_000;

@InputType({ description: 'A task (uraian tugas): volume per period and standard minutes per output, each above zero with at most two decimals' })
export class WorkloadTaskInput {
  @Field({ description: 'Uraian tugas' })
  @Length(3, 500)
  description!: string;

  @Field({ description: 'Hasil kerja' })
  @Length(2, 200)
  output!: string;

  @Field(() => Float, { description: `Outputs per period, 0.01 to ${MAX_VOLUME}` })
  @Min(0.01)
  @Max(MAX_VOLUME)
  volume!: number;

  @Field(() => WorkPeriod)
  @IsIn(Object.values(WorkPeriod))
  period!: WorkPeriod;

  @Field(() => Float, { description: `Standard minutes per output, 0.01 to ${MAX_MINUTES}` })
  @Min(0.01)
  @Max(MAX_MINUTES)
  standardMinutes!: number;
}

@InputType()
export class CreateWorkloadAnalysisInput {
  @RequiredId('The position analysed (it fixes the government)')
  positionId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  notes?: string;

  @OptionalId('Copy the tasks of this analysis (e.g. last year\'s approved ABK)')
  copyFromId?: string;

  @Field(() => [WorkloadTaskInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  tasks?: WorkloadTaskInput[];
}

@InputType()
export class UpdateWorkloadAnalysisInput {
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' })
  @IsInt()
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  notes?: string | null;
}

@InputType()
export class AddWorkloadTaskInput extends WorkloadTaskInput {
  @RequiredId()
  analysisId!: string;
}

@InputType()
export class UpdateWorkloadTaskInput {
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' })
  @IsInt()
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(3, 500)
  description?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 200)
  output?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0.01)
  @Max(MAX_VOLUME)
  volume?: number;

  @Field(() => WorkPeriod, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(WorkPeriod))
  period?: WorkPeriod;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0.01)
  @Max(MAX_MINUTES)
  standardMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'New place in the list, from 1' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  ordinal?: number;
}

@InputType()
export class WorkloadTransitionInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => AbkAction)
  @IsIn(Object.values(AbkAction))
  action!: AbkAction;
}

@InputType()
export class WorkloadAnalysisFilter extends ScopedFilter {
  @OptionalId()
  positionId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @Field(() => [AbkStatus], { nullable: true })
  @IsOptional()
  statuses?: AbkStatus[];
}

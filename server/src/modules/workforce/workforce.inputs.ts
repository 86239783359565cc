import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { OptionalId, RequiredId, ScopedFilter } from '../../shared/inputs.ts';
import { OrgUnitKind, Sector } from '../organization/index.ts';
import { AbkAction, AbkStatus, FormasiAction, FormasiKind, FormasiStatus, WorkPeriod } from './workforce.enums.ts';

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

// ---- needs and plan -------------------------------------------------------------------------------

@InputType({ description: 'A sector whose population served grows by a percentage a year (compounded from the ABK year)' })
export class SectorGrowthInput {
  @Field(() => Sector)
  sector!: Sector;

  @Field(() => Float, { description: 'Percent a year, -50 to 100' })
  @Min(-50)
  @Max(100)
  percentPerYear!: number;
}

@InputType({ description: 'A unit to be opened: from a year on it needs these positions' })
export class NewUnitInput {
  @Field()
  @Length(3, 200)
  name!: string;

  @Field(() => Sector)
  sector!: Sector;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  fromYear!: number;

  @Field(() => [NewUnitPositionInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  positions!: NewUnitPositionInput[];
}

@InputType()
export class NewUnitPositionInput {
  @RequiredId('A position whose kind and title the new unit repeats')
  positionId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1000)
  count!: number;
}

@InputType({ description: 'What-if: changes the projection, never the ABK' })
export class PlanScenarioInput {
  @Field(() => [SectorGrowthInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  sectorGrowth?: SectorGrowthInput[];

  @Field(() => [NewUnitInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  newUnits?: NewUnitInput[];
}

// ---- target ratios ---------------------------------------------------------------------------------

@InputType()
export class TargetRatioInput {
  @OptionalId('Required for a super admin; others write into their own government')
  governmentId?: string;

  @Field(() => Sector)
  sector!: Sector;

  @Field(() => OrgUnitKind, { nullable: true })
  unitKind?: OrgUnitKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 120)
  functionalFamily?: string | null;

  @Field()
  @Length(3, 200)
  label!: string;

  @Field(() => Float)
  @Min(0.01)
  @Max(10_000)
  staff!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  perPopulation!: number;

  @Field()
  @Length(3, 300)
  basis!: string;
}

@InputType()
export class UpdateTargetRatioInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(3, 200)
  label?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0.01)
  @Max(10_000)
  staff?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  perPopulation?: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(3, 300)
  basis?: string;
}

// ---- formasi proposals ----------------------------------------------------------------------------

@InputType()
export class FormasiLineInput {
  @RequiredId()
  positionId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10_000)
  count!: number;

  @Field(() => FormasiKind)
  @IsIn(Object.values(FormasiKind))
  kind!: FormasiKind;

  @OptionalId('Education level required')
  educationId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 200)
  major?: string;

  @Field(() => String, { nullable: true, description: 'Required when the count is over the plan for the year' })
  @IsOptional()
  @Length(10, 2000)
  justification?: string;
}

@InputType()
export class CreateFormasiProposalInput {
  @OptionalId('Required for a super admin; others write into their own government')
  governmentId?: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field({ defaultValue: true, description: 'Fill the lines from the five-year plan (positions to recruit that year)' })
  fromPlan: boolean = true;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  notes?: string;
}

@InputType()
export class SetFormasiLinesInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => [FormasiLineInput], { description: 'Every line of the proposal (replaces the lines)' })
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  lines!: FormasiLineInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  notes?: string | null;
}

@InputType()
export class FormasiTransitionInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => FormasiAction)
  @IsIn(Object.values(FormasiAction))
  action!: FormasiAction;
}

@InputType()
export class FormasiProposalFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(1000)
  ids?: string[];

  @OptionalId()
  governmentId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  year?: number;

  @Field(() => [FormasiStatus], { nullable: true })
  @IsOptional()
  statuses?: FormasiStatus[];
}

// Inputs of the plan's scenario and of the target ratios.
import { ArrayMaxSize, IsInt, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { OptionalId, RequiredId } from '../../shared/inputs.ts';
import { OrgUnitKind, Sector } from '../organization/index.ts';

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

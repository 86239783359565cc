import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateRange } from '../../shared/list.ts';
import { DateOnly } from '../../shared/scalars.ts';
import { AssessmentPurpose, CompetencyKind } from './competency.enums.ts';
import { Competency } from './competency.entity.ts';
import { OptionalId, OptionalIds, RequiredId } from '../../shared/inputs.ts';

@InputType()
export class CompetencyFilter {
  @Field({ nullable: true, description: 'Free text: code or name' })
  @IsOptional()
  @MaxLength(100)
  q?: string;

  @Field(() => CompetencyKind, { nullable: true })
  kind?: CompetencyKind;

  @OptionalId("A government's technical competencies (besides the national ones)")
  governmentId?: string;
}

@InputType()
export class CreateCompetencyInput {
  @OptionalId('Required for a super admin; others write into their own government')
  governmentId?: string;

  @Field({ description: 'e.g. "T.01"' })
  @Length(1, 16)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9.\-_]*$/, { message: 'code may contain letters, digits and . - _ only' })
  code!: string;

  @Field()
  @Length(3, 120)
  name!: string;

  @Field()
  @Length(3, 1000)
  description!: string;

  @Field(() => [String], { description: 'What levels 1-5 mean, exactly five entries' })
  @ArrayMinSize(5)
  @ArrayMaxSize(5)
  @Length(3, 500, { each: true })
  levelDescriptions!: string[];

  @Field({ nullable: true })
  @IsOptional()
  @Length(3, 300)
  legalBasis?: string;
}

@InputType()
export class UpdateCompetencyInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(3, 120)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(3, 1000)
  description?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMinSize(5)
  @ArrayMaxSize(5)
  @Length(3, 500, { each: true })
  levelDescriptions?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @Length(3, 300)
  legalBasis?: string;
}

@InputType()
export class AssessmentScoreInput {
  @RequiredId()
  competencyId!: string;

  @Field(() => Int, { description: 'Assessed level, 1-5' })
  @IsInt()
  @Min(1)
  @Max(5)
  level!: number;
}

@InputType()
export class CreateAssessmentInput {
  @RequiredId()
  employeeId!: string;

  @Field(() => DateOnly)
  assessedOn!: string;

  @Field(() => AssessmentPurpose)
  purpose!: AssessmentPurpose;

  @Field()
  @Length(2, 200)
  assessor!: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(2000)
  notes?: string;

  @Field(() => Float, { nullable: true, description: 'Potential score 0-100' })
  @IsOptional()
  @Min(0)
  @Max(100)
  potentialScore?: number;

  @Field(() => [AssessmentScoreInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  scores!: AssessmentScoreInput[];
}

@InputType()
export class UpdateAssessmentInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => DateOnly, { nullable: true })
  assessedOn?: string;

  @Field(() => AssessmentPurpose, { nullable: true })
  purpose?: AssessmentPurpose;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 200)
  assessor?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  notes?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100)
  potentialScore?: number | null;

  @Field(() => [AssessmentScoreInput], { nullable: true, description: 'Replaces all scores' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  scores?: AssessmentScoreInput[];
}

@InputType()
export class AssessmentFilter {
  @OptionalIds()
  ids?: string[];

  @OptionalId()
  employeeId?: string;

  @OptionalId('Employees currently placed in this unit or below')
  unitId?: string;

  @Field(() => AssessmentPurpose, { nullable: true })
  purpose?: AssessmentPurpose;

  @Field(() => DateRange, { nullable: true })
  @IsOptional()
  @ValidateNested()
  assessedOn?: DateRange;
}

// ---- results -----------------------------------------------------------------------------------

@ObjectType({ description: 'One competency of a standard compared with an assessment' })
export class CompetencyComparison {
  @Field(() => Competency)
  competency!: Competency;

  @Field(() => Int)
  required!: number;

  @Field(() => Int, { description: '0 when the assessment did not rate it' })
  assessed!: number;

  @Field(() => Int, { description: 'Required minus assessed, where positive' })
  gap!: number;
}

@ObjectType()
export class JpmCategoryResult {
  @Field()
  code!: string;

  @Field()
  label!: string;

  @Field(() => Float)
  minPercent!: number;
}

@ObjectType({ description: 'One level of a position competency standard' })
export class StandardEntry {
  @Field(() => Competency)
  competency!: Competency;

  @Field(() => Int)
  requiredLevel!: number;

  @Field({ description: 'True when it is the typical level for the kind of position (no level stored for this position)' })
  isDefault!: boolean;
}

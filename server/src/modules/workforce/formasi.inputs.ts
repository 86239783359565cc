// Inputs of formasi proposals.
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OptionalId, RequiredId } from '../../shared/inputs.ts';
import { FormasiAction, FormasiKind, FormasiStatus } from './workforce.enums.ts';

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

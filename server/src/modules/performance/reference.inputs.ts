import { IsInt, IsPositive, Max, Min } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';

@InputType({ description: 'The credit-point percentage of a predikat' })
export class UpdateCreditPointConversionInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => Float, { description: 'Between 0 and 500' })
  @Min(0)
  @Max(500)
  percent!: number;
}

@InputType({ description: 'The yearly credit-point coefficient of a functional level' })
export class UpdateCreditPointCoefficientInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => Float, { description: 'Above 0 and at most 1000' })
  @IsPositive()
  @Max(1000)
  coefficient!: number;
}

@InputType({ description: 'A bound of the predikat distribution (SE MenPANRB 3/2023)' })
export class UpdateDistributionRuleInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => Float, { description: 'A percentage (0-100), or a count for AT_LEAST_COUNT' })
  @Min(0)
  value!: number;
}

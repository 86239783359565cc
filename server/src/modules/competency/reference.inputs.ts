import { IsInt, IsOptional, Max, Min, MinLength } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';

@InputType({ description: 'The lower bound (and label) of a JPM category' })
export class UpdateJpmCategoryInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => Float, { description: 'A JPM bound is between 0 and 100' })
  @Min(0)
  @Max(100)
  minPercent!: number;

  @Field({ nullable: true })
  @IsOptional()
  @MinLength(3)
  label?: string;
}

@InputType({ description: 'The typical level required by a kind of position' })
export class UpdateCompetencyLevelDefaultInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => Int, { description: 'Competency levels run from 1 to 5' })
  @IsInt()
  @Min(1)
  @Max(5)
  requiredLevel!: number;
}

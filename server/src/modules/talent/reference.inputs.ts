import { IsEnum, IsInt, IsOptional, Length } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { Expectation } from '../performance/index.ts';

@InputType({ description: "A box's label or recommended actions" })
export class UpdateTalentBoxInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field({ nullable: true, description: '3 to 120 characters' })
  @IsOptional()
  @Length(3, 120)
  label?: string;

  @Field({ nullable: true, description: '3 to 500 characters' })
  @IsOptional()
  @Length(3, 500)
  actions?: string;
}

@InputType({ description: 'Which performance level an annual predikat counts as' })
export class UpdateTalentPerformanceLevelInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => Expectation)
  @IsEnum(Expectation)
  performance!: Expectation;
}

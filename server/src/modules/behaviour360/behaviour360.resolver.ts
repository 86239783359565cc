import { ArrayMaxSize, ArrayMinSize, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Parent } from '../../shared/root.ts';
import type { Context } from '../../context.ts';
import { ADMIN_ROLES, Role } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { Employee } from '../employee/index.ts';
import { EvaluationPeriod } from '../performance/index.ts';
import { Rating360Assignment } from './behaviour360.entity.ts';
import { CoreValue, RaterGroup } from './behaviour360.enums.ts';
import { Behaviour360Service } from './behaviour360.service.ts';
import { RequiredId } from '../../shared/inputs.ts';

@InputType()
export class RaterInput {
  @RequiredId()
  raterId!: string;

  @Field(() => RaterGroup)
  group!: RaterGroup;
}

@InputType()
export class AssignRatersInput {
  @RequiredId()
  rateeId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => EvaluationPeriod)
  period!: EvaluationPeriod;

  @Field(() => [RaterInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  raters!: RaterInput[];
}

@InputType()
export class CoreValueScoreInput {
  @Field(() => CoreValue)
  value!: CoreValue;

  @Field(() => Int, { description: '1-5' })
  @IsInt()
  @Min(1)
  @Max(5)
  score!: number;
}

@ObjectType()
export class CoreValueAverage {
  @Field(() => CoreValue)
  value!: CoreValue;

  @Field(() => Float)
  average!: number;
}

@ObjectType({ description: "A rater group's aggregate; averages only when released" })
export class RaterGroupResult {
  @Field(() => RaterGroup)
  group!: RaterGroup;

  @Field(() => Int)
  raters!: number;

  @Field()
  released!: boolean;

  @Field(() => [CoreValueAverage])
  averages!: CoreValueAverage[];

  @Field(() => Float, { nullable: true })
  average!: number | null;

  @Field()
  reason!: string;
}

@ObjectType({ description: '360-degree behaviour result: group aggregates only, never a single rater' })
export class Behaviour360Result {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => Int)
  year!: number;

  @Field(() => EvaluationPeriod)
  period!: EvaluationPeriod;

  @Field(() => Int, { description: 'Raters a peer or subordinate group needs before its average is shown' })
  minRaters!: number;

  @Field(() => [RaterGroupResult])
  groups!: RaterGroupResult[];

  @Field()
  legalBasis!: string;
}

@Resolver(() => Rating360Assignment)
export class Behaviour360Resolver {
  @Authorized(...ADMIN_ROLES, Role.EMPLOYEE)
  @Mutation(() => [Rating360Assignment], { description: 'Name the raters of an employee for a period (never by the rated employee)' })
  assign360Raters(@Ctx() ctx: Context, @Arg('input', () => AssignRatersInput) input: AssignRatersInput) {
    return new Behaviour360Service(ctx).assign(input);
  }

  @Authorized(Role.EMPLOYEE)
  @Mutation(() => Rating360Assignment, { description: 'Rate the seven BerAKHLAK values (1-5) of an assigned employee, once' })
  submit360Rating(
    @Ctx() ctx: Context,
    @Arg('assignmentId', () => ID) assignmentId: string,
    @Arg('scores', () => [CoreValueScoreInput], { validate: true }) scores: CoreValueScoreInput[],
  ) {
    return new Behaviour360Service(ctx).submit(assignmentId, scores);
  }

  @Authorized(Role.EMPLOYEE)
  @Query(() => [Rating360Assignment], { description: 'The ratings the logged-in employee has to give' })
  my360Assignments(@Ctx() ctx: Context) {
    return new Behaviour360Service(ctx).mine();
  }

  @Authorized(...ADMIN_ROLES)
  @Query(() => [Rating360Assignment], { description: 'Who rates an employee in a period and whether they have submitted (never what they rated)' })
  rating360Assignments(@Ctx() ctx: Context, @Arg('rateeId', () => ID) rateeId: string, @Arg('year', () => Int) year: number, @Arg('period', () => EvaluationPeriod) period: EvaluationPeriod) {
    return new Behaviour360Service(ctx).assignments(rateeId, year, period);
  }

  @Authorized()
  @Query(() => Behaviour360Result, { description: 'Aggregate 360 result of an employee for a period' })
  async behaviour360Result(@Ctx() ctx: Context, @Arg('employeeId', () => ID) employeeId: string, @Arg('year', () => Int) year: number, @Arg('period', () => EvaluationPeriod) period: EvaluationPeriod) {
    const r = await new Behaviour360Service(ctx).result(employeeId, year, period);
    return { ...r, employee: await ctx.loaders.byId(Employee).load(r.employeeId) };
  }

  @FieldResolver(() => Employee)
  ratee(@Parent() a: Rating360Assignment, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(refId(a.ratee)!);
  }

  @FieldResolver(() => Employee)
  rater(@Parent() a: Rating360Assignment, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(refId(a.rater)!);
  }

  @FieldResolver(() => Boolean)
  submitted(@Parent() a: Rating360Assignment) {
    return !!a.submittedAt;
  }
}

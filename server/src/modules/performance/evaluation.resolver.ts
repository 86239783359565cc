// Evaluations (PerformanceEvaluation) and the performance fields of an Employee.
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Parent } from '../../shared/root.ts';
import type { Context } from '../../context.ts';
import { ADMIN_ROLES, Role } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { PageArgs } from '../../shared/list.ts';
import { Employee } from '../employee/index.ts';
import { PerformanceEvaluation } from './evaluation.entity.ts';
import { EvaluationService, annualEvaluationsLoader } from './evaluation.service.ts';
import { CoachingPlan, Recognition } from './followup.entity.ts';
import { PREDIKAT_LABEL } from './performance.enums.ts';
import { EvaluateInput, UpdateEvaluationInput } from './performance.inputs.ts';
import { predikatOf } from './performance.rules.ts';
import { PerformancePlan } from './plan.entity.ts';
import { EvaluationFilterInput } from './performance.inputs.ts';
import { PerformanceEvaluationPage } from './performance.types.ts';
import { recognitionsLoader, coachingLoader } from './performance.loaders.ts';

@Resolver(() => PerformanceEvaluation)
export class EvaluationResolver {
  @Authorized()
  @Query(() => PerformanceEvaluationPage, { description: 'Quarterly and annual evaluations the caller may see' })
  performanceEvaluations(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => EvaluationFilterInput, { nullable: true }) filter?: EvaluationFilterInput) {
    return new EvaluationService(ctx).list(filter ?? {}, page.limit, page.offset);
  }

  @Authorized()
  @Query(() => PerformanceEvaluation)
  performanceEvaluation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new EvaluationService(ctx).get(id);
  }

  @Authorized(...ADMIN_ROLES, Role.EMPLOYEE)
  @Mutation(() => PerformanceEvaluation, { description: 'Rate work results and behaviour for a quarter or the year; the predikat follows the §4 matrix' })
  evaluatePerformance(@Ctx() ctx: Context, @Arg('input', () => EvaluateInput) input: EvaluateInput) {
    return new EvaluationService(ctx).evaluate(input);
  }

  @Authorized(...ADMIN_ROLES, Role.EMPLOYEE)
  @Mutation(() => PerformanceEvaluation, { description: 'Change the ratings of an evaluation; the predikat is recomputed' })
  updatePerformanceEvaluation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateEvaluationInput) input: UpdateEvaluationInput) {
    return new EvaluationService(ctx).update(id, input);
  }

  @FieldResolver(() => String, { description: 'e.g. "Sangat Baik", "Kurang/Misconduct"' })
  predikatLabel(@Parent() e: PerformanceEvaluation) {
    return PREDIKAT_LABEL[e.predikat];
  }

  @FieldResolver(() => [String], { description: 'Why this predikat (the §4 matrix)' })
  reasons(@Parent() e: PerformanceEvaluation) {
    return predikatOf(e.resultRating, e.behaviourRating).reasons;
  }

  @FieldResolver(() => String)
  legalBasis(@Parent() e: PerformanceEvaluation) {
    return predikatOf(e.resultRating, e.behaviourRating).legalBasis;
  }

  @FieldResolver(() => Employee)
  employee(@Parent() e: PerformanceEvaluation, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(refId(e.employee)!);
  }

  @FieldResolver(() => Employee)
  evaluator(@Parent() e: PerformanceEvaluation, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(refId(e.evaluator)!);
  }

  @FieldResolver(() => PerformancePlan)
  plan(@Parent() e: PerformanceEvaluation, @Ctx() ctx: Context) {
    return ctx.loaders.byId(PerformancePlan).load(refId(e.plan)!);
  }
}

@Resolver(() => Employee)
export class EmployeePerformanceResolver {
  @FieldResolver(() => [PerformanceEvaluation], { nullable: true, description: 'Annual evaluations, newest year first' })
  annualEvaluations(@Parent() e: Employee, @Ctx() ctx: Context) {
    return annualEvaluationsLoader(ctx).load(e.id);
  }

  @FieldResolver(() => [Recognition], { nullable: true, description: 'Recognitions proposed or decided, newest year first' })
  recognitions(@Parent() e: Employee, @Ctx() ctx: Context) {
    return recognitionsLoader(ctx).load(e.id);
  }

  @FieldResolver(() => [CoachingPlan], { nullable: true, description: 'Coaching plans, newest year first' })
  coachingPlans(@Parent() e: Employee, @Ctx() ctx: Context) {
    return coachingLoader(ctx).load(e.id);
  }
}

// SKP plans (PerformancePlan) and their feedback thread (ProgressReport).
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Parent } from '../../shared/root.ts';
import type { Context } from '../../context.ts';
import { ADMIN_ROLES, Role } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { PageArgs } from '../../shared/list.ts';
import { Employee } from '../employee/index.ts';
import { OrgUnit } from '../organization/index.ts';
import { Position } from '../position/index.ts';
import { PerformanceEvaluation } from './evaluation.entity.ts';
import { CreatePlanInput, GiveFeedbackInput, PlanFilter, ReportProgressInput, TargetInput, UpdatePlanInput } from './performance.inputs.ts';
import { PerformancePlan, PerformanceTarget } from './plan.entity.ts';
import { PlanService } from './plan.service.ts';
import { ProgressReport } from './progress.entity.ts';
import { PerformancePlanPage } from './performance.types.ts';
import { targetsLoader, planEvaluationsLoader } from './performance.loaders.ts';

@Resolver(() => PerformancePlan)
export class PerformancePlanResolver {
  @Authorized()
  @Query(() => PerformancePlanPage, { description: 'SKP plans the caller may see (an employee: their own and those they evaluate)' })
  performancePlans(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => PlanFilter, { nullable: true }) filter?: PlanFilter) {
    return new PlanService(ctx).list(filter, page.limit, page.offset);
  }

  @Authorized()
  @Query(() => PerformancePlan)
  performancePlan(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new PlanService(ctx).get(id);
  }

  @Authorized(...ADMIN_ROLES, Role.EMPLOYEE)
  @Mutation(() => PerformancePlan, { description: 'Make the SKP of an employee for a year (the superior of record is found from the position tree unless given)' })
  createPerformancePlan(@Ctx() ctx: Context, @Arg('input', () => CreatePlanInput) input: CreatePlanInput) {
    return new PlanService(ctx).create(input);
  }

  @Authorized(...ADMIN_ROLES, Role.EMPLOYEE)
  @Mutation(() => PerformancePlan)
  updatePerformancePlan(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdatePlanInput) input: UpdatePlanInput) {
    return new PlanService(ctx).update(id, input);
  }

  @Authorized(...ADMIN_ROLES, Role.EMPLOYEE)
  @Mutation(() => PerformanceTarget)
  addPerformanceTarget(@Ctx() ctx: Context, @Arg('planId', () => ID) planId: string, @Arg('input', () => TargetInput) input: TargetInput) {
    return new PlanService(ctx).addTarget(planId, input);
  }

  @Authorized(...ADMIN_ROLES, Role.EMPLOYEE)
  @Mutation(() => Boolean)
  removePerformanceTarget(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new PlanService(ctx).removeTarget(id, version);
  }

  @Authorized(Role.EMPLOYEE)
  @Mutation(() => ProgressReport, { description: 'The employee reports progress on their plan (text, evidence link, percentage)' })
  reportProgress(@Ctx() ctx: Context, @Arg('input', () => ReportProgressInput) input: ReportProgressInput) {
    return new PlanService(ctx).reportProgress(input);
  }

  @Authorized(Role.EMPLOYEE)
  @Mutation(() => ProgressReport, { description: 'The superior of record answers a progress report' })
  giveFeedback(@Ctx() ctx: Context, @Arg('input', () => GiveFeedbackInput) input: GiveFeedbackInput) {
    return new PlanService(ctx).giveFeedback(input);
  }

  @FieldResolver(() => Employee)
  employee(@Parent() p: PerformancePlan, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(refId(p.employee)!);
  }

  @FieldResolver(() => Employee, { description: 'The superior of record' })
  evaluator(@Parent() p: PerformancePlan, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(refId(p.evaluator)!);
  }

  @FieldResolver(() => Position, { nullable: true })
  position(@Parent() p: PerformancePlan, @Ctx() ctx: Context) {
    const id = refId(p.position);
    return id ? ctx.loaders.byId(Position).load(id) : null;
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  unit(@Parent() p: PerformancePlan, @Ctx() ctx: Context) {
    const id = refId(p.unit);
    return id ? ctx.loaders.byId(OrgUnit).load(id) : null;
  }

  @FieldResolver(() => [PerformanceTarget])
  targets(@Parent() p: PerformancePlan, @Ctx() ctx: Context) {
    return targetsLoader(ctx).load(p.id);
  }

  @FieldResolver(() => [PerformanceEvaluation])
  evaluations(@Parent() p: PerformancePlan, @Ctx() ctx: Context) {
    return planEvaluationsLoader(ctx).load(p.id);
  }

  @FieldResolver(() => [ProgressReport], { description: 'The feedback thread (the employee, the superior of record and administrators only)' })
  progress(@Parent() p: PerformancePlan, @Ctx() ctx: Context) {
    return new PlanService(ctx).thread(p.id);
  }
}

@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  @FieldResolver(() => Employee)
  author(@Parent() r: ProgressReport, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(refId(r.author)!);
  }

  @FieldResolver(() => PerformanceTarget, { nullable: true })
  target(@Parent() r: ProgressReport, @Ctx() ctx: Context) {
    const id = refId(r.target);
    return id ? ctx.loaders.byId(PerformanceTarget).load(id) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The progress report this feedback answers' })
  replyToId(@Parent() r: ProgressReport) {
    return refId(r.replyTo);
  }
}

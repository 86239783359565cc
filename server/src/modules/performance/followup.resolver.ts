// Follow-ups of the annual ratings: pending ones, coaching plans and recognitions.
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Parent } from '../../shared/root.ts';
import type { Context } from '../../context.ts';
import { ADMIN_ROLES, READER_ROLES } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { PageArgs } from '../../shared/list.ts';
import { Employee } from '../employee/index.ts';
import { Government } from '../organization/index.ts';
import { CoachingPlan, Recognition, RecognitionStatus } from './followup.entity.ts';
import { FollowUpService } from './followup.service.ts';
import { CreateCoachingPlanInput } from './performance.inputs.ts';
import { PendingFollowUpPage } from './performance.types.ts';

@Resolver()
export class FollowUpResolver {
  @Authorized(...READER_ROLES)
  @Query(() => PendingFollowUpPage, { description: 'Annual ratings of a unit still lacking their follow-up (recognition or coaching)' })
  async pendingFollowUps(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('unitId', () => ID) unitId: string, @Arg('year', () => Int) year: number) {
    const r = await new FollowUpService(ctx).pending(unitId, year, page.limit, page.offset);
    return { ...r, items: await Promise.all(r.items.map(async (i) => ({ ...i, employee: (await ctx.loaders.byId(Employee).load(i.employeeId))! }))) };
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => CoachingPlan, { description: 'Coaching for an annual rating below Baik; training is recommended from the competency gaps' })
  createCoachingPlan(@Ctx() ctx: Context, @Arg('input', () => CreateCoachingPlanInput) input: CreateCoachingPlanInput) {
    return new FollowUpService(ctx).createCoachingPlan(input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => CoachingPlan)
  completeCoachingPlan(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new FollowUpService(ctx).completeCoachingPlan(id, version);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => Recognition, { description: 'Approve or reject a proposed recognition' })
  decideRecognition(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('status', () => RecognitionStatus) status: RecognitionStatus, @Arg('version', () => Int) version: number) {
    return new FollowUpService(ctx).decideRecognition(id, status, version);
  }
}

@Resolver(() => Recognition)
export class RecognitionResolver {
  @FieldResolver(() => Employee)
  employee(@Parent() r: Recognition, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(refId(r.employee)!);
  }

  @FieldResolver(() => Government)
  government(@Parent() r: Recognition, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Government).load(refId(r.government)!);
  }
}

@Resolver(() => CoachingPlan)
export class CoachingPlanResolver {
  @FieldResolver(() => Employee)
  employee(@Parent() r: CoachingPlan, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(refId(r.employee)!);
  }

  @FieldResolver(() => Employee)
  mentor(@Parent() r: CoachingPlan, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(refId(r.mentor)!);
  }
}

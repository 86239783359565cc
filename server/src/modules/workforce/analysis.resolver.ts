import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Parent } from '../../shared/root.ts';
import type { Context } from '../../context.ts';
import { ADMIN_ROLES, READER_ROLES } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { PageArgs, PageType } from '../../shared/list.ts';
import { User } from '../auth/index.ts';
import { Position } from '../position/index.ts';
import { WorkloadAnalysis, WorkloadTask } from './analysis.entity.ts';
import { AnalysisService, tasksLoader, type AnalysisRow } from './analysis.service.ts';
import { AddWorkloadTaskInput, CreateWorkloadAnalysisInput, UpdateWorkloadAnalysisInput, UpdateWorkloadTaskInput, WorkloadAnalysisFilter, WorkloadTransitionInput } from './workforce.inputs.ts';
import { AbkComputation } from './abk.types.ts';

@ObjectType()
export class WorkloadAnalysisPage extends PageType(WorkloadAnalysis) {}

const userName = async (ctx: Context, id: string | null | undefined) => (id ? ((await ctx.loaders.byId(User).load(id))?.displayName ?? null) : null);

@Resolver(() => WorkloadAnalysis)
export class WorkloadAnalysisResolver {
  @Authorized(...READER_ROLES)
  @Query(() => WorkloadAnalysisPage, { description: 'Workload analyses (ABK) the caller may see, latest year first' })
  workloadAnalyses(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => WorkloadAnalysisFilter, { nullable: true }) filter?: WorkloadAnalysisFilter) {
    return new AnalysisService(ctx).list(filter, page.limit, page.offset);
  }

  @Authorized(...READER_ROLES)
  @Query(() => WorkloadAnalysis)
  workloadAnalysis(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new AnalysisService(ctx).get(id);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => WorkloadAnalysis, { description: 'A new draft analysis of a position for a year (with tasks, or copying another analysis)' })
  createWorkloadAnalysis(@Ctx() ctx: Context, @Arg('input', () => CreateWorkloadAnalysisInput) input: CreateWorkloadAnalysisInput) {
    return new AnalysisService(ctx).create(input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => WorkloadAnalysis, { description: 'A new draft revision of an analysis (how an approved one is changed), with its tasks' })
  reviseWorkloadAnalysis(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new AnalysisService(ctx).revise(id);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => WorkloadAnalysis)
  updateWorkloadAnalysis(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateWorkloadAnalysisInput) input: UpdateWorkloadAnalysisInput) {
    return new AnalysisService(ctx).update(id, input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => Boolean, { description: 'Deletes a draft analysis' })
  deleteWorkloadAnalysis(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new AnalysisService(ctx).delete(id, version);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => WorkloadAnalysis, { description: 'REVIEW (unit or government admins), APPROVE or RETURN (government admins)' })
  transitionWorkloadAnalysis(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => WorkloadTransitionInput) input: WorkloadTransitionInput) {
    return new AnalysisService(ctx).transition(id, input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => WorkloadTask)
  addWorkloadTask(@Ctx() ctx: Context, @Arg('input', () => AddWorkloadTaskInput) input: AddWorkloadTaskInput) {
    return new AnalysisService(ctx).addTask(input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => WorkloadTask)
  updateWorkloadTask(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateWorkloadTaskInput) input: UpdateWorkloadTaskInput) {
    return new AnalysisService(ctx).updateTask(id, input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => Boolean)
  deleteWorkloadTask(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new AnalysisService(ctx).deleteTask(id, version);
  }

  @FieldResolver(() => Position)
  position(@Parent() a: AnalysisRow, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Position).load(refId(a.position)!);
  }

  @FieldResolver(() => [WorkloadTask], { description: 'Uraian tugas, in order' })
  tasks(@Parent() a: AnalysisRow, @Ctx() ctx: Context) {
    return tasksLoader(ctx).load(a.id);
  }

  @FieldResolver(() => AbkComputation, { description: 'Workload, required staff, EJ and gaps with their terms (today\'s holders)' })
  computation(@Parent() a: AnalysisRow, @Ctx() ctx: Context) {
    return new AnalysisService(ctx).compute(a);
  }

  @FieldResolver(() => String, { nullable: true })
  createdByName(@Parent() a: AnalysisRow, @Ctx() ctx: Context) {
    return userName(ctx, refId(a.createdBy));
  }

  @FieldResolver(() => String, { nullable: true })
  reviewedByName(@Parent() a: AnalysisRow, @Ctx() ctx: Context) {
    return userName(ctx, refId(a.reviewedBy));
  }

  @FieldResolver(() => String, { nullable: true })
  approvedByName(@Parent() a: AnalysisRow, @Ctx() ctx: Context) {
    return userName(ctx, refId(a.approvedBy));
  }
}

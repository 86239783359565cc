import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { READER_ROLES } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { assignGiven, checkVersion, viewerOf } from '../../shared/resolve.ts';
import { canSeeGovernment, governmentScope, writableGovernment } from '../../shared/scope.ts';
import { Role } from '../../shared/auth.ts';
import { WorkforceTargetRatio } from './ratio.entity.ts';
import { assertApprover } from './workforce.access.ts';
import { WorkforceErrors } from './workforce.errors.ts';
import { TargetRatioInput, UpdateTargetRatioInput } from './plan.inputs.ts';

@Resolver(() => WorkforceTargetRatio)
export class TargetRatioResolver {
  @Authorized(...READER_ROLES)
  @Query(() => [WorkforceTargetRatio], { description: "Target staffing ratios of a government (the caller's by default)" })
  async workforceTargetRatios(@Ctx() ctx: Context, @Arg('governmentId', () => ID, { nullable: true }) governmentId?: string) {
    const gov = governmentId ?? governmentScope(viewerOf(ctx));
    if (!gov || !canSeeGovernment(viewerOf(ctx), gov)) return [];
    return ctx.em.createQueryBuilder(WorkforceTargetRatio).select('*').where({ government: gov }).orderBy([{ sector: 'asc' }, { label: 'asc' }, { id: 'asc' }]).limit(200).execute('all', true);
  }

  @Authorized(Role.SUPER_ADMIN, Role.GOV_ADMIN)
  @Mutation(() => WorkforceTargetRatio)
  async createWorkforceTargetRatio(@Ctx() ctx: Context, @Arg('input', () => TargetRatioInput) input: TargetRatioInput) {
    assertApprover(ctx);
    const governmentId = writableGovernment(viewerOf(ctx), input.governmentId);
    const { governmentId: _g, ...values } = input;
    const same = await ctx.em.find(WorkforceTargetRatio, { government: governmentId, sector: input.sector, unitKind: input.unitKind ?? null });
    if (same.some((r) => (r.functionalFamily ?? '').toLowerCase() === (input.functionalFamily ?? '').toLowerCase())) {
      throw WorkforceErrors.input('functionalFamily', 'RATIO_DUPLICATE', 'functionalFamily: this government already has a target for the sector, unit kind and family');
    }
    const ratio = ctx.em.create(WorkforceTargetRatio, { ...values, unitKind: input.unitKind ?? null, functionalFamily: input.functionalFamily ?? null, government: governmentId });
    await ctx.em.flush();
    return ratio;
  }

  @Authorized(Role.SUPER_ADMIN, Role.GOV_ADMIN)
  @Mutation(() => WorkforceTargetRatio)
  async updateWorkforceTargetRatio(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateTargetRatioInput) input: UpdateTargetRatioInput) {
    const ratio = await this.writable(ctx, id);
    checkVersion('WorkforceTargetRatio', ratio, input.version);
    assignGiven(ratio, input, ['label', 'staff', 'perPopulation', 'basis']);
    await ctx.em.flush();
    return ratio;
  }

  @Authorized(Role.SUPER_ADMIN, Role.GOV_ADMIN)
  @Mutation(() => Boolean)
  async deleteWorkforceTargetRatio(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    const ratio = await this.writable(ctx, id);
    checkVersion('WorkforceTargetRatio', ratio, version);
    ctx.em.remove(ratio);
    await ctx.em.flush();
    return true;
  }

  private async writable(ctx: Context, id: string): Promise<WorkforceTargetRatio> {
    assertApprover(ctx);
    const ratio = await ctx.em.findOne(WorkforceTargetRatio, id);
    if (!ratio || !canSeeGovernment(viewerOf(ctx), refId(ratio.government)!)) throw new NotFoundError('WorkforceTargetRatio', id, 'id');
    return ratio;
  }
}

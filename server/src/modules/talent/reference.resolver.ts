import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { UpdateTalentBoxInput, UpdateTalentPerformanceLevelInput } from './reference.inputs.ts';
import { TalentReferenceService } from './reference.service.ts';
import { TalentBox, TalentPerformanceLevel } from './talent.entity.ts';

/** The configurable parts of §7: read by every signed-in user, changed by a super admin (national). */
@Resolver()
export class TalentReferenceResolver {
  @Authorized()
  @Query(() => [TalentBox], { description: 'The 9 boxes with their labels and recommended actions (editable reference)' })
  talentBoxes(@Ctx() ctx: Context) {
    return new TalentReferenceService(ctx).talentBoxes();
  }

  @Authorized()
  @Query(() => [TalentPerformanceLevel], { description: 'Which performance level each annual predikat counts as (editable reference)' })
  talentPerformanceLevels(@Ctx() ctx: Context) {
    return new TalentReferenceService(ctx).talentPerformanceLevels();
  }

  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => TalentBox, { description: "Change a box's label or recommended actions" })
  updateTalentBox(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateTalentBoxInput) input: UpdateTalentBoxInput) {
    return new TalentReferenceService(ctx).updateTalentBox(id, input);
  }

  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => TalentPerformanceLevel, { description: 'Change which performance level an annual predikat counts as' })
  updateTalentPerformanceLevel(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateTalentPerformanceLevelInput) input: UpdateTalentPerformanceLevelInput) {
    return new TalentReferenceService(ctx).updateTalentPerformanceLevel(id, input);
  }
}

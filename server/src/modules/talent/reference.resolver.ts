import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { editReference } from '../../shared/resolve.ts';
import { Expectation } from '../performance/index.ts';
import { TalentBox, TalentPerformanceLevel } from './talent.entity.ts';
import { TalentErrors } from './talent.errors.ts';

/** The configurable parts of §7 (super admin: national). Potential cut-offs are settings. */
@Resolver()
export class TalentReferenceResolver {
  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => TalentBox, { description: "Change a box's label or recommended actions" })
  updateTalentBox(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('label', { nullable: true }) label?: string, @Arg('actions', { nullable: true }) actions?: string) {
    return editReference(ctx, TalentBox, 'TalentBox', id, version, (row) => {
      if (label !== undefined) {
        if (label.trim().length < 3 || label.length > 120) throw TalentErrors.input('label', 'VALIDATION_IS_LENGTH', 'label: 3 to 120 characters');
        row.label = label.trim();
      }
      if (actions !== undefined) {
        if (actions.trim().length < 3 || actions.length > 500) throw TalentErrors.input('actions', 'VALIDATION_IS_LENGTH', 'actions: 3 to 500 characters');
        row.actions = actions.trim();
      }
    });
  }

  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => TalentPerformanceLevel, { description: 'Change which performance level an annual predikat counts as' })
  updateTalentPerformanceLevel(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('performance', () => Expectation) performance: Expectation) {
    return editReference(ctx, TalentPerformanceLevel, 'TalentPerformanceLevel', id, version, (row) => {
      row.performance = performance;
    });
  }
}

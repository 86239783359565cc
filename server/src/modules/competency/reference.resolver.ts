import { Arg, Authorized, Ctx, Float, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { CommonErrors } from '../../shared/errors.ts';
import { editReference } from '../../shared/resolve.ts';
import { CompetencyLevelDefault } from './competency.entity.ts';
import { JpmCategory } from './jpm-category.entity.ts';
import { CompetencyErrors } from './competency.errors.ts';

/** The configurable values of §5-§6 (super admin: they are national). */
@Resolver()
export class CompetencyReferenceResolver {
  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => JpmCategory, { description: 'Change the lower bound (and label) of a JPM category' })
  updateJpmCategory(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('minPercent', () => Float) minPercent: number,
    @Arg('label', { nullable: true }) label?: string,
  ) {
    return editReference(ctx, JpmCategory, 'JpmCategory', id, version, (row) => {
      if (minPercent < 0 || minPercent > 100) throw CommonErrors.input('minPercent', 'OUT_OF_RANGE', 'minPercent: a JPM bound is between 0 and 100');
      row.minPercent = minPercent;
      if (label !== undefined) {
        if (label.trim().length < 3) throw CompetencyErrors.input('label', 'VALIDATION_IS_LENGTH', 'label: at least 3 characters');
        row.label = label.trim();
      }
    });
  }

  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => CompetencyLevelDefault, { description: 'Change the typical level required by a kind of position' })
  updateCompetencyLevelDefault(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('requiredLevel', () => Int) requiredLevel: number) {
    return editReference(ctx, CompetencyLevelDefault, 'CompetencyLevelDefault', id, version, (row) => {
      if (requiredLevel < 1 || requiredLevel > 5) throw CompetencyErrors.input('requiredLevel', 'LEVEL_OUT_OF_RANGE', 'requiredLevel: competency levels run from 1 to 5');
      row.requiredLevel = requiredLevel;
    });
  }
}

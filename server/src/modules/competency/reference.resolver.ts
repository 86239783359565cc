import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { CompetencyLevelDefault } from './competency.entity.ts';
import { JpmCategory } from './jpm-category.entity.ts';
import { UpdateCompetencyLevelDefaultInput, UpdateJpmCategoryInput } from './reference.inputs.ts';
import { CompetencyReferenceService } from './reference.service.ts';

/** The configurable values of §5-§6 (super admin: they are national). */
@Resolver()
export class CompetencyReferenceResolver {
  @Authorized()
  @Query(() => [CompetencyLevelDefault], { description: 'Typical required levels by kind of position (ASN-RULES §5)' })
  competencyLevelDefaults(@Ctx() ctx: Context) {
    return new CompetencyReferenceService(ctx).competencyLevelDefaults();
  }

  @Authorized()
  @Query(() => [JpmCategory], { description: 'JPM categories and thresholds by purpose (ASN-RULES §6)' })
  jpmCategories(@Ctx() ctx: Context) {
    return new CompetencyReferenceService(ctx).jpmCategories();
  }

  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => JpmCategory, { description: 'Change the lower bound (and label) of a JPM category' })
  updateJpmCategory(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateJpmCategoryInput) input: UpdateJpmCategoryInput) {
    return new CompetencyReferenceService(ctx).updateJpmCategory(id, input);
  }

  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => CompetencyLevelDefault, { description: 'Change the typical level required by a kind of position' })
  updateCompetencyLevelDefault(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateCompetencyLevelDefaultInput) input: UpdateCompetencyLevelDefaultInput) {
    return new CompetencyReferenceService(ctx).updateCompetencyLevelDefault(id, input);
  }
}

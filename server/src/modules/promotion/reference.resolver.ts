import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Parent } from '../../shared/root.ts';
import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { EducationLevel, Rank } from '../reference/index.ts';
import { AppointmentRequirement, CreditPointRequirement, RetirementAge } from './promotion.entity.ts';
import { UpdateAppointmentRequirementInput, UpdateCreditPointRequirementInput, UpdateRetirementAgeInput } from './reference.inputs.ts';
import { PromotionReferenceService } from './reference.service.ts';

/** The configurable parts of §3, §8 and §11: read by every signed-in user, changed by a super admin (national). */
@Resolver()
export class PromotionReferenceResolver {
  @Authorized()
  @Query(() => [CreditPointRequirement], { description: 'Credit points required per functional level and rank step (editable)' })
  creditPointRequirements(@Ctx() ctx: Context) {
    return new PromotionReferenceService(ctx).creditPointRequirements();
  }

  @Authorized()
  @Query(() => [AppointmentRequirement], { description: 'Requirements of appointment by kind of position (editable)' })
  appointmentRequirements(@Ctx() ctx: Context) {
    return new PromotionReferenceService(ctx).appointmentRequirements();
  }

  @Authorized()
  @Query(() => [RetirementAge], { description: 'Retirement ages by kind and functional level (editable)' })
  retirementAges(@Ctx() ctx: Context) {
    return new PromotionReferenceService(ctx).retirementAges();
  }

  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => CreditPointRequirement)
  updateCreditPointRequirement(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateCreditPointRequirementInput) input: UpdateCreditPointRequirementInput) {
    return new PromotionReferenceService(ctx).updateCreditPointRequirement(id, input);
  }

  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => AppointmentRequirement)
  updateAppointmentRequirement(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateAppointmentRequirementInput) input: UpdateAppointmentRequirementInput) {
    return new PromotionReferenceService(ctx).updateAppointmentRequirement(id, input);
  }

  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => RetirementAge)
  updateRetirementAge(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateRetirementAgeInput) input: UpdateRetirementAgeInput) {
    return new PromotionReferenceService(ctx).updateRetirementAge(id, input);
  }
}

@Resolver(() => CreditPointRequirement)
export class CreditPointRequirementResolver {
  @FieldResolver(() => Rank)
  fromRank(@Parent() row: CreditPointRequirement, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Rank).load(refId(row.fromRank)!);
  }

  @FieldResolver(() => Rank)
  toRank(@Parent() row: CreditPointRequirement, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Rank).load(refId(row.toRank)!);
  }
}

@Resolver(() => AppointmentRequirement)
export class AppointmentRequirementResolver {
  @FieldResolver(() => EducationLevel, { nullable: true })
  minEducation(@Parent() row: AppointmentRequirement, @Ctx() ctx: Context) {
    const id = refId(row.minEducation ?? null);
    return id ? ctx.loaders.byId(EducationLevel).load(id) : null;
  }
}

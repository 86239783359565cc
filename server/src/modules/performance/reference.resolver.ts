import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { CreditPointCoefficient, CreditPointConversion, PredikatDistributionRule } from './organization-rating.entity.ts';
import { UpdateCreditPointCoefficientInput, UpdateCreditPointConversionInput, UpdateDistributionRuleInput } from './reference.inputs.ts';
import { PerformanceReferenceService } from './reference.service.ts';

/** The configurable values of §3-§4: read by every signed-in user, changed by a super admin (national). */
@Resolver()
export class PerformanceReferenceResolver {
  @Authorized()
  @Query(() => [PredikatDistributionRule])
  distributionRules(@Ctx() ctx: Context) {
    return new PerformanceReferenceService(ctx).distributionRules();
  }

  @Authorized()
  @Query(() => [CreditPointConversion])
  creditPointConversions(@Ctx() ctx: Context) {
    return new PerformanceReferenceService(ctx).creditPointConversions();
  }

  @Authorized()
  @Query(() => [CreditPointCoefficient])
  creditPointCoefficients(@Ctx() ctx: Context) {
    return new PerformanceReferenceService(ctx).creditPointCoefficients();
  }

  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => CreditPointConversion, { description: 'Change the credit-point percentage of a predikat' })
  updateCreditPointConversion(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateCreditPointConversionInput) input: UpdateCreditPointConversionInput) {
    return new PerformanceReferenceService(ctx).updateCreditPointConversion(id, input);
  }

  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => CreditPointCoefficient, { description: 'Change the yearly credit-point coefficient of a functional level' })
  updateCreditPointCoefficient(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateCreditPointCoefficientInput) input: UpdateCreditPointCoefficientInput) {
    return new PerformanceReferenceService(ctx).updateCreditPointCoefficient(id, input);
  }

  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => PredikatDistributionRule, { description: 'Change a bound of the predikat distribution (SE MenPANRB 3/2023)' })
  updateDistributionRule(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateDistributionRuleInput) input: UpdateDistributionRuleInput) {
    return new PerformanceReferenceService(ctx).updateDistributionRule(id, input);
  }
}

import { Arg, Authorized, Ctx, Float, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { CommonErrors } from '../../shared/errors.ts';
import { editReference } from '../../shared/resolve.ts';
import { DistributionBound } from './performance.enums.ts';
import { CreditPointCoefficient, CreditPointConversion, PredikatDistributionRule } from './organization-rating.entity.ts';

/** The configurable values of §3-§4 (super admin: they are national). */
@Resolver()
export class PerformanceReferenceResolver {
  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => CreditPointConversion, { description: 'Change the credit-point percentage of a predikat' })
  updateCreditPointConversion(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('percent', () => Float) percent: number) {
    return editReference(ctx, CreditPointConversion, 'CreditPointConversion', id, version, (row) => {
      if (percent < 0 || percent > 500) throw CommonErrors.input('percent', 'OUT_OF_RANGE', 'percent: between 0 and 500');
      row.percent = percent;
    });
  }

  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => CreditPointCoefficient, { description: 'Change the yearly credit-point coefficient of a functional level' })
  updateCreditPointCoefficient(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('coefficient', () => Float) coefficient: number) {
    return editReference(ctx, CreditPointCoefficient, 'CreditPointCoefficient', id, version, (row) => {
      if (coefficient <= 0 || coefficient > 1000) throw CommonErrors.input('coefficient', 'OUT_OF_RANGE', 'coefficient: above 0 and at most 1000');
      row.coefficient = coefficient;
    });
  }

  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => PredikatDistributionRule, { description: 'Change a bound of the predikat distribution (SE MenPANRB 3/2023)' })
  updateDistributionRule(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('value', () => Float) value: number) {
    return editReference(ctx, PredikatDistributionRule, 'PredikatDistributionRule', id, version, (row) => {
      const max = row.bound === DistributionBound.AT_LEAST_COUNT ? 100_000 : 100;
      if (value < 0 || value > max) throw CommonErrors.input('value', 'OUT_OF_RANGE', `value: between 0 and ${max}`);
      row.value = value;
    });
  }
}

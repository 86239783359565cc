// The performance module's national reference tables (§3-§4): registered once, read and changed here.
import type { Context } from '../../context.ts';
import { CommonErrors } from '../../shared/errors.ts';
import { referenceTable, updateReference } from '../../shared/reference.ts';
import { CreditPointCoefficient, CreditPointConversion, PredikatDistributionRule } from './organization-rating.entity.ts';
import { DistributionBound } from './performance.enums.ts';
import type { UpdateCreditPointCoefficientInput, UpdateCreditPointConversionInput, UpdateDistributionRuleInput } from './reference.inputs.ts';

export const DISTRIBUTION_RULES = referenceTable({ name: 'PredikatDistributionRule', module: 'performance', query: 'distributionRules', entity: PredikatDistributionRule });
export const CREDIT_POINT_CONVERSIONS = referenceTable({ name: 'CreditPointConversion', module: 'performance', query: 'creditPointConversions', entity: CreditPointConversion });
export const CREDIT_POINT_COEFFICIENTS = referenceTable({ name: 'CreditPointCoefficient', module: 'performance', query: 'creditPointCoefficients', entity: CreditPointCoefficient });

export class PerformanceReferenceService {
  constructor(private readonly ctx: Context) {}

  distributionRules() {
    return this.ctx.em.createQueryBuilder(PredikatDistributionRule).select('*').orderBy([{ organizationRating: 'asc' }]).execute<PredikatDistributionRule[]>('all', true);
  }

  creditPointConversions() {
    return this.ctx.em.createQueryBuilder(CreditPointConversion).select('*').orderBy({ percent: 'desc' }).execute<CreditPointConversion[]>('all', true);
  }

  creditPointCoefficients() {
    return this.ctx.em.createQueryBuilder(CreditPointCoefficient).select('*').orderBy({ coefficient: 'asc' }).execute<CreditPointCoefficient[]>('all', true);
  }

  updateCreditPointConversion(id: string, input: UpdateCreditPointConversionInput) {
    return updateReference(this.ctx, CREDIT_POINT_CONVERSIONS, id, input.version, (row) => {
      row.percent = input.percent;
    });
  }

  updateCreditPointCoefficient(id: string, input: UpdateCreditPointCoefficientInput) {
    return updateReference(this.ctx, CREDIT_POINT_COEFFICIENTS, id, input.version, (row) => {
      row.coefficient = input.coefficient;
    });
  }

  /** The bound's unit depends on the row (a count or a percentage): a business rule, checked here. */
  updateDistributionRule(id: string, input: UpdateDistributionRuleInput) {
    return updateReference(this.ctx, DISTRIBUTION_RULES, id, input.version, (row) => {
      const max = row.bound === DistributionBound.AT_LEAST_COUNT ? 100_000 : 100;
      if (input.value > max) throw CommonErrors.input('value', 'OUT_OF_RANGE', `value: between 0 and ${max}`);
      row.value = input.value;
    });
  }
}

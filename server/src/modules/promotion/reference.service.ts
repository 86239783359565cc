// The promotion module's national reference tables (§3, §8, §11): registered once, read and changed here.
import type { Context } from '../../context.ts';
import { CommonErrors } from '../../shared/errors.ts';
import { referenceTable, updateReference } from '../../shared/reference.ts';
import { EducationLevel } from '../reference/index.ts';
import { AppointmentRequirement, CreditPointRequirement, RetirementAge } from './promotion.entity.ts';
import type { UpdateAppointmentRequirementInput, UpdateCreditPointRequirementInput, UpdateRetirementAgeInput } from './reference.inputs.ts';

export const CREDIT_POINT_REQUIREMENTS = referenceTable({ name: 'CreditPointRequirement', module: 'promotion', query: 'creditPointRequirements', entity: CreditPointRequirement });
export const APPOINTMENT_REQUIREMENTS = referenceTable({ name: 'AppointmentRequirement', module: 'promotion', query: 'appointmentRequirements', entity: AppointmentRequirement });
export const RETIREMENT_AGES = referenceTable({ name: 'RetirementAge', module: 'promotion', query: 'retirementAges', entity: RetirementAge });

export class PromotionReferenceService {
  constructor(private readonly ctx: Context) {}

  creditPointRequirements() {
    return this.ctx.em.createQueryBuilder(CreditPointRequirement).select('*').orderBy({ functionalLevel: 'asc', requiredPoints: 'asc' }).execute<CreditPointRequirement[]>('all', true);
  }

  appointmentRequirements() {
    return this.ctx.em.createQueryBuilder(AppointmentRequirement).select('*').orderBy({ positionKind: 'asc' }).execute<AppointmentRequirement[]>('all', true);
  }

  retirementAges() {
    return this.ctx.em.createQueryBuilder(RetirementAge).select('*').orderBy({ positionKind: 'asc', functionalLevel: 'asc' }).execute<RetirementAge[]>('all', true);
  }

  updateCreditPointRequirement(id: string, input: UpdateCreditPointRequirementInput) {
    return updateReference(this.ctx, CREDIT_POINT_REQUIREMENTS, id, input.version, (row) => {
      row.requiredPoints = input.requiredPoints;
    });
  }

  async updateAppointmentRequirement(id: string, input: UpdateAppointmentRequirementInput) {
    const { ctx } = this;
    const level = input.minEducationId ? await ctx.loaders.byId(EducationLevel).load(input.minEducationId) : null;
    if (input.minEducationId && !level) throw CommonErrors.input('minEducationId', 'NOT_FOUND', `minEducationId: education level ${input.minEducationId} not found`);
    if (input.maxAge !== undefined && input.maxAge !== 0 && input.maxAge < 18) throw CommonErrors.input('maxAge', 'OUT_OF_RANGE', 'maxAge: 0 (no limit) or 18 to 70');
    return updateReference(ctx, APPOINTMENT_REQUIREMENTS, id, input.version, (row) => {
      if (level) row.minEducation = ctx.em.getReference(EducationLevel, level.id, { wrapped: true });
      if (input.experienceYears !== undefined) row.experienceYears = input.experienceYears;
      if (input.experienceKinds !== undefined) row.experienceKinds = [...new Set(input.experienceKinds)];
      if (input.priorKinds !== undefined) row.priorKinds = [...new Set(input.priorKinds)];
      if (input.priorYears !== undefined) row.priorYears = input.priorYears;
      if (input.maxAge !== undefined) row.maxAge = input.maxAge === 0 ? null : input.maxAge;
      if (input.performanceYears !== undefined) row.performanceYears = input.performanceYears;
    });
  }

  updateRetirementAge(id: string, input: UpdateRetirementAgeInput) {
    return updateReference(this.ctx, RETIREMENT_AGES, id, input.version, (row) => {
      row.age = input.age;
    });
  }
}

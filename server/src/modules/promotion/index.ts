export { AppointmentRequirement, CreditPointRequirement, RetirementAge } from './promotion.entity.ts';
export { PromotionService, EligibilityFilter } from './promotion.service.ts';
export { AppointmentService } from './appointment.service.ts';
export { DukService, dukColumns } from './duk.service.ts';
export { RetirementService } from './retirement.service.ts';
export { promotionDateOnOrAfter } from './promotion.rules.ts';
export { employeesInScope, IN_SERVICE, PNS_ONLY, PPPK_ONLY, type EmployeeSet, type ScopeArgs } from './scope.ts';
import { EmployeePromotionResolver, PromotionResolver } from './promotion.resolver.ts';
import { AppointmentRequirementResolver, CreditPointRequirementResolver, PromotionReferenceResolver } from './reference.resolver.ts';

export const promotionResolvers = [PromotionReferenceResolver, CreditPointRequirementResolver, AppointmentRequirementResolver, PromotionResolver, EmployeePromotionResolver] as const;

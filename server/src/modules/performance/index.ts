export { DistributionBound, EvaluationPeriod, Expectation, OrganizationRatingValue, PlanStatus, Predikat, PREDIKAT_LABEL, ProgressKind, TargetKind } from './performance.enums.ts';
export { atLeastBaik, creditPoints, monthsWithin, predikatOf } from './performance.rules.ts';
export { PerformancePlan, PerformanceTarget } from './plan.entity.ts';
export { ProgressReport } from './progress.entity.ts';
export { PerformanceEvaluation } from './evaluation.entity.ts';
export { CreditPointCoefficient, CreditPointConversion, OrganizationRating, PredikatDistributionRule } from './organization-rating.entity.ts';

export { DistributionBound, EvaluationPeriod, Expectation, OrganizationRatingValue, PlanStatus, Predikat, PREDIKAT_LABEL, ProgressKind, TargetKind } from './performance.enums.ts';
export { EXPECTATION_LABEL, atLeastBaik, creditPoints, monthsWithin, predikatOf } from './performance.rules.ts';
export { PerformancePlan, PerformanceTarget } from './plan.entity.ts';
export { ProgressReport } from './progress.entity.ts';
export { PerformanceEvaluation } from './evaluation.entity.ts';
export { CreditPointCoefficient, CreditPointConversion, OrganizationRating, PredikatDistributionRule } from './organization-rating.entity.ts';
export { CoachingPlan, CoachingStatus, Recognition, RecognitionStatus } from './followup.entity.ts';
export { EvaluationService, annualEvaluationsLoader } from './evaluation.service.ts';
export { PlanService, planScope } from './plan.service.ts';
export { PerformanceReportService } from './report.service.ts';
export { annualPredikats, creditPointFactors } from './performance.sql.ts';
import { EmployeePerformanceResolver, EvaluationResolver } from './evaluation.resolver.ts';
import { CoachingPlanResolver, FollowUpResolver, RecognitionResolver } from './followup.resolver.ts';
import { PerformancePlanResolver, ProgressReportResolver } from './plan.resolver.ts';
import { PerformanceReportResolver } from './report.resolver.ts';

import { PerformanceReferenceResolver } from './reference.resolver.ts';
import { PerformanceTransparencyResolver } from './transparency.resolver.ts';

export const performanceResolvers = [PerformanceReferenceResolver, 
  PerformancePlanResolver,
  ProgressReportResolver,
  EvaluationResolver,
  EmployeePerformanceResolver,
  PerformanceReportResolver,
  FollowUpResolver,
  RecognitionResolver,
  CoachingPlanResolver,
  PerformanceTransparencyResolver,
] as const;

export { Competency, CompetencyLevelDefault, PositionCompetency } from './competency.entity.ts';
export { Assessment, AssessmentScore } from './assessment.entity.ts';
export { JpmCategory } from './jpm-category.entity.ts';
export { AssessmentPurpose, CompetencyKind } from './competency.enums.ts';
export { jobPersonMatch, type CompetencyGap } from './competency.rules.ts';
export { AssessmentService, scoresLoader, thresholdsLoader } from './assessment.service.ts';
export { CompetencyService, standardLoader } from './competency.service.ts';
export { latestAssessmentSql, standardSql } from './competency.sql.ts';
import { AssessmentResolver, CompetencyResolver, PositionStandardResolver } from './competency.resolver.ts';

import { CompetencyReferenceResolver } from './reference.resolver.ts';

export const competencyResolvers = [CompetencyReferenceResolver, CompetencyResolver, PositionStandardResolver, AssessmentResolver] as const;

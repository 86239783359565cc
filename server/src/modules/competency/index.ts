export { Competency, CompetencyLevelDefault, PositionCompetency } from './competency.entity.ts';
export { Assessment, AssessmentScore } from './assessment.entity.ts';
export { JpmCategory } from './jpm-category.entity.ts';
export { AssessmentPurpose, CompetencyKind } from './competency.enums.ts';
export { jobPersonMatch, type CompetencyGap } from './competency.rules.ts';

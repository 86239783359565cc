export { CoachingPlan, Recognition, TalentBox, TalentPerformanceLevel, CoachingStatus, RecognitionStatus } from './talent.entity.ts';
export { PotentialLevel } from './talent.enums.ts';

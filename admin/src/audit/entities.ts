// The record types the audit trail names (the server's entity classes) and, for those the panel
// has pages for, the resource that shows them.

export const AUDIT_ENTITIES = [
  'Employee', 'RankHistory', 'PositionHistory', 'EducationHistory', 'Qualification', 'DisciplinarySanction',
  'OrgUnit', 'Position', 'PositionCompetency', 'Government', 'User', 'Setting',
  'Assessment', 'AssessmentScore', 'Competency', 'PerformancePlan', 'PerformanceTarget', 'ProgressReport', 'PerformanceEvaluation',
  'OrganizationRating', 'Recognition', 'CoachingPlan', 'Rating360Assignment', 'Rating360Score',
  'PublicService', 'Survey', 'Feedback',
  'JpmCategory', 'IkmGrade', 'RetirementAge', 'TalentBox', 'TalentPerformanceLevel', 'PredikatDistributionRule', 'AppointmentRequirement',
  'CreditPointCoefficient', 'CreditPointConversion', 'CreditPointRequirement', 'CompetencyLevelDefault', 'EducationLevel',
] as const;

/** Entity class -> the panel's resource and the view that shows one record. */
export const ENTITY_RESOURCES: Partial<Record<string, { resource: string; view: 'show' | 'edit' }>> = {
  Employee: { resource: 'employees', view: 'show' },
  OrgUnit: { resource: 'units', view: 'show' },
  Position: { resource: 'positions', view: 'show' },
  User: { resource: 'users', view: 'edit' },
  Assessment: { resource: 'assessments', view: 'show' },
  PerformanceEvaluation: { resource: 'evaluations', view: 'show' },
  PublicService: { resource: 'services', view: 'show' },
  Survey: { resource: 'surveys', view: 'show' },
  Feedback: { resource: 'feedback', view: 'show' },
  Competency: { resource: 'competencies', view: 'show' },
};

export const entityChoices = () => AUDIT_ENTITIES.map((e) => ({ id: e, name: `asn.audit.entities.${e}` }));

/** Where the audit list filtered on one record lives (the "change history" link). */
export const auditListPath = (entityName: string, entityId: string) =>
  `/audit?filter=${encodeURIComponent(JSON.stringify({ entityName, entityId }))}&displayedFilters=${encodeURIComponent(JSON.stringify({ entityId: true }))}`;

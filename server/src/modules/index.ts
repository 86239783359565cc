// The list of domain modules: their entities (for the ORM) and resolvers (for the schema).
import { AccessEntry, accessResolvers } from './access/index.ts';
import { ApiKey, ApiKeyOperation, apiKeyResolvers } from './apikey/index.ts';
import { AuditEntry, auditResolvers } from './audit/index.ts';
import { User, authResolvers } from './auth/index.ts';
import { DisciplinarySanction, EducationHistory, Employee, PositionHistory, Qualification, RankHistory, employeeResolvers } from './employee/index.ts';
import { AppointmentRequirement, CreditPointRequirement, RetirementAge, promotionResolvers } from './promotion/index.ts';
import { Government, OrgUnit, organizationResolvers } from './organization/index.ts';
import { Position, positionResolvers } from './position/index.ts';
import { EducationLevel, Rank, referenceResolvers } from './reference/index.ts';
import { Setting, settingsResolvers } from './settings/index.ts';
import { Feedback, IkmGrade, PublicService, Survey, SurveyElement, SurveyResponse, surveyResolvers } from './survey/index.ts';
import { Assessment, AssessmentScore, Competency, CompetencyLevelDefault, JpmCategory, PositionCompetency, competencyResolvers } from './competency/index.ts';
import { CoachingPlan, CreditPointCoefficient, CreditPointConversion, OrganizationRating, PerformanceEvaluation, PerformancePlan, PerformanceTarget, PredikatDistributionRule, ProgressReport, Recognition, performanceResolvers } from './performance/index.ts';
import { Rating360Assignment, Rating360Score, behaviour360Resolvers } from './behaviour360/index.ts';
import { TalentBox, TalentPerformanceLevel, talentResolvers } from './talent/index.ts';
import { dashboardResolvers } from './dashboard/index.ts';
import { Document, DocumentType, documentResolvers } from './document/index.ts';
import { FormasiProposal, FormasiProposalLine, WorkforceTargetRatio, WorkloadAnalysis, WorkloadTask, workforceResolvers } from './workforce/index.ts';

export const entities = [Rank, EducationLevel, Government, OrgUnit, Position, Employee, RankHistory, PositionHistory, EducationHistory, User, AuditEntry, AccessEntry, Setting,
  Competency, PositionCompetency, CompetencyLevelDefault, Assessment, AssessmentScore, JpmCategory,
  PerformancePlan, PerformanceTarget, ProgressReport, PerformanceEvaluation, OrganizationRating, PredikatDistributionRule, CreditPointConversion, CreditPointCoefficient,
  Rating360Assignment, Rating360Score,
  TalentBox, TalentPerformanceLevel, Recognition, CoachingPlan,
  Qualification, DisciplinarySanction, CreditPointRequirement, AppointmentRequirement, RetirementAge,
  SurveyElement, IkmGrade, PublicService, Survey, SurveyResponse, Feedback,
  WorkloadAnalysis, WorkloadTask, WorkforceTargetRatio, FormasiProposal, FormasiProposalLine,
  ApiKey, ApiKeyOperation,
  DocumentType, Document,
];

export const resolvers = [
  ...authResolvers,
  ...referenceResolvers,
  ...organizationResolvers,
  ...positionResolvers,
  ...employeeResolvers,
  ...auditResolvers,
  ...accessResolvers,
  ...settingsResolvers,
  ...competencyResolvers,
  ...performanceResolvers,
  ...behaviour360Resolvers,
  ...talentResolvers,
  ...promotionResolvers,
  ...surveyResolvers,
  ...dashboardResolvers,
  ...workforceResolvers,
  ...apiKeyResolvers,
  ...documentResolvers,
] as const;

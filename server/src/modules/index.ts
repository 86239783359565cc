// The list of domain modules: their entities (for the ORM) and resolvers (for the schema).
import { AuditEntry, auditResolvers } from './audit/index.ts';
import { User, authResolvers } from './auth/index.ts';
import { EducationHistory, Employee, PositionHistory, RankHistory, employeeResolvers } from './employee/index.ts';
import { Government, OrgUnit, organizationResolvers } from './organization/index.ts';
import { Position, positionResolvers } from './position/index.ts';
import { EducationLevel, Rank, referenceResolvers } from './reference/index.ts';
import { Setting, settingsResolvers } from './settings/index.ts';
import { Feedback, IkmGrade, PublicService, Survey, SurveyElement, SurveyResponse, surveyResolvers } from './survey/index.ts';

export const entities = [Rank, EducationLevel, Government, OrgUnit, Position, Employee, RankHistory, PositionHistory, EducationHistory, User, AuditEntry, Setting, SurveyElement, IkmGrade, PublicService, Survey, SurveyResponse, Feedback];

export const resolvers = [
  ...authResolvers,
  ...referenceResolvers,
  ...organizationResolvers,
  ...positionResolvers,
  ...employeeResolvers,
  ...auditResolvers,
  ...settingsResolvers,
  ...surveyResolvers,
] as const;

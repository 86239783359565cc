export { User } from './user.entity.ts';
export { AuthService, hashPassword, resolveViewer } from './auth.service.ts';
import { AuthResolver } from './auth.resolver.ts';

export const authResolvers = [AuthResolver] as const;

/** Root operations anyone may call without logging in. Everything else needs @Authorized. */
export const PUBLIC_OPERATIONS = new Set([
  'login',
  // Public satisfaction surveys, feedback and transparency (survey module): aggregate or own-submission only.
  'surveyQuestionnaire',
  'publicSurveys',
  'submitSurveyResponse',
  'surveyIndex',
  'surveyIndices',
  'serviceDirectory',
  'submitFeedback',
  'feedbackStatus',
  // Annual predikat counts per unit (performance module): aggregate only, small units withheld.
  'predikatDistribution',
]);

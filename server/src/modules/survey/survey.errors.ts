// The reasons the survey module answers with (public services, satisfaction surveys (SKM) and feedback), beyond CommonErrors. The panel
// words each one in both languages (`asn.errors.<CODE>`); a test fails when a code has no text.
import { catalogue } from '../../shared/errors.ts';

export const SurveyErrors = catalogue('survey', [
  'IDEMPOTENCY_KEY_REUSED',
  'NOT_ALLOWED',
  'PERIOD_TOO_LONG',
  'SERVICE_OF_OTHER_UNIT',
  'SURVEY_CLOSED',
  'TRACKING_CODE_FORMAT',
  'TRANSITION_NOT_ALLOWED',
  'VALIDATION_IS_UUID',
] as const);
export type SurveyReason = (typeof SurveyErrors.codes)[number];

// The reasons the performance module answers with (SKP plans, evaluations and their follow-up), beyond CommonErrors. The panel
// words each one in both languages (`asn.errors.<CODE>`); a test fails when a code has no text.
import { catalogue } from '../../shared/errors.ts';

export const PerformanceErrors = catalogue('performance', [
  'DATE_NOT_FUTURE',
  'NOT_NEEDED',
  'NOT_OWN_PLAN',
  'NOT_PLAN_OWNER',
  'NOT_SUPERIOR_OF_RECORD',
  'NO_ANNUAL_EVALUATION',
  'PERIOD_NOT_STARTED',
  'PLAN_AGREED',
  'PRIVATE_THREAD',
  'SELF',
] as const);
export type PerformanceReason = (typeof PerformanceErrors.codes)[number];

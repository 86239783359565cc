// The reasons the workforce module answers with (beyond CommonErrors). The panel words each one in
// both languages (`asn.errors.<CODE>`); a test fails when a code has no text.
import { catalogue } from '../../shared/errors.ts';

export const WorkforceErrors = catalogue('workforce', [
  // tasks (uraian tugas)
  'ABK_TWO_DECIMALS',
  'ABK_OTHER_GOVERNMENT',
  'ABK_NO_TASKS',
  // versions and workflow
  'ABK_NOT_DRAFT',
  'ABK_APPROVED_NEW_VERSION',
  'ABK_OPEN_VERSION',
  'ALREADY_APPROVED',
  'TRANSITION_NOT_ALLOWED',
  // the plan and its scenario
  'PLAN_YEAR_RANGE',
  'SCENARIO_DUPLICATE_SECTOR',
  // formasi proposals
  'FORMASI_EXISTS',
  'FORMASI_NOT_DRAFT',
  'FORMASI_OVER_PLAN',
  'FORMASI_EMPTY',
  'FORMASI_DUPLICATE_LINE',
  // target ratios
  'RATIO_DUPLICATE',
] as const);
export type WorkforceReason = (typeof WorkforceErrors.codes)[number];

// The reasons the employee module answers with (beyond CommonErrors). The panel words each one in
// both languages (`asn.errors.<CODE>`); a test fails when a code has no text.
import { catalogue } from '../../shared/errors.ts';

export const EmployeeErrors = catalogue('employee', [
  // NIP / NI PPPK (ASN-RULES §1)
  'NIP_FORMAT',
  'NIP_BIRTH_DATE_INVALID',
  'NIP_APPOINTMENT_YEAR_INVALID',
  'NIP_APPOINTMENT_MONTH_INVALID',
  'NIP_SEX_INVALID',
  'NIP_SEQUENCE_INVALID',
  'NIP_BIRTH_DATE_MISMATCH',
  'NIP_SEX_MISMATCH',
  'NIP_TMT_CPNS_MISMATCH',
  'NIK_FORMAT',
  'LEGACY_NIP_FORMAT',
  // the record and its histories
  'REQUIRES_TMT_CPNS',
  'BEFORE_TMT_CPNS',
  'HAS_RANK_HISTORY',
  'WRONG_SCHEME',
  'NOT_ALLOWED',
  // what masked roles may not ask (employee.access.ts)
  'MASKED_FIELD',
  'MASKED_AGE_BAND',
  'MASKED_YEARS_ONLY',
  'MASKED_AS_OF_TODAY',
] as const);
export type EmployeeReason = (typeof EmployeeErrors.codes)[number];

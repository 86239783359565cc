// The reasons the position module answers with (positions (jabatan)), beyond CommonErrors. The panel
// words each one in both languages (`asn.errors.<CODE>`); a test fails when a code has no text.
import { catalogue } from '../../shared/errors.ts';

export const PositionErrors = catalogue('position', [
  'CYCLE',
  'NOT_ALLOWED',
  'WRONG_SCHEME',
] as const);
export type PositionReason = (typeof PositionErrors.codes)[number];

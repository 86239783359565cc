// The reasons the reference module answers with (ranks and education levels), beyond CommonErrors. The panel
// words each one in both languages (`asn.errors.<CODE>`); a test fails when a code has no text.
import { catalogue } from '../../shared/errors.ts';

export const ReferenceErrors = catalogue('reference', [
  'WRONG_SCHEME',
] as const);
export type ReferenceReason = (typeof ReferenceErrors.codes)[number];

// The reasons the promotion module answers with (promotion, appointment, DUK and retirement), beyond CommonErrors. The panel
// words each one in both languages (`asn.errors.<CODE>`); a test fails when a code has no text.
import { catalogue } from '../../shared/errors.ts';

export const PromotionErrors = catalogue('promotion', [
  'SCOPE_MISMATCH',
] as const);
export type PromotionReason = (typeof PromotionErrors.codes)[number];

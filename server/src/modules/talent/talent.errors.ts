// The reasons the talent module answers with (the 9-box talent grid), beyond CommonErrors. The panel
// words each one in both languages (`asn.errors.<CODE>`); a test fails when a code has no text.
import { catalogue } from '../../shared/errors.ts';

export const TalentErrors = catalogue('talent', [
  'VALIDATION_IS_LENGTH',
] as const);
export type TalentReason = (typeof TalentErrors.codes)[number];

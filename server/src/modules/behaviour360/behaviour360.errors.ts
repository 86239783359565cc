// The reasons the behaviour360 module answers with (360-degree BerAKHLAK ratings), beyond CommonErrors. The panel
// words each one in both languages (`asn.errors.<CODE>`); a test fails when a code has no text.
import { catalogue } from '../../shared/errors.ts';

export const Behaviour360Errors = catalogue('behaviour360', [
  'ALREADY_SUBMITTED',
  'INCOMPLETE',
  'LEVEL_OUT_OF_RANGE',
  'NOT_SUPERIOR_OF_RECORD',
  'PERIOD_NOT_STARTED',
  'RATEE_CANNOT_ADD_RATERS',
  'SELF_IS_RATEE',
  'SELF_NOT_PEER',
] as const);
export type Behaviour360Reason = (typeof Behaviour360Errors.codes)[number];

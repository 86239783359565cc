// The reasons the organization module answers with (governments and units), beyond CommonErrors. The panel
// words each one in both languages (`asn.errors.<CODE>`); a test fails when a code has no text.
import { catalogue } from '../../shared/errors.ts';

export const OrganizationErrors = catalogue('organization', [
  'CYCLE',
] as const);
export type OrganizationReason = (typeof OrganizationErrors.codes)[number];

// The reasons the API key module answers with (beyond CommonErrors). The panel words each one in
// both languages (`asn.errors.<CODE>`); a test fails when a code has no text.
import { catalogue } from '../../shared/errors.ts';

export const ApiKeyErrors = catalogue('apikey', [
  // presenting a key (UNAUTHENTICATED)
  'API_KEY_UNKNOWN',
  'API_KEY_REVOKED',
  'API_KEY_EXPIRED',
  // what a key may not do (FORBIDDEN)
  'API_KEY_READ_ONLY',
  'OPERATION_NOT_ALLOWED',
  'TRUSTED_OPERATIONS_POST_ONLY',
  // creating a key and registering its operations (BAD_USER_INPUT)
  'EXPIRY_IN_PAST',
  'ALREADY_REVOKED',
  'HASH_MISMATCH',
  'DOCUMENT_INVALID',
  'DOCUMENT_NOT_A_QUERY',
  'MANIFEST_INVALID',
] as const);
export type ApiKeyReason = (typeof ApiKeyErrors.codes)[number];

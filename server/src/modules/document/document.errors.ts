// The reasons the document module answers with (beyond CommonErrors). The panel words each one in
// both languages (`asn.errors.<CODE>`); a test fails when a code has no text.
import { catalogue } from '../../shared/errors.ts';

export const DocumentErrors = catalogue('document', [
  // the file (document.rules.ts)
  'FILE_MISSING',
  'FILE_EMPTY',
  'FILE_TOO_LARGE',
  'FILE_TYPE_UNKNOWN',
  'FILE_TYPE_NOT_ALLOWED',
  'FILE_TYPE_MISMATCH',
  'FILE_EXECUTABLE',
  'FILE_NAME_PATH',
  'FILE_NAME_INVALID',
  'PDF_ACTIVE_CONTENT',
  'PDF_BOMB',
  'IMAGE_TOO_LARGE',
  // the request
  'UPLOAD_MALFORMED',
  'UPLOAD_FIELD_ORDER',
  'UPLOAD_OFFSET',
  'UPLOAD_INCOMPLETE',
  'TYPE_NOT_FOR_RECORD',
  // download links
  'LINK_EXPIRED',
  'LINK_INVALID',
] as const);
export type DocumentReason = (typeof DocumentErrors.codes)[number];

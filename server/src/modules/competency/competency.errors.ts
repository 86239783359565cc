// The reasons the competency module answers with (competency dictionary, standards and assessments), beyond CommonErrors. The panel
// words each one in both languages (`asn.errors.<CODE>`); a test fails when a code has no text.
import { catalogue } from '../../shared/errors.ts';

export const CompetencyErrors = catalogue('competency', [
  'LEVEL_OUT_OF_RANGE',
  'OTHER_EMPLOYEE',
] as const);
export type CompetencyReason = (typeof CompetencyErrors.codes)[number];

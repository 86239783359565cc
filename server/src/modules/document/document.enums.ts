import { registerEnumType } from 'type-graphql';

/** The kinds of file a document may be (checked by content). */
export enum DocumentMime {
  PDF = 'PDF',
  JPEG = 'JPEG',
  PNG = 'PNG',
}
registerEnumType(DocumentMime, { name: 'DocumentMime', description: 'A document file kind, as its content says (never its name)' });

/** The records a document can be attached to. */
export enum DocumentOwnerKind {
  EMPLOYEE = 'EMPLOYEE',
  RANK_HISTORY = 'RANK_HISTORY',
  POSITION_HISTORY = 'POSITION_HISTORY',
  EDUCATION_HISTORY = 'EDUCATION_HISTORY',
  QUALIFICATION = 'QUALIFICATION',
  SANCTION = 'SANCTION',
  ASSESSMENT = 'ASSESSMENT',
  PERFORMANCE_PROGRESS = 'PERFORMANCE_PROGRESS',
}
registerEnumType(DocumentOwnerKind, {
  name: 'DocumentOwnerKind',
  description: 'The kind of record a document is attached to',
  valuesConfig: {
    EMPLOYEE: { description: 'The employee record itself (KTP, KK, photo, ...)' },
    RANK_HISTORY: { description: 'A rank history entry (its SK kenaikan pangkat)' },
    POSITION_HISTORY: { description: 'A placement (its SK jabatan)' },
    EDUCATION_HISTORY: { description: 'An education (diploma, transcript)' },
    QUALIFICATION: { description: 'A training or certification (its certificate)' },
    SANCTION: { description: 'A disciplinary sanction (its decision)' },
    ASSESSMENT: { description: 'A competency assessment (its report)' },
    PERFORMANCE_PROGRESS: { description: 'A progress report on SKP targets (its evidence)' },
  },
});

import { registerEnumType } from 'type-graphql';

export enum CompetencyKind {
  MANAGERIAL = 'MANAGERIAL',
  SOCIOCULTURAL = 'SOCIOCULTURAL',
  TECHNICAL = 'TECHNICAL',
}
registerEnumType(CompetencyKind, { name: 'CompetencyKind', description: 'Manajerial (M.01-M.08), sosial kultural (S.01), teknis (per instansi)' });

export enum AssessmentPurpose {
  MAPPING = 'MAPPING',
  SELECTION = 'SELECTION',
}
registerEnumType(AssessmentPurpose, { name: 'AssessmentPurpose', description: 'Pemetaan (mapping) or seleksi / promosi (selection)' });

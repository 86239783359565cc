import { registerEnumType } from 'type-graphql';

/** Rating of work results or work behaviour against the superior's expectations (PermenPANRB 6/2022). */
export enum Expectation {
  DI_ATAS = 'DI_ATAS',
  SESUAI = 'SESUAI',
  DI_BAWAH = 'DI_BAWAH',
}
registerEnumType(Expectation, { name: 'Expectation', description: 'Di Atas / Sesuai / Di Bawah Ekspektasi' });

/** The five performance ratings (predikat kinerja), best first. */
export enum Predikat {
  SANGAT_BAIK = 'SANGAT_BAIK',
  BAIK = 'BAIK',
  BUTUH_PERBAIKAN = 'BUTUH_PERBAIKAN',
  KURANG = 'KURANG',
  SANGAT_KURANG = 'SANGAT_KURANG',
}
registerEnumType(Predikat, { name: 'Predikat', description: 'Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang' });

export const PREDIKAT_LABEL: Record<Predikat, string> = {
  [Predikat.SANGAT_BAIK]: 'Sangat Baik',
  [Predikat.BAIK]: 'Baik',
  [Predikat.BUTUH_PERBAIKAN]: 'Butuh Perbaikan',
  [Predikat.KURANG]: 'Kurang/Misconduct',
  [Predikat.SANGAT_KURANG]: 'Sangat Kurang',
};

/** Evaluation periods of a year: the four quarters (triwulan) and the annual evaluation. */
export enum EvaluationPeriod {
  Q1 = 'Q1',
  Q2 = 'Q2',
  Q3 = 'Q3',
  Q4 = 'Q4',
  ANNUAL = 'ANNUAL',
}
registerEnumType(EvaluationPeriod, { name: 'EvaluationPeriod', description: 'Triwulan I-IV and the annual evaluation' });

/** Rating of an organisation (unit), which bounds its employees' ratings (SE MenPANRB 3/2023). */
export enum OrganizationRatingValue {
  ISTIMEWA = 'ISTIMEWA',
  BAIK = 'BAIK',
  BUTUH_PERBAIKAN = 'BUTUH_PERBAIKAN',
  KURANG = 'KURANG',
  SANGAT_KURANG = 'SANGAT_KURANG',
}
registerEnumType(OrganizationRatingValue, { name: 'OrganizationRatingValue' });

export enum TargetKind {
  MAIN = 'MAIN',
  ADDITIONAL = 'ADDITIONAL',
}
registerEnumType(TargetKind, { name: 'TargetKind', description: 'Hasil kerja utama or tambahan' });

export enum PlanStatus {
  DRAFT = 'DRAFT',
  AGREED = 'AGREED',
}
registerEnumType(PlanStatus, { name: 'PlanStatus', description: 'DRAFT while targets are set; AGREED once the superior approved it' });

export enum ProgressKind {
  PROGRESS = 'PROGRESS',
  FEEDBACK = 'FEEDBACK',
}
registerEnumType(ProgressKind, { name: 'ProgressKind', description: 'PROGRESS from the employee, FEEDBACK from the superior' });

/** How a distribution rule bounds the share of some predikat. */
export enum DistributionBound {
  AT_MOST_PERCENT = 'AT_MOST_PERCENT',
  AT_LEAST_PERCENT = 'AT_LEAST_PERCENT',
  AT_LEAST_COUNT = 'AT_LEAST_COUNT',
}
registerEnumType(DistributionBound, { name: 'DistributionBound' });

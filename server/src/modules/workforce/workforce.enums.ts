import { registerEnumType } from 'type-graphql';

/** The period a task's volume is counted in (PermenPANRB 1/2020): multiplied to a yearly volume. */
export enum WorkPeriod {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}
registerEnumType(WorkPeriod, { name: 'WorkPeriod', description: 'Period of a task volume: per day, week, month or year' });

/** Efficiency band of a position (EJ, efisiensi jabatan), ASN-RULES §10. */
export enum EjBand {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
  E = 'E',
}
registerEnumType(EjBand, { name: 'EjBand', description: 'A > 1.00; B 0.90-1.00; C 0.70-0.89; D 0.50-0.69; E < 0.50 (limits are settings)' });

/** How the required staff (two decimals) is rounded to whole people (setting `abk.rounding`). */
export enum RoundingMode {
  NEAREST = 'NEAREST',
  UP = 'UP',
}
registerEnumType(RoundingMode, { name: 'RoundingMode' });

/** A workload analysis (ABK) of a position for a year, one version at a time. */
export enum AbkStatus {
  DRAFT = 'DRAFT',
  REVIEWED = 'REVIEWED',
  APPROVED = 'APPROVED',
  /** An approved version replaced by a newer approved version of the same position and year. */
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(AbkStatus, { name: 'AbkStatus' });

export enum AbkAction {
  /** DRAFT -> REVIEWED: the tasks are checked and ready for approval. */
  REVIEW = 'REVIEW',
  /** REVIEWED -> APPROVED: the analysis feeds the needs and the plan. */
  APPROVE = 'APPROVE',
  /** REVIEWED -> DRAFT: back for corrections. */
  RETURN = 'RETURN',
}
registerEnumType(AbkAction, { name: 'AbkAction' });

/** A formasi proposal (usulan kebutuhan) of a government for a year. */
export enum FormasiStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
}
registerEnumType(FormasiStatus, { name: 'FormasiStatus' });

export enum FormasiAction {
  SUBMIT = 'SUBMIT',
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
}
registerEnumType(FormasiAction, { name: 'FormasiAction' });

/** Who a formasi line recruits: civil servants (CPNS) or contract staff (PPPK). */
export enum FormasiKind {
  CPNS = 'CPNS',
  PPPK = 'PPPK',
}
registerEnumType(FormasiKind, { name: 'FormasiKind' });

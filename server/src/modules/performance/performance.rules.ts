// Performance rules (ASN-RULES §3-§4). Pure functions: no I/O; every answer carries its reasons
// and legal basis.
import { EvaluationPeriod, Expectation, DistributionBound, Predikat, PREDIKAT_LABEL, OrganizationRatingValue } from './performance.enums.ts';

export const PREDIKAT_LEGAL_BASIS = 'PP 30/2019 tentang Penilaian Kinerja PNS; PermenPANRB 6/2022 (matriks predikat kinerja)';
export const DISTRIBUTION_LEGAL_BASIS = 'SE MenPANRB 3/2023 (distribusi predikat kinerja pegawai menurut predikat organisasi)';
export const CREDIT_LEGAL_BASIS = 'PermenPANRB 1/2023; Peraturan BKN 3/2023 (konversi predikat kinerja ke angka kredit)';

export const EXPECTATION_LABEL: Record<Expectation, string> = {
  [Expectation.DI_ATAS]: 'Di Atas Ekspektasi',
  [Expectation.SESUAI]: 'Sesuai Ekspektasi',
  [Expectation.DI_BAWAH]: 'Di Bawah Ekspektasi',
};

// ASN-RULES §4: rows are work results, columns work behaviour.
const MATRIX: Record<Expectation, Record<Expectation, Predikat>> = {
  [Expectation.DI_ATAS]: { [Expectation.DI_BAWAH]: Predikat.KURANG, [Expectation.SESUAI]: Predikat.BAIK, [Expectation.DI_ATAS]: Predikat.SANGAT_BAIK },
  [Expectation.SESUAI]: { [Expectation.DI_BAWAH]: Predikat.KURANG, [Expectation.SESUAI]: Predikat.BAIK, [Expectation.DI_ATAS]: Predikat.BAIK },
  [Expectation.DI_BAWAH]: { [Expectation.DI_BAWAH]: Predikat.SANGAT_KURANG, [Expectation.SESUAI]: Predikat.BUTUH_PERBAIKAN, [Expectation.DI_ATAS]: Predikat.BUTUH_PERBAIKAN },
};

export interface Explained<T> {
  value: T;
  reasons: string[];
  legalBasis: string;
}

/** The predikat from the ratings of work results and work behaviour (the §4 matrix). */
export function predikatOf(results: Expectation, behaviour: Expectation): Explained<Predikat> {
  const value = MATRIX[results][behaviour];
  return {
    value,
    reasons: [`Hasil kerja ${EXPECTATION_LABEL[results]} dan perilaku kerja ${EXPECTATION_LABEL[behaviour]} memberi predikat ${PREDIKAT_LABEL[value]}`],
    legalBasis: PREDIKAT_LEGAL_BASIS,
  };
}

const ORDER: Predikat[] = [Predikat.SANGAT_KURANG, Predikat.KURANG, Predikat.BUTUH_PERBAIKAN, Predikat.BAIK, Predikat.SANGAT_BAIK];

/** Baik or Sangat Baik (the bar for promotion and appointment). */
export function atLeastBaik(p: Predikat | null | undefined): boolean {
  return p != null && ORDER.indexOf(p) >= ORDER.indexOf(Predikat.BAIK);
}

// ---- periods ---------------------------------------------------------------------------------

const QUARTER_START: Record<Exclude<EvaluationPeriod, EvaluationPeriod.ANNUAL>, string> = {
  [EvaluationPeriod.Q1]: '01-01',
  [EvaluationPeriod.Q2]: '04-01',
  [EvaluationPeriod.Q3]: '07-01',
  [EvaluationPeriod.Q4]: '10-01',
};
const QUARTER_END: Record<Exclude<EvaluationPeriod, EvaluationPeriod.ANNUAL>, string> = {
  [EvaluationPeriod.Q1]: '03-31',
  [EvaluationPeriod.Q2]: '06-30',
  [EvaluationPeriod.Q3]: '09-30',
  [EvaluationPeriod.Q4]: '12-31',
};

export function periodRange(year: number, period: EvaluationPeriod): { start: string; end: string } {
  if (period === EvaluationPeriod.ANNUAL) return { start: `${year}-01-01`, end: `${year}-12-31` };
  return { start: `${year}-${QUARTER_START[period]}`, end: `${year}-${QUARTER_END[period]}` };
}

/**
 * A period can be rated once it has begun; the annual evaluation once the last quarter has begun
 * (the annual rating is its own evaluation, not an average of the quarters).
 */
export function periodOpenForRating(year: number, period: EvaluationPeriod, today: string): boolean {
  const start = period === EvaluationPeriod.ANNUAL ? `${year}-${QUARTER_START[EvaluationPeriod.Q4]}` : periodRange(year, period).start;
  return start <= today;
}

// ---- distribution within an organisation (SE MenPANRB 3/2023) ----------------------------------

export interface DistributionRule {
  organizationRating: OrganizationRatingValue;
  predikats: Predikat[];
  bound: DistributionBound;
  value: number;
  description: string;
}

export interface DistributionCheck {
  description: string;
  predikats: Predikat[];
  bound: DistributionBound;
  value: number;
  /** Employees with one of the predikats, and their share of the unit (percent, 2 decimals). */
  count: number;
  percent: number;
  passed: boolean;
}

export interface DistributionResult {
  total: number;
  counts: Record<Predikat, number>;
  checks: DistributionCheck[];
  compliant: boolean;
  reasons: string[];
  legalBasis: string;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Whether a unit's annual predikat respect the bound set by its organisation rating. It reports; it blocks nothing. */
export function checkDistribution(orgRating: OrganizationRatingValue, counts: Partial<Record<Predikat, number>>, rules: DistributionRule[]): DistributionResult {
  const full = Object.fromEntries(ORDER.map((p) => [p, counts[p] ?? 0])) as Record<Predikat, number>;
  const total = ORDER.reduce((s, p) => s + full[p], 0);
  const checks = rules
    .filter((r) => r.organizationRating === orgRating)
    .map((r): DistributionCheck => {
      const count = r.predikats.reduce((s, p) => s + full[p], 0);
      const percent = total ? round2((count / total) * 100) : 0;
      const exact = total ? (count / total) * 100 : 0;
      const passed =
        r.bound === DistributionBound.AT_MOST_PERCENT ? exact <= r.value + 1e-9 : r.bound === DistributionBound.AT_LEAST_PERCENT ? exact >= r.value - 1e-9 : count >= r.value;
      return { description: r.description, predikats: r.predikats, bound: r.bound, value: r.value, count, percent, passed };
    });
  const failed = checks.filter((c) => !c.passed);
  return {
    total,
    counts: full,
    checks,
    compliant: total > 0 && failed.length === 0,
    reasons:
      total === 0
        ? ['Belum ada predikat tahunan di unit ini']
        : failed.length
          ? failed.map((c) => `Tidak terpenuhi: ${c.description} (nyata ${c.count} pegawai, ${c.percent}%)`)
          : [`Semua batas untuk predikat organisasi ${orgRating} terpenuhi`],
    legalBasis: DISTRIBUTION_LEGAL_BASIS,
  };
}

// ---- credit points (angka kredit) -------------------------------------------------------------

export interface CreditSegment {
  /** Months in the year spent at this functional level (may be fractional for partial months). */
  months: number;
  level: string;
  coefficient: number;
  predikat: Predikat;
  /** Conversion percentage of the predikat, e.g. 100 for Baik. */
  percent: number;
}

export interface CreditResult {
  total: number;
  segments: (CreditSegment & { points: number; formula: string })[];
  legalBasis: string;
}

/** Credit points = months/12 x conversion percentage x level coefficient, per segment (pro rata). */
export function creditPoints(segments: CreditSegment[]): CreditResult {
  const out = segments.map((s) => {
    const exact = (s.months / 12) * (s.percent / 100) * s.coefficient;
    return { ...s, points: round2(exact), formula: `${round2(s.months)}/12 x ${s.percent}% x ${s.coefficient} = ${round2(exact)}`, exact };
  });
  const total = round2(out.reduce((sum, s) => sum + s.exact, 0));
  return { total, segments: out.map(({ exact: _exact, ...rest }) => rest), legalBasis: CREDIT_LEGAL_BASIS };
}

/**
 * Months of a period (inclusive dates, open end) counted in a year: a month counts when the
 * period covers its first day. Two months for a position held from 1 November.
 */
export function monthsWithin(year: number, start: string, end: string | null): number {
  const firstOfMonth = (date: string) => {
    const [y, m, d] = date.split('-').map(Number);
    return d === 1 ? y * 12 + (m - 1) : y * 12 + m; // the first month start on or after the date
  };
  const from = Math.max(firstOfMonth(start), year * 12);
  const [ey, em] = (end && end < `${year}-12-31` ? end : `${year}-12-31`).split('-').map(Number);
  const to = ey * 12 + (em - 1);
  return Math.max(0, to - from + 1);
}

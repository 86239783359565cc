// Public satisfaction survey (SKM) and complaint-handling rules (ASN-RULES §9; PermenPANRB 14/2017).
// Pure functions, no I/O. The grade table is reference data (ikm_grade), passed in by the caller.
import { addDays, daysBetween } from '@asn-merit/common';
import { FeedbackStatus } from './survey.enums.ts';

export const SKM_LEGAL_BASIS = 'PermenPANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat';

/** The nine elements U1-U9, in order. */
export const ELEMENT_CODES = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;
export type ElementCode = (typeof ELEMENT_CODES)[number];
/** Answer scores: 1 (worst) to 4 (best). */
export const MIN_SCORE = 1;
export const MAX_SCORE = 4;

/** Krejcie-Morgan parameters (ASN-RULES §9): chi-square 3.841 (1 df, 95%), P = 0.5, d = 0.05. */
export const KREJCIE_MORGAN = { chiSquare: 3.841, proportion: 0.5, margin: 0.05 } as const;

/**
 * Minimum sample for a population N: s = X² N P(1-P) / (d² (N-1) + X² P(1-P)).
 * Rounded to the nearest whole respondent, as Krejcie and Morgan's own table is (N=15 -> 14,
 * N=50 -> 44, N=1,000,000 -> 384). Strict rounding up would give 385 for every N above about
 * 1.47 million, contradicting the worked check "very large N -> 384" of ASN-RULES §9.
 */
export function minimumSample(population: number, p: { chiSquare: number; proportion: number; margin: number } = KREJCIE_MORGAN): number {
  if (!Number.isFinite(population) || population <= 0) return 0;
  const pq = p.proportion * (1 - p.proportion);
  const s = (p.chiSquare * population * pq) / (p.margin ** 2 * (population - 1) + p.chiSquare * pq);
  return Math.min(population, Math.round(s));
}

/** A row of the grade table (ikm_grade): IKM range, letter and performance label. */
export interface GradeBand {
  grade: string;
  minIkm: number;
  maxIkm: number;
  label: string;
}

/** IKM for display: 2 decimals, half up (a float tolerance keeps 76.605 from becoming 76.60). */
export function roundIkm(value: number): number {
  return Math.round(value * 100 + 1e-7) / 100;
}

/** The band an IKM falls in, judged on its displayed (2-decimal) value, so what is shown and graded agree. */
export function gradeOf(ikm: number, bands: readonly GradeBand[]): GradeBand | null {
  const cents = Math.round(roundIkm(ikm) * 100);
  return bands.find((b) => cents >= Math.round(b.minIkm * 100) && cents <= Math.round(b.maxIkm * 100)) ?? null;
}

export interface ElementResult {
  code: string;
  /** NRR: the element's average score, 1-4. */
  nrr: number;
  /** NRR × 1/9: the element's share of the index. */
  weighted: number;
  /** NRR × 25: the element on the IKM scale, 2 decimals. */
  ikm: number;
  grade: GradeBand | null;
}

export interface IndexResult {
  elements: ElementResult[];
  /** Sum of the weighted NRRs (1-4). */
  index: number;
  /** index × 25, 2 decimals (25-100). */
  ikm: number;
  grade: GradeBand | null;
}

/** The element's average score: sum of scores / number of answers (null when unanswered). */
export function nrr(sum: number, answers: number): number | null {
  return answers > 0 ? sum / answers : null;
}

/**
 * The index from the nine NRRs, with the exact weight 1/9 (the rounded 0.111 would give 99.9 for a
 * perfect survey), and its conversion to IKM (× 25). Null when there are no answers.
 */
export function surveyIndex(elements: { code: string; nrr: number | null }[], bands: readonly GradeBand[]): IndexResult | null {
  if (elements.length === 0 || elements.some((e) => e.nrr === null)) return null;
  const weight = 1 / elements.length;
  const results = elements.map((e): ElementResult => ({ code: e.code, nrr: e.nrr!, weighted: e.nrr! * weight, ikm: roundIkm(e.nrr! * 25), grade: gradeOf(e.nrr! * 25, bands) }));
  // Summing NRRs before dividing keeps exact inputs exact (9 × 3 / 9 = 3, not 2.9999…).
  const index = results.reduce((s, e) => s + e.nrr, 0) / elements.length;
  return { elements: results, index, ikm: roundIkm(index * 25), grade: gradeOf(index * 25, bands) };
}

/** What to improve first: lowest NRR first (ties in element order). */
export function weakestFirst<T extends { code: string; nrr: number }>(elements: readonly T[]): T[] {
  return [...elements].sort((a, b) => a.nrr - b.nrr || a.code.localeCompare(b.code, 'en', { numeric: true }));
}

// ---- complaint handling (pengaduan) -----------------------------------------------------------

/** The workflow: received -> in progress -> answered or rejected. Nothing else. */
export const FEEDBACK_TRANSITIONS: Record<FeedbackStatus, readonly FeedbackStatus[]> = {
  [FeedbackStatus.RECEIVED]: [FeedbackStatus.IN_PROGRESS],
  [FeedbackStatus.IN_PROGRESS]: [FeedbackStatus.ANSWERED, FeedbackStatus.REJECTED],
  [FeedbackStatus.ANSWERED]: [],
  [FeedbackStatus.REJECTED]: [],
};

export function canTransition(from: FeedbackStatus, to: FeedbackStatus): boolean {
  return FEEDBACK_TRANSITIONS[from].includes(to);
}

export function isClosed(status: FeedbackStatus): boolean {
  return status === FeedbackStatus.ANSWERED || status === FeedbackStatus.REJECTED;
}

export interface FeedbackTiming {
  /** Days from receipt to the answer (or, while open, to today). */
  daysTaken: number;
  dueDate: string;
  /** Open and past its due date. */
  overdue: boolean;
  /** Answered or rejected within the target (null while open). */
  withinTarget: boolean | null;
}

/** Days taken against the service-level target (calendar days, Asia/Jakarta dates). */
export function feedbackTiming(receivedOn: string, closedOn: string | null, today: string, targetDays: number): FeedbackTiming {
  const dueDate = addDays(receivedOn, targetDays);
  const daysTaken = daysBetween(receivedOn, closedOn ?? today);
  return { daysTaken, dueDate, overdue: closedOn === null && today > dueDate, withinTarget: closedOn === null ? null : daysTaken <= targetDays };
}

/** Unambiguous characters (no 0/O, 1/I/L) for codes people read out and type. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const TRACKING_CODE = /^ADU-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/;

/** A feedback tracking code from random bytes (10 symbols of 31: about 49 bits, not guessable). */
export function trackingCode(random: Uint8Array): string {
  let code = 'ADU-';
  for (let i = 0; i < 10; i++) code += CODE_ALPHABET[random[i] % CODE_ALPHABET.length];
  return code;
}

/** Accepts what people type: lower case, spaces, a missing dash. */
export function normalizeTrackingCode(input: string): string {
  const s = input.toUpperCase().replace(/[\s-]/g, '');
  return s.startsWith('ADU') ? `ADU-${s.slice(3)}` : s;
}

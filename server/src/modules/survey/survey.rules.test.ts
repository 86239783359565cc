import { daysBetween } from '@asn-merit/common';
import { describe, expect, it } from 'vitest';
import { FeedbackStatus } from './survey.enums.ts';
import {
  ELEMENT_CODES,
  canTransition,
  feedbackTiming,
  gradeOf,
  minimumSample,
  normalizeTrackingCode,
  nrr,
  roundIkm,
  surveyIndex,
  TRACKING_CODE,
  trackingCode,
  weakestFirst,
  type GradeBand,
} from './survey.rules.ts';

// The grade table as the migration seeds it (ASN-RULES §9).
const BANDS: GradeBand[] = [
  { grade: 'A', minIkm: 88.31, maxIkm: 100, label: 'Sangat Baik' },
  { grade: 'B', minIkm: 76.61, maxIkm: 88.3, label: 'Baik' },
  { grade: 'C', minIkm: 65, maxIkm: 76.6, label: 'Kurang Baik' },
  { grade: 'D', minIkm: 25, maxIkm: 64.99, label: 'Tidak Baik' },
];

const all = (score: number) => ELEMENT_CODES.map((code) => ({ code, nrr: score }));

describe('IKM (ASN-RULES §9)', () => {
  it('gives 75.00, grade C (Kurang Baik) when every answer is 3', () => {
    const r = surveyIndex(all(3), BANDS)!;
    expect(r.index).toBe(3);
    expect(r.ikm).toBe(75);
    expect(r.grade).toMatchObject({ grade: 'C', label: 'Kurang Baik' });
    expect(r.elements.map((e) => e.weighted)).toEqual(Array(9).fill(3 / 9));
  });

  it('gives 100.00, grade A, when every answer is 4 (the exact 1/9, not 0.111 which gives 99.9)', () => {
    const r = surveyIndex(all(4), BANDS)!;
    expect(r.ikm).toBe(100);
    expect(r.grade?.grade).toBe('A');
    expect(roundIkm(4 * 0.111 * 9 * 25)).toBe(99.9);
  });

  it('computes NRR per element as sum / answers, and the element on the IKM scale', () => {
    expect(nrr(0, 0)).toBeNull();
    expect(nrr(7, 2)).toBe(3.5);
    const r = surveyIndex(ELEMENT_CODES.map((code, i) => ({ code, nrr: i === 3 ? 2 : 3.5 })), BANDS)!;
    expect(r.elements[3]).toMatchObject({ code: 'U4', nrr: 2, weighted: 2 / 9, ikm: 50, grade: { grade: 'D', label: 'Tidak Baik' } });
    expect(r.ikm).toBe(roundIkm(((8 * 3.5 + 2) / 9) * 25));
    expect(weakestFirst(r.elements)[0].code).toBe('U4');
  });

  it('has no index without answers', () => {
    expect(surveyIndex(ELEMENT_CODES.map((code) => ({ code, nrr: null })), BANDS)).toBeNull();
  });

  it.each([
    [100, 'A'],
    [88.31, 'A'],
    [88.3, 'B'],
    [88.305, 'A'],
    [76.61, 'B'],
    [76.6, 'C'],
    [65, 'C'],
    [64.99, 'D'],
    [25, 'D'],
  ])('grades IKM %s as %s (on the displayed 2-decimal value)', (ikm, grade) => {
    expect(gradeOf(ikm, BANDS)?.grade).toBe(grade);
  });

  it('orders the weakest elements first, ties in element order', () => {
    const order = weakestFirst([
      { code: 'U9', nrr: 3 },
      { code: 'U2', nrr: 2.5 },
      { code: 'U1', nrr: 3 },
    ]).map((e) => e.code);
    expect(order).toEqual(['U2', 'U1', 'U9']);
  });
});

describe('Krejcie-Morgan minimum sample (ASN-RULES §9)', () => {
  it.each([
    [100, 80],
    [1000, 278],
    [1_000_000, 384],
    [10_000_000, 384],
    [1_000_000_000, 384],
    // Krejcie and Morgan's published table
    [10, 10],
    [15, 14],
    [50, 44],
    [500, 217],
  ])('N = %s needs %s respondents', (population, sample) => {
    expect(minimumSample(population)).toBe(sample);
  });

  it('never asks more respondents than the population, nor any for none', () => {
    expect(minimumSample(1)).toBe(1);
    expect(minimumSample(0)).toBe(0);
  });
});

describe('complaint workflow', () => {
  it('allows received -> in progress -> answered / rejected only', () => {
    const S = FeedbackStatus;
    expect(canTransition(S.RECEIVED, S.IN_PROGRESS)).toBe(true);
    expect(canTransition(S.IN_PROGRESS, S.ANSWERED)).toBe(true);
    expect(canTransition(S.IN_PROGRESS, S.REJECTED)).toBe(true);
    expect(canTransition(S.RECEIVED, S.ANSWERED)).toBe(false);
    expect(canTransition(S.ANSWERED, S.IN_PROGRESS)).toBe(false);
    expect(canTransition(S.REJECTED, S.ANSWERED)).toBe(false);
    expect(canTransition(S.IN_PROGRESS, S.RECEIVED)).toBe(false);
  });

  it('counts days taken against the target', () => {
    expect(daysBetween('2026-02-25', '2026-03-01')).toBe(4);
    expect(feedbackTiming('2026-11-01', '2026-11-10', '2026-11-23', 14)).toEqual({ daysTaken: 9, dueDate: '2026-11-15', overdue: false, withinTarget: true });
    expect(feedbackTiming('2026-11-01', '2026-11-20', '2026-11-23', 14)).toMatchObject({ daysTaken: 19, withinTarget: false, overdue: false });
    expect(feedbackTiming('2026-11-01', null, '2026-11-15', 14)).toMatchObject({ daysTaken: 14, overdue: false, withinTarget: null });
    expect(feedbackTiming('2026-11-01', null, '2026-11-16', 14)).toMatchObject({ daysTaken: 15, overdue: true });
  });

  it('makes tracking codes people can type back', () => {
    const code = trackingCode(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 255]));
    expect(code).toMatch(TRACKING_CODE);
    expect(normalizeTrackingCode(` ${code.toLowerCase().replace('-', ' ')} `)).toBe(code);
  });
});

import { describe, expect, it } from 'vitest';
import { DistributionBound, EvaluationPeriod, Expectation, OrganizationRatingValue, Predikat } from './performance.enums.ts';
import { atLeastBaik, checkDistribution, creditPoints, monthsWithin, periodOpenForRating, periodRange, predikatOf, type DistributionRule } from './performance.rules.ts';

const { DI_ATAS, SESUAI, DI_BAWAH } = Expectation;

describe('predikat matrix (ASN-RULES §4)', () => {
  it.each([
    [DI_ATAS, DI_BAWAH, Predikat.KURANG],
    [DI_ATAS, SESUAI, Predikat.BAIK],
    [DI_ATAS, DI_ATAS, Predikat.SANGAT_BAIK],
    [SESUAI, DI_BAWAH, Predikat.KURANG],
    [SESUAI, SESUAI, Predikat.BAIK],
    [SESUAI, DI_ATAS, Predikat.BAIK],
    [DI_BAWAH, DI_BAWAH, Predikat.SANGAT_KURANG],
    [DI_BAWAH, SESUAI, Predikat.BUTUH_PERBAIKAN],
    [DI_BAWAH, DI_ATAS, Predikat.BUTUH_PERBAIKAN],
  ])('results %s, behaviour %s -> %s', (results, behaviour, expected) => {
    const r = predikatOf(results, behaviour);
    expect(r.value).toBe(expected);
    expect(r.reasons[0]).toContain('predikat');
    expect(r.legalBasis).toContain('PP 30/2019');
  });

  it('yields all five predikat', () => {
    const all = new Set([DI_ATAS, SESUAI, DI_BAWAH].flatMap((a) => [DI_ATAS, SESUAI, DI_BAWAH].map((b) => predikatOf(a, b).value)));
    expect(all.size).toBe(5);
  });

  it('knows which predikat are at least Baik', () => {
    expect([Predikat.SANGAT_BAIK, Predikat.BAIK, Predikat.BUTUH_PERBAIKAN, Predikat.KURANG, Predikat.SANGAT_KURANG].map(atLeastBaik)).toEqual([true, true, false, false, false]);
    expect(atLeastBaik(null)).toBe(false);
  });
});

describe('periods', () => {
  it('knows the quarters and when they can be rated', () => {
    expect(periodRange(2026, EvaluationPeriod.Q3)).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(periodOpenForRating(2026, EvaluationPeriod.Q4, '2026-09-30')).toBe(false);
    expect(periodOpenForRating(2026, EvaluationPeriod.Q4, '2026-10-01')).toBe(true);
    expect(periodOpenForRating(2026, EvaluationPeriod.ANNUAL, '2026-09-30')).toBe(false);
    expect(periodOpenForRating(2025, EvaluationPeriod.ANNUAL, '2026-01-15')).toBe(true);
  });
});

describe('distribution within an organisation (SE MenPANRB 3/2023)', () => {
  const P = Predikat;
  const rules: DistributionRule[] = [
    { organizationRating: OrganizationRatingValue.ISTIMEWA, predikats: [P.SANGAT_BAIK], bound: DistributionBound.AT_MOST_PERCENT, value: 70, description: 'maks 70% Sangat Baik' },
    { organizationRating: OrganizationRatingValue.BAIK, predikats: [P.BAIK], bound: DistributionBound.AT_MOST_PERCENT, value: 70, description: 'maks 70% Baik' },
    { organizationRating: OrganizationRatingValue.BAIK, predikats: [P.BUTUH_PERBAIKAN, P.KURANG], bound: DistributionBound.AT_LEAST_COUNT, value: 1, description: 'ada Butuh Perbaikan dan/atau Kurang' },
    { organizationRating: OrganizationRatingValue.SANGAT_KURANG, predikats: [P.SANGAT_KURANG], bound: DistributionBound.AT_LEAST_PERCENT, value: 60, description: 'min 60% Sangat Kurang' },
    { organizationRating: OrganizationRatingValue.SANGAT_KURANG, predikats: [P.SANGAT_BAIK], bound: DistributionBound.AT_MOST_PERCENT, value: 0, description: 'tanpa Sangat Baik' },
  ];

  it('accepts exactly 70% Sangat Baik in an Istimewa organisation and refuses 71%', () => {
    expect(checkDistribution(OrganizationRatingValue.ISTIMEWA, { [P.SANGAT_BAIK]: 7, [P.BAIK]: 3 }, rules).compliant).toBe(true);
    const r = checkDistribution(OrganizationRatingValue.ISTIMEWA, { [P.SANGAT_BAIK]: 71, [P.BAIK]: 29 }, rules);
    expect(r.compliant).toBe(false);
    expect(r.checks[0]).toMatchObject({ count: 71, percent: 71, passed: false });
  });

  it('requires some Butuh Perbaikan or Kurang in a Baik organisation', () => {
    const none = checkDistribution(OrganizationRatingValue.BAIK, { [P.SANGAT_BAIK]: 4, [P.BAIK]: 6 }, rules);
    expect(none.compliant).toBe(false);
    expect(none.reasons[0]).toContain('ada Butuh Perbaikan');
    const some = checkDistribution(OrganizationRatingValue.BAIK, { [P.SANGAT_BAIK]: 3, [P.BAIK]: 6, [P.KURANG]: 1 }, rules);
    expect(some.compliant).toBe(true);
    expect(some.checks.map((c) => c.percent)).toEqual([60, 10]);
  });

  it('allows no Sangat Baik in a Sangat Kurang organisation', () => {
    const r = checkDistribution(OrganizationRatingValue.SANGAT_KURANG, { [P.SANGAT_KURANG]: 8, [P.SANGAT_BAIK]: 1, [P.KURANG]: 1 }, rules);
    expect(r.checks.map((c) => c.passed)).toEqual([true, false]);
  });

  it('is not compliant with no ratings at all', () => {
    expect(checkDistribution(OrganizationRatingValue.BAIK, {}, rules)).toMatchObject({ total: 0, compliant: false });
  });
});

describe('credit points (ASN-RULES §3)', () => {
  it('gives 2.08 for 2 months at Baik as Ahli Pertama (2/12 x 100% x 12.5)', () => {
    const r = creditPoints([{ months: 2, level: 'AHLI_PERTAMA', coefficient: 12.5, predikat: Predikat.BAIK, percent: 100 }]);
    expect(r.total).toBe(2.08);
    expect(r.segments[0].formula).toBe('2/12 x 100% x 12.5 = 2.08');
  });

  it('gives a full year at Sangat Baik as Ahli Muda 37.5 (150% of 25)', () => {
    expect(creditPoints([{ months: 12, level: 'AHLI_MUDA', coefficient: 25, predikat: Predikat.SANGAT_BAIK, percent: 150 }]).total).toBe(37.5);
  });

  it('sums segments before rounding', () => {
    const r = creditPoints([
      { months: 2, level: 'AHLI_PERTAMA', coefficient: 12.5, predikat: Predikat.BAIK, percent: 100 },
      { months: 10, level: 'AHLI_MUDA', coefficient: 25, predikat: Predikat.BAIK, percent: 100 },
    ]);
    expect(r.total).toBe(22.92);
  });

  it('counts months of a period within a year', () => {
    expect(monthsWithin(2025, '2025-11-01', null)).toBe(2);
    expect(monthsWithin(2025, '2020-01-01', null)).toBe(12);
    expect(monthsWithin(2025, '2025-03-01', '2025-04-30')).toBe(2);
    expect(monthsWithin(2025, '2026-01-01', null)).toBe(0);
    // A month counts when the period covers its first day.
    expect(monthsWithin(2024, '2024-02-16', '2024-03-31')).toBe(1);
    expect(monthsWithin(2024, '2024-02-16', '2024-02-29')).toBe(0);
  });
});

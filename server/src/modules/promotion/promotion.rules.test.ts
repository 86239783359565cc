// Worked examples of ASN-RULES §3 (regular and functional rank promotion, promotion periods).
import { describe, expect, it } from 'vitest';
import { Predikat } from '../performance/index.ts';
import { addYears, wholeMonths, wholeYears } from '@asn-merit/common';
import { crossesGolongan, isPromotionPeriod, promotionDateOnOrAfter, PromotionRoute, rankPromotionEligibility, type EligibilityFacts } from './promotion.rules.ts';

const R = (code: string, golongan: string, ordinal: number) => ({ id: code, code, name: code, golongan, ordinal });
const IIIa = R('III/a', 'III', 9);
const IIIb = R('III/b', 'III', 10);
const IIIc = R('III/c', 'III', 11);
const IId = R('II/d', 'II', 8);
const IIId = R('III/d', 'III', 12);
const IVa = R('IV/a', 'IV', 13);

function facts(over: Partial<EligibilityFacts> = {}): EligibilityFacts {
  return {
    employeeId: 'e1',
    asnType: 'PNS',
    status: 'AKTIF',
    currentRank: { ...IIIa, tmt: '2022-04-01' },
    nextRank: IIIb,
    ceiling: { code: 'III/d', ordinal: 12, education: 'S1' },
    predikat: [{ year: 2025, predikat: Predikat.BAIK }, { year: 2024, predikat: Predikat.SANGAT_BAIK }],
    exams: { ujianDinasI: false, ujianDinasII: false, ukppi: false },
    sanction: null,
    functional: null,
    ...over,
  };
}

const cond = (e: ReturnType<typeof rankPromotionEligibility>, code: string) => e.conditions.find((c) => c.code === code)!;

describe('promotion periods (Peraturan BKN 4/2025 and earlier)', () => {
  it('is the 1st of any month from 1 October 2025', () => {
    expect(isPromotionPeriod('2025-10-01')).toBe(true);
    expect(isPromotionPeriod('2025-11-01')).toBe(true);
    expect(isPromotionPeriod('2026-03-01')).toBe(true);
    expect(isPromotionPeriod('2026-03-02')).toBe(false);
  });
  it('had six periods a year in 2023-2025 and 1 April / 1 October before 2023', () => {
    expect(isPromotionPeriod('2024-04-01')).toBe(true);
    expect(isPromotionPeriod('2024-03-01')).toBe(false);
    expect(isPromotionPeriod('2022-10-01')).toBe(true);
    expect(isPromotionPeriod('2022-06-01')).toBe(false);
  });
  it('finds the next TMT on or after a date', () => {
    expect(promotionDateOnOrAfter('2026-04-01')).toBe('2026-04-01');
    expect(promotionDateOnOrAfter('2026-04-02')).toBe('2026-05-01');
    expect(promotionDateOnOrAfter('2025-09-15')).toBe('2025-10-01');
    expect(promotionDateOnOrAfter('2024-03-02')).toBe('2024-04-01');
    expect(promotionDateOnOrAfter('2022-05-01')).toBe('2022-10-01');
    expect(promotionDateOnOrAfter('2022-10-02')).toBe('2023-02-01');
  });
  it('counts whole years and months like the database', () => {
    expect(wholeYears('2022-04-01', '2026-03-31')).toBe(3);
    expect(wholeYears('2022-04-01', '2026-04-01')).toBe(4);
    expect(wholeMonths('2022-04-01', '2026-11-23')).toBe(55);
    expect(addYears('2020-02-29', 4)).toBe('2024-02-29');
    expect(addYears('2020-02-29', 1)).toBe('2021-02-28');
  });
});

describe('regular promotion (PP 99/2000 art. 7)', () => {
  it('is eligible after 4 years in rank with Baik twice, effective the next 1st of the month', () => {
    const e = rankPromotionEligibility(facts(), '2026-11-23');
    expect(e.route).toBe(PromotionRoute.REGULAR);
    expect(e.eligible).toBe(true);
    expect(e.earliestTmt).toBe('2026-12-01');
    expect(cond(e, 'YEARS_IN_RANK')).toMatchObject({ passed: true, actual: '4 tahun 7 bulan sejak TMT 2022-04-01', required: '4 tahun (sejak 2026-04-01)' });
    expect(e.conditions.every((c) => c.legalBasis.length > 0)).toBe(true);
  });

  it('says when the 4 years are complete and takes effect on that 1st of the month', () => {
    const e = rankPromotionEligibility(facts({ currentRank: { ...IIIa, tmt: '2023-06-01' } }), '2026-11-23');
    expect(e.eligible).toBe(false);
    expect(cond(e, 'YEARS_IN_RANK')).toMatchObject({ passed: false, passesOn: '2027-06-01' });
    expect(e.earliestTmt).toBe('2027-06-01');
    // A TMT in the middle of a month waits for the next 1st.
    expect(rankPromotionEligibility(facts({ currentRank: { ...IIIa, tmt: '2023-06-15' } }), '2026-11-23').earliestTmt).toBe('2027-07-01');
  });

  it('needs Baik or better in each of the last 2 years (no date can fix it)', () => {
    const e = rankPromotionEligibility(facts({ predikat: [{ year: 2025, predikat: Predikat.BUTUH_PERBAIKAN }, { year: 2024, predikat: Predikat.BAIK }] }), '2026-11-23');
    expect(e.eligible).toBe(false);
    expect(cond(e, 'PERFORMANCE')).toMatchObject({ passed: false, actual: '2025: Butuh Perbaikan, 2024: Baik', passesOn: null });
    expect(e.earliestTmt).toBeNull();
    const missing = rankPromotionEligibility(facts({ predikat: [{ year: 2025, predikat: null }, { year: 2024, predikat: Predikat.BAIK }] }), '2026-11-23');
    expect(cond(missing, 'PERFORMANCE')).toMatchObject({ passed: false, actual: '2025: belum dinilai, 2024: Baik' });
  });

  it('stops at the ceiling of the highest diploma (§3 table)', () => {
    // SLTA: ceiling III/b. From III/b the next rank III/c exceeds it.
    const slta = rankPromotionEligibility(facts({ currentRank: { ...IIIb, tmt: '2018-04-01' }, nextRank: IIIc, ceiling: { code: 'III/b', ordinal: 10, education: 'SLTA' } }), '2026-11-23');
    expect(slta.eligible).toBe(false);
    expect(cond(slta, 'DIPLOMA_CEILING')).toMatchObject({ passed: false, actual: 'SLTA: paling tinggi III/b', required: 'III/c tidak melebihi batas' });
    // S1/D-IV: III/d; S2: IV/a.
    const s1 = rankPromotionEligibility(facts({ currentRank: { ...IIId, tmt: '2018-04-01' }, nextRank: IVa, ceiling: { code: 'III/d', ordinal: 12, education: 'S1' }, exams: { ujianDinasI: true, ujianDinasII: true, ukppi: false } }), '2026-11-23');
    expect(cond(s1, 'DIPLOMA_CEILING').passed).toBe(false);
    const s2 = rankPromotionEligibility(facts({ currentRank: { ...IIId, tmt: '2018-04-01' }, nextRank: IVa, ceiling: { code: 'IV/a', ordinal: 13, education: 'S2' }, exams: { ujianDinasI: true, ujianDinasII: true, ukppi: false } }), '2026-11-23');
    expect(s2.eligible).toBe(true);
  });

  it('needs ujian dinas (or UKPPI) to cross from golongan II to III and III to IV', () => {
    expect(crossesGolongan(IId, IIIa)).toBe('I');
    expect(crossesGolongan(IIId, IVa)).toBe('II');
    expect(crossesGolongan(IIIa, IIIb)).toBeNull();
    const base = { currentRank: { ...IId, tmt: '2018-04-01' }, nextRank: IIIa, ceiling: { code: 'III/b', ordinal: 10, education: 'SLTA' } };
    const without = rankPromotionEligibility(facts(base), '2026-11-23');
    expect(cond(without, 'SERVICE_EXAM')).toMatchObject({ passed: false, required: 'ujian dinas tingkat I atau UKPPI' });
    expect(rankPromotionEligibility(facts({ ...base, exams: { ujianDinasI: true, ujianDinasII: false, ukppi: false } }), '2026-11-23').eligible).toBe(true);
    expect(rankPromotionEligibility(facts({ ...base, exams: { ujianDinasI: false, ujianDinasII: false, ukppi: true } }), '2026-11-23').eligible).toBe(true);
    // Within a golongan there is no exam condition.
    expect(cond(rankPromotionEligibility(facts(), '2026-11-23'), 'SERVICE_EXAM')).toBeUndefined();
  });

  it('is held while a sanction that bars promotion is in force, until the day after it ends', () => {
    const e = rankPromotionEligibility(facts({ sanction: { description: 'Pemotongan tunjangan kinerja 25% selama 12 bulan', endDate: '2027-02-14' } }), '2026-11-23');
    expect(e.eligible).toBe(false);
    expect(cond(e, 'DISCIPLINE')).toMatchObject({ passed: false, passesOn: '2027-02-15' });
    expect(e.earliestTmt).toBe('2027-03-01');
  });

  it('does not apply to PPPK, to retired employees, or above IV/e', () => {
    expect(rankPromotionEligibility(facts({ asnType: 'PPPK' }), '2026-11-23')).toMatchObject({ route: PromotionRoute.NONE, eligible: false, earliestTmt: null });
    expect(rankPromotionEligibility(facts({ status: 'PENSIUN' }), '2026-11-23').route).toBe(PromotionRoute.NONE);
    expect(rankPromotionEligibility(facts({ nextRank: null }), '2026-11-23').conditions[0].code).toBe('NEXT_RANK');
  });
});

describe('functional promotion (kenaikan pangkat pilihan, credit points)', () => {
  const functional = (points: number, requiresLevel: string | null = null) =>
    facts({ currentRank: { ...IIIa, tmt: '2024-10-01' }, functional: { level: 'AHLI_PERTAMA', creditPoints: points, requiredPoints: 50, requiresLevel } });

  it('needs 2 years in rank and the accumulated credit points', () => {
    const e = rankPromotionEligibility(functional(52.5), '2026-11-23');
    expect(e.route).toBe(PromotionRoute.FUNCTIONAL);
    expect(e.eligible).toBe(true);
    expect(cond(e, 'YEARS_IN_RANK')).toMatchObject({ passed: true, required: '2 tahun (sejak 2026-10-01)' });
    expect(cond(e, 'CREDIT_POINTS')).toMatchObject({ passed: true, actual: '52.5 sejak TMT pangkat', required: '50' });
    expect(cond(e, 'DIPLOMA_CEILING')).toBeUndefined();
  });

  it('reports too few credit points without a date, and a step into the next level', () => {
    const few = rankPromotionEligibility(functional(37.5), '2026-11-23');
    expect(cond(few, 'CREDIT_POINTS')).toMatchObject({ passed: false, passesOn: null });
    expect(few.earliestTmt).toBeNull();
    const level = rankPromotionEligibility(functional(120, 'AHLI_MUDA'), '2026-11-23');
    expect(cond(level, 'FUNCTIONAL_LEVEL')).toMatchObject({ passed: false, required: 'AHLI_MUDA' });
  });
});

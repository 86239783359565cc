// Worked examples of ASN-RULES §8 (appointment requirements) and the merit score.
import { describe, expect, it } from 'vitest';
import { Predikat } from '../performance/index.ts';
import { assessCandidate, kindMatches, type AppointmentRule, type CandidateFacts, type MeritWeights } from './appointment.rules.ts';

const S1 = { code: 'S1', name: 'Sarjana (S-1)', ordinal: 12 };
const D4 = { code: 'D4', name: 'Diploma IV', ordinal: 11 };
const D3 = { code: 'D3', name: 'Diploma III', ordinal: 8 };
const SLTA = { code: 'SLTA', name: 'SLTA / SMA', ordinal: 4 };
const BASIS = 'PP 11/2017 jo. PP 17/2020';
const rule = (r: Partial<AppointmentRule>): AppointmentRule => ({
  positionKind: 'X', minEducation: null, experienceYears: 0, experienceKinds: ['*'], priorKinds: [], priorYears: 0, maxAge: null, performanceYears: 2, pnsOnly: true, legalBasis: BASIS, ...r,
});
const JPT_PRATAMA = rule({ positionKind: 'JPT_PRATAMA', minEducation: D4, experienceYears: 5, priorKinds: ['ADMINISTRATOR', 'FUNGSIONAL:AHLI_MADYA'], priorYears: 2, maxAge: 56 });
const JPT_MADYA = rule({ positionKind: 'JPT_MADYA', minEducation: D4, experienceYears: 7, priorKinds: ['JPT_PRATAMA', 'FUNGSIONAL:AHLI_UTAMA'], priorYears: 2, maxAge: 58 });
const ADMINISTRATOR = rule({ positionKind: 'ADMINISTRATOR', minEducation: D4, experienceYears: 3, experienceKinds: ['PENGAWAS', 'ADMINISTRATOR', 'FUNGSIONAL:AHLI_MUDA'] });
const PENGAWAS = rule({ positionKind: 'PENGAWAS', minEducation: D3, experienceYears: 4, experienceKinds: ['PELAKSANA', 'PENGAWAS', 'FUNGSIONAL:*'] });
const WEIGHTS: MeritWeights = { jpm: 40, performance: 25, talent: 15, education: 10, rank: 10 };

function candidate(over: Partial<CandidateFacts> = {}): CandidateFacts {
  return {
    employeeId: 'c1', asnType: 'PNS', age: 50, education: S1, serviceMonths: 240, experienceMonths: 60, priorMonths: 36,
    rank: { code: 'IV/b', ordinal: 14, scheme: 'PNS' },
    predikat: [{ year: 2025, predikat: Predikat.SANGAT_BAIK }, { year: 2024, predikat: Predikat.BAIK }],
    jpm: 85, box: 8, ...over,
  };
}
const req = (a: ReturnType<typeof assessCandidate>, code: string) => a.requirements.find((r) => r.code === code)!;
const target = { minEducation: null, minRank: null };

describe('JPT Pratama (PP 11/2017 jo. PP 17/2020)', () => {
  it('qualifies an S1 with 5 years of service, 2 years as administrator, age 56 at most and good performance', () => {
    const a = assessCandidate(candidate({ age: 56 }), JPT_PRATAMA, target, WEIGHTS, 15, 17);
    expect(a.qualified).toBe(true);
    expect(req(a, 'EDUCATION')).toMatchObject({ passed: true, actual: 'Sarjana (S-1)', required: 'Diploma IV' });
    expect(req(a, 'EXPERIENCE')).toMatchObject({ passed: true, actual: '20 tahun 0 bulan', required: '5 tahun' });
    expect(req(a, 'PRIOR_POSITION')).toMatchObject({ passed: true, actual: '3 tahun 0 bulan', required: '2 tahun' });
    expect(req(a, 'AGE')).toMatchObject({ passed: true, actual: '56 tahun' });
    expect(a.requirements.every((r) => r.legalBasis === BASIS)).toBe(true);
  });
  it('refuses age 57, 23 months as administrator, D-III, and a PPPK', () => {
    expect(req(assessCandidate(candidate({ age: 57 }), JPT_PRATAMA, target, WEIGHTS, 15, 17), 'AGE')).toMatchObject({ passed: false, required: '≤ 56 tahun' });
    expect(req(assessCandidate(candidate({ priorMonths: 23 }), JPT_PRATAMA, target, WEIGHTS, 15, 17), 'PRIOR_POSITION')).toMatchObject({ passed: false, actual: '1 tahun 11 bulan' });
    expect(req(assessCandidate(candidate({ education: D3 }), JPT_PRATAMA, target, WEIGHTS, 15, 17), 'EDUCATION').passed).toBe(false);
    const pppk = assessCandidate(candidate({ asnType: 'PPPK' }), JPT_PRATAMA, target, WEIGHTS, 15, 17);
    expect(pppk.qualified).toBe(false);
    expect(req(pppk, 'PNS').passed).toBe(false);
  });
  it('applies the minimum rank the position sets (e.g. IV/b)', () => {
    const minRank = { code: 'IV/b', ordinal: 14, scheme: 'PNS' };
    expect(req(assessCandidate(candidate(), JPT_PRATAMA, { minEducation: null, minRank }, WEIGHTS, 15, 17), 'MIN_RANK').passed).toBe(true);
    expect(req(assessCandidate(candidate({ rank: { code: 'IV/a', ordinal: 13, scheme: 'PNS' } }), JPT_PRATAMA, { minEducation: null, minRank }, WEIGHTS, 15, 17), 'MIN_RANK')).toMatchObject({ passed: false, actual: 'IV/a', required: 'IV/b' });
  });
});

describe('JPT Madya, Administrator and Pengawas', () => {
  it('JPT Madya: 7 years, 2 years as JPT Pratama, age 58 at most', () => {
    expect(assessCandidate(candidate({ age: 58, experienceMonths: 0 }), JPT_MADYA, target, WEIGHTS, 15, 17).qualified).toBe(true);
    expect(req(assessCandidate(candidate({ age: 59 }), JPT_MADYA, target, WEIGHTS, 15, 17), 'AGE').passed).toBe(false);
    expect(req(assessCandidate(candidate({ serviceMonths: 83 }), JPT_MADYA, target, WEIGHTS, 15, 17), 'EXPERIENCE')).toMatchObject({ passed: false, actual: '6 tahun 11 bulan', required: '7 tahun' });
  });
  it('Administrator: 3 years as pengawas or equivalent functional, Baik for 2 years', () => {
    expect(req(assessCandidate(candidate({ experienceMonths: 36 }), ADMINISTRATOR, target, WEIGHTS, 15, 17), 'EXPERIENCE').passed).toBe(true);
    expect(req(assessCandidate(candidate({ experienceMonths: 35 }), ADMINISTRATOR, target, WEIGHTS, 15, 17), 'EXPERIENCE').passed).toBe(false);
    const weak = assessCandidate(candidate({ predikat: [{ year: 2025, predikat: Predikat.BAIK }, { year: 2024, predikat: Predikat.BUTUH_PERBAIKAN }] }), ADMINISTRATOR, target, WEIGHTS, 15, 17);
    expect(req(weak, 'PERFORMANCE')).toMatchObject({ passed: false, actual: '2025: Baik, 2024: Butuh Perbaikan' });
    expect(req(weak, 'AGE')).toBeUndefined();
  });
  it('Pengawas: D-III and 4 years as pelaksana or functional', () => {
    expect(assessCandidate(candidate({ education: D3, experienceMonths: 48 }), PENGAWAS, target, WEIGHTS, 15, 17).qualified).toBe(true);
    expect(req(assessCandidate(candidate({ education: SLTA, experienceMonths: 48 }), PENGAWAS, target, WEIGHTS, 15, 17), 'EDUCATION').passed).toBe(false);
  });
  it('matches kinds in the requirement notation', () => {
    expect(kindMatches(['PENGAWAS'], 'PENGAWAS', null)).toBe(true);
    expect(kindMatches(['FUNGSIONAL:AHLI_MUDA'], 'FUNGSIONAL', 'AHLI_MUDA')).toBe(true);
    expect(kindMatches(['FUNGSIONAL:AHLI_MUDA'], 'FUNGSIONAL', 'AHLI_PERTAMA')).toBe(false);
    expect(kindMatches(['FUNGSIONAL:*'], 'FUNGSIONAL', 'TERAMPIL')).toBe(true);
    expect(kindMatches(['PELAKSANA'], 'PENGAWAS', null)).toBe(false);
  });
});

describe('merit score', () => {
  it('weights JPM, latest predikat, 9-box, education and rank (each 0-100)', () => {
    // (40×85 + 25×100 + 15×(8/9×100) + 10×(12/15×100) + 10×(14/17×100)) / 100 = 34 + 25 + 13.33 + 8 + 8.24 = 88.57
    const a = assessCandidate(candidate(), JPT_PRATAMA, target, WEIGHTS, 15, 17);
    expect(a.score).toBe(88.57);
    expect(a.components.map((c) => [c.code, c.value])).toEqual([['jpm', 85], ['performance', 100], ['talent', 88.89], ['education', 80], ['rank', 82.35]]);
  });
  it('counts what is missing as 0 and follows the configured weights', () => {
    const a = assessCandidate(candidate({ jpm: null, box: null, predikat: [{ year: 2025, predikat: null }, { year: 2024, predikat: null }] }), JPT_PRATAMA, target, { jpm: 0, performance: 0, talent: 0, education: 50, rank: 50 }, 15, 17);
    expect(a.score).toBe(81.18); // (80 + 82.35) / 2
    expect(a.components[0].explanation).toBe('belum diases: 0');
  });
});

// Worked examples of ASN-RULES §11 (batas usia pensiun, UU 20/2023 art. 55).
import { describe, expect, it } from 'vitest';
import { retirementAge, retirementDate, type RetirementAgeRow } from './retirement.rules.ts';

const TABLE: RetirementAgeRow[] = [
  ['JPT_UTAMA', null, 60], ['JPT_MADYA', null, 60], ['JPT_PRATAMA', null, 60], ['ADMINISTRATOR', null, 58], ['PENGAWAS', null, 58], ['PELAKSANA', null, 58],
  ['FUNGSIONAL', 'TERAMPIL', 58], ['FUNGSIONAL', 'AHLI_PERTAMA', 58], ['FUNGSIONAL', 'AHLI_MUDA', 58], ['FUNGSIONAL', 'AHLI_MADYA', 60], ['FUNGSIONAL', 'AHLI_UTAMA', 65],
].map(([positionKind, functionalLevel, age]) => ({ positionKind: positionKind as string, functionalLevel: functionalLevel as string | null, age: age as number }));

describe('retirement age by position', () => {
  it('is 58 for administrator, pengawas and pelaksana, 60 for JPT', () => {
    for (const k of ['ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA']) expect(retirementAge(k, null, TABLE)).toBe(58);
    for (const k of ['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA']) expect(retirementAge(k, null, TABLE)).toBe(60);
  });
  it('is 58 for skilled levels, Ahli Pertama and Ahli Muda, 60 for Ahli Madya, 65 for Ahli Utama', () => {
    expect(retirementAge('FUNGSIONAL', 'TERAMPIL', TABLE)).toBe(58);
    expect(retirementAge('FUNGSIONAL', 'AHLI_PERTAMA', TABLE)).toBe(58);
    expect(retirementAge('FUNGSIONAL', 'AHLI_MUDA', TABLE)).toBe(58);
    expect(retirementAge('FUNGSIONAL', 'AHLI_MADYA', TABLE)).toBe(60);
    expect(retirementAge('FUNGSIONAL', 'AHLI_UTAMA', TABLE)).toBe(65);
  });
  it('has no answer for a kind the table lacks', () => {
    expect(retirementAge('FUNGSIONAL', 'PEMULA', TABLE)).toBeNull();
    expect(retirementAge(null, null, TABLE)).toBeNull();
  });
});

describe('retirement date', () => {
  it('takes effect on the 1st of the month after reaching the age', () => {
    expect(retirementDate('1968-05-15', 58, true)).toBe('2026-06-01');
    expect(retirementDate('1968-06-01', 58, true)).toBe('2026-07-01');
    expect(retirementDate('1966-12-31', 60, true)).toBe('2027-01-01');
    expect(retirementDate('1961-03-10', 65, true)).toBe('2026-04-01');
  });
  it('or on the birthday itself when so configured', () => {
    expect(retirementDate('1968-05-15', 58, false)).toBe('2026-05-15');
    expect(retirementDate('1968-02-29', 58, false)).toBe('2026-02-28');
  });
});

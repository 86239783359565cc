import { describe, expect, it } from 'vitest';
import { AssessmentPurpose } from './competency.enums.ts';
import { jobPersonMatch, jpmCategory, type JpmThreshold, type RequiredLevel } from './competency.rules.ts';

// ASN-RULES §6 thresholds (the seeded values of the editable table).
const T: JpmThreshold[] = [
  { purpose: AssessmentPurpose.MAPPING, code: 'OPTIMAL', label: 'Optimal', minPercent: 90 },
  { purpose: AssessmentPurpose.MAPPING, code: 'CUKUP_OPTIMAL', label: 'Cukup Optimal', minPercent: 78 },
  { purpose: AssessmentPurpose.MAPPING, code: 'KURANG_OPTIMAL', label: 'Kurang Optimal', minPercent: 0 },
  { purpose: AssessmentPurpose.SELECTION, code: 'MEMENUHI_SYARAT', label: 'Memenuhi Syarat', minPercent: 80 },
  { purpose: AssessmentPurpose.SELECTION, code: 'MASIH_MEMENUHI_SYARAT', label: 'Masih Memenuhi Syarat', minPercent: 68 },
  { purpose: AssessmentPurpose.SELECTION, code: 'KURANG_MEMENUHI_SYARAT', label: 'Kurang Memenuhi Syarat', minPercent: 0 },
];

const standard = (levels: number[]): RequiredLevel[] => levels.map((required, i) => ({ competencyId: `c${i}`, code: `M.0${i + 1}`, name: `Kompetensi ${i + 1}`, required }));
const assessed = (levels: number[]) => new Map(levels.map((l, i) => [`c${i}`, l]));

describe('JPM categories (ASN-RULES §6)', () => {
  it.each([
    [90, AssessmentPurpose.MAPPING, 'OPTIMAL'],
    [89.99, AssessmentPurpose.MAPPING, 'CUKUP_OPTIMAL'],
    [78, AssessmentPurpose.MAPPING, 'CUKUP_OPTIMAL'],
    [77.99, AssessmentPurpose.MAPPING, 'KURANG_OPTIMAL'],
    [80, AssessmentPurpose.SELECTION, 'MEMENUHI_SYARAT'],
    [79.99, AssessmentPurpose.SELECTION, 'MASIH_MEMENUHI_SYARAT'],
    [68, AssessmentPurpose.SELECTION, 'MASIH_MEMENUHI_SYARAT'],
    [67.99, AssessmentPurpose.SELECTION, 'KURANG_MEMENUHI_SYARAT'],
  ])('%s%% for %s is %s', (percent, purpose, code) => {
    expect(jpmCategory(percent, purpose, T)?.code).toBe(code);
  });
});

describe('job-person match', () => {
  it('divides assessed by required levels and lists positive gaps', () => {
    // Administrator standard: nine competencies at level 3 (sum 27); assessed sum 24 -> 88.89%.
    const r = jobPersonMatch(standard([3, 3, 3, 3, 3, 3, 3, 3, 3]), assessed([3, 3, 3, 2, 3, 2, 3, 2, 3]), AssessmentPurpose.MAPPING, T);
    expect(r.percent).toBe(88.89);
    expect(r.category?.code).toBe('CUKUP_OPTIMAL');
    expect(r.gaps.map((g) => [g.code, g.gap])).toEqual([['M.04', 1], ['M.06', 1], ['M.08', 1]]);
  });

  it('caps at 100 and reports no gap above the standard', () => {
    const r = jobPersonMatch(standard([2, 2, 2]), assessed([4, 4, 4]), AssessmentPurpose.SELECTION, T);
    expect(r.percent).toBe(100);
    expect(r.gaps).toEqual([]);
    expect(r.reasons[0]).toContain('dibatasi 100%');
  });

  it('counts a competency missing from the assessment as 0', () => {
    const r = jobPersonMatch(standard([4, 4]), new Map([['c0', 4]]), AssessmentPurpose.SELECTION, T);
    expect(r.percent).toBe(50);
    expect(r.gaps).toEqual([{ competencyId: 'c1', code: 'M.02', name: 'Kompetensi 2', required: 4, assessed: 0, gap: 4 }]);
    expect(r.category?.code).toBe('KURANG_MEMENUHI_SYARAT');
  });

  it('has no category without a standard', () => {
    expect(jobPersonMatch([], new Map(), AssessmentPurpose.MAPPING, T)).toMatchObject({ percent: 0, category: null });
  });
});

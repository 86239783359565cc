// ASN-RULES §10 (ABK, EJ bands, gap, five-year plan) and §11 (retirements feed the plan), with the
// worked numbers of the rules.
import { describe, expect, it } from 'vitest';
import { Role } from '../../shared/auth.ts';
import { AbkAction, AbkStatus, EjBand, FormasiAction, FormasiStatus, RoundingMode, WorkPeriod } from './workforce.enums.ts';
import { abkTransition, formasiAfterApproval, formasiTransition } from './workflow.rules.ts';
import {
  ejBand,
  exitOf,
  fiveYearPlan,
  hasTwoDecimals,
  projectedNeed,
  ratioShortfall,
  round2,
  settingsFrom,
  taskWorkload,
  wholePeople,
  workloadAnalysis,
  type AbkSettings,
  type AbkSettingKey,
} from './workforce.rules.ts';

/** The values §10 gives (seeded as the national default settings). */
const DEFAULTS: Record<AbkSettingKey, number> = {
  'abk.effectiveMinutesPerYear': 75_000,
  'abk.multiplier.day': 250,
  'abk.multiplier.week': 50,
  'abk.multiplier.month': 12,
  'abk.multiplier.year': 1,
  'abk.ej.bandA': 1.0,
  'abk.ej.bandB': 0.9,
  'abk.ej.bandC': 0.7,
  'abk.ej.bandD': 0.5,
  'abk.rounding': 0,
};
const S: AbkSettings = settingsFrom((k) => DEFAULTS[k]);
const staff = (bezetting: number, formasi = bezetting) => ({ bezetting, formasi });

describe('§10 settings', () => {
  it('75,000 effective minutes a year are 1,250 hours', () => {
    expect(S.effectiveMinutesPerYear).toBe(1_250 * 60);
  });
  it('reads the rounding mode from the setting (0 nearest, 1 up)', () => {
    expect(S.rounding).toBe(RoundingMode.NEAREST);
    expect(settingsFrom((k) => (k === 'abk.rounding' ? 1 : DEFAULTS[k])).rounding).toBe(RoundingMode.UP);
  });
});

describe('§10 yearly volume: per day x 250, per week x 50, per month x 12, per year x 1', () => {
  it.each([
    [WorkPeriod.DAY, 250],
    [WorkPeriod.WEEK, 50],
    [WorkPeriod.MONTH, 12],
    [WorkPeriod.YEAR, 1],
  ])('one output per %s is %i a year', (period, yearly) => {
    const t = taskWorkload({ volume: 1, period, standardMinutes: 1 }, S);
    expect(t.multiplier).toBe(yearly);
    expect(t.yearlyVolume).toBe(yearly);
    expect(t.workloadMinutes).toBe(yearly);
  });
  it('returns the terms: yearly volume = volume x multiplier, workload = yearly volume x minutes', () => {
    const t = taskWorkload({ volume: 20, period: WorkPeriod.DAY, standardMinutes: 15 }, S);
    expect(t.yearlyVolume).toBe(5_000);
    expect(t.workloadMinutes).toBe(75_000);
    expect(t.terms).toEqual([
      { code: 'YEARLY_VOLUME', value: 5_000, operands: [{ code: 'VOLUME', value: 20 }, { code: 'MULTIPLIER_DAY', value: 250 }] },
      { code: 'TASK_WORKLOAD', value: 75_000, operands: [{ code: 'YEARLY_VOLUME', value: 5_000 }, { code: 'STANDARD_MINUTES', value: 15 }] },
    ]);
  });
  it('is exact with decimals (2.5 a week x 12.25 minutes = 1,531.25 minutes)', () => {
    expect(taskWorkload({ volume: 2.5, period: WorkPeriod.WEEK, standardMinutes: 12.25 }, S).workloadMinutes).toBe(1_531.25);
  });
});

describe('§10 required staff = sum of (yearly volume x standard minutes) / 75,000', () => {
  it('one full workload is one person', () => {
    const r = workloadAnalysis([{ volume: 20, period: WorkPeriod.DAY, standardMinutes: 15 }], staff(1), S);
    expect(r).toMatchObject({ totalWorkloadMinutes: 75_000, requiredStaff: 1, requiredStaffRounded: 1, ej: 1, ejBand: EjBand.B, gap: 0, formasiGap: 0 });
  });
  it('sums the tasks: 150,000 + 18,000 + 19,500 = 187,500 minutes are 2.50 staff, rounded 3', () => {
    const r = workloadAnalysis(
      [
        { volume: 40, period: WorkPeriod.DAY, standardMinutes: 15 }, // 150,000
        { volume: 30, period: WorkPeriod.MONTH, standardMinutes: 50 }, // 18,000
        { volume: 13, period: WorkPeriod.WEEK, standardMinutes: 30 }, // 19,500
      ],
      staff(2, 2),
      S,
    );
    expect(r.tasks.map((t) => t.workloadMinutes)).toEqual([150_000, 18_000, 19_500]);
    expect(r.totalWorkloadMinutes).toBe(187_500);
    expect(r.requiredStaff).toBe(2.5);
    expect(r.requiredStaffRounded).toBe(3);
    // EJ = 187,500 / (2 x 75,000) = 1.25: band A, short 1 against holders and formasi
    expect(r.ej).toBe(1.25);
    expect(r.ejBand).toBe(EjBand.A);
    expect(r.gap).toBe(1);
    expect(r.formasiGap).toBe(1);
    expect(r.terms.find((t) => t.code === 'REQUIRED_STAFF')).toEqual({ code: 'REQUIRED_STAFF', value: 2.5, operands: [{ code: 'TOTAL_WORKLOAD', value: 187_500 }, { code: 'EFFECTIVE_MINUTES', value: 75_000 }] });
    expect(r.terms.find((t) => t.code === 'GAP')!.operands).toEqual([{ code: 'REQUIRED_STAFF_ROUNDED', value: 3 }, { code: 'BEZETTING', value: 2 }]);
  });
  it('rounds two decimals half up: 187,125 minutes are 2.495 -> 2.50 staff (not 2.49)', () => {
    // 187,125 = 1 per year x 187,125 minutes
    const r = workloadAnalysis([{ volume: 1, period: WorkPeriod.YEAR, standardMinutes: 187_125 }], staff(3), S);
    expect(r.requiredStaff).toBe(2.5);
    expect(r.requiredStaffRounded).toBe(3);
  });
  it('rounds to whole people: nearest by default (2.49 -> 2), up when configured (2.01 -> 3)', () => {
    expect(wholePeople(2.49, RoundingMode.NEAREST)).toBe(2);
    expect(wholePeople(2.5, RoundingMode.NEAREST)).toBe(3);
    expect(wholePeople(2.01, RoundingMode.UP)).toBe(3);
    expect(wholePeople(2, RoundingMode.UP)).toBe(2);
    const up = { ...S, rounding: RoundingMode.UP };
    expect(workloadAnalysis([{ volume: 1, period: WorkPeriod.YEAR, standardMinutes: 75_750 }], staff(1), up)).toMatchObject({ requiredStaff: 1.01, requiredStaffRounded: 2 });
  });
  it('uses the effective minutes of the government (a 70,000-minute setting needs more people)', () => {
    const r = workloadAnalysis([{ volume: 1, period: WorkPeriod.YEAR, standardMinutes: 140_000 }], staff(2), { ...S, effectiveMinutesPerYear: 70_000 });
    expect(r.requiredStaff).toBe(2);
  });
  it('an analysis without tasks needs nobody', () => {
    expect(workloadAnalysis([], staff(1), S)).toMatchObject({ totalWorkloadMinutes: 0, requiredStaff: 0, requiredStaffRounded: 0, ej: 0, ejBand: EjBand.E, gap: -1 });
  });
});

describe('§10 EJ = total workload / (current staff x 75,000), bands A > 1.00; B 0.90-1.00; C 0.70-0.89; D 0.50-0.69; E < 0.50', () => {
  it.each([
    [1.01, EjBand.A],
    [1.25, EjBand.A],
    [1.0, EjBand.B],
    [0.9, EjBand.B],
    [0.89, EjBand.C],
    [0.7, EjBand.C],
    [0.69, EjBand.D],
    [0.5, EjBand.D],
    [0.49, EjBand.E],
    [0, EjBand.E],
  ])('EJ %f is band %s', (ej, band) => {
    expect(ejBand(ej, S.bands)).toBe(band);
  });
  it('computes EJ from the workload and holders: 112,500 minutes / (2 x 75,000) = 0.75, band C', () => {
    const r = workloadAnalysis([{ volume: 450, period: WorkPeriod.YEAR, standardMinutes: 250 }], staff(2), S);
    expect(r.totalWorkloadMinutes).toBe(112_500);
    expect(r.ej).toBe(0.75);
    expect(r.ejBand).toBe(EjBand.C);
  });
  it('has no EJ without holders', () => {
    expect(workloadAnalysis([{ volume: 1, period: WorkPeriod.DAY, standardMinutes: 60 }], staff(0, 1), S)).toMatchObject({ ej: null, ejBand: null, gap: 0, formasiGap: -1 });
  });
  it('follows configured limits', () => {
    expect(ejBand(0.95, { a: 1, b: 0.96, c: 0.7, d: 0.5 })).toBe(EjBand.C);
  });
});

describe('§10 gap = required staff (rounded) minus bezetting; negative is a surplus', () => {
  it('4 holders for 75,000 minutes: need 1, surplus 3 (gap -3), EJ 0.25 band E', () => {
    const r = workloadAnalysis([{ volume: 300, period: WorkPeriod.MONTH, standardMinutes: 20.84 }], staff(4, 5), S);
    // 300 x 12 x 20.84 = 75,024 minutes -> 1.00
    expect(r.totalWorkloadMinutes).toBe(75_024);
    expect(r).toMatchObject({ requiredStaff: 1, requiredStaffRounded: 1, gap: -3, formasiGap: -4, ej: 0.25, ejBand: EjBand.E });
  });
});

describe('population ratios', () => {
  it('"Puskesmas X has 1 doctor for 42,000 people; target 1 per 5,000: short 7"', () => {
    const r = ratioShortfall(42_000, 1, { staff: 1, perPopulation: 5_000 }, RoundingMode.NEAREST);
    expect(r).toMatchObject({ targetStaff: 8.4, targetStaffRounded: 8, shortfall: 7, populationPerStaff: 42_000 });
    expect(r.terms[0]).toEqual({ code: 'TARGET_STAFF', value: 8.4, operands: [{ code: 'POPULATION', value: 42_000 }, { code: 'TARGET_STAFF_PER', value: 1 }, { code: 'TARGET_POPULATION', value: 5_000 }] });
  });
  it('health staff 1.5 per 1,000 for 30,000 people: target 45; with 50 staff over by 5', () => {
    expect(ratioShortfall(30_000, 50, { staff: 1.5, perPopulation: 1_000 }, RoundingMode.NEAREST)).toMatchObject({ targetStaff: 45, shortfall: -5, populationPerStaff: 600 });
  });
  it('no staff at all: no people-per-staff figure', () => {
    expect(ratioShortfall(420, 0, { staff: 1, perPopulation: 20 }, RoundingMode.NEAREST)).toMatchObject({ targetStaff: 21, shortfall: 21, populationPerStaff: null });
  });
});

describe('§10 five-year plan: need - in service + projected retirements (§11) + PPPK contracts ending, per year', () => {
  it('a short position recruits the gap in year one, then replaces who leaves', () => {
    // need 5 every year; 3 in service; one retirement in year 2, one contract ending in year 4
    const plan = fiveYearPlan(3, [
      { year: 2026, need: 5, retirements: 0, contractsEnding: 0 },
      { year: 2027, need: 5, retirements: 1, contractsEnding: 0 },
      { year: 2028, need: 5, retirements: 0, contractsEnding: 0 },
      { year: 2029, need: 5, retirements: 0, contractsEnding: 1 },
      { year: 2030, need: 5, retirements: 0, contractsEnding: 0 },
    ]);
    expect(plan.map((y) => y.recruit)).toEqual([2, 1, 0, 1, 0]);
    expect(plan.map((y) => y.staffStart)).toEqual([3, 5, 5, 5, 5]);
    expect(plan.map((y) => y.staffEnd)).toEqual([5, 5, 5, 5, 5]);
    expect(plan[1].terms.find((t) => t.code === 'AVAILABLE')).toEqual({ code: 'AVAILABLE', value: 4, operands: [{ code: 'STAFF_START', value: 5 }, { code: 'RETIREMENTS', value: 1 }, { code: 'CONTRACTS_ENDING', value: 0 }] });
  });
  it('a surplus is used up by retirements before anyone is recruited (never a negative recruitment)', () => {
    // need 2; 5 in service; 1, 2, 1, 0, 1 leave
    const plan = fiveYearPlan(5, [
      { year: 2026, need: 2, retirements: 1, contractsEnding: 0 },
      { year: 2027, need: 2, retirements: 2, contractsEnding: 0 },
      { year: 2028, need: 2, retirements: 1, contractsEnding: 0 },
      { year: 2029, need: 2, retirements: 0, contractsEnding: 0 },
      { year: 2030, need: 2, retirements: 1, contractsEnding: 0 },
    ]);
    expect(plan.map((y) => y.available)).toEqual([4, 2, 1, 2, 1]);
    expect(plan.map((y) => y.surplus)).toEqual([2, 0, 0, 0, 0]);
    expect(plan.map((y) => y.recruit)).toEqual([0, 0, 1, 0, 1]);
  });
  it('a growing need (scenario) adds recruits without touching the ABK', () => {
    // ABK 2026: 10.00 staff; +5 % a year: 10.50, 11.03, 11.58, 12.16 -> 10, 11, 11, 12, 12
    const needs = [2026, 2027, 2028, 2029, 2030].map((y) => projectedNeed(10, 2026, y, 5, RoundingMode.NEAREST));
    expect(needs.map((n) => n.need)).toEqual([10, 10.5, 11.03, 11.58, 12.16]);
    expect(needs.map((n) => n.needRounded)).toEqual([10, 11, 11, 12, 12]);
    const plan = fiveYearPlan(10, needs.map((n, i) => ({ year: 2026 + i, need: n.needRounded, retirements: 0, contractsEnding: 0 })));
    expect(plan.map((y) => y.recruit)).toEqual([0, 1, 0, 1, 0]);
  });
  it('counts an exit in the year of the earlier of retirement and contract end; past exits in the current year', () => {
    expect(exitOf('2031-04-01', null, 2026)).toEqual({ year: 2031, reason: 'RETIREMENT' });
    expect(exitOf('2040-04-01', '2028-12-31', 2026)).toEqual({ year: 2028, reason: 'CONTRACT' });
    expect(exitOf('2027-02-01', '2029-12-31', 2026)).toEqual({ year: 2027, reason: 'RETIREMENT' });
    expect(exitOf('2025-02-01', null, 2026)).toEqual({ year: 2026, reason: 'RETIREMENT' });
  });
});

describe('workflows', () => {
  it('an ABK goes DRAFT -> REVIEWED -> APPROVED; unit admins draft and review, government admins approve', () => {
    expect(abkTransition(AbkStatus.DRAFT, AbkAction.REVIEW, Role.UNIT_ADMIN)).toEqual({ ok: true, to: AbkStatus.REVIEWED });
    expect(abkTransition(AbkStatus.REVIEWED, AbkAction.APPROVE, Role.GOV_ADMIN)).toEqual({ ok: true, to: AbkStatus.APPROVED });
    expect(abkTransition(AbkStatus.REVIEWED, AbkAction.RETURN, Role.SUPER_ADMIN)).toEqual({ ok: true, to: AbkStatus.DRAFT });
    expect(abkTransition(AbkStatus.REVIEWED, AbkAction.APPROVE, Role.UNIT_ADMIN)).toMatchObject({ ok: false, reason: 'ROLE' });
    expect(abkTransition(AbkStatus.DRAFT, AbkAction.APPROVE, Role.GOV_ADMIN)).toMatchObject({ ok: false, reason: 'TRANSITION_NOT_ALLOWED', allowed: ['REVIEW'] });
    expect(abkTransition(AbkStatus.APPROVED, AbkAction.APPROVE, Role.GOV_ADMIN)).toMatchObject({ ok: false, reason: 'ALREADY_APPROVED', allowed: [] });
    expect(abkTransition(AbkStatus.SUPERSEDED, AbkAction.REVIEW, Role.GOV_ADMIN)).toMatchObject({ ok: false, reason: 'TRANSITION_NOT_ALLOWED' });
    expect(abkTransition(AbkStatus.DRAFT, AbkAction.REVIEW, Role.ANALYST)).toMatchObject({ ok: false, reason: 'ROLE' });
  });
  it('a formasi proposal goes DRAFT -> SUBMITTED -> APPROVED by government admins', () => {
    expect(formasiTransition(FormasiStatus.DRAFT, FormasiAction.SUBMIT, Role.GOV_ADMIN)).toEqual({ ok: true, to: FormasiStatus.SUBMITTED });
    expect(formasiTransition(FormasiStatus.SUBMITTED, FormasiAction.APPROVE, Role.GOV_ADMIN)).toEqual({ ok: true, to: FormasiStatus.APPROVED });
    expect(formasiTransition(FormasiStatus.SUBMITTED, FormasiAction.RETURN, Role.GOV_ADMIN)).toEqual({ ok: true, to: FormasiStatus.DRAFT });
    expect(formasiTransition(FormasiStatus.APPROVED, FormasiAction.APPROVE, Role.GOV_ADMIN)).toMatchObject({ ok: false, reason: 'ALREADY_APPROVED' });
    expect(formasiTransition(FormasiStatus.DRAFT, FormasiAction.SUBMIT, Role.UNIT_ADMIN)).toMatchObject({ ok: false, reason: 'ROLE' });
  });
  it('approving recruits raises the formasi to holders plus recruits, never lowers it', () => {
    expect(formasiAfterApproval(5, 3, 2)).toBe(5);
    expect(formasiAfterApproval(5, 3, 4)).toBe(7);
    expect(formasiAfterApproval(1, 0, 3)).toBe(3);
  });
});

describe('decimals', () => {
  it('rounds half up to two decimals and recognises two-decimal inputs', () => {
    expect(round2(2.495)).toBe(2.5);
    expect(round2(11.025)).toBe(11.03);
    expect(hasTwoDecimals(12.25)).toBe(true);
    expect(hasTwoDecimals(12.255)).toBe(false);
  });
});

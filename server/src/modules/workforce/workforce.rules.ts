// Workload analysis (ABK), staffing needs and the five-year plan (ASN-RULES §10, PermenPANRB 1/2020).
// Pure: no I/O. Every computed number comes with the terms it was computed from (`Term`), so an
// answer can say "2.50 staff = 187,500 minutes / 75,000 effective minutes". The set-based SQL of
// workforce.sql.ts computes the same numbers and is tested against these functions.
//
// Arithmetic is exact: volumes, multipliers and minutes have at most two decimals, so a task's
// yearly workload is an integer in millionths of a minute (BigInt) and every rounding (two decimals,
// half up; then to whole people) matches PostgreSQL's `numeric` in the SQL.
import { EjBand, RoundingMode, WorkPeriod } from './workforce.enums.ts';

export const ABK_BASIS = 'PermenPANRB 1/2020 tentang Pedoman Analisis Jabatan dan Analisis Beban Kerja';

/** The configurable values of §10 (settings `abk.*`, per government). */
export interface AbkSettings {
  /** Effective working minutes per year (75,000 = 1,250 hours, 5-day week). */
  effectiveMinutesPerYear: number;
  /** Yearly volume = volume per period x multiplier (day 250, week 50, month 12, year 1). */
  multipliers: Record<WorkPeriod, number>;
  /** EJ above `a` is band A; at least `b` B; at least `c` C; at least `d` D; below `d` E. */
  bands: { a: number; b: number; c: number; d: number };
  rounding: RoundingMode;
}

/** Setting keys, in the order of `settingsFrom`. */
export const ABK_SETTING_KEYS = [
  'abk.effectiveMinutesPerYear',
  'abk.multiplier.day',
  'abk.multiplier.week',
  'abk.multiplier.month',
  'abk.multiplier.year',
  'abk.ej.bandA',
  'abk.ej.bandB',
  'abk.ej.bandC',
  'abk.ej.bandD',
  'abk.rounding',
] as const;
export type AbkSettingKey = (typeof ABK_SETTING_KEYS)[number];

export function settingsFrom(value: (key: AbkSettingKey) => number): AbkSettings {
  return {
    effectiveMinutesPerYear: value('abk.effectiveMinutesPerYear'),
    multipliers: { DAY: value('abk.multiplier.day'), WEEK: value('abk.multiplier.week'), MONTH: value('abk.multiplier.month'), YEAR: value('abk.multiplier.year') },
    bands: { a: value('abk.ej.bandA'), b: value('abk.ej.bandB'), c: value('abk.ej.bandC'), d: value('abk.ej.bandD') },
    rounding: value('abk.rounding') === 1 ? RoundingMode.UP : RoundingMode.NEAREST,
  };
}

/** One operand of a computed number, by code (the panel words the codes). */
export interface Operand {
  code: string;
  value: number | null;
}

/** A computed number and what it was computed from. */
export interface Term {
  code: string;
  value: number | null;
  operands: Operand[];
}

const term = (code: string, value: number | null, operands: [string, number | null][]): Term => ({ code, value, operands: operands.map(([c, v]) => ({ code: c, value: v })) });

// ---- exact decimal arithmetic --------------------------------------------------------------------

/** A value with at most two decimals as an integer of hundredths. */
const cents = (x: number): bigint => BigInt(Math.round(x * 100));
/** a / b rounded half up, for non-negative integers (b > 0). */
const divRound = (a: bigint, b: bigint): bigint => (2n * a + b) / (2n * b);
const MICRO = 1_000_000;

/** Two decimals, half up (as PostgreSQL's round(numeric, 2) for non-negative values). */
export function round2(x: number): number {
  return Number(divRound(BigInt(Math.round(x * MICRO)), 10_000n)) / 100;
}

/** Whole people from a number with two decimals: nearest (half up) or up (configurable). */
export function wholePeople(value2: number, mode: RoundingMode): number {
  const c = cents(value2);
  return Number(mode === RoundingMode.UP ? (c + 99n) / 100n : (c + 50n) / 100n);
}

/** Whether a value has at most two decimals (volumes and minutes are entered so). */
export function hasTwoDecimals(x: number): boolean {
  return Math.abs(x * 100 - Math.round(x * 100)) < 1e-6;
}

// ---- ABK of one position -------------------------------------------------------------------------

export interface TaskInput {
  volume: number;
  period: WorkPeriod;
  standardMinutes: number;
}

export interface TaskWorkload {
  multiplier: number;
  /** volume x multiplier */
  yearlyVolume: number;
  /** yearly volume x standard minutes */
  workloadMinutes: number;
  terms: Term[];
  /** Exact workload in millionths of a minute (for sums). */
  micro: bigint;
}

export function taskWorkload(task: TaskInput, s: AbkSettings): TaskWorkload {
  const multiplier = s.multipliers[task.period];
  const micro = cents(task.volume) * cents(multiplier) * cents(task.standardMinutes);
  const yearlyVolume = Number(cents(task.volume) * cents(multiplier)) / 10_000;
  const workloadMinutes = Number(micro) / MICRO;
  return {
    multiplier,
    yearlyVolume,
    workloadMinutes,
    micro,
    terms: [
      term('YEARLY_VOLUME', yearlyVolume, [['VOLUME', task.volume], [`MULTIPLIER_${task.period}`, multiplier]]),
      term('TASK_WORKLOAD', workloadMinutes, [['YEARLY_VOLUME', yearlyVolume], ['STANDARD_MINUTES', task.standardMinutes]]),
    ],
  };
}

export interface AbkResult {
  tasks: TaskWorkload[];
  totalWorkloadMinutes: number;
  effectiveMinutesPerYear: number;
  /** Required staff with two decimals (half up). */
  requiredStaff: number;
  /** Whole people (nearest or up, setting). */
  requiredStaffRounded: number;
  rounding: RoundingMode;
  bezetting: number;
  formasi: number;
  /** Efisiensi jabatan, two decimals; null without holders. */
  ej: number | null;
  ejBand: EjBand | null;
  /** Rounded need minus holders: positive a shortage, negative a surplus. */
  gap: number;
  /** Rounded need minus formasi: positive when the formasi is too low. */
  formasiGap: number;
  terms: Term[];
}

/** EJ band for an EJ with two decimals (§10: A > 1.00; B 0.90-1.00; C 0.70-0.89; D 0.50-0.69; E < 0.50). */
export function ejBand(ej: number, bands: AbkSettings['bands']): EjBand {
  const v = cents(ej);
  if (v > cents(bands.a)) return EjBand.A;
  if (v >= cents(bands.b)) return EjBand.B;
  if (v >= cents(bands.c)) return EjBand.C;
  if (v >= cents(bands.d)) return EjBand.D;
  return EjBand.E;
}

/**
 * The ABK of a position: yearly workload per task, required staff (two decimals and whole people),
 * EJ and its band, and the gaps against holders (bezetting) and formasi.
 */
export function workloadAnalysis(tasks: TaskInput[], staff: { bezetting: number; formasi: number }, s: AbkSettings): AbkResult {
  const computed = tasks.map((t) => taskWorkload(t, s));
  const totalMicro = computed.reduce((sum, t) => sum + t.micro, 0n);
  const total = Number(totalMicro) / MICRO;
  const effectiveCents = cents(s.effectiveMinutesPerYear);
  // required = total / effective; in hundredths: (micro / 1e6) / (effCents / 100) * 100 = micro / (effCents * 100)
  const requiredStaff = Number(divRound(totalMicro, effectiveCents * 100n)) / 100;
  const requiredStaffRounded = wholePeople(requiredStaff, s.rounding);
  const ej = staff.bezetting > 0 ? Number(divRound(totalMicro, effectiveCents * 100n * BigInt(staff.bezetting))) / 100 : null;
  const band = ej === null ? null : ejBand(ej, s.bands);
  const gap = requiredStaffRounded - staff.bezetting;
  const formasiGap = requiredStaffRounded - staff.formasi;
  return {
    tasks: computed,
    totalWorkloadMinutes: total,
    effectiveMinutesPerYear: s.effectiveMinutesPerYear,
    requiredStaff,
    requiredStaffRounded,
    rounding: s.rounding,
    bezetting: staff.bezetting,
    formasi: staff.formasi,
    ej,
    ejBand: band,
    gap,
    formasiGap,
    terms: [
      term('TOTAL_WORKLOAD', total, computed.map((t, i): [string, number] => [`TASK_${i + 1}`, t.workloadMinutes])),
      term('REQUIRED_STAFF', requiredStaff, [['TOTAL_WORKLOAD', total], ['EFFECTIVE_MINUTES', s.effectiveMinutesPerYear]]),
      term('REQUIRED_STAFF_ROUNDED', requiredStaffRounded, [['REQUIRED_STAFF', requiredStaff], [`ROUNDING_${s.rounding}`, null]]),
      term('EJ', ej, [['TOTAL_WORKLOAD', total], ['BEZETTING', staff.bezetting], ['EFFECTIVE_MINUTES', s.effectiveMinutesPerYear]]),
      term('EJ_BAND', null, [['EJ', ej], ['BAND_A_ABOVE', s.bands.a], ['BAND_B_FROM', s.bands.b], ['BAND_C_FROM', s.bands.c], ['BAND_D_FROM', s.bands.d]]),
      term('GAP', gap, [['REQUIRED_STAFF_ROUNDED', requiredStaffRounded], ['BEZETTING', staff.bezetting]]),
      term('FORMASI_GAP', formasiGap, [['REQUIRED_STAFF_ROUNDED', requiredStaffRounded], ['FORMASI', staff.formasi]]),
    ],
  };
}

// ---- population ratios ---------------------------------------------------------------------------

export interface RatioResult {
  /** population x staff / per-population, two decimals */
  targetStaff: number;
  targetStaffRounded: number;
  /** target minus staff: positive short, negative over */
  shortfall: number;
  /** people served per staff member (rounded), null without staff */
  populationPerStaff: number | null;
  terms: Term[];
}

/** "Puskesmas X has 1 doctor for 42,000 people; target 1 per 5,000: short 7". */
export function ratioShortfall(population: number, staff: number, target: { staff: number; perPopulation: number }, rounding: RoundingMode): RatioResult {
  const exact = Number(divRound(BigInt(population) * cents(target.staff), BigInt(target.perPopulation))) / 100;
  const rounded = wholePeople(exact, rounding);
  const perStaff = staff > 0 ? Number(divRound(BigInt(population), BigInt(staff))) : null;
  return {
    targetStaff: exact,
    targetStaffRounded: rounded,
    shortfall: rounded - staff,
    populationPerStaff: perStaff,
    terms: [
      term('TARGET_STAFF', exact, [['POPULATION', population], ['TARGET_STAFF_PER', target.staff], ['TARGET_POPULATION', target.perPopulation]]),
      term('TARGET_STAFF_ROUNDED', rounded, [['TARGET_STAFF', exact], [`ROUNDING_${rounding}`, null]]),
      term('SHORTFALL', rounded - staff, [['TARGET_STAFF_ROUNDED', rounded], ['STAFF', staff]]),
      term('POPULATION_PER_STAFF', perStaff, [['POPULATION', population], ['STAFF', staff]]),
    ],
  };
}

// ---- the five-year plan --------------------------------------------------------------------------

/** Need of a year from an ABK (two decimals), grown by a scenario's yearly percentage since the ABK's year. */
export function projectedNeed(required2: number, abkYear: number, year: number, growthPercent: number, rounding: RoundingMode): { need: number; needRounded: number } {
  const years = Math.max(0, year - abkYear);
  const need = growthPercent && years ? round2(required2 * Math.pow(1 + growthPercent / 100, years)) : required2;
  return { need, needRounded: wholePeople(need, rounding) };
}

export interface PlanYearInput {
  year: number;
  /** Whole people needed that year. */
  need: number;
  retirements: number;
  contractsEnding: number;
}

export interface PlanYear extends PlanYearInput {
  /** Staff at the start of the year (after the previous year's recruitment). */
  staffStart: number;
  /** staffStart - retirements - contracts ending */
  available: number;
  /** max(0, need - available): to recruit (or move in) */
  recruit: number;
  /** max(0, available - need): staff over the need (to move out) */
  surplus: number;
  /** available + recruit */
  staffEnd: number;
  terms: Term[];
}

/**
 * Rencana kebutuhan: each year starts with last year's staff, loses its retirements and ending PPPK
 * contracts, and recruits up to the year's need (§10: "need - in service + retirements + contracts
 * ending"); staff over the need is a surplus to move, never a negative recruitment.
 */
export function fiveYearPlan(staffNow: number, years: PlanYearInput[]): PlanYear[] {
  let staff = staffNow;
  return years.map((y) => {
    const available = staff - y.retirements - y.contractsEnding;
    const recruit = Math.max(0, y.need - available);
    const surplus = Math.max(0, available - y.need);
    const out: PlanYear = {
      ...y,
      staffStart: staff,
      available,
      recruit,
      surplus,
      staffEnd: available + recruit,
      terms: [
        term('AVAILABLE', available, [['STAFF_START', staff], ['RETIREMENTS', y.retirements], ['CONTRACTS_ENDING', y.contractsEnding]]),
        term('RECRUIT', recruit, [['NEED', y.need], ['AVAILABLE', available]]),
        term('SURPLUS', surplus, [['AVAILABLE', available], ['NEED', y.need]]),
      ],
    };
    staff = out.staffEnd;
    return out;
  });
}

/**
 * The year an employee leaves the position: the earlier of the retirement date and, for PPPK, the
 * end of the contract; an exit already past (still in service) counts in the current year.
 */
export function exitOf(retirementDate: string, contractEndDate: string | null, currentYear: number): { year: number; reason: 'RETIREMENT' | 'CONTRACT' } {
  const contract = contractEndDate !== null && contractEndDate < retirementDate;
  const date = contract ? contractEndDate! : retirementDate;
  return { year: Math.max(currentYear, Number(date.slice(0, 4))), reason: contract ? 'CONTRACT' : 'RETIREMENT' };
}

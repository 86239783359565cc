// Rank promotion (ASN-RULES §3). Pure functions over facts read by promotion.sql.ts; the same
// rules are evaluated in SQL for whole governments, and tests compare the two for every employee.
import { addMonths, addYears, firstOfMonthOnOrAfter, monthOf, wholeMonths, wholeYears } from '@asn-merit/common';
import { atLeastBaik, PREDIKAT_LABEL, type Predikat } from '../performance/index.ts';

export const REGULAR_BASIS = 'PP 99/2000 jo. PP 12/2002 pasal 7 (kenaikan pangkat reguler); Peraturan BKN 4/2025 (periode kenaikan pangkat)';
export const FUNCTIONAL_BASIS = 'PermenPANRB 1/2023 dan Peraturan BKN 3/2023 (kenaikan pangkat pilihan jabatan fungsional)';
export const CEILING_BASIS = 'PP 99/2000 pasal 18 (batas pangkat tertinggi menurut ijazah)';
export const EXAM_BASIS = 'PP 99/2000 pasal 7 ayat (2) (ujian dinas / UKPPI untuk pindah golongan)';
export const DISCIPLINE_BASIS = 'PP 94/2021 tentang Disiplin PNS (hukuman yang menunda kenaikan pangkat)';

export const REGULAR_YEARS = 4;
export const FUNCTIONAL_YEARS = 2;

export enum PromotionRoute {
  REGULAR = 'REGULAR',
  FUNCTIONAL = 'FUNCTIONAL',
  NONE = 'NONE',
}

export interface RankRef {
  id: string;
  code: string;
  name: string;
  golongan: string;
  ordinal: number;
}

/** Everything the rules need about one employee on a date (read in one SQL statement). */
export interface EligibilityFacts {
  employeeId: string;
  asnType: string;
  status: string;
  currentRank: (RankRef & { tmt: string }) | null;
  nextRank: RankRef | null;
  /** Ceiling of the highest diploma held (its ordinal and code), if any diploma is recorded. */
  ceiling: { code: string; ordinal: number; education: string } | null;
  /** Annual predikat of the two calendar years before the date, newest first. */
  predikat: { year: number; predikat: Predikat | null }[];
  /** Passed ujian dinas I / II and UKPPI. */
  exams: { ujianDinasI: boolean; ujianDinasII: boolean; ukppi: boolean };
  /** A sanction in force on the date that bars promotion. */
  sanction: { description: string; endDate: string | null } | null;
  /** The functional route, when the current position is functional and has a credit requirement. */
  functional: { level: string; creditPoints: number; requiredPoints: number; requiresLevel: string | null } | null;
}

export interface Condition {
  code: string;
  description: string;
  passed: boolean;
  actual: string;
  required: string;
  legalBasis: string;
  /** When a failing condition will pass, if it can be known. */
  passesOn: string | null;
}

export interface Eligibility {
  employeeId: string;
  route: PromotionRoute;
  nextRank: RankRef | null;
  eligible: boolean;
  /** First TMT on which the promotion can take effect (null when a failing condition has no known date). */
  earliestTmt: string | null;
  conditions: Condition[];
}

// ---- dates ----------------------------------------------------------------------------------------

/** A date on which a promotion may take effect under the rules in force then (ASN-RULES §3). */
export function isPromotionPeriod(date: string): boolean {
  if (!date.endsWith('-01')) return false;
  const m = monthOf(date);
  if (date >= '2025-10-01') return true; // Peraturan BKN 4/2025: the 1st of any month
  if (date >= '2023-01-01') return m % 2 === 0; // six periods a year
  return m === 4 || m === 10; // 1 April and 1 October
}

/** The first promotion date on or after `date`. */
export function promotionDateOnOrAfter(date: string): string {
  let candidate = firstOfMonthOnOrAfter(date);
  while (!isPromotionPeriod(candidate)) candidate = addMonths(candidate, 1);
  return candidate;
}

// ---- eligibility ----------------------------------------------------------------------------------

const label = (p: Predikat | null) => (p ? PREDIKAT_LABEL[p] : 'belum dinilai');
const dayAfter = (date: string) => {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
};

/** Whether the step from the current to the next rank crosses golongan II→III or III→IV. */
export function crossesGolongan(current: RankRef, next: RankRef): 'I' | 'II' | null {
  if (current.golongan === 'II' && next.golongan === 'III') return 'I';
  if (current.golongan === 'III' && next.golongan === 'IV') return 'II';
  return null;
}

export function rankPromotionEligibility(f: EligibilityFacts, asOf: string): Eligibility {
  const conditions: Condition[] = [];
  const none = (c: Condition): Eligibility => ({ employeeId: f.employeeId, route: PromotionRoute.NONE, nextRank: f.nextRank, eligible: false, earliestTmt: null, conditions: [c] });
  if (f.asnType !== 'PNS') {
    return none({ code: 'PNS', description: 'Hanya PNS yang naik pangkat', passed: false, actual: f.asnType, required: 'PNS', legalBasis: REGULAR_BASIS, passesOn: null });
  }
  if (f.status === 'PENSIUN' || f.status === 'BERHENTI') {
    return none({ code: 'ACTIVE', description: 'Pegawai masih dalam dinas', passed: false, actual: f.status, required: 'AKTIF', legalBasis: REGULAR_BASIS, passesOn: null });
  }
  if (!f.currentRank) return none({ code: 'RANK_RECORDED', description: 'Pangkat terakhir tercatat', passed: false, actual: 'tidak ada riwayat pangkat', required: 'riwayat pangkat', legalBasis: REGULAR_BASIS, passesOn: null });
  if (!f.nextRank) return none({ code: 'NEXT_RANK', description: 'Ada pangkat berikutnya', passed: false, actual: f.currentRank.code, required: 'di bawah IV/e', legalBasis: REGULAR_BASIS, passesOn: null });

  const route = f.functional ? PromotionRoute.FUNCTIONAL : PromotionRoute.REGULAR;
  const basis = route === PromotionRoute.FUNCTIONAL ? FUNCTIONAL_BASIS : REGULAR_BASIS;
  const years = route === PromotionRoute.FUNCTIONAL ? FUNCTIONAL_YEARS : REGULAR_YEARS;
  const served = wholeMonths(f.currentRank.tmt, asOf);
  const yearsDue = addYears(f.currentRank.tmt, years);
  conditions.push({
    code: 'YEARS_IN_RANK',
    description: `Paling singkat ${years} tahun dalam pangkat ${f.currentRank.code}`,
    passed: yearsDue <= asOf,
    actual: `${Math.floor(served / 12)} tahun ${served % 12} bulan sejak TMT ${f.currentRank.tmt}`,
    required: `${years} tahun (sejak ${yearsDue})`,
    legalBasis: basis,
    passesOn: yearsDue <= asOf ? null : yearsDue,
  });

  const good = f.predikat.length === 2 && f.predikat.every((p) => atLeastBaik(p.predikat));
  conditions.push({
    code: 'PERFORMANCE',
    description: 'Predikat kinerja tahunan paling rendah Baik dalam 2 tahun terakhir',
    passed: good,
    actual: f.predikat.map((p) => `${p.year}: ${label(p.predikat)}`).join(', '),
    required: 'Baik atau Sangat Baik setiap tahun',
    legalBasis: basis,
    passesOn: null,
  });

  if (route === PromotionRoute.REGULAR) {
    const ok = !!f.ceiling && f.nextRank.ordinal <= f.ceiling.ordinal;
    conditions.push({
      code: 'DIPLOMA_CEILING',
      description: 'Pangkat berikutnya tidak melebihi batas pangkat ijazah tertinggi',
      passed: ok,
      actual: f.ceiling ? `${f.ceiling.education}: paling tinggi ${f.ceiling.code}` : 'riwayat pendidikan belum tercatat',
      required: `${f.nextRank.code} tidak melebihi batas`,
      legalBasis: CEILING_BASIS,
      passesOn: null,
    });
    const crossing = crossesGolongan(f.currentRank, f.nextRank);
    if (crossing) {
      const passed = crossing === 'I' ? f.exams.ujianDinasI || f.exams.ukppi : f.exams.ujianDinasII || f.exams.ukppi;
      conditions.push({
        code: 'SERVICE_EXAM',
        description: `Lulus ujian dinas tingkat ${crossing} atau UKPPI untuk pindah ke golongan ${f.nextRank.golongan}`,
        passed,
        actual: passed ? 'lulus' : 'belum lulus',
        required: `ujian dinas tingkat ${crossing} atau UKPPI`,
        legalBasis: EXAM_BASIS,
        passesOn: null,
      });
    }
  } else {
    const fn = f.functional!;
    conditions.push({
      code: 'CREDIT_POINTS',
      description: `Angka kredit kumulatif untuk ${f.nextRank.code} sebagai ${fn.level}`,
      passed: fn.creditPoints >= fn.requiredPoints,
      actual: `${fn.creditPoints} sejak TMT pangkat`,
      required: `${fn.requiredPoints}`,
      legalBasis: FUNCTIONAL_BASIS,
      passesOn: null,
    });
    if (fn.requiresLevel) {
      conditions.push({
        code: 'FUNCTIONAL_LEVEL',
        description: `Pangkat ${f.nextRank.code} termasuk jenjang ${fn.requiresLevel}: perlu kenaikan jenjang jabatan`,
        passed: false,
        actual: fn.level,
        required: fn.requiresLevel,
        legalBasis: FUNCTIONAL_BASIS,
        passesOn: null,
      });
    }
  }

  conditions.push({
    code: 'DISCIPLINE',
    description: 'Tidak sedang menjalani hukuman disiplin yang menunda kenaikan pangkat',
    passed: !f.sanction,
    actual: f.sanction ? `${f.sanction.description}${f.sanction.endDate ? ` sampai ${f.sanction.endDate}` : ''}` : 'tidak ada',
    required: 'tidak ada',
    legalBasis: DISCIPLINE_BASIS,
    passesOn: f.sanction?.endDate ? dayAfter(f.sanction.endDate) : null,
  });

  const failing = conditions.filter((c) => !c.passed);
  const eligible = failing.length === 0;
  // Only waiting can fix the failing conditions when every one of them has a date.
  const waitUntil = failing.reduce<string | null>((latest, c) => (c.passesOn && (!latest || c.passesOn > latest) ? c.passesOn : latest), asOf);
  const earliestTmt = eligible ? promotionDateOnOrAfter(asOf) : failing.every((c) => c.passesOn) ? promotionDateOnOrAfter(waitUntil!) : null;
  return { employeeId: f.employeeId, route, nextRank: f.nextRank, eligible, earliestTmt, conditions };
}

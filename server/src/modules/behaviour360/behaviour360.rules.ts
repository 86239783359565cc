// 360-degree behaviour results (ASN-RULES §4; PP 30/2019): released only in aggregate, a group's
// average only when enough raters answered that no single rater can be identified.
import { CoreValue, RaterGroup } from './behaviour360.enums.ts';

export const BEHAVIOUR360_LEGAL_BASIS = 'PP 30/2019 tentang Penilaian Kinerja PNS (penilaian perilaku 360 derajat); SE MenPANRB 20/2021 (nilai dasar BerAKHLAK)';

/** Groups whose answers are shown whatever their size: one known person each. */
export const EXEMPT_GROUPS = new Set([RaterGroup.SELF, RaterGroup.SUPERIOR]);

export interface GroupScores {
  group: RaterGroup;
  /** Raters who submitted, and the sum of scores per value over them. */
  raters: number;
  sums: Partial<Record<CoreValue, number>>;
}

export interface GroupResult {
  group: RaterGroup;
  raters: number;
  released: boolean;
  averages: { value: CoreValue; average: number }[];
  average: number | null;
  reason: string;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function aggregate360(groups: GroupScores[], minRaters: number): { groups: GroupResult[]; legalBasis: string } {
  const out = Object.values(RaterGroup).map((group): GroupResult => {
    const g = groups.find((x) => x.group === group) ?? { group, raters: 0, sums: {} };
    const released = g.raters > 0 && (EXEMPT_GROUPS.has(group) || g.raters >= minRaters);
    const averages = released ? Object.values(CoreValue).map((value) => ({ value, average: round2((g.sums[value] ?? 0) / g.raters) })) : [];
    const reason = g.raters === 0
      ? 'Belum ada penilai yang mengisi'
      : released
        ? EXEMPT_GROUPS.has(group) ? 'Ditampilkan (kelompok satu orang yang diketahui)' : `Ditampilkan (${g.raters} penilai, minimal ${minRaters})`
        : `Disembunyikan: baru ${g.raters} penilai, minimal ${minRaters} agar penilai tidak dapat dikenali`;
    return { group, raters: g.raters, released, averages, average: released ? round2(averages.reduce((s, a) => s + a.average, 0) / averages.length) : null, reason };
  });
  return { groups: out, legalBasis: BEHAVIOUR360_LEGAL_BASIS };
}

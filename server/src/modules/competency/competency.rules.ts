// Job-person match (ASN-RULES §6; PermenPANRB 38/2017). Pure: the caller supplies the position's
// standard, the assessed levels and the category thresholds (an editable table).
import { AssessmentPurpose } from './competency.enums.ts';

export const JPM_LEGAL_BASIS = 'PermenPANRB 38/2017 tentang Standar Kompetensi Jabatan ASN; Peraturan BKN 26/2019 (penilaian kompetensi, job person match)';

export interface RequiredLevel {
  competencyId: string;
  code: string;
  name: string;
  required: number;
}

export interface JpmThreshold {
  purpose: AssessmentPurpose;
  code: string;
  label: string;
  /** Lowest JPM % of the category (inclusive). */
  minPercent: number;
}

export interface CompetencyGap {
  competencyId: string;
  code: string;
  name: string;
  required: number;
  assessed: number;
  gap: number;
}

export interface JpmResult {
  percent: number;
  category: { code: string; label: string; minPercent: number } | null;
  gaps: CompetencyGap[];
  comparisons: CompetencyGap[];
  reasons: string[];
  legalBasis: string;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The category of a JPM for a purpose: the one with the highest minimum the JPM reaches. */
export function jpmCategory(percent: number, purpose: AssessmentPurpose, thresholds: JpmThreshold[]): JpmThreshold | null {
  return thresholds.filter((t) => t.purpose === purpose && percent >= t.minPercent).sort((a, b) => b.minPercent - a.minPercent)[0] ?? null;
}

/**
 * JPM = sum of assessed levels / sum of required levels x 100, capped at 100, over the position's
 * required competencies (a competency not assessed counts 0). Gap = required - assessed, where positive.
 */
export function jobPersonMatch(standard: RequiredLevel[], assessed: Map<string, number>, purpose: AssessmentPurpose, thresholds: JpmThreshold[]): JpmResult {
  const comparisons = standard.map((s) => {
    const level = assessed.get(s.competencyId) ?? 0;
    return { competencyId: s.competencyId, code: s.code, name: s.name, required: s.required, assessed: level, gap: Math.max(0, s.required - level) };
  });
  const required = comparisons.reduce((sum, c) => sum + c.required, 0);
  const got = comparisons.reduce((sum, c) => sum + c.assessed, 0);
  const percent = required > 0 ? round2(Math.min(100, (got / required) * 100)) : 0;
  const category = required > 0 ? jpmCategory(percent, purpose, thresholds) : null;
  const missing = comparisons.filter((c) => !assessed.has(c.competencyId));
  const reasons = required === 0
    ? ['Jabatan ini belum memiliki standar kompetensi']
    : [
        `Jumlah level hasil asesmen ${got} dari jumlah level standar ${required}: JPM ${percent}%${got > required ? ' (dibatasi 100%)' : ''}`,
        category ? `Kategori ${category.label} (${purpose === AssessmentPurpose.MAPPING ? 'pemetaan' : 'seleksi'}, batas bawah ${category.minPercent}%)` : 'Tidak ada kategori yang cocok',
        ...missing.map((m) => `${m.code} ${m.name} tidak dinilai dalam asesmen ini (dihitung 0)`),
      ];
  return { percent, category: category ? { code: category.code, label: category.label, minPercent: category.minPercent } : null, gaps: comparisons.filter((c) => c.gap > 0), comparisons, reasons, legalBasis: JPM_LEGAL_BASIS };
}

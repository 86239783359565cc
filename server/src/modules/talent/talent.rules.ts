// Talent placement in the 9-box (ASN-RULES §7; PermenPANRB 3/2020). Pure: the box table, the
// performance mapping and the potential cut-offs are editable data passed in.
import { EXPECTATION_LABEL, Expectation, PREDIKAT_LABEL, Predikat } from '../performance/index.ts';
import { PotentialLevel } from './talent.enums.ts';

export const TALENT_LEGAL_BASIS = 'PermenPANRB 3/2020 tentang Manajemen Talenta ASN (kotak talenta 9)';

export interface TalentBoxDef {
  box: number;
  performance: Expectation;
  potential: PotentialLevel;
  label: string;
  actions: string;
}

export interface PotentialCutoffs {
  /** Lowest potential score counted Menengah, and Tinggi. */
  medium: number;
  high: number;
}

const POTENTIAL_LABEL: Record<PotentialLevel, string> = { [PotentialLevel.RENDAH]: 'Rendah', [PotentialLevel.MENENGAH]: 'Menengah', [PotentialLevel.TINGGI]: 'Tinggi' };

export function potentialLevel(score: number, cut: PotentialCutoffs): PotentialLevel {
  return score >= cut.high ? PotentialLevel.TINGGI : score >= cut.medium ? PotentialLevel.MENENGAH : PotentialLevel.RENDAH;
}

export interface TalentPlacementResult {
  box: TalentBoxDef | null;
  performance: Expectation | null;
  potential: PotentialLevel | null;
  reasons: string[];
  legalBasis: string;
}

/** Places an employee from their latest annual predikat and their potential score. */
export function placeInBox(
  predikat: Predikat | null,
  potentialScore: number | null,
  performanceMap: Map<Predikat, Expectation>,
  cut: PotentialCutoffs,
  boxes: TalentBoxDef[],
): TalentPlacementResult {
  const reasons: string[] = [];
  if (predikat == null) reasons.push('Belum ada predikat kinerja tahunan');
  if (potentialScore == null) reasons.push('Belum ada skor potensial dari asesmen');
  if (predikat == null || potentialScore == null) return { box: null, performance: null, potential: null, reasons, legalBasis: TALENT_LEGAL_BASIS };
  const performance = performanceMap.get(predikat) ?? null;
  const potential = potentialLevel(potentialScore, cut);
  const box = boxes.find((b) => b.performance === performance && b.potential === potential) ?? null;
  reasons.push(
    `Predikat ${PREDIKAT_LABEL[predikat]} berarti kinerja ${performance ? EXPECTATION_LABEL[performance] : 'tidak terpetakan'}`,
    `Skor potensial ${potentialScore} berarti potensial ${POTENTIAL_LABEL[potential]} (Menengah mulai ${cut.medium}, Tinggi mulai ${cut.high})`,
    box ? `Kotak ${box.box}: ${box.label}` : 'Tidak ada kotak untuk kombinasi ini',
  );
  return { box, performance, potential, reasons, legalBasis: TALENT_LEGAL_BASIS };
}

/** Boxes 7-9 form the succession (talent) pool. */
export const SUCCESSION_BOXES = [7, 8, 9];

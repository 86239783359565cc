import { describe, expect, it } from 'vitest';
import { Expectation, Predikat } from '../performance/index.ts';
import { PotentialLevel } from './talent.enums.ts';
import { placeInBox, potentialLevel, type TalentBoxDef } from './talent.rules.ts';

const { DI_ATAS, SESUAI, DI_BAWAH } = Expectation;
const { RENDAH, MENENGAH, TINGGI } = PotentialLevel;

// ASN-RULES §7.
const BOXES: TalentBoxDef[] = [
  [4, DI_ATAS, RENDAH], [7, DI_ATAS, MENENGAH], [9, DI_ATAS, TINGGI],
  [2, SESUAI, RENDAH], [5, SESUAI, MENENGAH], [8, SESUAI, TINGGI],
  [1, DI_BAWAH, RENDAH], [3, DI_BAWAH, MENENGAH], [6, DI_BAWAH, TINGGI],
].map(([box, performance, potential]) => ({ box: box as number, performance: performance as Expectation, potential: potential as PotentialLevel, label: `Kotak ${box}`, actions: '' }));
const MAP = new Map([[Predikat.SANGAT_BAIK, DI_ATAS], [Predikat.BAIK, SESUAI], [Predikat.BUTUH_PERBAIKAN, DI_BAWAH], [Predikat.KURANG, DI_BAWAH], [Predikat.SANGAT_KURANG, DI_BAWAH]]);
const CUT = { medium: 60, high: 80 };

describe('9-box (ASN-RULES §7)', () => {
  it.each([
    [Predikat.SANGAT_BAIK, 85, 9],
    [Predikat.SANGAT_BAIK, 70, 7],
    [Predikat.SANGAT_BAIK, 40, 4],
    [Predikat.BAIK, 80, 8],
    [Predikat.BAIK, 60, 5],
    [Predikat.BAIK, 59.9, 2],
    [Predikat.BUTUH_PERBAIKAN, 90, 6],
    [Predikat.KURANG, 65, 3],
    [Predikat.SANGAT_KURANG, 10, 1],
  ])('%s with potential %s is box %s', (predikat, potential, box) => {
    expect(placeInBox(predikat, potential, MAP, CUT, BOXES).box?.box).toBe(box);
  });

  it('maps potential scores to levels at the cut-offs', () => {
    expect([59.99, 60, 79.99, 80].map((s) => potentialLevel(s, CUT))).toEqual([RENDAH, MENENGAH, MENENGAH, TINGGI]);
  });

  it('says why an employee cannot be placed', () => {
    const r = placeInBox(null, null, MAP, CUT, BOXES);
    expect(r.box).toBeNull();
    expect(r.reasons).toEqual(['Belum ada predikat kinerja tahunan', 'Belum ada skor potensial dari asesmen']);
  });
});

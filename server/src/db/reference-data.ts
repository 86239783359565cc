// National reference data every installation needs (ASN-RULES §2-§3), loaded by a migration.
// Configurable values (ceilings, starting ranks) are editable afterwards; these are the seeds.
import { v5 as uuidv5 } from 'uuid';

const NAMESPACE = '6f1c2b0e-7d0a-4c53-9a55-2f5e1f3a9b10';
export const referenceId = (key: string): string => uuidv5(key, NAMESPACE);

export const PNS_RANKS: [code: string, name: string][] = [
  ['I/a', 'Juru Muda'],
  ['I/b', 'Juru Muda Tingkat I'],
  ['I/c', 'Juru'],
  ['I/d', 'Juru Tingkat I'],
  ['II/a', 'Pengatur Muda'],
  ['II/b', 'Pengatur Muda Tingkat I'],
  ['II/c', 'Pengatur'],
  ['II/d', 'Pengatur Tingkat I'],
  ['III/a', 'Penata Muda'],
  ['III/b', 'Penata Muda Tingkat I'],
  ['III/c', 'Penata'],
  ['III/d', 'Penata Tingkat I'],
  ['IV/a', 'Pembina'],
  ['IV/b', 'Pembina Tingkat I'],
  ['IV/c', 'Pembina Utama Muda'],
  ['IV/d', 'Pembina Utama Madya'],
  ['IV/e', 'Pembina Utama'],
];

export const PPPK_GOLONGAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'];

export interface EducationLevelSeed {
  code: string;
  name: string;
  ceiling: string;
  start: string;
  pppk: string;
}

// Ceilings: PP 99/2000 art. 18 (ASN-RULES §3). Starting ranks: PP 99/2000 art. 17 as amended by
// PP 12/2002 (ASN-RULES §2). PPPK entry golongan: PermenPANRB 72/2020 (ASN-RULES §2).
export const EDUCATION_LEVELS: EducationLevelSeed[] = [
  { code: 'SD', name: 'Sekolah Dasar', ceiling: 'II/a', start: 'I/a', pppk: 'I' },
  { code: 'SLTP', name: 'SLTP / SMP', ceiling: 'II/c', start: 'I/c', pppk: 'IV' },
  { code: 'SLTP_KEJURUAN', name: 'SLTP Kejuruan', ceiling: 'II/d', start: 'I/c', pppk: 'IV' },
  { code: 'SLTA', name: 'SLTA / SMA', ceiling: 'III/b', start: 'II/a', pppk: 'V' },
  { code: 'SLTA_KEJURUAN', name: 'SLTA Kejuruan / SMK', ceiling: 'III/b', start: 'II/a', pppk: 'V' },
  { code: 'D1', name: 'Diploma I', ceiling: 'III/b', start: 'II/a', pppk: 'V' },
  { code: 'D2', name: 'Diploma II', ceiling: 'III/b', start: 'II/b', pppk: 'VI' },
  { code: 'D3', name: 'Diploma III', ceiling: 'III/c', start: 'II/c', pppk: 'VII' },
  { code: 'SARJANA_MUDA', name: 'Sarjana Muda', ceiling: 'III/c', start: 'II/b', pppk: 'VII' },
  { code: 'AKADEMI', name: 'Akademi', ceiling: 'III/c', start: 'II/b', pppk: 'VII' },
  { code: 'D4', name: 'Diploma IV', ceiling: 'III/d', start: 'III/a', pppk: 'IX' },
  { code: 'S1', name: 'Sarjana (S-1)', ceiling: 'III/d', start: 'III/a', pppk: 'IX' },
  { code: 'PROFESI', name: 'Profesi: dokter, dokter gigi, apoteker', ceiling: 'IV/a', start: 'III/b', pppk: 'X' },
  { code: 'S2', name: 'Magister (S-2)', ceiling: 'IV/a', start: 'III/b', pppk: 'X' },
  { code: 'S3', name: 'Doktor (S-3)', ceiling: 'IV/b', start: 'III/c', pppk: 'XI' },
];

export const RANK_LEGAL_BASIS = 'PP 99/2000 jo. PP 12/2002 tentang Kenaikan Pangkat PNS';
export const PPPK_LEGAL_BASIS = 'PermenPANRB 72/2020 (golongan PPPK)';
export const EDUCATION_LEGAL_BASIS = 'PP 99/2000 pasal 17-18 jo. PP 12/2002 (pangkat awal dan batas pangkat menurut ijazah); PermenPANRB 72/2020 (golongan awal PPPK)';

export const pnsRankId = (code: string) => referenceId(`rank:PNS:${code}`);
export const pppkRankId = (code: string) => referenceId(`rank:PPPK:${code}`);
export const educationLevelId = (code: string) => referenceId(`education:${code}`);

/** SQL statements inserting the reference data (idempotent: existing rows are kept as edited). */
export function referenceDataSql(): string[] {
  const q = (s: string) => `'${s.replaceAll("'", "''")}'`;
  const rows: string[] = [];
  PNS_RANKS.forEach(([code, name], i) => {
    rows.push(`(${q(pnsRankId(code))}, now(), now(), 1, 'PNS', ${q(code)}, ${q(name)}, ${q(code.split('/')[0])}, ${i + 1}, ${q(RANK_LEGAL_BASIS)})`);
  });
  PPPK_GOLONGAN.forEach((code, i) => {
    rows.push(`(${q(pppkRankId(code))}, now(), now(), 1, 'PPPK', ${q(code)}, ${q(`Golongan ${code}`)}, ${q(code)}, ${i + 1}, ${q(PPPK_LEGAL_BASIS)})`);
  });
  const levels = EDUCATION_LEVELS.map(
    (l, i) =>
      `(${q(educationLevelId(l.code))}, now(), now(), 1, ${q(l.code)}, ${q(l.name)}, ${i + 1}, ${q(pnsRankId(l.ceiling))}, ${q(pnsRankId(l.start))}, ${q(pppkRankId(l.pppk))}, ${q(EDUCATION_LEGAL_BASIS)})`,
  );
  return [
    `insert into "rank" ("id", "created_at", "updated_at", "version", "scheme", "code", "name", "golongan", "ordinal", "legal_basis") values ${rows.join(', ')} on conflict do nothing;`,
    `insert into "education_level" ("id", "created_at", "updated_at", "version", "code", "name", "ordinal", "pns_rank_ceiling_id", "pns_starting_rank_id", "pppk_entry_rank_id", "legal_basis") values ${levels.join(', ')} on conflict do nothing;`,
  ];
}

// Appointment to a position (ASN-RULES §8; PP 11/2017 jo. PP 17/2020) and the merit score that
// ranks the candidates of an open selection. Pure: the facts come from appointment.sql.ts.
import { atLeastBaik, PREDIKAT_LABEL, Predikat } from '../performance/index.ts';

export const MERIT_BASIS = 'UU 20/2023 pasal 27 (sistem merit); PP 11/2017 pasal 132 (seleksi berdasarkan kualifikasi, kompetensi dan kinerja); bobot skor ditetapkan instansi';

export interface EducationRef {
  code: string;
  name: string;
  ordinal: number;
}

export interface CandidateRank {
  code: string;
  ordinal: number;
  scheme: string;
}

/** What the requirements and the score look at, for one employee and one target position on a date. */
export interface CandidateFacts {
  employeeId: string;
  asnType: string;
  /** Whole years of age on the date. */
  age: number;
  education: EducationRef | null;
  /** Whole months of service (since TMT CPNS or the first placement). */
  serviceMonths: number;
  /** Whole months in positions of the requirement's experience kinds. */
  experienceMonths: number;
  /** Whole months in positions of the requirement's prior kinds. */
  priorMonths: number;
  rank: CandidateRank | null;
  /** Annual predikat of the years before the date, newest first (as many as the requirement asks, at least one). */
  predikat: { year: number; predikat: Predikat | null }[];
  /** JPM % against the target position's standard from the latest assessment, null when never assessed. */
  jpm: number | null;
  /** 9-box, null when not placed. */
  box: number | null;
}

/** The requirement of the position's kind (editable table) and the position's own minima. */
export interface AppointmentRule {
  positionKind: string;
  minEducation: EducationRef | null;
  experienceYears: number;
  experienceKinds: string[];
  priorKinds: string[];
  priorYears: number;
  maxAge: number | null;
  performanceYears: number;
  pnsOnly: boolean;
  legalBasis: string;
}

export interface TargetPosition {
  minEducation: EducationRef | null;
  minRank: CandidateRank | null;
}

export interface MeritWeights {
  jpm: number;
  performance: number;
  talent: number;
  education: number;
  rank: number;
}

export interface Requirement {
  code: string;
  description: string;
  passed: boolean;
  actual: string;
  required: string;
  legalBasis: string;
}

export interface ScoreComponent {
  code: keyof MeritWeights;
  /** 0-100. */
  value: number;
  weight: number;
  explanation: string;
}

export interface CandidateAssessment {
  employeeId: string;
  qualified: boolean;
  requirements: Requirement[];
  score: number;
  components: ScoreComponent[];
}

/** Points of the latest annual predikat in the merit score. */
export const PREDIKAT_POINTS: Record<Predikat, number> = {
  [Predikat.SANGAT_BAIK]: 100,
  [Predikat.BAIK]: 80,
  [Predikat.BUTUH_PERBAIKAN]: 40,
  [Predikat.KURANG]: 20,
  [Predikat.SANGAT_KURANG]: 0,
};

const round2 = (x: number) => Math.round(x * 100) / 100;
const ym = (months: number) => `${Math.floor(months / 12)} tahun ${months % 12} bulan`;
const KIND_LABEL: Record<string, string> = {
  '*': 'masa kerja PNS',
  JPT_UTAMA: 'JPT Utama',
  JPT_MADYA: 'JPT Madya',
  JPT_PRATAMA: 'JPT Pratama',
  ADMINISTRATOR: 'Administrator',
  PENGAWAS: 'Pengawas',
  PELAKSANA: 'Pelaksana',
  'FUNGSIONAL:*': 'jabatan fungsional',
};
export const kindLabel = (k: string) => KIND_LABEL[k] ?? k.replace('FUNGSIONAL:', 'JF ').replaceAll('_', ' ').toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase()).replace('Jf', 'JF');

/** Whether a position (kind, functional level) is one of the notation's kinds ("PENGAWAS", "FUNGSIONAL:AHLI_MUDA", "FUNGSIONAL:*", "*"). */
export function kindMatches(kinds: string[], kind: string, level: string | null): boolean {
  return kinds.some((k) => k === '*' || k === kind || k === `${kind}:*` || (level !== null && k === `${kind}:${level}`));
}

/** The requirements of §8 for one candidate, each with the compared values, and the merit score. */
export function assessCandidate(f: CandidateFacts, rule: AppointmentRule | null, target: TargetPosition, weights: MeritWeights, maxEducationOrdinal: number, maxRankOrdinal: number): CandidateAssessment {
  const reqs: Requirement[] = [];
  const basis = rule?.legalBasis ?? 'Persyaratan jabatan (standar kompetensi dan syarat jabatan instansi)';
  if (rule?.pnsOnly) {
    reqs.push({ code: 'PNS', description: 'Berstatus PNS', passed: f.asnType === 'PNS', actual: f.asnType, required: 'PNS', legalBasis: basis });
  }
  const minEdu = [rule?.minEducation, target.minEducation].filter((e): e is EducationRef => !!e).sort((a, b) => b.ordinal - a.ordinal)[0] ?? null;
  if (minEdu) {
    reqs.push({
      code: 'EDUCATION',
      description: `Pendidikan paling rendah ${minEdu.name}`,
      passed: !!f.education && f.education.ordinal >= minEdu.ordinal,
      actual: f.education?.name ?? 'belum tercatat',
      required: minEdu.name,
      legalBasis: basis,
    });
  }
  if (rule && rule.experienceYears > 0) {
    const months = rule.experienceKinds.includes('*') ? f.serviceMonths : f.experienceMonths;
    reqs.push({
      code: 'EXPERIENCE',
      description: `Pengalaman paling singkat ${rule.experienceYears} tahun (${rule.experienceKinds.map(kindLabel).join(', ')})`,
      passed: months >= rule.experienceYears * 12,
      actual: ym(months),
      required: `${rule.experienceYears} tahun`,
      legalBasis: basis,
    });
  }
  if (rule && rule.priorKinds.length) {
    reqs.push({
      code: 'PRIOR_POSITION',
      description: `Sedang/pernah menduduki ${rule.priorKinds.map(kindLabel).join(' atau ')} paling singkat ${rule.priorYears} tahun`,
      passed: f.priorMonths >= rule.priorYears * 12,
      actual: ym(f.priorMonths),
      required: `${rule.priorYears} tahun`,
      legalBasis: basis,
    });
  }
  if (rule?.maxAge != null) {
    reqs.push({ code: 'AGE', description: `Usia paling tinggi ${rule.maxAge} tahun pada saat pengangkatan`, passed: f.age <= rule.maxAge, actual: `${f.age} tahun`, required: `≤ ${rule.maxAge} tahun`, legalBasis: basis });
  }
  if (target.minRank) {
    const ok = !!f.rank && f.rank.scheme === target.minRank.scheme && f.rank.ordinal >= target.minRank.ordinal;
    reqs.push({ code: 'MIN_RANK', description: `Pangkat paling rendah ${target.minRank.code}`, passed: ok, actual: f.rank?.code ?? 'belum tercatat', required: target.minRank.code, legalBasis: 'Syarat pangkat jabatan yang ditetapkan instansi (ASN-RULES §8)' });
  }
  if (rule && rule.performanceYears > 0) {
    const years = f.predikat.slice(0, rule.performanceYears);
    reqs.push({
      code: 'PERFORMANCE',
      description: `Predikat kinerja paling rendah Baik dalam ${rule.performanceYears} tahun terakhir`,
      passed: years.length === rule.performanceYears && years.every((p) => atLeastBaik(p.predikat)),
      actual: years.map((p) => `${p.year}: ${p.predikat ? PREDIKAT_LABEL[p.predikat] : 'belum dinilai'}`).join(', '),
      required: 'Baik atau Sangat Baik',
      legalBasis: basis,
    });
  }

  const latest = f.predikat[0]?.predikat ?? null;
  const components: ScoreComponent[] = [
    { code: 'jpm', value: f.jpm ?? 0, weight: weights.jpm, explanation: f.jpm === null ? 'belum diases: 0' : `JPM ${f.jpm}% terhadap standar kompetensi jabatan ini` },
    { code: 'performance', value: latest ? PREDIKAT_POINTS[latest] : 0, weight: weights.performance, explanation: latest ? `predikat ${f.predikat[0].year} ${PREDIKAT_LABEL[latest]}: ${PREDIKAT_POINTS[latest]}` : 'belum ada predikat tahunan: 0' },
    { code: 'talent', value: f.box ? (f.box / 9) * 100 : 0, weight: weights.talent, explanation: f.box ? `kotak talenta ${f.box} dari 9` : 'belum terpetakan dalam 9-box: 0' },
    { code: 'education', value: f.education ? (f.education.ordinal / maxEducationOrdinal) * 100 : 0, weight: weights.education, explanation: f.education ? `${f.education.name}: jenjang ${f.education.ordinal} dari ${maxEducationOrdinal}` : 'pendidikan belum tercatat: 0' },
    { code: 'rank', value: f.rank ? (f.rank.ordinal / maxRankOrdinal) * 100 : 0, weight: weights.rank, explanation: f.rank ? `${f.rank.code}: urutan ${f.rank.ordinal} dari ${maxRankOrdinal}` : 'pangkat belum tercatat: 0' },
  ];
  const totalWeight = components.reduce((s, c) => s + c.weight, 0);
  const score = totalWeight > 0 ? round2(components.reduce((s, c) => s + c.value * c.weight, 0) / totalWeight) : 0;
  return { employeeId: f.employeeId, qualified: reqs.every((r) => r.passed), requirements: reqs, score, components: components.map((c) => ({ ...c, value: round2(c.value) })) };
}

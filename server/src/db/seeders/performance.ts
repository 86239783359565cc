// Demo data of competencies and performance: assessments, five years of SKP with annual ratings,
// this year's quarterly ratings and feedback threads, organisation ratings, follow-ups, and 360
// ratings in a few units. Deterministic for a seed, a size and a date.
import type { Faker } from '@faker-js/faker';
import { query, sql } from '../../shared/sql.ts';
import { Expectation as RuleExpectation } from '../../modules/performance/performance.enums.ts';
import { predikatOf } from '../../modules/performance/performance.rules.ts';
import { bulkInsert, demoEmployee, type SeedContext } from './common.ts';
import type { PositionRow } from './structure.ts';

type Expectation = 'DI_ATAS' | 'SESUAI' | 'DI_BAWAH';
type Predikat = 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';

// ASN-RULES §4 (the seeder writes what the service would compute).
const CORE_VALUES = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'];

const TARGETS: Record<string, [string, string, string][]> = {
  MANAGER: [
    ['Terlaksananya program kerja unit sesuai rencana strategis', 'Persentase capaian indikator kinerja unit', '95%'],
    ['Meningkatnya kualitas layanan unit', 'Indeks kepuasan masyarakat unit', '85'],
    ['Terkelolanya anggaran unit secara akuntabel', 'Persentase realisasi anggaran', '92%'],
  ],
  SERVICE: [
    ['Terlayaninya masyarakat sesuai standar pelayanan', 'Jumlah layanan yang diselesaikan tepat waktu', '95%'],
    ['Tersusunnya laporan pelayanan bulanan', 'Jumlah laporan', '12 laporan'],
    ['Meningkatnya kompetensi teknis', 'Jam pelajaran pengembangan kompetensi', '20 JP'],
  ],
  TEACHER: [
    ['Terlaksananya pembelajaran sesuai kurikulum', 'Persentase rencana pembelajaran yang terlaksana', '100%'],
    ['Meningkatnya hasil belajar peserta didik', 'Rata-rata ketuntasan belajar', '80%'],
    ['Terlaksananya asesmen dan tindak lanjutnya', 'Jumlah laporan asesmen', '2 laporan'],
  ],
  HEALTH: [
    ['Terlayaninya pasien sesuai standar pelayanan', 'Jumlah pasien terlayani sesuai SOP', '98%'],
    ['Tercapainya target program kesehatan masyarakat', 'Cakupan program', '90%'],
    ['Tersusunnya pencatatan dan pelaporan', 'Jumlah laporan bulanan', '12 laporan'],
  ],
};

function profileOf(p: PositionRow): keyof typeof TARGETS {
  if (p.profile === 'TEACHER' || p.profile === 'HEADMASTER') return 'TEACHER';
  if (['DOCTOR', 'SPECIALIST', 'DENTIST', 'PHARMACIST', 'NURSE', 'MIDWIFE', 'HEALTH_TECH'].includes(p.profile)) return 'HEALTH';
  if (p.kind === 'PELAKSANA' || p.kind === 'FUNGSIONAL') return 'SERVICE';
  return 'MANAGER';
}

/** A rating pair for an employee of a given quality (0 worst .. 1 best), giving a plausible spread. */
function ratings(f: Faker, quality: number): [Expectation, Expectation] {
  const x = f.number.float({ min: 0, max: 1 }) * 0.55 + quality * 0.45;
  if (x > 0.74) return ['DI_ATAS', 'DI_ATAS'];
  if (x > 0.2) return f.helpers.arrayElement([['SESUAI', 'SESUAI'], ['SESUAI', 'SESUAI'], ['SESUAI', 'SESUAI'], ['DI_ATAS', 'SESUAI'], ['SESUAI', 'DI_ATAS']] as [Expectation, Expectation][]);
  if (x > 0.1) return ['DI_BAWAH', 'SESUAI'];
  if (x > 0.05) return ['SESUAI', 'DI_BAWAH'];
  return ['DI_BAWAH', 'DI_BAWAH'];
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

export async function seedPerformance(ctx: SeedContext): Promise<string> {
  const { em, faker: f, today, built, stamp } = ctx;
  const thisYear = Number(today.slice(0, 4));
  const positions = new Map(built.positions.map((p) => [p.id, p]));
  const current = new Map<string, { positionId: string; unitId: string }>();
  for (const pl of built.people.placements) if (!pl.endDate) current.set(pl.employeeId, { positionId: pl.positionId, unitId: pl.unitId });
  const holders = new Map<string, string[]>();
  for (const [employeeId, c] of current) holders.set(c.positionId, [...(holders.get(c.positionId) ?? []), employeeId]);

  /** Holder of the nearest occupied position above (the superior of record). */
  const superiorOf = (employeeId: string): string | null => {
    let p = positions.get(current.get(employeeId)?.positionId ?? '');
    for (let depth = 0; p && depth < 12; depth++) {
      const parent = p.parentId ? positions.get(p.parentId) : undefined;
      const h = parent ? holders.get(parent.id)?.find((x) => x !== employeeId) : undefined;
      if (h) return h;
      p = parent;
    }
    return null;
  };

  const units = new Map(built.units.map((u) => [u.id, u]));
  const quality = new Map(built.people.employees.map((e) => [e.id, f.number.float({ min: 0, max: 1 })]));
  const competencies = await query<{ id: string; code: string }>(em, sql`select id, code from competency where government_id is null order by code`);
  const defaults = await query<{ position_kind: string; functional_level: string | null; required_level: number }>(em, sql`select position_kind, functional_level, required_level from competency_level_default`);
  const requiredFor = (p: PositionRow) => defaults.find((d) => d.position_kind === p.kind && (d.functional_level ?? null) === (p.functionalLevel ?? null))?.required_level ?? 1;

  const plans: Record<string, unknown>[] = [];
  const targets: Record<string, unknown>[] = [];
  const evaluations: Record<string, unknown>[] = [];
  const progress: Record<string, unknown>[] = [];
  const recognitions: Record<string, unknown>[] = [];
  const coaching: Record<string, unknown>[] = [];
  const assessments: Record<string, unknown>[] = [];
  const scores: Record<string, unknown>[] = [];
  const quarters = (['Q1', 'Q2', 'Q3', 'Q4'] as const).filter((q) => `${thisYear}-${['01', '04', '07', '10'][Number(q[1]) - 1]}-01` <= today);

  for (const e of built.people.employees) {
    const place = current.get(e.id);
    if (!place) continue;
    const position = positions.get(place.positionId)!;
    const unit = units.get(place.unitId)!;
    const evaluator = superiorOf(e.id);
    const q = quality.get(e.id)!;
    const serviceStart = Number((e.tmtCpns ?? e.contractStartDate ?? today).slice(0, 4));

    if (evaluator) {
      for (let year = Math.max(thisYear - 5, serviceStart); year <= thisYear; year++) {
        const planId = f.string.uuid();
        plans.push({ id: planId, governmentId: e.governmentId, employeeId: e.id, year, evaluatorId: evaluator, positionId: position.id, positionTitle: position.title, unitId: unit.id, unitName: unit.name, expectations: 'Bekerja sesuai standar pelayanan, tepat waktu, dan menjunjung nilai BerAKHLAK.', status: 'AGREED' });
        if (year >= thisYear - 1) {
          TARGETS[profileOf(position)].forEach(([description, indicator, target], i) => targets.push({ id: f.string.uuid(), governmentId: e.governmentId, planId, kind: 'MAIN', ordinal: i + 1, description, indicator, target }));
          targets.push({ id: f.string.uuid(), governmentId: e.governmentId, planId, kind: 'ADDITIONAL', ordinal: 4, description: 'Terlibat dalam tim kerja lintas unit', indicator: 'Jumlah kegiatan tim yang diikuti', target: '2 kegiatan' });
        }
        const rate = (period: string) => {
          const [r, b] = ratings(f, q);
          evaluations.push({ id: f.string.uuid(), governmentId: e.governmentId, planId, employeeId: e.id, year, period, resultRating: r, behaviourRating: b, predikat: predikatOf(r as RuleExpectation, b as RuleExpectation).value, evaluatorId: evaluator, notes: null });
          return predikatOf(r as RuleExpectation, b as RuleExpectation).value;
        };
        if (year < thisYear) {
          const predikat = rate('ANNUAL');
          if (predikat === 'SANGAT_BAIK') {
            recognitions.push({ id: f.string.uuid(), governmentId: e.governmentId, employeeId: e.id, year, basis: `Predikat kinerja tahunan Sangat Baik tahun ${year}; PP 30/2019`, status: year < thisYear - 1 ? f.helpers.arrayElement(['APPROVED', 'APPROVED', 'REJECTED']) : 'PROPOSED' });
          } else if (predikat !== 'BAIK' && (year < thisYear - 1 || f.datatype.boolean(0.5))) {
            coaching.push({ id: f.string.uuid(), governmentId: e.governmentId, employeeId: e.id, year, goals: 'Meningkatkan capaian hasil kerja dan perilaku kerja sesuai ekspektasi pimpinan', mentorId: evaluator, reviewDate: `${year + 1}-06-30`, recommendedTraining: JSON.stringify(['Pelatihan Orientasi pada Hasil (M.04)']), status: year < thisYear - 1 ? 'COMPLETED' : 'OPEN' });
          }
        } else {
          for (const quarter of quarters) if (quarter !== 'Q4' || f.datatype.boolean(0.3)) rate(quarter);
          if (f.datatype.boolean(0.12)) {
            const reportId = f.string.uuid();
            progress.push({ id: reportId, governmentId: e.governmentId, planId, kind: 'PROGRESS', authorId: e.id, text: 'Capaian target triwulan ini sesuai rencana; laporan terlampir.', evidenceUrl: 'https://drive.semarangkota.go.id/laporan/triwulan.pdf', percent: f.number.int({ min: 40, max: 95 }) });
            if (f.datatype.boolean(0.7)) progress.push({ id: f.string.uuid(), governmentId: e.governmentId, planId, replyToId: reportId, kind: 'FEEDBACK', authorId: evaluator, text: 'Baik, pertahankan. Perhatikan ketepatan waktu pelaporan.' });
          }
        }
      }
    }

    // Assessments: all senior managers, many supervisors and experts, a few others.
    const share = ['JPT_PRATAMA', 'JPT_MADYA', 'ADMINISTRATOR'].includes(position.kind) ? 1 : position.kind === 'PENGAWAS' ? 0.6 : position.functionalLevel?.startsWith('AHLI') ? 0.3 : 0.08;
    if (f.datatype.boolean(share)) {
      const assessmentId = f.string.uuid();
      const required = requiredFor(position);
      assessments.push({
        id: assessmentId, governmentId: e.governmentId, employeeId: e.id,
        assessedOn: `${thisYear - f.number.int({ min: 0, max: 3 })}-${String(f.number.int({ min: 1, max: today.slice(5, 7) === '01' ? 1 : 9 })).padStart(2, '0')}-${String(f.number.int({ min: 1, max: 28 })).padStart(2, '0')}`,
        purpose: f.datatype.boolean(0.8) ? 'MAPPING' : 'SELECTION',
        assessor: f.helpers.arrayElement(['UPT Penilaian Kompetensi Pegawai BKN', 'Assessment Center Provinsi', 'Assessment Center BKPP']),
        notes: null,
        potentialScore: Math.round(clamp(40 + q * 45 + f.number.float({ min: -12, max: 12 }), 20, 99) * 10) / 10,
      });
      for (const c of competencies) {
        const level = clamp(Math.round(required + (q - 0.5) * 2 + f.number.float({ min: -0.9, max: 0.9 })), 1, 5);
        scores.push({ id: f.string.uuid(), governmentId: e.governmentId, assessmentId, competencyId: c.id, level });
      }
    }
  }

  // Organisation ratings of the top-level units, five years.
  const orgRatings = built.units
    .filter((u) => u.depth === 0)
    .flatMap((u) => Array.from({ length: 5 }, (_, i) => ({ id: f.string.uuid(), governmentId: u.governmentId, unitId: u.id, year: thisYear - 5 + i, rating: f.datatype.boolean(0.2) ? 'ISTIMEWA' : 'BAIK' })));

  // 360 ratings this year in BKPP / BKPSDM and in the units of the employee demo account's puskesmas.
  const ratedUnits = new Set(built.units.filter((u) => u.code === 'BKPP' || u.code === 'BKPSDM').map((u) => u.id));
  const demo = demoEmployee(built);
  if (demo && current.get(demo.id)) ratedUnits.add(current.get(demo.id)!.unitId);
  const assignments: Record<string, unknown>[] = [];
  const ratings360: Record<string, unknown>[] = [];
  const period = quarters.includes('Q2') ? 'Q2' : 'Q1';
  for (const unitId of ratedUnits) {
    const members = [...current.entries()].filter(([, c]) => c.unitId === unitId).map(([id]) => id);
    for (const ratee of members) {
      const gov = built.people.employees.find((x) => x.id === ratee)!.governmentId;
      const raters: [string, string][] = [[ratee, 'SELF']];
      const sup = superiorOf(ratee);
      if (sup) raters.push([sup, 'SUPERIOR']);
      for (const peer of f.helpers.arrayElements(members.filter((m) => m !== ratee && m !== sup), { min: 2, max: 4 })) raters.push([peer, 'PEER']);
      for (const [rater, group] of raters) {
        const id = f.string.uuid();
        const submitted = f.datatype.boolean(0.85);
        assignments.push({ id, governmentId: gov, rateeId: ratee, raterId: rater, group, year: thisYear, period, submittedAt: submitted ? new Date(`${thisYear}-06-20T03:00:00Z`) : null });
        if (submitted) for (const value of CORE_VALUES) ratings360.push({ id: f.string.uuid(), governmentId: gov, assignmentId: id, value, score: clamp(Math.round(3 + quality.get(ratee)! * 2 + f.number.float({ min: -1, max: 0.6 })), 1, 5) });
      }
    }
  }

  await bulkInsert(em, 'assessment', assessments, stamp);
  await bulkInsert(em, 'assessment_score', scores, stamp);
  await bulkInsert(em, 'performance_plan', plans, stamp);
  await bulkInsert(em, 'performance_target', targets, stamp);
  await bulkInsert(em, 'performance_evaluation', evaluations, stamp);
  await bulkInsert(em, 'progress_report', progress, stamp);
  await bulkInsert(em, 'organization_rating', orgRatings, stamp);
  await bulkInsert(em, 'recognition', recognitions, stamp);
  await bulkInsert(em, 'coaching_plan', coaching, stamp);
  await bulkInsert(em, 'rating360_assignment', assignments, stamp);
  await bulkInsert(em, 'rating360_score', ratings360, stamp);
  return `${assessments.length} assessments, ${plans.length} plans, ${evaluations.length} evaluations, ${progress.length} feedback posts, ${recognitions.length} recognitions, ${coaching.length} coaching plans, ${assignments.length} 360 raters`;
}

// Demo ABK: an approved analysis of this year for every demo position, with realistic tasks
// (puskesmas and hospital services, schools, kecamatan services, offices), sized so the needs page
// shows what the seeds' strategy describes: health and education short of staff, some
// administrative surplus. Volumes are whole outputs; the required staff they give is computed with
// the rules (and the national default settings), as the API does. Also target ratios per government
// and a formasi proposal for next year.
import type { Faker } from '@faker-js/faker';
import { bulkInsert, type Row, type SeedContext } from './common.ts';
import type { PositionRow } from './structure.ts';
import { AbkStatus, FormasiKind, FormasiStatus, RoundingMode, WorkPeriod } from '../../modules/workforce/workforce.enums.ts';
import { workloadAnalysis, type AbkSettings } from '../../modules/workforce/workforce.rules.ts';

/** The national defaults of the migration (a fresh database has no overrides). */
const DEFAULTS: AbkSettings = { effectiveMinutesPerYear: 75_000, multipliers: { DAY: 250, WEEK: 50, MONTH: 12, YEAR: 1 }, bands: { a: 1, b: 0.9, c: 0.7, d: 0.5 }, rounding: RoundingMode.NEAREST };

type Template = [description: string, output: string, period: WorkPeriod, minutes: number, share: number];
const { DAY, WEEK, MONTH, YEAR } = WorkPeriod;
const COARSER: Record<WorkPeriod, WorkPeriod> = { DAY: WEEK, WEEK: MONTH, MONTH: YEAR, YEAR };

const TASKS: Record<string, Template[]> = {
  DOCTOR: [
    ['Melakukan pemeriksaan, diagnosis dan pengobatan pasien rawat jalan', 'Pasien terlayani', DAY, 15, 0.6],
    ['Menangani kasus gawat darurat dan rujukan', 'Kasus tertangani', WEEK, 60, 0.2],
    ['Melaksanakan penyuluhan dan skrining kesehatan masyarakat', 'Kegiatan penyuluhan', MONTH, 240, 0.1],
    ['Menyusun laporan surveilans penyakit', 'Laporan', MONTH, 300, 0.1],
  ],
  SPECIALIST: [
    ['Melakukan pelayanan medik spesialistik rawat jalan', 'Pasien terlayani', DAY, 20, 0.55],
    ['Melakukan tindakan operatif atau prosedur spesialistik', 'Tindakan', WEEK, 120, 0.35],
    ['Melakukan visite pasien rawat inap', 'Visite', DAY, 10, 0.1],
  ],
  DENTIST: [
    ['Melakukan pemeriksaan dan perawatan gigi dan mulut', 'Pasien terlayani', DAY, 30, 0.8],
    ['Melaksanakan UKGS di sekolah', 'Kegiatan', MONTH, 240, 0.2],
  ],
  NURSE: [
    ['Melakukan asuhan keperawatan pasien', 'Pasien', DAY, 25, 0.65],
    ['Melakukan imunisasi dan tindakan keperawatan', 'Tindakan', DAY, 10, 0.2],
    ['Mendokumentasikan asuhan keperawatan', 'Catatan keperawatan', WEEK, 60, 0.15],
  ],
  MIDWIFE: [
    ['Melakukan pemeriksaan kehamilan (ANC)', 'Ibu hamil diperiksa', DAY, 30, 0.5],
    ['Menolong persalinan normal', 'Persalinan', WEEK, 240, 0.3],
    ['Melayani keluarga berencana dan kesehatan anak', 'Akseptor/anak terlayani', DAY, 15, 0.2],
  ],
  PHARMACIST: [
    ['Melakukan pelayanan resep dan konseling obat', 'Resep', DAY, 6, 0.7],
    ['Mengelola perbekalan farmasi', 'Laporan stok', MONTH, 480, 0.3],
  ],
  HEALTH_TECH: [
    ['Melakukan pemeriksaan atau pelayanan penunjang kesehatan', 'Pemeriksaan', DAY, 20, 0.75],
    ['Menyusun laporan pelayanan penunjang', 'Laporan', MONTH, 300, 0.25],
  ],
  TEACHER: [
    ['Melaksanakan pembelajaran tatap muka', 'Jam pelajaran', WEEK, 45, 0.6],
    ['Merencanakan pembelajaran dan menyusun modul ajar', 'Modul ajar', MONTH, 240, 0.15],
    ['Menilai dan mengevaluasi hasil belajar', 'Lembar penilaian', WEEK, 15, 0.15],
    ['Membimbing dan melatih peserta didik', 'Kegiatan bimbingan', MONTH, 120, 0.1],
  ],
  HEADMASTER: [
    ['Memimpin dan mengelola satuan pendidikan', 'Keputusan/rapat', WEEK, 240, 0.5],
    ['Melakukan supervisi akademik guru', 'Supervisi', MONTH, 300, 0.3],
    ['Menyusun rencana kerja dan anggaran sekolah', 'Dokumen RKAS', YEAR, 4800, 0.2],
  ],
  LEADER: [
    ['Merumuskan kebijakan dan program perangkat daerah', 'Dokumen kebijakan', MONTH, 1200, 0.5],
    ['Memimpin rapat koordinasi', 'Rapat', WEEK, 180, 0.3],
    ['Mengevaluasi kinerja perangkat daerah', 'Laporan kinerja', MONTH, 600, 0.2],
  ],
  MANAGER: [
    ['Menyusun rencana dan program kerja bidang', 'Rencana kerja', MONTH, 900, 0.4],
    ['Mengoordinasikan dan membina pelaksanaan tugas', 'Rapat/arahan', WEEK, 240, 0.4],
    ['Melaporkan capaian kinerja bidang', 'Laporan', MONTH, 480, 0.2],
  ],
  SUPERVISOR: [
    ['Membagi dan memeriksa hasil kerja bawahan', 'Penugasan', DAY, 60, 0.5],
    ['Menyusun laporan pelaksanaan kegiatan seksi', 'Laporan', MONTH, 600, 0.3],
    ['Melayani dan menindaklanjuti permohonan masyarakat', 'Permohonan', WEEK, 120, 0.2],
  ],
  EXPERT: [
    ['Melakukan kajian dan analisis kebijakan teknis', 'Dokumen kajian', MONTH, 1800, 0.5],
    ['Menyusun bahan rekomendasi pimpinan', 'Telaahan staf', WEEK, 300, 0.3],
    ['Melakukan pemantauan dan evaluasi program', 'Laporan monev', MONTH, 900, 0.2],
  ],
  SKILLED: [
    ['Melaksanakan kegiatan teknis lapangan', 'Kegiatan', DAY, 120, 0.6],
    ['Mencatat dan melaporkan hasil kegiatan teknis', 'Laporan', WEEK, 180, 0.4],
  ],
  CLERK: [
    ['Mengagendakan dan mendistribusikan surat masuk dan keluar', 'Surat', DAY, 10, 0.4],
    ['Mengarsipkan dokumen dinas', 'Berkas', DAY, 6, 0.3],
    ['Menginput dan memutakhirkan data pada aplikasi', 'Data', WEEK, 45, 0.3],
  ],
  DRIVER: [
    ['Mengemudikan kendaraan dinas', 'Perjalanan dinas', DAY, 60, 0.8],
    ['Merawat dan memeriksa kendaraan dinas', 'Pemeriksaan kendaraan', WEEK, 60, 0.2],
  ],
};
/** Kecamatan and kelurahan front-office tasks (pelayanan administrasi terpadu kecamatan, PATEN). */
const POPULATION_SERVICE: Template[] = [
  ['Melayani permohonan KTP-el, KK dan akta kependudukan', 'Berkas permohonan', DAY, 15, 0.6],
  ['Memverifikasi berkas perizinan dan nonperizinan PATEN', 'Berkas terverifikasi', DAY, 20, 0.25],
  ['Menyusun laporan pelayanan', 'Laporan', MONTH, 240, 0.15],
];

/** Profiles of the services the seeds' strategy finds short of staff. */
const FRONT_LINE = new Set(['DOCTOR', 'SPECIALIST', 'DENTIST', 'NURSE', 'MIDWIFE', 'PHARMACIST', 'HEALTH_TECH', 'TEACHER', 'HEADMASTER']);

/** How loaded each kind of position is, relative to its formasi: health and schools short, offices over. */
function loadFactor(p: PositionRow, faker: Faker): number {
  const r = (min: number, max: number) => faker.number.float({ min, max, fractionDigits: 2 });
  if (p.head) return r(0.9, 1.15);
  switch (p.profile) {
    case 'DOCTOR':
    case 'SPECIALIST':
    case 'DENTIST':
      return r(1.5, 2.1);
    case 'NURSE':
    case 'MIDWIFE':
    case 'PHARMACIST':
    case 'HEALTH_TECH':
      return r(1.2, 1.6);
    case 'TEACHER':
      return r(1.15, 1.45);
    case 'CLERK':
    case 'DRIVER':
      return r(0.45, 0.8);
    default:
      return r(0.85, 1.1);
  }
}

export async function seedWorkforce(ctx: SeedContext): Promise<string> {
  const { em, faker, built, stamp } = ctx;
  const year = Number(ctx.today.slice(0, 4));
  const approvers = new Map(
    (await em.execute<{ id: string; government_id: string }[]>(`select id, government_id from app_user where role = 'GOV_ADMIN'`)).map((u) => [u.government_id, u.id]),
  );
  const approvedAt = new Date(`${year}-02-15T03:00:00Z`);
  const units = new Map(built.units.map((u) => [u.id, u]));
  const analyses: Row[] = [];
  const tasks: Row[] = [];
  const required = new Map<string, number>();
  const holders = new Map<string, number>();
  for (const ph of built.people.placements) if (ph.endDate === null) holders.set(ph.positionId, (holders.get(ph.positionId) ?? 0) + 1);
  for (const p of built.positions) {
    const unit = units.get(p.unitId)!;
    const templates = p.profile === 'CLERK' && (unit.kind === 'KECAMATAN' || unit.kind === 'KELURAHAN') && p.title.includes('Layanan') ? POPULATION_SERVICE : TASKS[p.profile] ?? TASKS.CLERK;
    // Loaded relative to who holds the position; a vacant one at its formasi where services wait for
    // staff (health, schools), at a fraction of it in offices (the work was spread over colleagues).
    const held = holders.get(p.id) ?? 0;
    const base = held || p.plannedHeadcount * (FRONT_LINE.has(p.profile) ? 1 : 0.4);
    const target = base * loadFactor(p, faker) * DEFAULTS.effectiveMinutesPerYear;
    const id = faker.string.uuid();
    const mine = templates.map(([description, output, period, minutes, share], i) => {
      // Whole outputs per period; a period too short for a few of them is counted per month or year instead.
      let per = period;
      while (per !== YEAR && (target * share) / (DEFAULTS.multipliers[per] * minutes) < 5) per = COARSER[per];
      return {
        id: faker.string.uuid(),
        governmentId: p.governmentId,
        analysisId: id,
        ordinal: i + 1,
        description,
        output,
        period: per,
        standardMinutes: minutes,
        volume: Math.max(1, Math.round((target * share) / (DEFAULTS.multipliers[per] * minutes))),
      };
    });
    required.set(p.id, workloadAnalysis(mine, { bezetting: 0, formasi: p.plannedHeadcount }, DEFAULTS).requiredStaffRounded);
    const approver = approvers.get(p.governmentId) ?? null;
    analyses.push({ id, governmentId: p.governmentId, positionId: p.id, year, revision: 1, status: AbkStatus.APPROVED, createdById: approver, reviewedById: approver, reviewedAt: approvedAt, approvedById: approver, approvedAt });
    tasks.push(...mine);
  }
  await bulkInsert(em, 'workload_analysis', analyses, stamp);
  await bulkInsert(em, 'workload_task', tasks, stamp);

  const ratios: Row[] = [];
  for (const governmentId of built.governmentIds.values()) {
    const basis = 'Target daerah (Renstra Dinas Kesehatan) mengacu Permenkes 43/2019 tentang Puskesmas';
    ratios.push(
      { id: faker.string.uuid(), governmentId, sector: 'KESEHATAN', unitKind: 'PUSKESMAS', functionalFamily: 'Dokter', label: 'Dokter per penduduk wilayah kerja', staff: 1, perPopulation: 5_000, basis },
      { id: faker.string.uuid(), governmentId, sector: 'KESEHATAN', unitKind: 'PUSKESMAS', functionalFamily: 'Bidan', label: 'Bidan per penduduk wilayah kerja', staff: 1, perPopulation: 4_000, basis },
      { id: faker.string.uuid(), governmentId, sector: 'PENDIDIKAN', unitKind: 'SEKOLAH', functionalFamily: 'Guru*', label: 'Guru per peserta didik', staff: 1, perPopulation: 20, basis: 'PP 74/2008 tentang Guru pasal 17 (rasio minimal peserta didik terhadap guru 20:1)' },
    );
  }
  await bulkInsert(em, 'workforce_target_ratio', ratios, stamp);

  // This year's formasi proposal: the largest health and education shortages, drafted in Semarang, submitted in Tebingtinggi.
  const proposals: Row[] = [];
  const lines: Row[] = [];
  for (const [code, governmentId] of built.governmentIds) {
    const id = faker.string.uuid();
    const submitted = code !== '33.74';
    proposals.push({ id, governmentId, year, status: submitted ? FormasiStatus.SUBMITTED : FormasiStatus.DRAFT, notes: 'Usulan kebutuhan ASN tenaga kesehatan dan pendidik', submittedById: submitted ? approvers.get(governmentId) ?? null : null, submittedAt: submitted ? approvedAt : null });
    const short = built.positions
      .filter((p) => p.governmentId === governmentId && ['DOCTOR', 'NURSE', 'MIDWIFE', 'TEACHER'].includes(p.profile))
      .map((p) => ({ p, gap: required.get(p.id)! - (holders.get(p.id) ?? 0) }))
      .filter((x) => x.gap > 0)
      .sort((a, b) => b.gap - a.gap || a.p.code.localeCompare(b.p.code))
      .slice(0, 8);
    for (const { p, gap } of short) {
      lines.push({ id: faker.string.uuid(), governmentId, proposalId: id, positionId: p.id, count: Math.min(gap, 5), kind: p.profile === 'TEACHER' ? FormasiKind.PPPK : FormasiKind.CPNS, major: p.profile === 'TEACHER' ? 'Pendidikan' : p.functionalFamily, justification: null });
    }
  }
  await bulkInsert(em, 'formasi_proposal', proposals, stamp);
  await bulkInsert(em, 'formasi_proposal_line', lines, stamp);
  return `${analyses.length} approved workload analyses with ${tasks.length} tasks, ${ratios.length} target ratios, ${proposals.length} formasi proposals (${lines.length} lines)`;
}

// Demo data of the survey module (with the other demo data, in db/seeders): services of the demo units, one survey a year per service for
// the last three years with their responses, and feedback in every state. Deterministic: the faker
// of the SeedContext seeds everything (responses draw from a fast generator seeded by it).
import { bulkInsert, type SeedContext } from './common.ts';
import type { UnitRow } from './structure.ts';
import { FeedbackCategory, FeedbackStatus, RespondentAgeBand, RespondentEducation, RespondentOccupation, RespondentSex, SurveyStatus } from '../../modules/survey/survey.enums.ts';
import { addDays, dateIn, daysBetween } from '@asn-merit/common';
import { minimumSample, trackingCode } from '../../modules/survey/survey.rules.ts';

// Services by unit kind, and by agency code for the dinas / badan that serve the public directly.
const BY_KIND: Record<string, string[]> = {
  KECAMATAN: ['Pembuatan KTP-el', 'Pelayanan Kartu Keluarga', 'Legalisasi Dokumen'],
  PUSKESMAS: ['Pelayanan Rawat Jalan', 'Pelayanan Kesehatan Ibu dan Anak', 'Pelayanan Laboratorium'],
  RSUD: ['Pelayanan Rawat Jalan', 'Pelayanan Rawat Inap', 'Instalasi Gawat Darurat', 'Pelayanan Farmasi'],
};
const BY_AGENCY: Record<string, string[]> = {
  DISDUKCAPIL: ['Penerbitan Akta Kelahiran', 'Penerbitan Kartu Keluarga', 'Pencetakan KTP-el', 'Surat Keterangan Pindah'],
  DPMPTSP: ['Perizinan Berusaha Berbasis Risiko', 'Persetujuan Bangunan Gedung'],
  DISHUB: ['Pengujian Kendaraan Bermotor'],
  BAPENDA: ['Pelayanan Pajak Bumi dan Bangunan'],
  BPKPAD: ['Pelayanan Pajak Bumi dan Bangunan'],
  DISNAKER: ['Kartu Tanda Pencari Kerja (AK/1)'],
  DINSOS: ['Pelayanan Data Terpadu Kesejahteraan Sosial'],
  DISARPUS: ['Layanan Perpustakaan Umum'],
  DLH: ['Pengangkutan Sampah Permukiman'],
  DAMKAR: ['Pemeriksaan Sarana Proteksi Kebakaran'],
};

// How each element tends to be rated relative to the unit (U4 is mostly free; complaint handling
// and waiting time are the usual weak points).
const ELEMENT_OFFSET = [0.05, 0, -0.15, 0.45, 0.05, 0.05, 0.1, -0.25, -0.05];
const SUGGESTIONS = [
  'Mohon antrean dibuat lebih tertib dan ada nomor antrean daring.',
  'Petugas sudah ramah, pertahankan.',
  'Ruang tunggu panas, mohon ditambah kipas atau pendingin ruangan.',
  'Informasi persyaratan sebaiknya dipasang jelas di depan loket.',
  'Waktu penyelesaian masih terlalu lama.',
  'Tempat parkir kurang luas.',
  'Kotak pengaduan tidak pernah ditanggapi.',
  'Pelayanan cepat, terima kasih.',
  'Mohon jam layanan diperpanjang sampai sore.',
  'Perlu kursi roda dan jalur untuk penyandang disabilitas.',
  'Toilet perlu lebih bersih.',
  'Sistem daring sering tidak bisa diakses.',
];
const FEEDBACK_TEXTS: Record<FeedbackCategory, string[]> = {
  [FeedbackCategory.COMPLAINT]: [
    'Antrean sangat panjang dan hanya satu loket yang buka pada jam sibuk.',
    'Saya sudah tiga kali datang tetapi berkas saya belum juga selesai.',
    'Petugas meminta biaya tambahan yang tidak tercantum dalam standar pelayanan.',
    'Nomor pengaduan yang tertera tidak pernah bisa dihubungi.',
    'Blanko habis sehingga KTP-el tidak bisa dicetak selama dua minggu.',
    'Ruang tunggu sempit dan tidak ada tempat duduk untuk lansia.',
  ],
  [FeedbackCategory.SUGGESTION]: [
    'Mohon disediakan pendaftaran antrean secara daring agar tidak menunggu lama.',
    'Sebaiknya daftar persyaratan diumumkan di media sosial resmi.',
    'Perlu papan informasi waktu penyelesaian setiap jenis layanan.',
    'Jam layanan pada hari Sabtu akan sangat membantu pekerja.',
  ],
  [FeedbackCategory.APPRECIATION]: [
    'Terima kasih, petugas sangat membantu dan ramah kepada orang tua saya.',
    'Pelayanan sekarang jauh lebih cepat dari tahun lalu.',
    'Ruang tunggu bersih dan nyaman, terima kasih.',
  ],
};
const ANSWERS = [
  'Terima kasih atas masukan Bapak/Ibu. Kami telah menambah petugas loket pada jam sibuk mulai bulan ini.',
  'Berkas Bapak/Ibu telah selesai dan dapat diambil di loket pelayanan dengan membawa tanda terima.',
  'Pengaduan telah kami tindak lanjuti dengan pembinaan kepada petugas yang bersangkutan.',
  'Saran Bapak/Ibu kami catat dan akan dimasukkan dalam rencana perbaikan layanan tahun depan.',
];
const REJECTIONS = [
  'Pengaduan tidak dapat ditindaklanjuti karena bukan kewenangan unit ini; silakan menghubungi instansi terkait.',
  'Pengaduan tidak memuat informasi yang cukup untuk ditindaklanjuti.',
];

/** A fast deterministic generator (mulberry32), seeded from the faker, for the bulk of the answers. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuidV4(rnd: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rnd() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16], 16) & 3) | 8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function weighted<T>(rnd: () => number, values: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = rnd() * total;
  for (let i = 0; i < values.length; i++) if ((x -= weights[i]) < 0) return values[i];
  return values[values.length - 1];
}

interface ServiceRow {
  id: string;
  governmentId: string;
  unitId: string;
  name: string;
  description: string | null;
  active: boolean;
  unit: UnitRow;
  /** Mean score of the service before element offsets and noise. */
  mean: number;
  /** People served per year. */
  served: number;
}

interface SurveyRow {
  id: string;
  governmentId: string;
  unitId: string;
  serviceId: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  population: number;
  status: SurveyStatus;
  service: ServiceRow;
  year: number;
  /** Share of the period already elapsed (1 for past periods). */
  elapsed: number;
}

function services(ctx: SeedContext): ServiceRow[] {
  const { faker, built } = ctx;
  const out: ServiceRow[] = [];
  for (const unit of built.units) {
    const names = BY_KIND[unit.kind] ?? (unit.parentId === null ? BY_AGENCY[unit.code] : undefined);
    if (!names) continue;
    // Each unit has its own level of service, so grades differ between units (IKM about 64-91).
    const unitMean = 3.08 + faker.number.float({ min: -0.5, max: 0.5, fractionDigits: 3 });
    const base = unit.populationServed ?? (unit.kind === 'RSUD' ? 400_000 : 250_000);
    for (const name of names) {
      out.push({
        id: faker.string.uuid(),
        governmentId: unit.governmentId,
        unitId: unit.id,
        name,
        description: null,
        active: true,
        unit,
        mean: unitMean + faker.number.float({ min: -0.1, max: 0.1, fractionDigits: 3 }),
        served: Math.max(300, Math.round(base * faker.number.float({ min: 0.02, max: 0.12, fractionDigits: 4 }))),
      });
    }
  }
  return out;
}

function surveys(ctx: SeedContext, svc: ServiceRow[]): SurveyRow[] {
  const { faker, today } = ctx;
  const year = Number(today.slice(0, 4));
  const out: SurveyRow[] = [];
  for (const s of svc) {
    // One survey a year per service (PermenPANRB 14/2017: at least once a year), the current one open.
    for (let y = year - 2; y <= year; y++) {
      const [start, end] = [`${y}-01-01`, `${y}-12-31`];
      const current = end >= today;
      out.push({
        id: faker.string.uuid(),
        governmentId: s.governmentId,
        unitId: s.unitId,
        serviceId: s.id,
        title: `SKM ${s.name}, ${s.unit.name}, Tahun ${y}`,
        periodStart: start,
        periodEnd: end,
        population: Math.round(s.served * faker.number.float({ min: 0.85, max: 1.15, fractionDigits: 3 })),
        status: current ? SurveyStatus.OPEN : SurveyStatus.CLOSED,
        service: s,
        year: y,
        elapsed: current ? Math.max(0.05, (daysBetween(start, today) + 1) / (daysBetween(start, end) + 1)) : 1,
      });
    }
  }
  return out;
}

/** Responses per survey: around each survey's minimum sample (some reach it, some do not), scaled to the total asked. */
function allocate(ctx: SeedContext, list: SurveyRow[], total: number): number[] {
  const weights = list.map((s) => minimumSample(s.population) * ctx.faker.number.float({ min: 0.55, max: 1.6, fractionDigits: 3 }) * s.elapsed);
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  // Hand out what flooring left over, one each, so the total is exact.
  let rest = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % counts.length, rest--) counts[i]++;
  return counts;
}

async function insertResponses(ctx: SeedContext, list: SurveyRow[], counts: number[]): Promise<number> {
  const rnd = generator(ctx.faker.number.int({ min: 1, max: 2 ** 31 - 1 }));
  const ages = Object.values(RespondentAgeBand);
  const educations = Object.values(RespondentEducation);
  const occupations = Object.values(RespondentOccupation);
  let batch: Record<string, unknown>[] = [];
  let n = 0;
  for (const [i, s] of list.entries()) {
    const lastDay = s.periodEnd < ctx.today ? s.periodEnd : ctx.today;
    const span = daysBetween(s.periodStart, lastDay);
    // A slow improvement from year to year.
    const mean = s.service.mean + (s.year - Number(ctx.today.slice(0, 4)) + 2) * 0.06;
    const health = s.service.unit.kind === 'PUSKESMAS' || s.service.unit.kind === 'RSUD';
    for (let k = 0; k < counts[i]; k++) {
      const row: Record<string, unknown> = {
        id: uuidV4(rnd),
        governmentId: s.governmentId,
        surveyId: s.id,
        submittedOn: addDays(s.periodStart, Math.floor(rnd() * (span + 1))),
        idempotencyKey: `seed-${++n}`,
      };
      // Score = mean + offset + noise (sum of three uniforms: about normal, sd 0.5), rounded into 1-4.
      for (let e = 0; e < 9; e++) {
        const x = mean + ELEMENT_OFFSET[e] + (rnd() + rnd() + rnd() - 1.5);
        row[`u${e + 1}`] = Math.min(4, Math.max(1, Math.round(x)));
      }
      const skip = rnd() < 0.03;
      row.ageBand = skip ? null : weighted(rnd, ages, [5, 25, 28, 22, 13, 7]);
      row.sex = skip ? null : rnd() < (health ? 0.64 : 0.5) ? RespondentSex.FEMALE : RespondentSex.MALE;
      row.education = skip ? null : weighted(rnd, educations, [10, 18, 40, 10, 18, 4]);
      row.occupation = skip ? null : weighted(rnd, occupations, [8, 1, 1, 35, 25, 10, 20]);
      row.suggestion = rnd() < 0.07 ? SUGGESTIONS[Math.floor(rnd() * SUGGESTIONS.length)] : null;
      batch.push(row);
      if (batch.length >= 20_000) {
        await bulkInsert(ctx.em, 'survey_response', batch);
        batch = [];
      }
    }
  }
  await bulkInsert(ctx.em, 'survey_response', batch);
  return n;
}

async function insertFeedback(ctx: SeedContext, svc: ServiceRow[], count: number): Promise<number> {
  const { faker, today, em } = ctx;
  const users = await em.execute<{ id: string; government_id: string | null; role: string }[]>(`select id, government_id, role from app_user where role in ('GOV_ADMIN', 'UNIT_ADMIN') order by email`);
  const codes = new Set<string>();
  const categories = Object.values(FeedbackCategory);
  // The first six cover every state, two of them overdue; the rest follow from their age.
  const forced: [FeedbackStatus, number][] = [
    [FeedbackStatus.RECEIVED, 25],
    [FeedbackStatus.IN_PROGRESS, 40],
    [FeedbackStatus.RECEIVED, 1],
    [FeedbackStatus.IN_PROGRESS, 3],
    [FeedbackStatus.ANSWERED, 12],
    [FeedbackStatus.REJECTED, 9],
  ];
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const s = faker.helpers.arrayElement(svc);
    const [fixedStatus, fixedAge] = forced[i] ?? [null, null];
    const age = fixedAge ?? (faker.datatype.boolean(0.3) ? faker.number.int({ min: 0, max: 30 }) : faker.number.int({ min: 31, max: 3 * 365 }));
    const status =
      fixedStatus ??
      (age > 40
        ? faker.helpers.weightedArrayElement([{ value: FeedbackStatus.ANSWERED, weight: 85 }, { value: FeedbackStatus.REJECTED, weight: 15 }])
        : faker.helpers.weightedArrayElement([
            { value: FeedbackStatus.RECEIVED, weight: 35 },
            { value: FeedbackStatus.IN_PROGRESS, weight: 35 },
            { value: FeedbackStatus.ANSWERED, weight: 22 },
            { value: FeedbackStatus.REJECTED, weight: 8 },
          ]));
    // Office hours in Jakarta (UTC+7).
    const received = new Date(`${addDays(today, -age)}T${String(faker.number.int({ min: 1, max: 9 })).padStart(2, '0')}:${String(faker.number.int({ min: 0, max: 59 })).padStart(2, '0')}:00Z`);
    const at = (days: number) => {
      const d = new Date(received.getTime() + days * 86_400_000 + faker.number.int({ min: 1, max: 6 }) * 3_600_000);
      return dateIn(d) > today ? received : d;
    };
    const startDays = faker.number.int({ min: 0, max: Math.min(3, age) });
    const startedAt = status === FeedbackStatus.RECEIVED ? null : at(startDays);
    const closed = status === FeedbackStatus.ANSWERED || status === FeedbackStatus.REJECTED;
    const closedAt = closed ? at(Math.min(age, startDays + faker.number.int({ min: 0, max: 22 }))) : null;
    const officer = users.find((u) => u.government_id === s.governmentId && u.role === 'GOV_ADMIN') ?? users[0];
    const category = faker.helpers.weightedArrayElement(categories.map((value, k) => ({ value, weight: [6, 3, 2][k] })));
    let code: string;
    do code = trackingCode(Uint8Array.from({ length: 10 }, () => faker.number.int({ min: 0, max: 255 })));
    while (codes.has(code));
    codes.add(code);
    rows.push({
      id: faker.string.uuid(),
      createdAt: received,
      updatedAt: closedAt ?? startedAt ?? received,
      version: status === FeedbackStatus.RECEIVED ? 1 : closed ? 3 : 2,
      governmentId: s.governmentId,
      unitId: s.unitId,
      serviceId: faker.datatype.boolean(0.75) ? s.id : null,
      trackingCode: code,
      category,
      text: faker.helpers.arrayElement(FEEDBACK_TEXTS[category]),
      contact: faker.datatype.boolean(0.4) ? (faker.datatype.boolean() ? faker.internet.email().toLowerCase() : `08${faker.string.numeric(10)}`) : null,
      status,
      startedAt,
      closedAt,
      answer: closed ? faker.helpers.arrayElement(status === FeedbackStatus.REJECTED ? REJECTIONS : ANSWERS) : null,
      answeredById: closed ? (officer?.id ?? null) : null,
    });
  }
  await bulkInsert(em, 'feedback', rows);
  return rows.length;
}

/** The survey module's demo-data step (MODULE_SEEDERS). */
export async function seedSurveys(ctx: SeedContext): Promise<string> {
  const svc = services(ctx);
  await bulkInsert(ctx.em, 'public_service', svc.map(({ id, governmentId, unitId, name, description, active }) => ({ id, governmentId, unitId, name, description, active })), ctx.stamp);
  const list = surveys(ctx, svc);
  await bulkInsert(
    ctx.em,
    'survey',
    list.map(({ id, governmentId, unitId, serviceId, title, periodStart, periodEnd, population, status }) => ({ id, governmentId, unitId, serviceId, title, periodStart, periodEnd, population, status })),
    ctx.stamp,
  );
  const responses = await insertResponses(ctx, list, allocate(ctx, list, ctx.options.surveyResponses ?? 0));
  const feedback = await insertFeedback(ctx, svc, Math.max(40, Math.round((ctx.options.surveyResponses ?? 0) / 250)));
  return `${svc.length} services, ${list.length} surveys, ${responses} responses, ${feedback} feedback`;
}

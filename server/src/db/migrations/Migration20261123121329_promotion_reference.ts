import { Migration } from '@mikro-orm/migrations';

const q = (s: string) => `'${s.replaceAll("'", "''")}'`;
const rank = (code: string) => `(select id from "rank" where scheme = 'PNS' and code = ${q(code)})`;
const level = (code: string) => `(select id from "education_level" where code = ${q(code)})`;

const CREDIT = 'PermenPANRB 1/2023 tentang Jabatan Fungsional (angka kredit kumulatif kenaikan pangkat dan jenjang)';
// [functional level, from rank, to rank, required points, level the step also needs]
const REQUIREMENTS: [string, string, string, number, string | null][] = [
  ['AHLI_PERTAMA', 'III/a', 'III/b', 50, null], ['AHLI_PERTAMA', 'III/b', 'III/c', 100, 'AHLI_MUDA'],
  ['AHLI_MUDA', 'III/c', 'III/d', 100, null], ['AHLI_MUDA', 'III/d', 'IV/a', 200, 'AHLI_MADYA'],
  ['AHLI_MADYA', 'IV/a', 'IV/b', 150, null], ['AHLI_MADYA', 'IV/b', 'IV/c', 150, null], ['AHLI_MADYA', 'IV/c', 'IV/d', 450, 'AHLI_UTAMA'],
  ['AHLI_UTAMA', 'IV/d', 'IV/e', 200, null],
  ['PEMULA', 'II/a', 'II/b', 15, null], ['PEMULA', 'II/b', 'II/c', 15, 'TERAMPIL'],
  ['TERAMPIL', 'II/c', 'II/d', 20, null], ['TERAMPIL', 'II/d', 'III/a', 20, 'MAHIR'],
  ['MAHIR', 'III/a', 'III/b', 50, null], ['MAHIR', 'III/b', 'III/c', 50, 'PENYELIA'],
  ['PENYELIA', 'III/c', 'III/d', 100, null],
];

const APPOINTMENT = 'PP 11/2017 tentang Manajemen PNS jo. PP 17/2020 (persyaratan pengangkatan dalam jabatan)';
const EXPERT = ['FUNGSIONAL:AHLI_PERTAMA', 'FUNGSIONAL:AHLI_MUDA', 'FUNGSIONAL:AHLI_MADYA', 'FUNGSIONAL:AHLI_UTAMA'];
// [kind, min education, experience years, experience kinds, prior kinds, prior years, max age, performance years, PNS only]
const APPOINTMENTS: [string, string | null, number, string[], string[], number, number | null, number, boolean][] = [
  ['JPT_MADYA', 'D4', 7, ['*'], ['JPT_PRATAMA', 'FUNGSIONAL:AHLI_UTAMA'], 2, 58, 2, true],
  ['JPT_PRATAMA', 'D4', 5, ['*'], ['ADMINISTRATOR', 'FUNGSIONAL:AHLI_MADYA'], 2, 56, 2, true],
  ['ADMINISTRATOR', 'D4', 3, ['PENGAWAS', 'ADMINISTRATOR', ...EXPERT], [], 0, null, 2, true],
  ['PENGAWAS', 'D3', 4, ['PELAKSANA', 'PENGAWAS', 'FUNGSIONAL:*'], [], 0, null, 2, true],
  ['FUNGSIONAL', null, 0, ['*'], [], 0, null, 1, false],
  ['PELAKSANA', null, 0, ['*'], [], 0, null, 1, false],
];

const RETIREMENT = 'UU 20/2023 tentang ASN pasal 55; PP 11/2017 pasal 239 (batas usia pensiun)';
const AGES: [string, string | null, number][] = [
  ['JPT_UTAMA', null, 60], ['JPT_MADYA', null, 60], ['JPT_PRATAMA', null, 60], ['ADMINISTRATOR', null, 58], ['PENGAWAS', null, 58], ['PELAKSANA', null, 58],
  ['FUNGSIONAL', 'PEMULA', 58], ['FUNGSIONAL', 'TERAMPIL', 58], ['FUNGSIONAL', 'MAHIR', 58], ['FUNGSIONAL', 'PENYELIA', 58],
  ['FUNGSIONAL', 'AHLI_PERTAMA', 58], ['FUNGSIONAL', 'AHLI_MUDA', 58], ['FUNGSIONAL', 'AHLI_MADYA', 60], ['FUNGSIONAL', 'AHLI_UTAMA', 65],
];

const MERIT = 'PP 11/2017 pasal 132 (seleksi terbuka berdasarkan kualifikasi, kompetensi, kinerja); bobot ditetapkan instansi';
const SETTINGS: [string, number, number, number, string, string][] = [
  ['retirement.firstOfFollowingMonth', 1, 0, 1, 'Pensiun berlaku tanggal 1 bulan berikutnya setelah mencapai batas usia (1), atau pada hari ulang tahun (0)', RETIREMENT],
  ['merit.weight.jpm', 40, 0, 100, 'Bobot JPM dalam skor merit kandidat jabatan', MERIT],
  ['merit.weight.performance', 25, 0, 100, 'Bobot predikat kinerja tahunan terakhir dalam skor merit', MERIT],
  ['merit.weight.talent', 15, 0, 100, 'Bobot kotak talenta dalam skor merit', MERIT],
  ['merit.weight.education', 10, 0, 100, 'Bobot pendidikan dalam skor merit', MERIT],
  ['merit.weight.rank', 10, 0, 100, 'Bobot pangkat dalam skor merit', MERIT],
  ['alerts.promotionMonths', 3, 1, 24, 'Peringatan kenaikan pangkat yang jatuh tempo dalam N bulan', 'Peraturan BKN 4/2025 (kenaikan pangkat setiap bulan)'],
  ['alerts.retirementMonths', 12, 1, 60, 'Peringatan pensiun dalam N bulan', RETIREMENT],
  ['alerts.contractMonths', 6, 1, 24, 'Peringatan berakhirnya perjanjian kerja PPPK dalam N bulan', 'PP 49/2018 tentang Manajemen PPPK'],
];

const base = '"id", "created_at", "updated_at", "version"';
const row = (...values: string[]) => `(gen_random_uuid(), now(), now(), 1, ${values.join(', ')})`;
const lit = (v: string | number | boolean | null) => (v === null ? 'null' : typeof v === 'string' ? q(v) : String(v));

/** Reference data of promotion, appointment and retirement (ASN-RULES §3, §8, §11), editable afterwards. */
export class Migration20261123121329_promotion_reference extends Migration {
  override name = 'Migration20261123121329_promotion_reference';

  override up(): void | Promise<void> {
    this.addSql(`insert into "credit_point_requirement" (${base}, "functional_level", "from_rank_id", "to_rank_id", "required_points", "requires_level", "legal_basis") values ${REQUIREMENTS.map(([l, from, to, pts, next]) => row(lit(l), rank(from), rank(to), lit(pts), lit(next), lit(CREDIT))).join(', ')};`);
    this.addSql(`insert into "appointment_requirement" (${base}, "position_kind", "min_education_id", "experience_years", "experience_kinds", "prior_kinds", "prior_years", "max_age", "performance_years", "pns_only", "legal_basis") values ${APPOINTMENTS.map(([k, edu, exp, expKinds, prior, priorYears, maxAge, perf, pns]) => row(lit(k), edu ? level(edu) : 'null', lit(exp), lit(JSON.stringify(expKinds)), lit(JSON.stringify(prior)), lit(priorYears), lit(maxAge), lit(perf), lit(pns), lit(APPOINTMENT))).join(', ')};`);
    this.addSql(`insert into "retirement_age" (${base}, "position_kind", "functional_level", "age", "legal_basis") values ${AGES.map(([k, l, a]) => row(lit(k), lit(l), lit(a), lit(RETIREMENT))).join(', ')};`);
    this.addSql(`insert into "setting" (${base}, "government_id", "key", "value", "min", "max", "description", "legal_basis") values ${SETTINGS.map(([k, v, mn, mx, d, l]) => row('null', lit(k), lit(v), lit(mn), lit(mx), lit(d), lit(l))).join(', ')};`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "setting" where "government_id" is null and "key" in (${SETTINGS.map(([k]) => q(k)).join(', ')});`);
    for (const t of ['retirement_age', 'appointment_requirement', 'credit_point_requirement']) this.addSql(`delete from "${t}";`);
  }
}

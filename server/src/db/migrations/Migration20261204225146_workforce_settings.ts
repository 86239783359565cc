import { Migration } from '@mikro-orm/migrations';

const q = (s: string) => `'${s.replaceAll("'", "''")}'`;
const ABK = 'PermenPANRB 1/2020 tentang Pedoman Analisis Jabatan dan Analisis Beban Kerja';
// [key, value, min, max, description]
const SETTINGS: [string, number, number, number, string][] = [
  ['abk.effectiveMinutesPerYear', 75_000, 10_000, 150_000, 'Waktu kerja efektif per tahun dalam menit (1.250 jam, 5 hari kerja per minggu)'],
  ['abk.multiplier.day', 250, 1, 366, 'Pengali volume per hari menjadi volume per tahun (hari kerja efektif)'],
  ['abk.multiplier.week', 50, 1, 53, 'Pengali volume per minggu menjadi volume per tahun'],
  ['abk.multiplier.month', 12, 1, 12, 'Pengali volume per bulan menjadi volume per tahun'],
  ['abk.multiplier.year', 1, 1, 1, 'Pengali volume per tahun'],
  ['abk.ej.bandA', 1.0, 0, 10, 'Efisiensi jabatan di atas nilai ini: A (sangat baik)'],
  ['abk.ej.bandB', 0.9, 0, 10, 'Efisiensi jabatan paling rendah untuk B (baik)'],
  ['abk.ej.bandC', 0.7, 0, 10, 'Efisiensi jabatan paling rendah untuk C (cukup)'],
  ['abk.ej.bandD', 0.5, 0, 10, 'Efisiensi jabatan paling rendah untuk D (sedang); di bawahnya E (kurang)'],
  ['abk.rounding', 0, 0, 1, 'Pembulatan kebutuhan pegawai: 0 ke bilangan terdekat (0,5 ke atas), 1 selalu ke atas'],
];

/** Configurable values of the workload analysis (ASN-RULES §10), national defaults. */
export class Migration20261204225146_workforce_settings extends Migration {
  override name = 'Migration20261204225146_workforce_settings';

  override up(): void | Promise<void> {
    this.addSql(`insert into "setting" ("id", "created_at", "updated_at", "version", "government_id", "key", "value", "min", "max", "description", "legal_basis") values ${SETTINGS.map(
      ([k, v, mn, mx, d]) => `(gen_random_uuid(), now(), now(), 1, null, ${q(k)}, ${v}, ${mn}, ${mx}, ${q(d)}, ${q(ABK)})`,
    ).join(', ')};`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "setting" where "key" in (${SETTINGS.map(([k]) => q(k)).join(', ')});`);
  }
}

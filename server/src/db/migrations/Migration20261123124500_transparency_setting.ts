import { Migration } from '@mikro-orm/migrations';

/** The smallest unit whose annual predikat counts are published (issue 5: transparency, UU PDP 27/2022). */
export class Migration20261123124500_transparency_setting extends Migration {
  override name = 'Migration20261123124500_transparency_setting';

  override up(): void | Promise<void> {
    this.addSql(`insert into "setting" ("id", "created_at", "updated_at", "version", "government_id", "key", "value", "min", "max", "description", "legal_basis")
      values (gen_random_uuid(), now(), now(), 1, null, 'transparency.minUnitSize', 10, 3, 1000,
              'Jumlah pegawai dinilai paling sedikit agar sebaran predikat suatu unit ditampilkan kepada publik',
              'UU 27/2022 tentang Pelindungan Data Pribadi (data agregat yang tidak dapat mengidentifikasi seseorang)');`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "setting" where "government_id" is null and "key" = 'transparency.minUnitSize';`);
  }
}

import { Migration } from '@mikro-orm/migrations';

const q = (s: string) => `'${s.replaceAll("'", "''")}'`;
const MB = 1024 * 1024;
const ALL = ['PDF', 'JPEG', 'PNG'];
// [code, name, English name, largest file, kinds, records, personal]
const TYPES: [string, string, string, number, string[], string[], boolean][] = [
  ['SK_CPNS', 'SK Pengangkatan CPNS', 'CPNS appointment decree', 5 * MB, ['PDF'], ['EMPLOYEE', 'RANK_HISTORY'], true],
  ['SK_PNS', 'SK Pengangkatan PNS', 'PNS appointment decree', 5 * MB, ['PDF'], ['EMPLOYEE', 'RANK_HISTORY'], true],
  ['SK_PPPK', 'Perjanjian Kerja / SK PPPK', 'PPPK contract or decree', 5 * MB, ['PDF'], ['EMPLOYEE', 'RANK_HISTORY'], true],
  ['SK_PANGKAT', 'SK Kenaikan Pangkat', 'Rank promotion decree', 5 * MB, ['PDF'], ['RANK_HISTORY'], true],
  ['SK_JABATAN', 'SK Jabatan / Mutasi', 'Position or transfer decree', 5 * MB, ['PDF'], ['POSITION_HISTORY'], true],
  ['IJAZAH', 'Ijazah', 'Diploma', 10 * MB, ALL, ['EDUCATION_HISTORY'], true],
  ['TRANSKRIP', 'Transkrip Nilai', 'Academic transcript', 10 * MB, ALL, ['EDUCATION_HISTORY'], true],
  ['SERTIFIKAT', 'Sertifikat / STTPL', 'Certificate', 10 * MB, ALL, ['QUALIFICATION'], true],
  ['SK_HUKDIS', 'Keputusan Hukuman Disiplin', 'Disciplinary decision', 5 * MB, ['PDF'], ['SANCTION'], true],
  ['LAPORAN_ASESMEN', 'Laporan Hasil Asesmen', 'Assessment report', 20 * MB, ['PDF'], ['ASSESSMENT'], true],
  ['BUKTI_KINERJA', 'Bukti Dukung Kinerja', 'Performance evidence', 20 * MB, ALL, ['PERFORMANCE_PROGRESS'], false],
  ['KTP', 'KTP', 'Identity card', 2 * MB, ALL, ['EMPLOYEE'], true],
  ['KARPEG', 'Kartu Pegawai', 'Civil servant card', 2 * MB, ALL, ['EMPLOYEE'], true],
  ['LAINNYA', 'Dokumen lainnya', 'Other document', 20 * MB, ALL, ['EMPLOYEE', 'RANK_HISTORY', 'POSITION_HISTORY', 'EDUCATION_HISTORY', 'QUALIFICATION', 'SANCTION', 'ASSESSMENT', 'PERFORMANCE_PROGRESS'], true],
];
const json = (a: string[]) => `${q(JSON.stringify(a))}::jsonb`;

export class Migration20261205180000_documents extends Migration {

  override name = 'Migration20261205180000_documents';

  override up(): void | Promise<void> {
    this.addSql(`create table "document_type" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "code" varchar(40) not null, "name" varchar(120) not null, "name_en" varchar(120) not null, "max_bytes" int not null, "mimes" jsonb not null, "owner_kinds" jsonb not null, "personal" boolean not null default true, "sort_order" smallint not null default 0, primary key ("id"));`);
    this.addSql(`alter table "document_type" add constraint "document_type_code_unique" unique ("code");`);

    this.addSql(`create table "document" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "owner_kind" text not null, "owner_id" uuid not null, "employee_id" uuid null, "type_id" uuid not null, "file_name" varchar(200) not null, "mime" text not null, "size_bytes" int not null, "sha256" varchar(64) not null, "storage_key" varchar(200) not null, "uploaded_by" uuid null, "note" varchar(300) null, primary key ("id"));`);
    this.addSql(`create index "document_type_id_index" on "document" ("type_id");`);
    this.addSql(`create index "document_government_id_created_at_index" on "document" ("government_id", "created_at");`);
    this.addSql(`create index "document_employee_id_created_at_index" on "document" ("employee_id", "created_at");`);
    this.addSql(`create index "document_owner_kind_owner_id_index" on "document" ("owner_kind", "owner_id");`);
    this.addSql(`alter table "document" add constraint "document_storage_key_unique" unique ("storage_key");`);

    this.addSql(`alter table "access_log" drop constraint "access_log_action_check";`);
    this.addSql(`alter table "access_log" add constraint "access_log_action_check" check ("action" in ('SIGN_IN', 'SIGN_IN_FAILED', 'MUTATION_REFUSED', 'PERSONAL_DATA_READ', 'EXPORT', 'API_KEY_USE', 'API_KEY_REFUSED', 'DOCUMENT_DOWNLOAD'));`);

    this.addSql(`alter table "document_type" add constraint "document_type_max_bytes_check" check ("max_bytes" > 0 and "max_bytes" <= 104857600);`);

    this.addSql(`alter table "document" add constraint "document_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "document" add constraint "document_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on delete cascade;`);
    this.addSql(`alter table "document" add constraint "document_type_id_foreign" foreign key ("type_id") references "document_type" ("id") on delete restrict;`);
    this.addSql(`alter table "document" add constraint "document_size_check" check ("size_bytes" > 0);`);
    this.addSql(`alter table "document" add constraint "document_owner_kind_check" check ("owner_kind" in ('EMPLOYEE', 'RANK_HISTORY', 'POSITION_HISTORY', 'EDUCATION_HISTORY', 'QUALIFICATION', 'SANCTION', 'ASSESSMENT', 'PERFORMANCE_PROGRESS'));`);
    this.addSql(`alter table "document" add constraint "document_mime_check" check ("mime" in ('PDF', 'JPEG', 'PNG'));`);

    // The national document types (editable afterwards in the settings page).
    this.addSql(`insert into "document_type" ("id", "created_at", "updated_at", "version", "code", "name", "name_en", "max_bytes", "mimes", "owner_kinds", "personal", "sort_order") values ${TYPES.map(
      ([code, name, en, max, mimes, owners, personal], i) => `(gen_random_uuid(), now(), now(), 1, ${q(code)}, ${q(name)}, ${q(en)}, ${max}, ${json(mimes)}, ${json(owners)}, ${personal}, ${i + 1})`,
    ).join(', ')};`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "document" cascade;`);
    this.addSql(`drop table if exists "document_type" cascade;`);

    this.addSql(`alter table "access_log" drop constraint "access_log_action_check";`);
    this.addSql(`alter table "access_log" add constraint "access_log_action_check" check ("action" in ('SIGN_IN', 'SIGN_IN_FAILED', 'MUTATION_REFUSED', 'PERSONAL_DATA_READ', 'EXPORT', 'API_KEY_USE', 'API_KEY_REFUSED'));`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261123110635_initial extends Migration {

  override name = 'Migration20261123110635_initial';

  override up(): void | Promise<void> {
    // Trigram search on names and overlap exclusion need these (trusted extensions, PostgreSQL 13+).
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(`create table "audit_entry" ("id" uuid not null, "government_id" uuid null, "actor_id" uuid null, "actor_email" varchar(160) null, "actor_role" varchar(32) null, "request_id" varchar(64) null, "occurred_at" timestamptz not null, "action" text not null, "entity_name" varchar(64) not null, "entity_id" varchar(64) not null, "changes" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "audit_entry_government_id_index" on "audit_entry" ("government_id");`);
    this.addSql(`create index "audit_entry_actor_id_index" on "audit_entry" ("actor_id");`);
    this.addSql(`create index "audit_entry_occurred_at_index" on "audit_entry" ("occurred_at");`);
    this.addSql(`create index "audit_entry_entity_name_entity_id_index" on "audit_entry" ("entity_name", "entity_id");`);

    this.addSql(`create table "government" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "code" varchar(16) not null, "name" varchar(160) not null, "kind" text not null, "province" varchar(80) null, primary key ("id"));`);
    this.addSql(`alter table "government" add constraint "government_code_unique" unique ("code");`);

    this.addSql(`create table "employee" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "nip" varchar(18) not null, "legacy_nip" varchar(9) null, "asn_type" text not null, "front_title" varchar(40) null, "full_name" varchar(160) not null, "back_title" varchar(80) null, "sex" text not null, "birth_place" varchar(80) null, "birth_date" date not null, "nik" varchar(16) null, "phone" varchar(32) null, "email" varchar(160) null, "address" varchar(400) null, "status" text not null default 'AKTIF', "tmt_cpns" date null, "tmt_pns" date null, "contract_start_date" date null, "contract_end_date" date null, primary key ("id"));`);
    this.addSql(`create index "employee_government_id_index" on "employee" ("government_id");`);
    this.addSql(`create index "employee_asn_type_index" on "employee" ("asn_type");`);
    this.addSql(`create index "employee_birth_date_index" on "employee" ("birth_date");`);
    this.addSql(`create index "employee_status_index" on "employee" ("status");`);
    this.addSql(`create index "employee_contract_end_date_index" on "employee" ("contract_end_date");`);
    this.addSql(`create index "employee_nip_prefix_idx" on "employee" ("nip" text_pattern_ops);`);
    this.addSql(`create index "employee_full_name_trgm_idx" on "employee" using gin ("full_name" gin_trgm_ops);`);
    this.addSql(`alter table "employee" add constraint "employee_government_id_nip_unique" unique ("government_id", "nip");`);

    this.addSql(`create table "org_unit" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "parent_id" uuid null, "path" varchar(1000) not null, "depth" int not null, "code" varchar(32) not null, "name" varchar(200) not null, "kind" text not null, "sector" text not null, "population_served" int null, "address" varchar(300) null, "active" boolean not null default true, primary key ("id"));`);
    this.addSql(`create index "org_unit_government_id_index" on "org_unit" ("government_id");`);
    this.addSql(`create index "org_unit_parent_id_index" on "org_unit" ("parent_id");`);
    this.addSql(`create index "org_unit_kind_index" on "org_unit" ("kind");`);
    this.addSql(`create index "org_unit_sector_index" on "org_unit" ("sector");`);
    this.addSql(`create index "org_unit_name_trgm_idx" on "org_unit" using gin ("name" gin_trgm_ops);`);
    this.addSql(`create index "org_unit_path_idx" on "org_unit" ("path" text_pattern_ops);`);
    this.addSql(`alter table "org_unit" add constraint "org_unit_government_id_code_unique" unique ("government_id", "code");`);

    this.addSql(`create table "rank" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "scheme" text not null, "code" varchar(8) not null, "name" varchar(80) not null, "golongan" varchar(8) not null, "ordinal" int not null, "legal_basis" varchar(200) not null, primary key ("id"));`);
    this.addSql(`create index "rank_ordinal_index" on "rank" ("ordinal");`);
    this.addSql(`alter table "rank" add constraint "rank_scheme_ordinal_unique" unique ("scheme", "ordinal");`);
    this.addSql(`alter table "rank" add constraint "rank_scheme_code_unique" unique ("scheme", "code");`);

    this.addSql(`create table "education_level" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "code" varchar(24) not null, "name" varchar(80) not null, "ordinal" int not null, "pns_rank_ceiling_id" uuid not null, "pns_starting_rank_id" uuid null, "pppk_entry_rank_id" uuid null, "legal_basis" varchar(300) not null, primary key ("id"));`);
    this.addSql(`alter table "education_level" add constraint "education_level_code_unique" unique ("code");`);
    this.addSql(`alter table "education_level" add constraint "education_level_ordinal_unique" unique ("ordinal");`);

    this.addSql(`create table "position" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "unit_id" uuid not null, "parent_id" uuid null, "code" varchar(40) not null, "title" varchar(200) not null, "kind" text not null, "functional_level" text null, "functional_family" varchar(120) null, "grade" int not null, "planned_headcount" int not null, "min_education_id" uuid null, "min_rank_id" uuid null, "active" boolean not null default true, primary key ("id"));`);
    this.addSql(`create index "position_government_id_index" on "position" ("government_id");`);
    this.addSql(`create index "position_unit_id_index" on "position" ("unit_id");`);
    this.addSql(`create index "position_parent_id_index" on "position" ("parent_id");`);
    this.addSql(`create index "position_kind_index" on "position" ("kind");`);
    this.addSql(`create index "position_grade_index" on "position" ("grade");`);
    this.addSql(`create index "position_min_education_id_index" on "position" ("min_education_id");`);
    this.addSql(`create index "position_min_rank_id_index" on "position" ("min_rank_id");`);
    this.addSql(`create index "position_title_trgm_idx" on "position" using gin ("title" gin_trgm_ops);`);
    this.addSql(`alter table "position" add constraint "position_government_id_code_unique" unique ("government_id", "code");`);

    this.addSql(`create table "position_history" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "employee_id" uuid not null, "position_id" uuid not null, "unit_id" uuid not null, "start_date" date not null, "end_date" date null, "decree_number" varchar(100) null, "decree_date" date null, primary key ("id"));`);
    this.addSql(`create index "position_history_government_id_index" on "position_history" ("government_id");`);
    this.addSql(`create index "position_history_employee_id_index" on "position_history" ("employee_id");`);
    this.addSql(`create index "position_history_position_id_index" on "position_history" ("position_id");`);
    this.addSql(`create index "position_history_unit_id_index" on "position_history" ("unit_id");`);
    this.addSql(`create index "position_history_end_date_index" on "position_history" ("end_date");`);
    this.addSql(`create index "position_history_employee_id_start_date_index" on "position_history" ("employee_id", "start_date");`);

    this.addSql(`create table "education_history" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "employee_id" uuid not null, "level_id" uuid not null, "institution" varchar(200) not null, "major" varchar(200) null, "graduation_year" int not null, "diploma_number" varchar(100) null, primary key ("id"));`);
    this.addSql(`create index "education_history_government_id_index" on "education_history" ("government_id");`);
    this.addSql(`create index "education_history_employee_id_index" on "education_history" ("employee_id");`);
    this.addSql(`create index "education_history_level_id_index" on "education_history" ("level_id");`);
    this.addSql(`alter table "education_history" add constraint "education_history_employee_id_level_id_graduation_year_unique" unique ("employee_id", "level_id", "graduation_year");`);

    this.addSql(`create table "rank_history" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "employee_id" uuid not null, "rank_id" uuid not null, "tmt" date not null, "decree_number" varchar(100) null, "decree_date" date null, primary key ("id"));`);
    this.addSql(`create index "rank_history_government_id_index" on "rank_history" ("government_id");`);
    this.addSql(`create index "rank_history_employee_id_index" on "rank_history" ("employee_id");`);
    this.addSql(`create index "rank_history_rank_id_index" on "rank_history" ("rank_id");`);
    this.addSql(`create index "rank_history_tmt_index" on "rank_history" ("tmt");`);
    this.addSql(`alter table "rank_history" add constraint "rank_history_employee_id_tmt_unique" unique ("employee_id", "tmt");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "email" varchar(160) not null, "password_hash" varchar(200) not null, "display_name" varchar(160) not null, "role" text not null, "government_id" uuid null, "unit_id" uuid null, "employee_id" uuid null, "active" boolean not null default true, "last_login_at" timestamptz null, "password_changed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(`create index "app_user_government_id_index" on "app_user" ("government_id");`);
    this.addSql(`create index "app_user_unit_id_index" on "app_user" ("unit_id");`);
    this.addSql(`create index "app_user_employee_id_index" on "app_user" ("employee_id");`);
    this.addSql(`create index "app_user_password_changed_at_index" on "app_user" ("password_changed_at");`);

    this.addSql(`alter table "audit_entry" add constraint "audit_entry_action_check" check ("action" in ('CREATE', 'UPDATE', 'DELETE'));`);

    this.addSql(`alter table "government" add constraint "government_kind_check" check ("kind" in ('KOTA', 'KABUPATEN', 'PROVINSI', 'KEMENTERIAN_LEMBAGA'));`);

    this.addSql(`alter table "employee" add constraint "employee_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "employee" add constraint "employee_asn_type_check" check ("asn_type" in ('PNS', 'PPPK', 'PPPK_PARUH_WAKTU'));`);
    this.addSql(`alter table "employee" add constraint "employee_sex_check" check ("sex" in ('MALE', 'FEMALE'));`);
    this.addSql(`alter table "employee" add constraint "employee_status_check" check ("status" in ('AKTIF', 'CUTI', 'TUGAS_BELAJAR', 'PENSIUN', 'BERHENTI'));`);

    this.addSql(`alter table "org_unit" add constraint "org_unit_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "org_unit" add constraint "org_unit_parent_id_foreign" foreign key ("parent_id") references "org_unit" ("id") on delete set null;`);
    this.addSql(`alter table "org_unit" add constraint "org_unit_kind_check" check ("kind" in ('SEKRETARIAT_DAERAH', 'SEKRETARIAT_DPRD', 'INSPEKTORAT', 'DINAS', 'BADAN', 'SATUAN', 'RSUD', 'KECAMATAN', 'KELURAHAN', 'PUSKESMAS', 'SEKOLAH', 'UPTD', 'BAGIAN', 'BIDANG', 'SUBBAGIAN', 'SEKSI', 'LAINNYA'));`);
    this.addSql(`alter table "org_unit" add constraint "org_unit_sector_check" check ("sector" in ('PEMERINTAHAN', 'KESEHATAN', 'PENDIDIKAN', 'INFRASTRUKTUR', 'EKONOMI', 'SOSIAL', 'KEUANGAN', 'KEPEGAWAIAN', 'PERENCANAAN', 'PENGAWASAN', 'KETERTIBAN', 'KEPENDUDUKAN', 'PERHUBUNGAN', 'LINGKUNGAN', 'LAINNYA'));`);

    this.addSql(`alter table "rank" add constraint "rank_scheme_check" check ("scheme" in ('PNS', 'PPPK'));`);

    this.addSql(`alter table "education_level" add constraint "education_level_pns_rank_ceiling_id_foreign" foreign key ("pns_rank_ceiling_id") references "rank" ("id");`);
    this.addSql(`alter table "education_level" add constraint "education_level_pns_starting_rank_id_foreign" foreign key ("pns_starting_rank_id") references "rank" ("id") on delete set null;`);
    this.addSql(`alter table "education_level" add constraint "education_level_pppk_entry_rank_id_foreign" foreign key ("pppk_entry_rank_id") references "rank" ("id") on delete set null;`);

    this.addSql(`alter table "position" add constraint "position_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "position" add constraint "position_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id");`);
    this.addSql(`alter table "position" add constraint "position_parent_id_foreign" foreign key ("parent_id") references "position" ("id") on delete set null;`);
    this.addSql(`alter table "position" add constraint "position_min_education_id_foreign" foreign key ("min_education_id") references "education_level" ("id") on delete set null;`);
    this.addSql(`alter table "position" add constraint "position_min_rank_id_foreign" foreign key ("min_rank_id") references "rank" ("id") on delete set null;`);
    this.addSql(`alter table "position" add constraint "position_kind_functional_level_check" check (("kind" = 'FUNGSIONAL') = ("functional_level" is not null));`);
    this.addSql(`alter table "position" add constraint "position_kind_check" check ("kind" in ('JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL', 'PELAKSANA'));`);
    this.addSql(`alter table "position" add constraint "position_functional_level_check" check ("functional_level" in ('PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA', 'AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA'));`);

    this.addSql(`alter table "position_history" add constraint "position_history_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "position_history" add constraint "position_history_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on delete cascade;`);
    this.addSql(`alter table "position_history" add constraint "position_history_position_id_foreign" foreign key ("position_id") references "position" ("id");`);
    this.addSql(`alter table "position_history" add constraint "position_history_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id");`);
    this.addSql(`alter table "position_history" add constraint "position_history_period_check" check ("end_date" is null or "end_date" >= "start_date");`);
    // One employee never holds two positions in overlapping periods (inclusive bounds, open end).
    this.addSql(`alter table "position_history" add constraint "position_history_no_overlap" exclude using gist ("employee_id" with =, daterange("start_date", "end_date", '[]') with &&);`);

    this.addSql(`alter table "education_history" add constraint "education_history_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "education_history" add constraint "education_history_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on delete cascade;`);
    this.addSql(`alter table "education_history" add constraint "education_history_level_id_foreign" foreign key ("level_id") references "education_level" ("id");`);

    this.addSql(`alter table "rank_history" add constraint "rank_history_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "rank_history" add constraint "rank_history_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on delete cascade;`);
    this.addSql(`alter table "rank_history" add constraint "rank_history_rank_id_foreign" foreign key ("rank_id") references "rank" ("id");`);

    this.addSql(`alter table "app_user" add constraint "app_user_government_id_foreign" foreign key ("government_id") references "government" ("id") on delete set null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on delete set null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on delete set null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_role_check" check ("role" in ('SUPER_ADMIN', 'GOV_ADMIN', 'UNIT_ADMIN', 'ANALYST', 'EMPLOYEE'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "employee" drop constraint "employee_government_id_foreign";`);
    this.addSql(`alter table "org_unit" drop constraint "org_unit_government_id_foreign";`);
    this.addSql(`alter table "position" drop constraint "position_government_id_foreign";`);
    this.addSql(`alter table "position_history" drop constraint "position_history_government_id_foreign";`);
    this.addSql(`alter table "education_history" drop constraint "education_history_government_id_foreign";`);
    this.addSql(`alter table "rank_history" drop constraint "rank_history_government_id_foreign";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_government_id_foreign";`);
    this.addSql(`alter table "position_history" drop constraint "position_history_employee_id_foreign";`);
    this.addSql(`alter table "education_history" drop constraint "education_history_employee_id_foreign";`);
    this.addSql(`alter table "rank_history" drop constraint "rank_history_employee_id_foreign";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_employee_id_foreign";`);
    this.addSql(`alter table "org_unit" drop constraint "org_unit_parent_id_foreign";`);
    this.addSql(`alter table "position" drop constraint "position_unit_id_foreign";`);
    this.addSql(`alter table "position_history" drop constraint "position_history_unit_id_foreign";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_unit_id_foreign";`);
    this.addSql(`alter table "education_level" drop constraint "education_level_pns_rank_ceiling_id_foreign";`);
    this.addSql(`alter table "education_level" drop constraint "education_level_pns_starting_rank_id_foreign";`);
    this.addSql(`alter table "education_level" drop constraint "education_level_pppk_entry_rank_id_foreign";`);
    this.addSql(`alter table "position" drop constraint "position_min_rank_id_foreign";`);
    this.addSql(`alter table "rank_history" drop constraint "rank_history_rank_id_foreign";`);
    this.addSql(`alter table "position" drop constraint "position_min_education_id_foreign";`);
    this.addSql(`alter table "education_history" drop constraint "education_history_level_id_foreign";`);
    this.addSql(`alter table "position" drop constraint "position_parent_id_foreign";`);
    this.addSql(`alter table "position_history" drop constraint "position_history_position_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop table if exists "government" cascade;`);
    this.addSql(`drop table if exists "employee" cascade;`);
    this.addSql(`drop table if exists "org_unit" cascade;`);
    this.addSql(`drop table if exists "rank" cascade;`);
    this.addSql(`drop table if exists "education_level" cascade;`);
    this.addSql(`drop table if exists "position" cascade;`);
    this.addSql(`drop table if exists "position_history" cascade;`);
    this.addSql(`drop table if exists "education_history" cascade;`);
    this.addSql(`drop table if exists "rank_history" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
  }

}

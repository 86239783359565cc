import { Migration } from '@mikro-orm/migrations';

export class Migration20261204225145_workforce extends Migration {

  override name = 'Migration20261204225145_workforce';

  override up(): void | Promise<void> {
    this.addSql(`create table "formasi_proposal" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "year" int not null, "status" text not null default 'DRAFT', "notes" text null, "submitted_by_id" uuid null, "submitted_at" timestamptz null, "approved_by_id" uuid null, "approved_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "formasi_proposal_government_id_index" on "formasi_proposal" ("government_id");`);
    this.addSql(`alter table "formasi_proposal" add constraint "formasi_proposal_government_id_year_unique" unique ("government_id", "year");`);

    this.addSql(`create table "formasi_proposal_line" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "proposal_id" uuid not null, "position_id" uuid not null, "count" int not null, "kind" text not null, "education_id" uuid null, "major" varchar(200) null, "justification" text null, "formasi_before" int null, "formasi_after" int null, primary key ("id"));`);
    this.addSql(`create index "formasi_proposal_line_government_id_index" on "formasi_proposal_line" ("government_id");`);
    this.addSql(`create index "formasi_proposal_line_proposal_id_index" on "formasi_proposal_line" ("proposal_id");`);
    this.addSql(`create index "formasi_proposal_line_position_id_index" on "formasi_proposal_line" ("position_id");`);
    this.addSql(`alter table "formasi_proposal_line" add constraint "formasi_proposal_line_government_id_proposal_id_p_2bb07_unique" unique ("government_id", "proposal_id", "position_id", "kind");`);

    this.addSql(`create table "workforce_target_ratio" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "sector" text not null, "unit_kind" text null, "functional_family" varchar(120) null, "label" varchar(200) not null, "staff" numeric(8,2) not null, "per_population" int not null, "basis" varchar(300) not null, primary key ("id"));`);
    this.addSql(`create index "workforce_target_ratio_government_id_index" on "workforce_target_ratio" ("government_id");`);
    this.addSql(`create unique index "workforce_target_ratio_unique" on "workforce_target_ratio" ("government_id", "sector", coalesce("unit_kind", ''), coalesce(lower("functional_family"), ''));`);

    this.addSql(`create table "workload_analysis" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "position_id" uuid not null, "year" int not null, "revision" int not null, "status" text not null default 'DRAFT', "notes" text null, "created_by_id" uuid null, "reviewed_by_id" uuid null, "reviewed_at" timestamptz null, "approved_by_id" uuid null, "approved_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "workload_analysis_government_id_index" on "workload_analysis" ("government_id");`);
    this.addSql(`create index "workload_analysis_position_id_index" on "workload_analysis" ("position_id");`);
    this.addSql(`create index "workload_analysis_status_index" on "workload_analysis" ("status");`);
    this.addSql(`create unique index "workload_analysis_open_unique" on "workload_analysis" ("government_id", "position_id", "year") where "status" in ('DRAFT', 'REVIEWED');`);
    this.addSql(`create unique index "workload_analysis_approved_unique" on "workload_analysis" ("government_id", "position_id", "year") where "status" = 'APPROVED';`);
    this.addSql(`alter table "workload_analysis" add constraint "workload_analysis_government_id_position_id_year__2a6f5_unique" unique ("government_id", "position_id", "year", "revision");`);

    this.addSql(`create table "workload_task" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "analysis_id" uuid not null, "ordinal" int not null, "description" varchar(500) not null, "output" varchar(200) not null, "volume" numeric(12,2) not null, "period" text not null, "standard_minutes" numeric(10,2) not null, primary key ("id"));`);
    this.addSql(`create index "workload_task_government_id_index" on "workload_task" ("government_id");`);
    this.addSql(`create index "workload_task_analysis_id_index" on "workload_task" ("analysis_id");`);

    this.addSql(`alter table "formasi_proposal" add constraint "formasi_proposal_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "formasi_proposal" add constraint "formasi_proposal_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "formasi_proposal" add constraint "formasi_proposal_approved_by_id_foreign" foreign key ("approved_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "formasi_proposal" add constraint "formasi_proposal_year_check" check ("year" >= 2000 and "year" <= 2100);`);
    this.addSql(`alter table "formasi_proposal" add constraint "formasi_proposal_status_check" check ("status" in ('DRAFT', 'SUBMITTED', 'APPROVED'));`);

    this.addSql(`alter table "formasi_proposal_line" add constraint "formasi_proposal_line_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "formasi_proposal_line" add constraint "formasi_proposal_line_proposal_id_foreign" foreign key ("proposal_id") references "formasi_proposal" ("id") on delete cascade;`);
    this.addSql(`alter table "formasi_proposal_line" add constraint "formasi_proposal_line_position_id_foreign" foreign key ("position_id") references "position" ("id");`);
    this.addSql(`alter table "formasi_proposal_line" add constraint "formasi_proposal_line_education_id_foreign" foreign key ("education_id") references "education_level" ("id") on delete set null;`);
    this.addSql(`alter table "formasi_proposal_line" add constraint "formasi_proposal_line_count_check" check ("count" >= 1);`);
    this.addSql(`alter table "formasi_proposal_line" add constraint "formasi_proposal_line_kind_check" check ("kind" in ('CPNS', 'PPPK'));`);

    this.addSql(`alter table "workforce_target_ratio" add constraint "workforce_target_ratio_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "workforce_target_ratio" add constraint "workforce_target_ratio_staff_check" check ("staff" > 0 and "per_population" > 0);`);
    this.addSql(`alter table "workforce_target_ratio" add constraint "workforce_target_ratio_sector_check" check ("sector" in ('PEMERINTAHAN', 'KESEHATAN', 'PENDIDIKAN', 'INFRASTRUKTUR', 'EKONOMI', 'SOSIAL', 'KEUANGAN', 'KEPEGAWAIAN', 'PERENCANAAN', 'PENGAWASAN', 'KETERTIBAN', 'KEPENDUDUKAN', 'PERHUBUNGAN', 'LINGKUNGAN', 'LAINNYA'));`);
    this.addSql(`alter table "workforce_target_ratio" add constraint "workforce_target_ratio_unit_kind_check" check ("unit_kind" in ('SEKRETARIAT_DAERAH', 'SEKRETARIAT_DPRD', 'INSPEKTORAT', 'DINAS', 'BADAN', 'SATUAN', 'RSUD', 'KECAMATAN', 'KELURAHAN', 'PUSKESMAS', 'SEKOLAH', 'UPTD', 'BAGIAN', 'BIDANG', 'SUBBAGIAN', 'SEKSI', 'LAINNYA'));`);

    this.addSql(`alter table "workload_analysis" add constraint "workload_analysis_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "workload_analysis" add constraint "workload_analysis_position_id_foreign" foreign key ("position_id") references "position" ("id");`);
    this.addSql(`alter table "workload_analysis" add constraint "workload_analysis_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "workload_analysis" add constraint "workload_analysis_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "workload_analysis" add constraint "workload_analysis_approved_by_id_foreign" foreign key ("approved_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "workload_analysis" add constraint "workload_analysis_year_check" check ("year" >= 2000 and "year" <= 2100);`);
    this.addSql(`alter table "workload_analysis" add constraint "workload_analysis_status_check" check ("status" in ('DRAFT', 'REVIEWED', 'APPROVED', 'SUPERSEDED'));`);

    this.addSql(`alter table "workload_task" add constraint "workload_task_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "workload_task" add constraint "workload_task_analysis_id_foreign" foreign key ("analysis_id") references "workload_analysis" ("id") on delete cascade;`);
    this.addSql(`alter table "workload_task" add constraint "workload_task_minutes_check" check ("standard_minutes" > 0);`);
    this.addSql(`alter table "workload_task" add constraint "workload_task_volume_check" check ("volume" > 0);`);
    this.addSql(`alter table "workload_task" add constraint "workload_task_period_check" check ("period" in ('DAY', 'WEEK', 'MONTH', 'YEAR'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "formasi_proposal_line" drop constraint "formasi_proposal_line_proposal_id_foreign";`);
    this.addSql(`alter table "workload_task" drop constraint "workload_task_analysis_id_foreign";`);

    this.addSql(`drop table if exists "formasi_proposal" cascade;`);
    this.addSql(`drop table if exists "formasi_proposal_line" cascade;`);
    this.addSql(`drop table if exists "workforce_target_ratio" cascade;`);
    this.addSql(`drop table if exists "workload_analysis" cascade;`);
    this.addSql(`drop table if exists "workload_task" cascade;`);
  }

}

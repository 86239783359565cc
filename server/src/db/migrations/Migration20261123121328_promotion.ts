import { Migration } from '@mikro-orm/migrations';

export class Migration20261123121328_promotion extends Migration {

  override name = 'Migration20261123121328_promotion';

  override up(): void | Promise<void> {
    this.addSql(`create table "disciplinary_sanction" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "employee_id" uuid not null, "level" text not null, "description" varchar(300) not null, "start_date" date not null, "end_date" date null, "bars_promotion" boolean not null, "decree_number" varchar(100) null, primary key ("id"));`);
    this.addSql(`create index "disciplinary_sanction_government_id_index" on "disciplinary_sanction" ("government_id");`);
    this.addSql(`create index "disciplinary_sanction_employee_id_index" on "disciplinary_sanction" ("employee_id");`);

    this.addSql(`create table "qualification" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "employee_id" uuid not null, "kind" text not null, "passed_on" date not null, "certificate_number" varchar(100) null, primary key ("id"));`);
    this.addSql(`create index "qualification_government_id_index" on "qualification" ("government_id");`);
    this.addSql(`create index "qualification_employee_id_index" on "qualification" ("employee_id");`);
    this.addSql(`alter table "qualification" add constraint "qualification_employee_id_kind_unique" unique ("employee_id", "kind");`);

    this.addSql(`create table "appointment_requirement" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "position_kind" text not null, "min_education_id" uuid null, "experience_years" int not null, "experience_kinds" jsonb not null, "prior_kinds" jsonb not null, "prior_years" int not null, "max_age" int null, "performance_years" int not null, "pns_only" boolean not null, "legal_basis" varchar(300) not null, primary key ("id"));`);
    this.addSql(`create index "appointment_requirement_min_education_id_index" on "appointment_requirement" ("min_education_id");`);
    this.addSql(`alter table "appointment_requirement" add constraint "appointment_requirement_position_kind_unique" unique ("position_kind");`);

    this.addSql(`create table "credit_point_requirement" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "functional_level" text not null, "from_rank_id" uuid not null, "to_rank_id" uuid not null, "required_points" double precision not null, "requires_level" text null, "legal_basis" varchar(300) not null, primary key ("id"));`);
    this.addSql(`create index "credit_point_requirement_from_rank_id_index" on "credit_point_requirement" ("from_rank_id");`);
    this.addSql(`create index "credit_point_requirement_to_rank_id_index" on "credit_point_requirement" ("to_rank_id");`);
    this.addSql(`alter table "credit_point_requirement" add constraint "credit_point_requirement_functional_level_from_rank_id_unique" unique ("functional_level", "from_rank_id");`);

    this.addSql(`create table "retirement_age" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "position_kind" text not null, "functional_level" text null, "age" int not null, "legal_basis" varchar(300) not null, primary key ("id"));`);
    this.addSql(`create unique index "retirement_age_unique" on "retirement_age" ("position_kind", coalesce("functional_level", ''));`);

    this.addSql(`alter table "disciplinary_sanction" add constraint "disciplinary_sanction_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "disciplinary_sanction" add constraint "disciplinary_sanction_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on delete cascade;`);
    this.addSql(`alter table "disciplinary_sanction" add constraint "disciplinary_sanction_period_check" check ("end_date" is null or "end_date" >= "start_date");`);
    this.addSql(`alter table "disciplinary_sanction" add constraint "disciplinary_sanction_level_check" check ("level" in ('RINGAN', 'SEDANG', 'BERAT'));`);

    this.addSql(`alter table "qualification" add constraint "qualification_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "qualification" add constraint "qualification_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on delete cascade;`);
    this.addSql(`alter table "qualification" add constraint "qualification_kind_check" check ("kind" in ('UJIAN_DINAS_I', 'UJIAN_DINAS_II', 'UKPPI', 'PKP', 'PKA', 'PKN_II', 'PKN_I'));`);

    this.addSql(`alter table "appointment_requirement" add constraint "appointment_requirement_min_education_id_foreign" foreign key ("min_education_id") references "education_level" ("id") on delete set null;`);
    this.addSql(`alter table "appointment_requirement" add constraint "appointment_requirement_position_kind_check" check ("position_kind" in ('JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL', 'PELAKSANA'));`);

    this.addSql(`alter table "credit_point_requirement" add constraint "credit_point_requirement_from_rank_id_foreign" foreign key ("from_rank_id") references "rank" ("id");`);
    this.addSql(`alter table "credit_point_requirement" add constraint "credit_point_requirement_to_rank_id_foreign" foreign key ("to_rank_id") references "rank" ("id");`);
    this.addSql(`alter table "credit_point_requirement" add constraint "credit_point_requirement_functional_level_check" check ("functional_level" in ('PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA', 'AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA'));`);
    this.addSql(`alter table "credit_point_requirement" add constraint "credit_point_requirement_requires_level_check" check ("requires_level" in ('PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA', 'AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA'));`);

    this.addSql(`alter table "retirement_age" add constraint "retirement_age_check" check ("age" >= 50 and "age" <= 70);`);
    this.addSql(`alter table "retirement_age" add constraint "retirement_age_position_kind_check" check ("position_kind" in ('JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL', 'PELAKSANA'));`);
    this.addSql(`alter table "retirement_age" add constraint "retirement_age_functional_level_check" check ("functional_level" in ('PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA', 'AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "disciplinary_sanction" cascade;`);
    this.addSql(`drop table if exists "qualification" cascade;`);
    this.addSql(`drop table if exists "appointment_requirement" cascade;`);
    this.addSql(`drop table if exists "credit_point_requirement" cascade;`);
    this.addSql(`drop table if exists "retirement_age" cascade;`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261123115402_competency_performance_talent extends Migration {

  override name = 'Migration20261123115402_competency_performance_talent';

  override up(): void | Promise<void> {
    this.addSql(`create table "competency_level_default" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "position_kind" text not null, "functional_level" text null, "required_level" int not null, "legal_basis" varchar(300) not null, primary key ("id"));`);
    this.addSql(`create unique index "competency_level_default_unique" on "competency_level_default" ("position_kind", coalesce("functional_level", ''));`);

    this.addSql(`create table "credit_point_coefficient" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "functional_level" text not null, "coefficient" double precision not null, "legal_basis" varchar(300) not null default 'PermenPANRB 1/2023; Peraturan BKN 3/2023 (konversi predikat kinerja ke angka kredit)', primary key ("id"));`);
    this.addSql(`alter table "credit_point_coefficient" add constraint "credit_point_coefficient_functional_level_unique" unique ("functional_level");`);

    this.addSql(`create table "credit_point_conversion" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "predikat" text not null, "percent" double precision not null, "legal_basis" varchar(300) not null default 'PermenPANRB 1/2023; Peraturan BKN 3/2023 (konversi predikat kinerja ke angka kredit)', primary key ("id"));`);
    this.addSql(`alter table "credit_point_conversion" add constraint "credit_point_conversion_predikat_unique" unique ("predikat");`);

    this.addSql(`create table "competency" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid null, "code" varchar(16) not null, "name" varchar(120) not null, "kind" text not null, "description" varchar(1000) not null, "level_descriptions" jsonb not null, "legal_basis" varchar(300) not null, primary key ("id"));`);
    this.addSql(`create index "competency_government_id_index" on "competency" ("government_id");`);
    this.addSql(`create unique index "competency_government_code_unique" on "competency" ("government_id", "code") where "government_id" is not null;`);
    this.addSql(`create unique index "competency_national_code_unique" on "competency" ("code") where "government_id" is null;`);

    this.addSql(`create table "coaching_plan" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "employee_id" uuid not null, "year" int not null, "goals" varchar(4000) not null, "mentor_id" uuid not null, "review_date" date not null, "recommended_training" jsonb not null, "status" text not null default 'OPEN', primary key ("id"));`);
    this.addSql(`create index "coaching_plan_government_id_index" on "coaching_plan" ("government_id");`);
    this.addSql(`create index "coaching_plan_employee_id_index" on "coaching_plan" ("employee_id");`);
    this.addSql(`create index "coaching_plan_mentor_id_index" on "coaching_plan" ("mentor_id");`);
    this.addSql(`alter table "coaching_plan" add constraint "coaching_plan_employee_id_year_unique" unique ("employee_id", "year");`);

    this.addSql(`create table "assessment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "employee_id" uuid not null, "assessed_on" date not null, "purpose" text not null, "assessor" varchar(200) not null, "notes" varchar(2000) null, "potential_score" double precision null, primary key ("id"));`);
    this.addSql(`create index "assessment_government_id_index" on "assessment" ("government_id");`);
    this.addSql(`create index "assessment_employee_id_index" on "assessment" ("employee_id");`);
    this.addSql(`create index "assessment_employee_id_assessed_on_index" on "assessment" ("employee_id", "assessed_on");`);

    this.addSql(`create table "assessment_score" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "assessment_id" uuid not null, "competency_id" uuid not null, "level" int not null, primary key ("id"));`);
    this.addSql(`create index "assessment_score_government_id_index" on "assessment_score" ("government_id");`);
    this.addSql(`create index "assessment_score_assessment_id_index" on "assessment_score" ("assessment_id");`);
    this.addSql(`create index "assessment_score_competency_id_index" on "assessment_score" ("competency_id");`);
    this.addSql(`alter table "assessment_score" add constraint "assessment_score_assessment_id_competency_id_unique" unique ("assessment_id", "competency_id");`);

    this.addSql(`create table "jpm_category" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "purpose" text not null, "code" varchar(40) not null, "label" varchar(80) not null, "min_percent" double precision not null, "legal_basis" varchar(300) not null, primary key ("id"));`);
    this.addSql(`alter table "jpm_category" add constraint "jpm_category_purpose_code_unique" unique ("purpose", "code");`);

    this.addSql(`create table "organization_rating" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "unit_id" uuid not null, "year" int not null, "rating" text not null, primary key ("id"));`);
    this.addSql(`create index "organization_rating_government_id_index" on "organization_rating" ("government_id");`);
    this.addSql(`create index "organization_rating_unit_id_index" on "organization_rating" ("unit_id");`);
    this.addSql(`alter table "organization_rating" add constraint "organization_rating_unit_id_year_unique" unique ("unit_id", "year");`);

    this.addSql(`create table "distribution_rule" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "organization_rating" text not null, "predikats" jsonb not null, "bound" text not null, "value" double precision not null, "description" varchar(300) not null, "legal_basis" varchar(300) not null default 'SE MenPANRB 3/2023 (distribusi predikat kinerja pegawai menurut predikat organisasi)', primary key ("id"));`);

    this.addSql(`create table "position_competency" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "position_id" uuid not null, "competency_id" uuid not null, "required_level" int not null, primary key ("id"));`);
    this.addSql(`create index "position_competency_government_id_index" on "position_competency" ("government_id");`);
    this.addSql(`create index "position_competency_position_id_index" on "position_competency" ("position_id");`);
    this.addSql(`create index "position_competency_competency_id_index" on "position_competency" ("competency_id");`);
    this.addSql(`alter table "position_competency" add constraint "position_competency_position_id_competency_id_unique" unique ("position_id", "competency_id");`);

    this.addSql(`create table "performance_plan" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "employee_id" uuid not null, "year" int not null, "evaluator_id" uuid not null, "position_id" uuid null, "position_title" varchar(200) not null, "unit_id" uuid null, "unit_name" varchar(200) not null, "expectations" varchar(4000) null, "status" text not null default 'DRAFT', primary key ("id"));`);
    this.addSql(`create index "performance_plan_government_id_index" on "performance_plan" ("government_id");`);
    this.addSql(`create index "performance_plan_employee_id_index" on "performance_plan" ("employee_id");`);
    this.addSql(`create index "performance_plan_evaluator_id_index" on "performance_plan" ("evaluator_id");`);
    this.addSql(`create index "performance_plan_position_id_index" on "performance_plan" ("position_id");`);
    this.addSql(`create index "performance_plan_unit_id_index" on "performance_plan" ("unit_id");`);
    this.addSql(`alter table "performance_plan" add constraint "performance_plan_employee_id_year_unique" unique ("employee_id", "year");`);

    this.addSql(`create table "performance_target" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "plan_id" uuid not null, "kind" text not null, "ordinal" int not null, "description" varchar(1000) not null, "indicator" varchar(1000) not null, "target" varchar(200) not null, primary key ("id"));`);
    this.addSql(`create index "performance_target_government_id_index" on "performance_target" ("government_id");`);
    this.addSql(`create index "performance_target_plan_id_index" on "performance_target" ("plan_id");`);

    this.addSql(`create table "progress_report" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "plan_id" uuid not null, "target_id" uuid null, "reply_to_id" uuid null, "kind" text not null, "author_id" uuid not null, "text" varchar(4000) not null, "evidence_url" varchar(500) null, "percent" int null, primary key ("id"));`);
    this.addSql(`create index "progress_report_government_id_index" on "progress_report" ("government_id");`);
    this.addSql(`create index "progress_report_plan_id_index" on "progress_report" ("plan_id");`);
    this.addSql(`create index "progress_report_target_id_index" on "progress_report" ("target_id");`);
    this.addSql(`create index "progress_report_reply_to_id_index" on "progress_report" ("reply_to_id");`);
    this.addSql(`create index "progress_report_author_id_index" on "progress_report" ("author_id");`);
    this.addSql(`create index "progress_report_plan_id_created_at_index" on "progress_report" ("plan_id", "created_at");`);

    this.addSql(`create table "performance_evaluation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "plan_id" uuid not null, "employee_id" uuid not null, "year" int not null, "period" text not null, "result_rating" text not null, "behaviour_rating" text not null, "predikat" text not null, "evaluator_id" uuid not null, "notes" varchar(4000) null, primary key ("id"));`);
    this.addSql(`create index "performance_evaluation_government_id_index" on "performance_evaluation" ("government_id");`);
    this.addSql(`create index "performance_evaluation_plan_id_index" on "performance_evaluation" ("plan_id");`);
    this.addSql(`create index "performance_evaluation_employee_id_index" on "performance_evaluation" ("employee_id");`);
    this.addSql(`create index "performance_evaluation_evaluator_id_index" on "performance_evaluation" ("evaluator_id");`);
    this.addSql(`alter table "performance_evaluation" add constraint "performance_evaluation_plan_id_period_unique" unique ("plan_id", "period");`);

    this.addSql(`create table "rating360_assignment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "ratee_id" uuid not null, "rater_id" uuid not null, "group" text not null, "year" int not null, "period" text not null, "submitted_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "rating360_assignment_government_id_index" on "rating360_assignment" ("government_id");`);
    this.addSql(`create index "rating360_assignment_ratee_id_index" on "rating360_assignment" ("ratee_id");`);
    this.addSql(`create index "rating360_assignment_rater_id_index" on "rating360_assignment" ("rater_id");`);
    this.addSql(`alter table "rating360_assignment" add constraint "rating360_assignment_ratee_id_year_period_rater_id_unique" unique ("ratee_id", "year", "period", "rater_id");`);

    this.addSql(`create table "rating360_score" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "assignment_id" uuid not null, "value" text not null, "score" int not null, primary key ("id"));`);
    this.addSql(`create index "rating360_score_government_id_index" on "rating360_score" ("government_id");`);
    this.addSql(`create index "rating360_score_assignment_id_index" on "rating360_score" ("assignment_id");`);
    this.addSql(`alter table "rating360_score" add constraint "rating360_score_assignment_id_value_unique" unique ("assignment_id", "value");`);

    this.addSql(`create table "recognition" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "employee_id" uuid not null, "year" int not null, "basis" varchar(1000) not null, "status" text not null default 'PROPOSED', primary key ("id"));`);
    this.addSql(`create index "recognition_government_id_index" on "recognition" ("government_id");`);
    this.addSql(`create index "recognition_employee_id_index" on "recognition" ("employee_id");`);
    this.addSql(`alter table "recognition" add constraint "recognition_employee_id_year_unique" unique ("employee_id", "year");`);

    this.addSql(`create table "talent_box" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "box" int not null, "performance" text not null, "potential" text not null, "label" varchar(120) not null, "actions" varchar(500) not null, "legal_basis" varchar(300) not null default 'PermenPANRB 3/2020 tentang Manajemen Talenta ASN (kotak talenta 9)', primary key ("id"));`);
    this.addSql(`alter table "talent_box" add constraint "talent_box_box_unique" unique ("box");`);
    this.addSql(`alter table "talent_box" add constraint "talent_box_performance_potential_unique" unique ("performance", "potential");`);

    this.addSql(`create table "talent_performance_level" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "predikat" text not null, "performance" text not null, "legal_basis" varchar(300) not null default 'PermenPANRB 3/2020 tentang Manajemen Talenta ASN (kotak talenta 9)', primary key ("id"));`);
    this.addSql(`alter table "talent_performance_level" add constraint "talent_performance_level_predikat_unique" unique ("predikat");`);

    this.addSql(`alter table "competency_level_default" add constraint "competency_level_default_level_check" check ("required_level" >= 1 and "required_level" <= 5);`);
    this.addSql(`alter table "competency_level_default" add constraint "competency_level_default_position_kind_check" check ("position_kind" in ('JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL', 'PELAKSANA'));`);
    this.addSql(`alter table "competency_level_default" add constraint "competency_level_default_functional_level_check" check ("functional_level" in ('PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA', 'AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA'));`);

    this.addSql(`alter table "credit_point_coefficient" add constraint "credit_point_coefficient_functional_level_check" check ("functional_level" in ('PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA', 'AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA'));`);

    this.addSql(`alter table "credit_point_conversion" add constraint "credit_point_conversion_percent_check" check ("percent" >= '0' and "percent" <= '500');`);
    this.addSql(`alter table "credit_point_conversion" add constraint "credit_point_conversion_predikat_check" check ("predikat" in ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'));`);

    this.addSql(`alter table "competency" add constraint "competency_government_id_foreign" foreign key ("government_id") references "government" ("id") on delete set null;`);
    this.addSql(`alter table "competency" add constraint "competency_kind_check" check ("kind" in ('MANAGERIAL', 'SOCIOCULTURAL', 'TECHNICAL'));`);

    this.addSql(`alter table "coaching_plan" add constraint "coaching_plan_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "coaching_plan" add constraint "coaching_plan_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on delete cascade;`);
    this.addSql(`alter table "coaching_plan" add constraint "coaching_plan_mentor_id_foreign" foreign key ("mentor_id") references "employee" ("id");`);
    this.addSql(`alter table "coaching_plan" add constraint "coaching_plan_mentor_check" check ("mentor_id" <> "employee_id");`);
    this.addSql(`alter table "coaching_plan" add constraint "coaching_plan_status_check" check ("status" in ('OPEN', 'COMPLETED'));`);

    this.addSql(`alter table "assessment" add constraint "assessment_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "assessment" add constraint "assessment_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on delete cascade;`);
    this.addSql(`alter table "assessment" add constraint "assessment_potential_check" check ("potential_score" is null or ("potential_score" >= '0' and "potential_score" <= '100'));`);
    this.addSql(`alter table "assessment" add constraint "assessment_purpose_check" check ("purpose" in ('MAPPING', 'SELECTION'));`);

    this.addSql(`alter table "assessment_score" add constraint "assessment_score_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "assessment_score" add constraint "assessment_score_assessment_id_foreign" foreign key ("assessment_id") references "assessment" ("id") on delete cascade;`);
    this.addSql(`alter table "assessment_score" add constraint "assessment_score_competency_id_foreign" foreign key ("competency_id") references "competency" ("id");`);
    this.addSql(`alter table "assessment_score" add constraint "assessment_score_level_check" check ("level" >= 1 and "level" <= 5);`);

    this.addSql(`alter table "jpm_category" add constraint "jpm_category_purpose_check" check ("purpose" in ('MAPPING', 'SELECTION'));`);

    this.addSql(`alter table "organization_rating" add constraint "organization_rating_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "organization_rating" add constraint "organization_rating_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on delete cascade;`);
    this.addSql(`alter table "organization_rating" add constraint "organization_rating_rating_check" check ("rating" in ('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'));`);

    this.addSql(`alter table "distribution_rule" add constraint "distribution_rule_organization_rating_check" check ("organization_rating" in ('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'));`);
    this.addSql(`alter table "distribution_rule" add constraint "distribution_rule_bound_check" check ("bound" in ('AT_MOST_PERCENT', 'AT_LEAST_PERCENT', 'AT_LEAST_COUNT'));`);

    this.addSql(`alter table "position_competency" add constraint "position_competency_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "position_competency" add constraint "position_competency_position_id_foreign" foreign key ("position_id") references "position" ("id") on delete cascade;`);
    this.addSql(`alter table "position_competency" add constraint "position_competency_competency_id_foreign" foreign key ("competency_id") references "competency" ("id");`);
    this.addSql(`alter table "position_competency" add constraint "position_competency_level_check" check ("required_level" >= 1 and "required_level" <= 5);`);

    this.addSql(`alter table "performance_plan" add constraint "performance_plan_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "performance_plan" add constraint "performance_plan_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on delete cascade;`);
    this.addSql(`alter table "performance_plan" add constraint "performance_plan_evaluator_id_foreign" foreign key ("evaluator_id") references "employee" ("id");`);
    this.addSql(`alter table "performance_plan" add constraint "performance_plan_position_id_foreign" foreign key ("position_id") references "position" ("id") on delete set null;`);
    this.addSql(`alter table "performance_plan" add constraint "performance_plan_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on delete set null;`);
    this.addSql(`alter table "performance_plan" add constraint "performance_plan_year_check" check ("year" >= 2000 and "year" <= 2100);`);
    this.addSql(`alter table "performance_plan" add constraint "performance_plan_status_check" check ("status" in ('DRAFT', 'AGREED'));`);

    this.addSql(`alter table "performance_target" add constraint "performance_target_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "performance_target" add constraint "performance_target_plan_id_foreign" foreign key ("plan_id") references "performance_plan" ("id") on delete cascade;`);
    this.addSql(`alter table "performance_target" add constraint "performance_target_kind_check" check ("kind" in ('MAIN', 'ADDITIONAL'));`);

    this.addSql(`alter table "progress_report" add constraint "progress_report_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "progress_report" add constraint "progress_report_plan_id_foreign" foreign key ("plan_id") references "performance_plan" ("id") on delete cascade;`);
    this.addSql(`alter table "progress_report" add constraint "progress_report_target_id_foreign" foreign key ("target_id") references "performance_target" ("id") on delete cascade;`);
    this.addSql(`alter table "progress_report" add constraint "progress_report_reply_to_id_foreign" foreign key ("reply_to_id") references "progress_report" ("id") on delete cascade;`);
    this.addSql(`alter table "progress_report" add constraint "progress_report_author_id_foreign" foreign key ("author_id") references "employee" ("id");`);
    this.addSql(`alter table "progress_report" add constraint "progress_report_percent_check" check ("percent" is null or ("percent" >= 0 and "percent" <= 100));`);
    this.addSql(`alter table "progress_report" add constraint "progress_report_kind_check" check ("kind" in ('PROGRESS', 'FEEDBACK'));`);

    this.addSql(`alter table "performance_evaluation" add constraint "performance_evaluation_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "performance_evaluation" add constraint "performance_evaluation_plan_id_foreign" foreign key ("plan_id") references "performance_plan" ("id") on delete cascade;`);
    this.addSql(`alter table "performance_evaluation" add constraint "performance_evaluation_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on delete cascade;`);
    this.addSql(`alter table "performance_evaluation" add constraint "performance_evaluation_evaluator_id_foreign" foreign key ("evaluator_id") references "employee" ("id");`);
    this.addSql(`alter table "performance_evaluation" add constraint "performance_evaluation_period_check" check ("period" in ('Q1', 'Q2', 'Q3', 'Q4', 'ANNUAL'));`);
    this.addSql(`alter table "performance_evaluation" add constraint "performance_evaluation_result_rating_check" check ("result_rating" in ('DI_ATAS', 'SESUAI', 'DI_BAWAH'));`);
    this.addSql(`alter table "performance_evaluation" add constraint "performance_evaluation_behaviour_rating_check" check ("behaviour_rating" in ('DI_ATAS', 'SESUAI', 'DI_BAWAH'));`);
    this.addSql(`alter table "performance_evaluation" add constraint "performance_evaluation_predikat_check" check ("predikat" in ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'));`);

    this.addSql(`alter table "rating360_assignment" add constraint "rating360_assignment_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "rating360_assignment" add constraint "rating360_assignment_ratee_id_foreign" foreign key ("ratee_id") references "employee" ("id") on delete cascade;`);
    this.addSql(`alter table "rating360_assignment" add constraint "rating360_assignment_rater_id_foreign" foreign key ("rater_id") references "employee" ("id") on delete cascade;`);
    this.addSql(`alter table "rating360_assignment" add constraint "rating360_self_check" check (("group" = 'SELF') = ("ratee_id" = "rater_id"));`);
    this.addSql(`alter table "rating360_assignment" add constraint "rating360_assignment_group_check" check ("group" in ('SUPERIOR', 'PEER', 'SUBORDINATE', 'SELF'));`);
    this.addSql(`alter table "rating360_assignment" add constraint "rating360_assignment_period_check" check ("period" in ('Q1', 'Q2', 'Q3', 'Q4', 'ANNUAL'));`);

    this.addSql(`alter table "rating360_score" add constraint "rating360_score_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "rating360_score" add constraint "rating360_score_assignment_id_foreign" foreign key ("assignment_id") references "rating360_assignment" ("id") on delete cascade;`);
    this.addSql(`alter table "rating360_score" add constraint "rating360_score_check" check ("score" >= 1 and "score" <= 5);`);
    this.addSql(`alter table "rating360_score" add constraint "rating360_score_value_check" check ("value" in ('BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'));`);

    this.addSql(`alter table "recognition" add constraint "recognition_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "recognition" add constraint "recognition_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on delete cascade;`);
    this.addSql(`alter table "recognition" add constraint "recognition_status_check" check ("status" in ('PROPOSED', 'APPROVED', 'REJECTED'));`);

    this.addSql(`alter table "talent_box" add constraint "talent_box_performance_check" check ("performance" in ('DI_ATAS', 'SESUAI', 'DI_BAWAH'));`);
    this.addSql(`alter table "talent_box" add constraint "talent_box_potential_check" check ("potential" in ('RENDAH', 'MENENGAH', 'TINGGI'));`);

    this.addSql(`alter table "talent_performance_level" add constraint "talent_performance_level_predikat_check" check ("predikat" in ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'));`);
    this.addSql(`alter table "talent_performance_level" add constraint "talent_performance_level_performance_check" check ("performance" in ('DI_ATAS', 'SESUAI', 'DI_BAWAH'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "assessment_score" drop constraint "assessment_score_competency_id_foreign";`);
    this.addSql(`alter table "position_competency" drop constraint "position_competency_competency_id_foreign";`);
    this.addSql(`alter table "assessment_score" drop constraint "assessment_score_assessment_id_foreign";`);
    this.addSql(`alter table "performance_target" drop constraint "performance_target_plan_id_foreign";`);
    this.addSql(`alter table "progress_report" drop constraint "progress_report_plan_id_foreign";`);
    this.addSql(`alter table "performance_evaluation" drop constraint "performance_evaluation_plan_id_foreign";`);
    this.addSql(`alter table "progress_report" drop constraint "progress_report_target_id_foreign";`);
    this.addSql(`alter table "progress_report" drop constraint "progress_report_reply_to_id_foreign";`);
    this.addSql(`alter table "rating360_score" drop constraint "rating360_score_assignment_id_foreign";`);

    this.addSql(`drop table if exists "competency_level_default" cascade;`);
    this.addSql(`drop table if exists "credit_point_coefficient" cascade;`);
    this.addSql(`drop table if exists "credit_point_conversion" cascade;`);
    this.addSql(`drop table if exists "competency" cascade;`);
    this.addSql(`drop table if exists "coaching_plan" cascade;`);
    this.addSql(`drop table if exists "assessment" cascade;`);
    this.addSql(`drop table if exists "assessment_score" cascade;`);
    this.addSql(`drop table if exists "jpm_category" cascade;`);
    this.addSql(`drop table if exists "organization_rating" cascade;`);
    this.addSql(`drop table if exists "distribution_rule" cascade;`);
    this.addSql(`drop table if exists "position_competency" cascade;`);
    this.addSql(`drop table if exists "performance_plan" cascade;`);
    this.addSql(`drop table if exists "performance_target" cascade;`);
    this.addSql(`drop table if exists "progress_report" cascade;`);
    this.addSql(`drop table if exists "performance_evaluation" cascade;`);
    this.addSql(`drop table if exists "rating360_assignment" cascade;`);
    this.addSql(`drop table if exists "rating360_score" cascade;`);
    this.addSql(`drop table if exists "recognition" cascade;`);
    this.addSql(`drop table if exists "talent_box" cascade;`);
    this.addSql(`drop table if exists "talent_performance_level" cascade;`);
  }

}

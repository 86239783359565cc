import { Migration } from '@mikro-orm/migrations';

/** Public satisfaction surveys (SKM), feedback, and their reference data (ASN-RULES §9). */
export class Migration20261123120002_survey extends Migration {

  override name = 'Migration20261123120002_survey';

  override up(): void | Promise<void> {
    this.addSql(`create table "ikm_grade" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "grade" varchar(2) not null, "min_ikm" double precision not null, "max_ikm" double precision not null, "label" varchar(40) not null, "legal_basis" varchar(300) not null, primary key ("id"));`);
    this.addSql(`alter table "ikm_grade" add constraint "ikm_grade_grade_unique" unique ("grade");`);

    this.addSql(`create table "public_service" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "unit_id" uuid not null, "name" varchar(200) not null, "description" varchar(1000) null, "active" boolean not null default true, primary key ("id"));`);
    this.addSql(`create index "public_service_government_id_index" on "public_service" ("government_id");`);
    this.addSql(`create index "public_service_unit_id_index" on "public_service" ("unit_id");`);
    this.addSql(`create index "public_service_name_trgm_idx" on "public_service" using gin ("name" gin_trgm_ops);`);
    this.addSql(`alter table "public_service" add constraint "public_service_unit_id_name_unique" unique ("unit_id", "name");`);

    this.addSql(`create table "survey" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "unit_id" uuid not null, "service_id" uuid null, "title" varchar(200) not null, "period_start" date not null, "period_end" date not null, "population" int not null, "status" text not null default 'OPEN', primary key ("id"));`);
    this.addSql(`create index "survey_government_id_index" on "survey" ("government_id");`);
    this.addSql(`create index "survey_unit_id_index" on "survey" ("unit_id");`);
    this.addSql(`create index "survey_service_id_index" on "survey" ("service_id");`);
    this.addSql(`create index "survey_government_id_period_start_index" on "survey" ("government_id", "period_start");`);

    this.addSql(`create table "survey_element" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "code" varchar(4) not null, "ordinal" int not null, "name" varchar(120) not null, "question" varchar(300) not null, "answer1" varchar(80) not null, "answer2" varchar(80) not null, "answer3" varchar(80) not null, "answer4" varchar(80) not null, "legal_basis" varchar(300) not null, primary key ("id"));`);
    this.addSql(`alter table "survey_element" add constraint "survey_element_code_unique" unique ("code");`);
    this.addSql(`alter table "survey_element" add constraint "survey_element_ordinal_unique" unique ("ordinal");`);

    this.addSql(`create table "survey_response" ("id" uuid not null, "government_id" uuid not null, "survey_id" uuid not null, "submitted_on" date not null, "idempotency_key" varchar(64) not null, "u1" smallint not null, "u2" smallint not null, "u3" smallint not null, "u4" smallint not null, "u5" smallint not null, "u6" smallint not null, "u7" smallint not null, "u8" smallint not null, "u9" smallint not null, "age_band" text null, "sex" text null, "education" text null, "occupation" text null, "suggestion" varchar(1000) null, primary key ("id"));`);
    this.addSql(`create index "survey_response_government_id_index" on "survey_response" ("government_id");`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_idempotency_unique" unique ("survey_id", "idempotency_key");`);

    this.addSql(`create table "feedback" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "government_id" uuid not null, "unit_id" uuid not null, "service_id" uuid null, "tracking_code" varchar(16) not null, "category" text not null, "text" varchar(2000) not null, "contact" varchar(160) null, "status" text not null default 'RECEIVED', "started_at" timestamptz null, "closed_at" timestamptz null, "answer" varchar(4000) null, "answered_by_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "feedback_government_id_index" on "feedback" ("government_id");`);
    this.addSql(`create index "feedback_unit_id_index" on "feedback" ("unit_id");`);
    this.addSql(`create index "feedback_service_id_index" on "feedback" ("service_id");`);
    this.addSql(`alter table "feedback" add constraint "feedback_tracking_code_unique" unique ("tracking_code");`);
    this.addSql(`create index "feedback_government_id_status_created_at_index" on "feedback" ("government_id", "status", "created_at");`);

    this.addSql(`alter table "ikm_grade" add constraint "ikm_grade_range_check" check ("min_ikm" <= "max_ikm");`);

    this.addSql(`alter table "public_service" add constraint "public_service_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "public_service" add constraint "public_service_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id");`);

    this.addSql(`alter table "survey" add constraint "survey_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "survey" add constraint "survey_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id");`);
    this.addSql(`alter table "survey" add constraint "survey_service_id_foreign" foreign key ("service_id") references "public_service" ("id") on delete set null;`);
    this.addSql(`alter table "survey" add constraint "survey_population_check" check ("population" >= 1);`);
    this.addSql(`alter table "survey" add constraint "survey_period_check" check ("period_end" >= "period_start");`);
    this.addSql(`alter table "survey" add constraint "survey_status_check" check ("status" in ('OPEN', 'CLOSED'));`);

    this.addSql(`alter table "survey_response" add constraint "survey_response_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_survey_id_foreign" foreign key ("survey_id") references "survey" ("id");`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_answers_check" check ("u1" >= 1 and "u1" <= 4 and "u2" >= 1 and "u2" <= 4 and "u3" >= 1 and "u3" <= 4 and "u4" >= 1 and "u4" <= 4 and "u5" >= 1 and "u5" <= 4 and "u6" >= 1 and "u6" <= 4 and "u7" >= 1 and "u7" <= 4 and "u8" >= 1 and "u8" <= 4 and "u9" >= 1 and "u9" <= 4);`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_age_band_check" check ("age_band" in ('UNDER_20', 'AGE_20_29', 'AGE_30_39', 'AGE_40_49', 'AGE_50_59', 'AGE_60_PLUS'));`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_sex_check" check ("sex" in ('MALE', 'FEMALE'));`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_education_check" check ("education" in ('SD', 'SMP', 'SMA', 'DIPLOMA', 'S1_D4', 'S2_PLUS'));`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_occupation_check" check ("occupation" in ('PNS', 'TNI', 'POLRI', 'SWASTA', 'WIRAUSAHA', 'PELAJAR_MAHASISWA', 'LAINNYA'));`);

    this.addSql(`alter table "feedback" add constraint "feedback_government_id_foreign" foreign key ("government_id") references "government" ("id");`);
    this.addSql(`alter table "feedback" add constraint "feedback_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id");`);
    this.addSql(`alter table "feedback" add constraint "feedback_service_id_foreign" foreign key ("service_id") references "public_service" ("id") on delete set null;`);
    this.addSql(`alter table "feedback" add constraint "feedback_answered_by_id_foreign" foreign key ("answered_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "feedback" add constraint "feedback_category_check" check ("category" in ('COMPLAINT', 'SUGGESTION', 'APPRECIATION'));`);
    this.addSql(`alter table "feedback" add constraint "feedback_status_check" check ("status" in ('RECEIVED', 'IN_PROGRESS', 'ANSWERED', 'REJECTED'));`);

    // Reference data (ASN-RULES §9): the nine elements with the standard questionnaire wording, the
    // grade table, and the configurable values this module reads (national defaults).
    this.addSql(`insert into "survey_element" ("id", "created_at", "updated_at", "version", "code", "ordinal", "name", "question", "answer1", "answer2", "answer3", "answer4", "legal_basis") values
        (gen_random_uuid(), now(), now(), 1, 'U1', 1, 'Persyaratan', 'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?', 'Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai', 'PermenPANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik, Lampiran'),
        (gen_random_uuid(), now(), now(), 1, 'U2', 2, 'Sistem, Mekanisme dan Prosedur', 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?', 'Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah', 'PermenPANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik, Lampiran'),
        (gen_random_uuid(), now(), now(), 1, 'U3', 3, 'Waktu Penyelesaian', 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?', 'Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat', 'PermenPANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik, Lampiran'),
        (gen_random_uuid(), now(), now(), 1, 'U4', 4, 'Biaya/Tarif', 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?', 'Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis', 'PermenPANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik, Lampiran'),
        (gen_random_uuid(), now(), now(), 1, 'U5', 5, 'Produk Spesifikasi Jenis Pelayanan', 'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?', 'Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai', 'PermenPANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik, Lampiran'),
        (gen_random_uuid(), now(), now(), 1, 'U6', 6, 'Kompetensi Pelaksana', 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?', 'Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten', 'PermenPANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik, Lampiran'),
        (gen_random_uuid(), now(), now(), 1, 'U7', 7, 'Perilaku Pelaksana', 'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?', 'Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah', 'PermenPANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik, Lampiran'),
        (gen_random_uuid(), now(), now(), 1, 'U8', 8, 'Penanganan Pengaduan, Saran dan Masukan', 'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?', 'Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik', 'PermenPANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik, Lampiran'),
        (gen_random_uuid(), now(), now(), 1, 'U9', 9, 'Sarana dan Prasarana', 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?', 'Buruk', 'Cukup', 'Baik', 'Sangat baik', 'PermenPANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik, Lampiran');`);
    this.addSql(`insert into "ikm_grade" ("id", "created_at", "updated_at", "version", "grade", "min_ikm", "max_ikm", "label", "legal_basis") values
        (gen_random_uuid(), now(), now(), 1, 'A', 88.31, 100.00, 'Sangat Baik', 'PermenPANRB Nomor 14 Tahun 2017, Lampiran: nilai interval konversi IKM, mutu pelayanan dan kinerja unit pelayanan'),
        (gen_random_uuid(), now(), now(), 1, 'B', 76.61, 88.30, 'Baik', 'PermenPANRB Nomor 14 Tahun 2017, Lampiran: nilai interval konversi IKM, mutu pelayanan dan kinerja unit pelayanan'),
        (gen_random_uuid(), now(), now(), 1, 'C', 65.00, 76.60, 'Kurang Baik', 'PermenPANRB Nomor 14 Tahun 2017, Lampiran: nilai interval konversi IKM, mutu pelayanan dan kinerja unit pelayanan'),
        (gen_random_uuid(), now(), now(), 1, 'D', 25.00, 64.99, 'Tidak Baik', 'PermenPANRB Nomor 14 Tahun 2017, Lampiran: nilai interval konversi IKM, mutu pelayanan dan kinerja unit pelayanan');`);
    this.addSql(`insert into "setting" ("id", "created_at", "updated_at", "version", "government_id", "key", "value", "min", "max", "description", "legal_basis") values
        (gen_random_uuid(), now(), now(), 1, null, 'survey.feedbackTargetDays', 14, 1, 60, 'Target penyelesaian pengaduan masyarakat: hari kalender sejak diterima sampai dijawab', 'UU 25/2009 tentang Pelayanan Publik Pasal 50 (paling lambat 60 hari); Perpres 76/2013; target layanan ditetapkan instansi'),
        (gen_random_uuid(), now(), now(), 1, null, 'survey.minResponsesForResults', 5, 3, 1000, 'Jumlah responden paling sedikit agar hasil SKM ditampilkan (agar tidak ada responden yang dapat dikenali)', 'UU 27/2022 tentang Pelindungan Data Pribadi; PermenPANRB 14/2017 (hasil SKM dipublikasikan secara agregat)');`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "setting" where "key" in ('survey.feedbackTargetDays', 'survey.minResponsesForResults');`);
    this.addSql(`alter table "survey" drop constraint "survey_service_id_foreign";`);
    this.addSql(`alter table "feedback" drop constraint "feedback_service_id_foreign";`);
    this.addSql(`alter table "survey_response" drop constraint "survey_response_survey_id_foreign";`);

    this.addSql(`drop table if exists "ikm_grade" cascade;`);
    this.addSql(`drop table if exists "public_service" cascade;`);
    this.addSql(`drop table if exists "survey" cascade;`);
    this.addSql(`drop table if exists "survey_element" cascade;`);
    this.addSql(`drop table if exists "survey_response" cascade;`);
    this.addSql(`drop table if exists "feedback" cascade;`);
  }

}

import { Migration } from '@mikro-orm/migrations';

const q = (s: string) => `'${s.replaceAll("'", "''")}'`;
const KOMPETENSI = 'PermenPANRB 38/2017 tentang Standar Kompetensi Jabatan ASN';

// The national competency dictionary (ASN-RULES §5), with what each level 1-5 means.
const COMPETENCIES: [code: string, name: string, kind: string, description: string, levels: string[]][] = [
  ['M.01', 'Integritas', 'MANAGERIAL', 'Konsisten berperilaku selaras dengan nilai, norma dan/atau etika organisasi, jujur dalam hubungan dengan manajemen, rekan kerja, bawahan, dan pemangku kepentingan, serta bertanggung jawab atas tindakan dan keputusan beserta risikonya.', [
    'Bertindak sesuai nilai, norma, dan etika organisasi dalam kapasitas pribadi',
    'Mengingatkan dan mengajak rekan kerja bertindak sesuai nilai, norma, dan etika organisasi',
    'Memastikan dan menanamkan keyakinan bersama agar anggota yang dipimpin bertindak sesuai nilai, norma, dan etika organisasi',
    'Menciptakan situasi kerja yang membuat rekan kerja konsisten mematuhi nilai, norma, dan etika organisasi',
    'Menjadi teladan penerapan standar keadilan dan etika di tingkat nasional',
  ]],
  ['M.02', 'Kerjasama', 'MANAGERIAL', 'Menjalin, membina, dan mempertahankan hubungan kerja yang efektif, berkomitmen saling membantu menyelesaikan tugas, dan mengoptimalkan sumber daya untuk tujuan strategis organisasi.', [
    'Berpartisipasi dalam kelompok kerja',
    'Menumbuhkan tim kerja yang partisipatif dan efektif',
    'Efektif membangun tim kerja untuk peningkatan kinerja organisasi',
    'Membangun komitmen dan sinergi tim',
    'Menciptakan jejaring kerja untuk kepentingan organisasi dan bangsa',
  ]],
  ['M.03', 'Komunikasi', 'MANAGERIAL', 'Menerangkan pandangan dan gagasan secara jelas, sistematis, dan logis secara lisan maupun tertulis; memastikan pemahaman; mendengarkan secara aktif; serta meyakinkan orang lain untuk mencapai tujuan organisasi.', [
    'Menyampaikan informasi dengan jelas, lengkap, dan dengan pemahaman yang sama',
    'Aktif berkomunikasi secara formal dan informal, mendengarkan, dan menyusun materi presentasi, naskah, dan laporan',
    'Berkomunikasi secara asertif, termasuk menyampaikan informasi yang sensitif atau kompleks',
    'Mengemukakan pemikiran multidimensi untuk mendorong kesepakatan yang meningkatkan kinerja',
    'Menggagas sistem komunikasi yang terbuka secara strategis untuk mencari solusi dan meningkatkan kinerja',
  ]],
  ['M.04', 'Orientasi pada Hasil', 'MANAGERIAL', 'Mempertahankan komitmen pribadi yang tinggi untuk menyelesaikan tugas, dapat diandalkan dan bertanggung jawab, serta mengidentifikasi risiko dan peluang secara sistematis untuk keberhasilan organisasi.', [
    'Bertanggung jawab memenuhi standar kerja',
    'Berupaya mencapai hasil kerja di atas standar dan mencoba metode alternatif',
    'Menetapkan target kerja yang menantang bagi unit kerja',
    'Mendorong unit kerja mencapai atau melampaui target',
    'Menciptakan standar kerja yang optimal bagi organisasi',
  ]],
  ['M.05', 'Pelayanan Publik', 'MANAGERIAL', 'Melaksanakan tugas pemerintahan, pembangunan, dan pelayanan publik secara profesional, transparan, objektif, netral, tidak memihak, dan tidak diskriminatif.', [
    'Menjalankan pelayanan sesuai standar operasional prosedur',
    'Menyelia dan menjelaskan pelaksanaan pelayanan publik secara transparan',
    'Memanfaatkan kekuatan kelompok dan memperbaiki standar pelayanan di unit kerja',
    'Memantau, mengevaluasi, dan mengantisipasi dampak isu jangka panjang terhadap pelayanan',
    'Memastikan kebijakan yang menjamin pelayanan publik yang objektif, netral, dan tidak diskriminatif',
  ]],
  ['M.06', 'Pengembangan Diri dan Orang Lain', 'MANAGERIAL', 'Meningkatkan pengetahuan dan keterampilan diri, menginspirasi dan membimbing orang lain untuk mengembangkan potensinya, serta mendorong kemauan belajar sepanjang hayat.', [
    'Mengembangkan diri',
    'Meningkatkan kemampuan bawahan dengan memberi contoh dan penjelasan',
    'Memberikan umpan balik dan bimbingan',
    'Menyusun program pengembangan jangka panjang',
    'Menciptakan situasi yang mendorong organisasi belajar berkelanjutan',
  ]],
  ['M.07', 'Mengelola Perubahan', 'MANAGERIAL', 'Menyesuaikan diri dengan situasi yang baru atau berubah, mendukung dan memimpin inisiatif perubahan, serta bertanggung jawab memastikan perubahan berhasil diterapkan.', [
    'Mengikuti perubahan dengan arahan',
    'Proaktif beradaptasi mengikuti perubahan',
    'Membantu orang lain mengikuti dan mengantisipasi perubahan',
    'Memimpin perubahan pada unit kerja',
    'Mengelola perubahan yang berdampak luas bagi organisasi',
  ]],
  ['M.08', 'Pengambilan Keputusan', 'MANAGERIAL', 'Membuat keputusan yang baik, tepat waktu, dan dengan keyakinan setelah mempertimbangkan informasi, alternatif, dan konsekuensinya secara sistematis, serta bertanggung jawab atas keputusan tersebut.', [
    'Mengumpulkan informasi untuk bertindak sesuai kewenangan',
    'Menganalisis masalah secara mendalam',
    'Membandingkan alternatif dan menyeimbangkan risiko implementasi',
    'Menyelesaikan masalah berisiko tinggi dan memitigasi dampak keputusan',
    'Mengambil keputusan untuk masalah strategis berdampak nasional',
  ]],
  ['S.01', 'Perekat Bangsa', 'SOCIOCULTURAL', 'Mempromosikan toleransi, keterbukaan, dan kepekaan terhadap perbedaan; mempersatukan masyarakat di tengah kemajemukan Indonesia; serta menjaga persatuan dan kesatuan.', [
    'Peka memahami dan menerima kemajemukan',
    'Aktif mengembangkan sikap saling menghargai dan persatuan',
    'Mempromosikan dan mengembangkan sikap toleransi dan persatuan',
    'Mendayagunakan perbedaan secara konstruktif untuk efektivitas organisasi',
    'Menjadi wakil pemerintah dalam membangun hubungan sosial psikologis dengan masyarakat',
  ]],
];

// ASN-RULES §5: typical required level by kind of position (functional: by level).
const LEVEL_DEFAULTS: [kind: string, functionalLevel: string | null, level: number][] = [
  ['JPT_UTAMA', null, 5], ['JPT_MADYA', null, 5], ['JPT_PRATAMA', null, 4], ['ADMINISTRATOR', null, 3], ['PENGAWAS', null, 2], ['PELAKSANA', null, 1],
  ['FUNGSIONAL', 'AHLI_UTAMA', 4], ['FUNGSIONAL', 'AHLI_MADYA', 3], ['FUNGSIONAL', 'AHLI_MUDA', 2], ['FUNGSIONAL', 'AHLI_PERTAMA', 1],
  ['FUNGSIONAL', 'PENYELIA', 1], ['FUNGSIONAL', 'MAHIR', 1], ['FUNGSIONAL', 'TERAMPIL', 1], ['FUNGSIONAL', 'PEMULA', 1],
];

const JPM = 'Peraturan BKN 26/2019 tentang Pembinaan Penyelenggara Penilaian Kompetensi (kategori job person match)';
const JPM_CATEGORIES: [purpose: string, code: string, label: string, min: number][] = [
  ['MAPPING', 'OPTIMAL', 'Optimal', 90], ['MAPPING', 'CUKUP_OPTIMAL', 'Cukup Optimal', 78], ['MAPPING', 'KURANG_OPTIMAL', 'Kurang Optimal', 0],
  ['SELECTION', 'MEMENUHI_SYARAT', 'Memenuhi Syarat', 80], ['SELECTION', 'MASIH_MEMENUHI_SYARAT', 'Masih Memenuhi Syarat', 68], ['SELECTION', 'KURANG_MEMENUHI_SYARAT', 'Kurang Memenuhi Syarat', 0],
];

const DIST = 'SE MenPANRB 3/2023 (distribusi predikat kinerja pegawai menurut predikat organisasi)';
const DISTRIBUTION: [org: string, predikats: string[], bound: string, value: number, description: string][] = [
  ['ISTIMEWA', ['SANGAT_BAIK'], 'AT_MOST_PERCENT', 70, 'Paling banyak 70% pegawai Sangat Baik'],
  ['BAIK', ['BAIK'], 'AT_MOST_PERCENT', 70, 'Paling banyak 70% pegawai Baik'],
  ['BAIK', ['BUTUH_PERBAIKAN', 'KURANG'], 'AT_LEAST_COUNT', 1, 'Ada pegawai Butuh Perbaikan dan/atau Kurang'],
  ['BUTUH_PERBAIKAN', ['BUTUH_PERBAIKAN'], 'AT_LEAST_PERCENT', 60, 'Paling sedikit 60% pegawai Butuh Perbaikan'],
  ['BUTUH_PERBAIKAN', ['SANGAT_BAIK'], 'AT_MOST_PERCENT', 10, 'Paling banyak 10% pegawai Sangat Baik'],
  ['KURANG', ['KURANG'], 'AT_LEAST_PERCENT', 60, 'Paling sedikit 60% pegawai Kurang/Misconduct'],
  ['KURANG', ['BUTUH_PERBAIKAN'], 'AT_LEAST_PERCENT', 10, 'Paling sedikit 10% pegawai Butuh Perbaikan'],
  ['KURANG', ['SANGAT_BAIK'], 'AT_MOST_PERCENT', 10, 'Paling banyak 10% pegawai Sangat Baik'],
  ['SANGAT_KURANG', ['SANGAT_KURANG'], 'AT_LEAST_PERCENT', 60, 'Paling sedikit 60% pegawai Sangat Kurang'],
  ['SANGAT_KURANG', ['KURANG', 'BUTUH_PERBAIKAN'], 'AT_LEAST_PERCENT', 10, 'Paling sedikit 10% pegawai Kurang dan/atau Butuh Perbaikan'],
  ['SANGAT_KURANG', ['SANGAT_BAIK'], 'AT_MOST_PERCENT', 0, 'Tidak ada pegawai Sangat Baik'],
];

const CREDIT = 'PermenPANRB 1/2023; Peraturan BKN 3/2023 (konversi predikat kinerja ke angka kredit)';
const CONVERSION: [predikat: string, percent: number][] = [['SANGAT_BAIK', 150], ['BAIK', 100], ['BUTUH_PERBAIKAN', 75], ['KURANG', 50], ['SANGAT_KURANG', 25]];
const COEFFICIENTS: [level: string, coefficient: number][] = [
  ['AHLI_PERTAMA', 12.5], ['AHLI_MUDA', 25], ['AHLI_MADYA', 37.5], ['AHLI_UTAMA', 50],
  ['PEMULA', 3.75], ['TERAMPIL', 5], ['MAHIR', 12.5], ['PENYELIA', 25],
];

const TALENT = 'PermenPANRB 3/2020 tentang Manajemen Talenta ASN (kotak talenta 9)';
const BOXES: [box: number, performance: string, potential: string, label: string, actions: string][] = [
  [9, 'DI_ATAS', 'TINGGI', 'Kinerja di atas ekspektasi, potensial tinggi', 'Dipromosikan dan dipertahankan; masuk kelompok rencana suksesi'],
  [8, 'SESUAI', 'TINGGI', 'Kinerja sesuai ekspektasi, potensial tinggi', 'Dipertahankan; masuk kelompok rencana suksesi; rotasi atau perluasan jabatan'],
  [7, 'DI_ATAS', 'MENENGAH', 'Kinerja di atas ekspektasi, potensial menengah', 'Dipertahankan; masuk kelompok rencana suksesi; pengembangan kompetensi'],
  [6, 'DI_BAWAH', 'TINGGI', 'Kinerja di bawah ekspektasi, potensial tinggi', 'Penempatan yang sesuai; bimbingan kinerja'],
  [5, 'SESUAI', 'MENENGAH', 'Kinerja sesuai ekspektasi, potensial menengah', 'Penempatan yang sesuai; bimbingan kinerja; pengembangan kompetensi'],
  [4, 'DI_ATAS', 'RENDAH', 'Kinerja di atas ekspektasi, potensial rendah', 'Rotasi; pengembangan kompetensi'],
  [3, 'DI_BAWAH', 'MENENGAH', 'Kinerja di bawah ekspektasi, potensial menengah', 'Bimbingan kinerja; konseling; pengembangan kompetensi'],
  [2, 'SESUAI', 'RENDAH', 'Kinerja sesuai ekspektasi, potensial rendah', 'Bimbingan kinerja; pengembangan kompetensi'],
  [1, 'DI_BAWAH', 'RENDAH', 'Kinerja di bawah ekspektasi, potensial rendah', 'Diproses sesuai ketentuan peraturan perundang-undangan'],
];
const PERFORMANCE_LEVELS: [predikat: string, performance: string][] = [
  ['SANGAT_BAIK', 'DI_ATAS'], ['BAIK', 'SESUAI'], ['BUTUH_PERBAIKAN', 'DI_BAWAH'], ['KURANG', 'DI_BAWAH'], ['SANGAT_KURANG', 'DI_BAWAH'],
];

const SETTINGS: [key: string, value: number, min: number, max: number, description: string, legalBasis: string][] = [
  ['behaviour360.minRaters', 3, 2, 20, 'Penilai minimal per kelompok (rekan kerja, bawahan) agar rata-rata 360 derajat ditampilkan', 'PP 30/2019 tentang Penilaian Kinerja PNS (hasil penilaian 360 hanya agregat)'],
  ['talent.potential.medium', 60, 0, 100, 'Skor potensial terendah yang dihitung Menengah pada kotak talenta', TALENT],
  ['talent.potential.high', 80, 0, 100, 'Skor potensial terendah yang dihitung Tinggi pada kotak talenta', TALENT],
];

const row = (...values: (string | number | null)[]) => `(gen_random_uuid(), now(), now(), 1, ${values.map((v) => (v === null ? 'null' : typeof v === 'number' ? String(v) : q(v))).join(', ')})`;

/** Reference data of competencies, performance, credit points and talent (ASN-RULES §3-§7), editable afterwards. */
export class Migration20261123115403_competency_performance_reference extends Migration {
  override name = 'Migration20261123115403_competency_performance_reference';

  override up(): void | Promise<void> {
    const base = '"id", "created_at", "updated_at", "version"';
    this.addSql(`insert into "competency" (${base}, "government_id", "code", "name", "kind", "description", "level_descriptions", "legal_basis") values ${COMPETENCIES.map(([code, name, kind, description, levels]) => row(null, code, name, kind, description, JSON.stringify(levels), KOMPETENSI)).join(', ')};`);
    this.addSql(`insert into "competency_level_default" (${base}, "position_kind", "functional_level", "required_level", "legal_basis") values ${LEVEL_DEFAULTS.map(([k, f, l]) => row(k, f, l, KOMPETENSI + ' (nilai tipikal; dapat diubah per jabatan)')).join(', ')};`);
    this.addSql(`insert into "jpm_category" (${base}, "purpose", "code", "label", "min_percent", "legal_basis") values ${JPM_CATEGORIES.map(([p, c, l, m]) => row(p, c, l, m, JPM)).join(', ')};`);
    this.addSql(`insert into "distribution_rule" (${base}, "organization_rating", "predikats", "bound", "value", "description", "legal_basis") values ${DISTRIBUTION.map(([o, p, b, v, d]) => row(o, JSON.stringify(p), b, v, d, DIST)).join(', ')};`);
    this.addSql(`insert into "credit_point_conversion" (${base}, "predikat", "percent", "legal_basis") values ${CONVERSION.map(([p, v]) => row(p, v, CREDIT)).join(', ')};`);
    this.addSql(`insert into "credit_point_coefficient" (${base}, "functional_level", "coefficient", "legal_basis") values ${COEFFICIENTS.map(([l, c]) => row(l, c, CREDIT)).join(', ')};`);
    this.addSql(`insert into "talent_box" (${base}, "box", "performance", "potential", "label", "actions", "legal_basis") values ${BOXES.map(([b, p, o, l, a]) => row(b, p, o, l, a, TALENT)).join(', ')};`);
    this.addSql(`insert into "talent_performance_level" (${base}, "predikat", "performance", "legal_basis") values ${PERFORMANCE_LEVELS.map(([p, l]) => row(p, l, TALENT)).join(', ')};`);
    this.addSql(`insert into "setting" (${base}, "government_id", "key", "value", "min", "max", "description", "legal_basis") values ${SETTINGS.map(([k, v, mn, mx, d, l]) => row(null, k, v, mn, mx, d, l)).join(', ')};`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "setting" where "key" in (${SETTINGS.map(([k]) => q(k)).join(', ')}) and "government_id" is null;`);
    for (const t of ['talent_performance_level', 'talent_box', 'credit_point_coefficient', 'credit_point_conversion', 'distribution_rule', 'jpm_category', 'competency_level_default']) this.addSql(`delete from "${t}";`);
    this.addSql(`delete from "competency" where "government_id" is null;`);
  }
}

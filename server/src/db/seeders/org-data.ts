// The demo governments: real perangkat daerah, kecamatan and kelurahan names of Kota Semarang and
// Kota Tebingtinggi (populations approximate). Positions are generated from these by demo.ts.

export interface GovernmentSeed {
  code: string;
  name: string;
  province: string;
  /** Kemendagri region digits, used for NIKs. */
  region: string;
  shortName: string;
  /** Share of the requested employees. */
  share: number;
  agencies: AgencySeed[];
  kecamatan: { name: string; population: number; kelurahan: string[] }[];
  puskesmas: string[];
  hospital: string;
  /** Schools: [prefix, count] e.g. ['SD Negeri', 60]. */
  schools: [string, number][];
}

export type AgencyKind = 'SEKRETARIAT_DAERAH' | 'SEKRETARIAT_DPRD' | 'INSPEKTORAT' | 'DINAS' | 'BADAN' | 'SATUAN';
export type SectorName =
  | 'PEMERINTAHAN'
  | 'KESEHATAN'
  | 'PENDIDIKAN'
  | 'INFRASTRUKTUR'
  | 'EKONOMI'
  | 'SOSIAL'
  | 'KEUANGAN'
  | 'KEPEGAWAIAN'
  | 'PERENCANAAN'
  | 'PENGAWASAN'
  | 'KETERTIBAN'
  | 'KEPENDUDUKAN'
  | 'PERHUBUNGAN'
  | 'LINGKUNGAN';

export interface AgencySeed {
  code: string;
  name: string;
  kind: AgencyKind;
  sector: SectorName;
  /** Bidang / bagian below the head. */
  divisions: string[];
  /** Relative size (number of staff positions). */
  size: number;
  /** Functional families typical of the agency: [title, expert?]. */
  functional: [string, boolean][];
  role?: 'HEALTH' | 'EDUCATION' | 'HR';
}

const GENERIC_FUNCTIONAL: [string, boolean][] = [
  ['Analis Kebijakan', true],
  ['Perencana', true],
  ['Pranata Komputer', true],
  ['Arsiparis', false],
];

export const SEMARANG: GovernmentSeed = {
  code: '33.74',
  name: 'Pemerintah Kota Semarang',
  province: 'Jawa Tengah',
  region: '3374',
  shortName: 'Semarang',
  share: 0.86,
  agencies: [
    { code: 'SETDA', name: 'Sekretariat Daerah', kind: 'SEKRETARIAT_DAERAH', sector: 'PEMERINTAHAN', size: 8, divisions: ['Bagian Pemerintahan', 'Bagian Hukum', 'Bagian Organisasi', 'Bagian Perekonomian dan Kesejahteraan Rakyat', 'Bagian Pengadaan Barang dan Jasa', 'Bagian Umum', 'Bagian Protokol dan Komunikasi Pimpinan'], functional: [['Analis Hukum', true], ['Perancang Peraturan Perundang-undangan', true], ['Pengelola Pengadaan Barang/Jasa', true], ...GENERIC_FUNCTIONAL] },
    { code: 'SETWAN', name: 'Sekretariat DPRD', kind: 'SEKRETARIAT_DPRD', sector: 'PEMERINTAHAN', size: 4, divisions: ['Bagian Umum dan Keuangan', 'Bagian Persidangan dan Perundang-undangan', 'Bagian Fasilitasi Penganggaran dan Pengawasan'], functional: [['Analis Hukum', true], ...GENERIC_FUNCTIONAL] },
    { code: 'INSP', name: 'Inspektorat', kind: 'INSPEKTORAT', sector: 'PENGAWASAN', size: 4, divisions: ['Inspektur Pembantu Wilayah I', 'Inspektur Pembantu Wilayah II', 'Inspektur Pembantu Wilayah III', 'Inspektur Pembantu Wilayah IV'], functional: [['Auditor', true], ['Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah', true]] },
    { code: 'BAPPEDA', name: 'Badan Perencanaan Pembangunan Daerah', kind: 'BADAN', sector: 'PERENCANAAN', size: 4, divisions: ['Bidang Perencanaan dan Pengendalian', 'Bidang Ekonomi', 'Bidang Sosial Budaya', 'Bidang Fisik dan Prasarana'], functional: [['Perencana', true], ['Statistisi', true], ['Peneliti', true]] },
    { code: 'BPKAD', name: 'Badan Pengelolaan Keuangan dan Aset Daerah', kind: 'BADAN', sector: 'KEUANGAN', size: 5, divisions: ['Bidang Anggaran', 'Bidang Perbendaharaan', 'Bidang Akuntansi', 'Bidang Aset'], functional: [['Analis Keuangan Pusat dan Daerah', true], ['Analis Pengelolaan Keuangan APBN', true], ...GENERIC_FUNCTIONAL] },
    { code: 'BAPENDA', name: 'Badan Pendapatan Daerah', kind: 'BADAN', sector: 'KEUANGAN', size: 5, divisions: ['Bidang Pajak Daerah I', 'Bidang Pajak Daerah II', 'Bidang Pajak Bumi dan Bangunan', 'Bidang Pengembangan dan Penetapan'], functional: [['Penilai Pajak Bumi dan Bangunan', true], ...GENERIC_FUNCTIONAL] },
    { code: 'BKPP', name: 'Badan Kepegawaian, Pendidikan dan Pelatihan', kind: 'BADAN', sector: 'KEPEGAWAIAN', size: 4, role: 'HR', divisions: ['Bidang Pengadaan dan Informasi Kepegawaian', 'Bidang Mutasi dan Promosi', 'Bidang Pengembangan Kompetensi', 'Bidang Penilaian Kinerja dan Penghargaan'], functional: [['Analis Sumber Daya Manusia Aparatur', true], ['Widyaiswara', true], ['Asesor Sumber Daya Manusia Aparatur', true], ['Pranata Komputer', true]] },
    { code: 'KESBANGPOL', name: 'Badan Kesatuan Bangsa dan Politik', kind: 'BADAN', sector: 'PEMERINTAHAN', size: 2, divisions: ['Bidang Ideologi dan Wawasan Kebangsaan', 'Bidang Politik Dalam Negeri'], functional: GENERIC_FUNCTIONAL },
    { code: 'BPBD', name: 'Badan Penanggulangan Bencana Daerah', kind: 'BADAN', sector: 'KETERTIBAN', size: 3, divisions: ['Bidang Pencegahan dan Kesiapsiagaan', 'Bidang Kedaruratan dan Logistik', 'Bidang Rehabilitasi dan Rekonstruksi'], functional: [['Analis Bencana', true], ...GENERIC_FUNCTIONAL] },
    { code: 'DISDIK', name: 'Dinas Pendidikan', kind: 'DINAS', sector: 'PENDIDIKAN', size: 5, role: 'EDUCATION', divisions: ['Bidang Pembinaan Sekolah Dasar', 'Bidang Pembinaan Sekolah Menengah Pertama', 'Bidang Pembinaan PAUD dan Pendidikan Nonformal', 'Bidang Pendidik dan Tenaga Kependidikan'], functional: [['Pengawas Sekolah', true], ['Pamong Belajar', true], ...GENERIC_FUNCTIONAL] },
    { code: 'DINKES', name: 'Dinas Kesehatan', kind: 'DINAS', sector: 'KESEHATAN', size: 5, role: 'HEALTH', divisions: ['Bidang Kesehatan Masyarakat', 'Bidang Pencegahan dan Pengendalian Penyakit', 'Bidang Pelayanan Kesehatan', 'Bidang Sumber Daya Kesehatan'], functional: [['Epidemiolog Kesehatan', true], ['Administrator Kesehatan', true], ['Penyuluh Kesehatan Masyarakat', true], ['Pranata Komputer', true]] },
    { code: 'DPU', name: 'Dinas Pekerjaan Umum', kind: 'DINAS', sector: 'INFRASTRUKTUR', size: 6, divisions: ['Bidang Bina Marga', 'Bidang Sumber Daya Air dan Drainase', 'Bidang Jasa Konstruksi', 'Bidang Bangunan Gedung'], functional: [['Teknik Jalan dan Jembatan', true], ['Teknik Pengairan', true], ['Penata Bangunan Gedung dan Permukiman', true]] },
    { code: 'DISTARU', name: 'Dinas Penataan Ruang', kind: 'DINAS', sector: 'INFRASTRUKTUR', size: 3, divisions: ['Bidang Perencanaan Tata Ruang', 'Bidang Pemanfaatan Ruang', 'Bidang Pengendalian Pemanfaatan Ruang'], functional: [['Penata Ruang', true], ...GENERIC_FUNCTIONAL] },
    { code: 'DISPERKIM', name: 'Dinas Perumahan dan Kawasan Permukiman', kind: 'DINAS', sector: 'INFRASTRUKTUR', size: 3, divisions: ['Bidang Perumahan', 'Bidang Kawasan Permukiman', 'Bidang Pertamanan dan Pemakaman'], functional: [['Penata Bangunan Gedung dan Permukiman', true]] },
    { code: 'DISHUB', name: 'Dinas Perhubungan', kind: 'DINAS', sector: 'PERHUBUNGAN', size: 6, divisions: ['Bidang Lalu Lintas', 'Bidang Angkutan', 'Bidang Perparkiran', 'Bidang Pengembangan Sarana dan Prasarana'], functional: [['Penguji Kendaraan Bermotor', false], ['Asisten Manajemen Lalu Lintas', false]] },
    { code: 'DLH', name: 'Dinas Lingkungan Hidup', kind: 'DINAS', sector: 'LINGKUNGAN', size: 5, divisions: ['Bidang Pengelolaan Sampah', 'Bidang Pengendalian Pencemaran', 'Bidang Penataan dan Peningkatan Kapasitas Lingkungan Hidup'], functional: [['Pengendali Dampak Lingkungan', true], ['Pengawas Lingkungan Hidup', true]] },
    { code: 'DISDUKCAPIL', name: 'Dinas Kependudukan dan Pencatatan Sipil', kind: 'DINAS', sector: 'KEPENDUDUKAN', size: 4, divisions: ['Bidang Pelayanan Pendaftaran Penduduk', 'Bidang Pelayanan Pencatatan Sipil', 'Bidang Pengelolaan Informasi Administrasi Kependudukan'], functional: [['Administrator Database Kependudukan', true], ['Pranata Komputer', true]] },
    { code: 'DINSOS', name: 'Dinas Sosial', kind: 'DINAS', sector: 'SOSIAL', size: 3, divisions: ['Bidang Rehabilitasi Sosial', 'Bidang Perlindungan dan Jaminan Sosial', 'Bidang Pemberdayaan Sosial'], functional: [['Pekerja Sosial', true], ['Penyuluh Sosial', true]] },
    { code: 'DISNAKER', name: 'Dinas Tenaga Kerja', kind: 'DINAS', sector: 'EKONOMI', size: 2, divisions: ['Bidang Pelatihan dan Penempatan Tenaga Kerja', 'Bidang Hubungan Industrial'], functional: [['Mediator Hubungan Industrial', true], ['Pengantar Kerja', true]] },
    { code: 'DINKOP', name: 'Dinas Koperasi dan Usaha Mikro', kind: 'DINAS', sector: 'EKONOMI', size: 2, divisions: ['Bidang Kelembagaan Koperasi', 'Bidang Usaha Mikro'], functional: [['Pengawas Koperasi', true], ...GENERIC_FUNCTIONAL] },
    { code: 'DISDAG', name: 'Dinas Perdagangan', kind: 'DINAS', sector: 'EKONOMI', size: 4, divisions: ['Bidang Pengelolaan Pasar', 'Bidang Pengembangan Perdagangan', 'Bidang Metrologi Legal'], functional: [['Penera', false], ['Pengawas Perdagangan', true]] },
    { code: 'DPMPTSP', name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', kind: 'DINAS', sector: 'EKONOMI', size: 3, divisions: ['Bidang Perizinan', 'Bidang Penanaman Modal', 'Bidang Pengaduan dan Informasi'], functional: [['Analis Kebijakan', true], ['Penata Perizinan', true]] },
    { code: 'DISKOMINFO', name: 'Dinas Komunikasi, Informatika, Statistik dan Persandian', kind: 'DINAS', sector: 'PEMERINTAHAN', size: 3, divisions: ['Bidang Informasi dan Komunikasi Publik', 'Bidang Aplikasi Informatika', 'Bidang Statistik dan Persandian'], functional: [['Pranata Komputer', true], ['Pranata Hubungan Masyarakat', true], ['Statistisi', true], ['Sandiman', true]] },
    { code: 'DISBUDPAR', name: 'Dinas Kebudayaan dan Pariwisata', kind: 'DINAS', sector: 'EKONOMI', size: 3, divisions: ['Bidang Kebudayaan', 'Bidang Destinasi Pariwisata', 'Bidang Pemasaran Pariwisata'], functional: [['Pamong Budaya', true], ['Adyatama Kepariwisataan dan Ekonomi Kreatif', true]] },
    { code: 'DISPORA', name: 'Dinas Kepemudaan dan Olahraga', kind: 'DINAS', sector: 'SOSIAL', size: 2, divisions: ['Bidang Kepemudaan', 'Bidang Olahraga'], functional: GENERIC_FUNCTIONAL },
    { code: 'DISARPUS', name: 'Dinas Arsip dan Perpustakaan', kind: 'DINAS', sector: 'PEMERINTAHAN', size: 2, divisions: ['Bidang Kearsipan', 'Bidang Perpustakaan'], functional: [['Arsiparis', true], ['Pustakawan', true]] },
    { code: 'DISPANGTAN', name: 'Dinas Pertanian', kind: 'DINAS', sector: 'EKONOMI', size: 3, divisions: ['Bidang Tanaman Pangan dan Hortikultura', 'Bidang Peternakan dan Kesehatan Hewan', 'Bidang Ketahanan Pangan'], functional: [['Penyuluh Pertanian', true], ['Medik Veteriner', true], ['Analis Ketahanan Pangan', true]] },
    { code: 'DISKAN', name: 'Dinas Perikanan', kind: 'DINAS', sector: 'EKONOMI', size: 2, divisions: ['Bidang Perikanan Budidaya', 'Bidang Perikanan Tangkap'], functional: [['Penyuluh Perikanan', true]] },
    { code: 'DAMKAR', name: 'Dinas Pemadam Kebakaran', kind: 'DINAS', sector: 'KETERTIBAN', size: 5, divisions: ['Bidang Pencegahan Kebakaran', 'Bidang Pemadaman dan Penyelamatan'], functional: [['Analis Kebakaran', true], ['Penata Kebakaran', false]] },
    { code: 'DP3A', name: 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak', kind: 'DINAS', sector: 'SOSIAL', size: 2, divisions: ['Bidang Perlindungan Perempuan dan Anak', 'Bidang Pemberdayaan Perempuan'], functional: [['Penyuluh Keluarga Berencana', true], ...GENERIC_FUNCTIONAL] },
    { code: 'SATPOLPP', name: 'Satuan Polisi Pamong Praja', kind: 'SATUAN', sector: 'KETERTIBAN', size: 6, divisions: ['Bidang Penegakan Perundang-undangan Daerah', 'Bidang Ketertiban Umum dan Ketentraman Masyarakat', 'Bidang Perlindungan Masyarakat'], functional: [['Polisi Pamong Praja', false]] },
  ],
  kecamatan: [
    { name: 'Semarang Tengah', population: 61000, kelurahan: ['Pekunden', 'Sekayu', 'Kembangsari', 'Miroto', 'Pindrikan Kidul', 'Pindrikan Lor', 'Gabahan', 'Jagalan', 'Kranggan', 'Karangkidul', 'Bangunharjo', 'Purwodinatan', 'Pandansari', 'Brumbungan', 'Kauman'] },
    { name: 'Semarang Utara', population: 118000, kelurahan: ['Bandarharjo', 'Tanjung Mas', 'Kuningan', 'Dadapsari', 'Bulu Lor', 'Plombokan', 'Panggung Lor', 'Panggung Kidul', 'Purwosari'] },
    { name: 'Semarang Timur', population: 74000, kelurahan: ['Kemijen', 'Rejomulyo', 'Mlatibaru', 'Mlatiharjo', 'Bugangan', 'Kebonagung', 'Rejosari', 'Sarirejo', 'Karangturi', 'Karangtempel'] },
    { name: 'Semarang Selatan', population: 69000, kelurahan: ['Pleburan', 'Wonodri', 'Peterongan', 'Lamper Kidul', 'Lamper Lor', 'Lamper Tengah', 'Mugassari', 'Barusari', 'Randusari', 'Bulustalan'] },
    { name: 'Semarang Barat', population: 152000, kelurahan: ['Krobokan', 'Tawangsari', 'Tawangmas', 'Karangayu', 'Kembangarum', 'Manyaran', 'Ngemplak Simongan', 'Bongsari', 'Bojongsalaman', 'Cabean', 'Salamanmloyo', 'Gisikdrono', 'Kalibanteng Kidul', 'Kalibanteng Kulon', 'Tambakharjo', 'Krapyak'] },
    { name: 'Gayamsari', population: 72000, kelurahan: ['Gayamsari', 'Siwalan', 'Sambirejo', 'Sawah Besar', 'Kaligawe', 'Tambakrejo', 'Pandean Lamper'] },
    { name: 'Candisari', population: 76000, kelurahan: ['Candi', 'Jatingaleh', 'Jomblang', 'Kaliwiru', 'Karanganyar Gunung', 'Tegalsari', 'Wonotingal'] },
    { name: 'Gajahmungkur', population: 60000, kelurahan: ['Bendan Duwur', 'Bendan Ngisor', 'Bendungan', 'Gajahmungkur', 'Karangrejo', 'Lempongsari', 'Petompon', 'Sampangan'] },
    { name: 'Genuk', population: 122000, kelurahan: ['Bangetayu Kulon', 'Bangetayu Wetan', 'Banjardowo', 'Gebangsari', 'Genuksari', 'Karangroto', 'Kudu', 'Muktiharjo Lor', 'Penggaron Lor', 'Sembungharjo', 'Terboyo Kulon', 'Terboyo Wetan', 'Trimulyo'] },
    { name: 'Pedurungan', population: 193000, kelurahan: ['Gemah', 'Kalicari', 'Muktiharjo Kidul', 'Palebon', 'Pedurungan Kidul', 'Pedurungan Lor', 'Pedurungan Tengah', 'Penggaron Kidul', 'Plamongan Sari', 'Tlogomulyo', 'Tlogosari Kulon', 'Tlogosari Wetan'] },
    { name: 'Tembalang', population: 189000, kelurahan: ['Bulusan', 'Jangli', 'Kedungmundu', 'Kramas', 'Mangunharjo', 'Meteseh', 'Rowosari', 'Sambiroto', 'Sendangguwo', 'Sendangmulyo', 'Tandang', 'Tembalang'] },
    { name: 'Banyumanik', population: 142000, kelurahan: ['Banyumanik', 'Gedawang', 'Jabungan', 'Ngesrep', 'Padangsari', 'Pedalangan', 'Pudakpayung', 'Srondol Kulon', 'Srondol Wetan', 'Sumurboto', 'Tinjomoyo'] },
    { name: 'Gunungpati', population: 96000, kelurahan: ['Cepoko', 'Gunungpati', 'Jatirejo', 'Kalisegoro', 'Kandri', 'Mangunsari', 'Ngijo', 'Nongkosawit', 'Pakintelan', 'Patemon', 'Plalangan', 'Pongangan', 'Sadeng', 'Sekaran', 'Sukorejo', 'Sumurejo'] },
    { name: 'Mijen', population: 81000, kelurahan: ['Bubakan', 'Cangkiran', 'Jatibarang', 'Jatisari', 'Karangmalang', 'Kedungpane', 'Mijen', 'Ngadirgo', 'Pesantren', 'Polaman', 'Purwosari Mijen', 'Tambangan', 'Wonolopo', 'Wonoplumbon'] },
    { name: 'Ngaliyan', population: 141000, kelurahan: ['Bambankerep', 'Beringin', 'Gondoriyo', 'Kalipancur', 'Ngaliyan', 'Podorejo', 'Purwoyoso', 'Tambakaji', 'Wates', 'Wonosari'] },
    { name: 'Tugu', population: 33000, kelurahan: ['Jerakah', 'Karanganyar', 'Mangkang Kulon', 'Mangkang Wetan', 'Mangunharjo Tugu', 'Randugarut', 'Tugurejo'] },
  ],
  puskesmas: [
    'Poncol', 'Miroto', 'Bandarharjo', 'Bulu Lor', 'Halmahera', 'Bugangan', 'Karangdoro', 'Pandanaran', 'Lamper Tengah', 'Candilama', 'Kagok', 'Pegandan',
    'Gayamsari', 'Tlogosari Kulon', 'Tlogosari Wetan', 'Kedungmundu', 'Rowosari', 'Ngesrep', 'Padangsari', 'Srondol', 'Pudakpayung', 'Gunungpati', 'Sekaran',
    'Mijen', 'Karangmalang', 'Tambakaji', 'Purwoyoso', 'Ngaliyan', 'Karanganyar', 'Krobokan', 'Manyaran', 'Ngemplak Simongan', 'Lebdosari', 'Genuk',
    'Bangetayu', 'Mangkang', 'Karangayu',
  ],
  hospital: 'RSUD K.R.M.T. Wongsonegoro',
  schools: [['SD Negeri', 70], ['SMP Negeri', 44]],
};

export const TEBINGTINGGI: GovernmentSeed = {
  code: '12.76',
  name: 'Pemerintah Kota Tebingtinggi',
  province: 'Sumatera Utara',
  region: '1276',
  shortName: 'Tebingtinggi',
  share: 0.14,
  agencies: [
    { code: 'SETDA', name: 'Sekretariat Daerah', kind: 'SEKRETARIAT_DAERAH', sector: 'PEMERINTAHAN', size: 4, divisions: ['Bagian Tata Pemerintahan', 'Bagian Hukum', 'Bagian Organisasi', 'Bagian Umum'], functional: GENERIC_FUNCTIONAL },
    { code: 'SETWAN', name: 'Sekretariat DPRD', kind: 'SEKRETARIAT_DPRD', sector: 'PEMERINTAHAN', size: 2, divisions: ['Bagian Umum', 'Bagian Persidangan'], functional: GENERIC_FUNCTIONAL },
    { code: 'INSP', name: 'Inspektorat', kind: 'INSPEKTORAT', sector: 'PENGAWASAN', size: 2, divisions: ['Inspektur Pembantu I', 'Inspektur Pembantu II'], functional: [['Auditor', true]] },
    { code: 'BAPPEDA', name: 'Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah', kind: 'BADAN', sector: 'PERENCANAAN', size: 2, divisions: ['Bidang Perencanaan Ekonomi', 'Bidang Perencanaan Sosial Budaya'], functional: [['Perencana', true]] },
    { code: 'BPKPAD', name: 'Badan Pengelolaan Keuangan, Pendapatan dan Aset Daerah', kind: 'BADAN', sector: 'KEUANGAN', size: 3, divisions: ['Bidang Anggaran', 'Bidang Perbendaharaan', 'Bidang Pendapatan'], functional: GENERIC_FUNCTIONAL },
    { code: 'BKPSDM', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', kind: 'BADAN', sector: 'KEPEGAWAIAN', size: 2, role: 'HR', divisions: ['Bidang Mutasi dan Pengembangan Karier', 'Bidang Pengembangan Kompetensi'], functional: [['Analis Sumber Daya Manusia Aparatur', true]] },
    { code: 'DISDIK', name: 'Dinas Pendidikan', kind: 'DINAS', sector: 'PENDIDIKAN', size: 3, role: 'EDUCATION', divisions: ['Bidang Pembinaan SD', 'Bidang Pembinaan SMP'], functional: [['Pengawas Sekolah', true]] },
    { code: 'DINKES', name: 'Dinas Kesehatan', kind: 'DINAS', sector: 'KESEHATAN', size: 3, role: 'HEALTH', divisions: ['Bidang Kesehatan Masyarakat', 'Bidang Pelayanan Kesehatan'], functional: [['Epidemiolog Kesehatan', true]] },
    { code: 'DPUPR', name: 'Dinas Pekerjaan Umum dan Penataan Ruang', kind: 'DINAS', sector: 'INFRASTRUKTUR', size: 3, divisions: ['Bidang Bina Marga', 'Bidang Tata Ruang'], functional: [['Teknik Jalan dan Jembatan', true]] },
    { code: 'DISHUB', name: 'Dinas Perhubungan', kind: 'DINAS', sector: 'PERHUBUNGAN', size: 2, divisions: ['Bidang Lalu Lintas dan Angkutan'], functional: [['Penguji Kendaraan Bermotor', false]] },
    { code: 'DLH', name: 'Dinas Lingkungan Hidup', kind: 'DINAS', sector: 'LINGKUNGAN', size: 3, divisions: ['Bidang Kebersihan'], functional: [['Pengendali Dampak Lingkungan', true]] },
    { code: 'DISDUKCAPIL', name: 'Dinas Kependudukan dan Pencatatan Sipil', kind: 'DINAS', sector: 'KEPENDUDUKAN', size: 2, divisions: ['Bidang Pendaftaran Penduduk', 'Bidang Pencatatan Sipil'], functional: [['Administrator Database Kependudukan', true]] },
    { code: 'DINSOS', name: 'Dinas Sosial', kind: 'DINAS', sector: 'SOSIAL', size: 2, divisions: ['Bidang Rehabilitasi dan Perlindungan Sosial'], functional: [['Pekerja Sosial', true]] },
    { code: 'SATPOLPP', name: 'Satuan Polisi Pamong Praja', kind: 'SATUAN', sector: 'KETERTIBAN', size: 3, divisions: ['Bidang Ketertiban Umum'], functional: [['Polisi Pamong Praja', false]] },
  ],
  kecamatan: [
    { name: 'Padang Hulu', population: 38000, kelurahan: ['Lubuk Baru', 'Lubuk Raya', 'Pabatu', 'Persiakan', 'Tualang', 'Padang Merbau', 'Lubuk Baru Hulu'] },
    { name: 'Tebing Tinggi Kota', population: 27000, kelurahan: ['Badak Bejuang', 'Bandar Utama', 'Pasar Baru', 'Pasar Gambir', 'Mekar Sentosa', 'Rambung', 'Tebing Tinggi Lama'] },
    { name: 'Rambutan', population: 37000, kelurahan: ['Rantau Laban', 'Lalang', 'Sri Padang', 'Karya Jaya', 'Tanjung Marulak', 'Tanjung Marulak Hilir', 'Mekar Sentosa Rambutan'] },
    { name: 'Bajenis', population: 40000, kelurahan: ['Bandar Sakti', 'Berohol', 'Bulian', 'Durian', 'Pelita', 'Teluk Karang', 'Bandar Sono'] },
    { name: 'Padang Hilir', population: 35000, kelurahan: ['Tambangan', 'Tambangan Hulu', 'Damar Sari', 'Deblod Sundoro', 'Satria', 'Tebing Tinggi', 'Bagelen'] },
  ],
  puskesmas: ['Rantau Laban', 'Sri Padang', 'Satria', 'Pabatu', 'Rambung', 'Teluk Karang', 'Tanjung Marulak', 'Bandar Sakti', 'Brohol'],
  hospital: 'RSUD dr. H. Kumpulan Pane',
  schools: [['SD Negeri', 24], ['SMP Negeri', 12]],
};

export const GOVERNMENTS = [SEMARANG, TEBINGTINGGI];

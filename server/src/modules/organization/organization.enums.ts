import { registerEnumType } from 'type-graphql';

export enum GovernmentKind {
  KOTA = 'KOTA',
  KABUPATEN = 'KABUPATEN',
  PROVINSI = 'PROVINSI',
  KEMENTERIAN_LEMBAGA = 'KEMENTERIAN_LEMBAGA',
}
registerEnumType(GovernmentKind, { name: 'GovernmentKind', description: 'Kind of instansi' });

/** Kind of unit kerja / perangkat daerah (PP 18/2016) and their sub-units. */
export enum OrgUnitKind {
  SEKRETARIAT_DAERAH = 'SEKRETARIAT_DAERAH',
  SEKRETARIAT_DPRD = 'SEKRETARIAT_DPRD',
  INSPEKTORAT = 'INSPEKTORAT',
  DINAS = 'DINAS',
  BADAN = 'BADAN',
  SATUAN = 'SATUAN',
  RSUD = 'RSUD',
  KECAMATAN = 'KECAMATAN',
  KELURAHAN = 'KELURAHAN',
  PUSKESMAS = 'PUSKESMAS',
  SEKOLAH = 'SEKOLAH',
  UPTD = 'UPTD',
  BAGIAN = 'BAGIAN',
  BIDANG = 'BIDANG',
  SUBBAGIAN = 'SUBBAGIAN',
  SEKSI = 'SEKSI',
  LAINNYA = 'LAINNYA',
}
registerEnumType(OrgUnitKind, { name: 'OrgUnitKind' });

export enum Sector {
  PEMERINTAHAN = 'PEMERINTAHAN',
  KESEHATAN = 'KESEHATAN',
  PENDIDIKAN = 'PENDIDIKAN',
  INFRASTRUKTUR = 'INFRASTRUKTUR',
  EKONOMI = 'EKONOMI',
  SOSIAL = 'SOSIAL',
  KEUANGAN = 'KEUANGAN',
  KEPEGAWAIAN = 'KEPEGAWAIAN',
  PERENCANAAN = 'PERENCANAAN',
  PENGAWASAN = 'PENGAWASAN',
  KETERTIBAN = 'KETERTIBAN',
  KEPENDUDUKAN = 'KEPENDUDUKAN',
  PERHUBUNGAN = 'PERHUBUNGAN',
  LINGKUNGAN = 'LINGKUNGAN',
  LAINNYA = 'LAINNYA',
}
registerEnumType(Sector, { name: 'Sector' });

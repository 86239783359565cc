import { registerEnumType } from 'type-graphql';

export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Sex, { name: 'Sex', description: 'MALE = 1 and FEMALE = 2 in digit 15 of the NIP' });

export enum EmployeeStatus {
  AKTIF = 'AKTIF',
  CUTI = 'CUTI',
  TUGAS_BELAJAR = 'TUGAS_BELAJAR',
  PENSIUN = 'PENSIUN',
  BERHENTI = 'BERHENTI',
}
registerEnumType(EmployeeStatus, { name: 'EmployeeStatus' });

/** Qualifications that promotion, appointment and the DUK look at. */
export enum QualificationKind {
  /** Ujian dinas tingkat I: crossing from golongan II to III. */
  UJIAN_DINAS_I = 'UJIAN_DINAS_I',
  /** Ujian dinas tingkat II: crossing from golongan III to IV. */
  UJIAN_DINAS_II = 'UJIAN_DINAS_II',
  /** Ujian kenaikan pangkat penyesuaian ijazah. */
  UKPPI = 'UKPPI',
  /** Leadership training: Pelatihan Kepemimpinan Pengawas / Administrator / Nasional (tingkat II, I). */
  PKP = 'PKP',
  PKA = 'PKA',
  PKN_II = 'PKN_II',
  PKN_I = 'PKN_I',
}
registerEnumType(QualificationKind, { name: 'QualificationKind' });

export enum SanctionLevel {
  RINGAN = 'RINGAN',
  SEDANG = 'SEDANG',
  BERAT = 'BERAT',
}
registerEnumType(SanctionLevel, { name: 'SanctionLevel', description: 'Hukuman disiplin (PP 94/2021)' });

// Choices for the API's enums; react-admin translates `asn.enums.<Enum>.<VALUE>`.
export const ENUMS = {
  AsnType: ['PNS', 'PPPK', 'PPPK_PARUH_WAKTU'],
  Sex: ['MALE', 'FEMALE'],
  EmployeeStatus: ['AKTIF', 'CUTI', 'TUGAS_BELAJAR', 'PENSIUN', 'BERHENTI'],
  PositionKind: ['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL', 'PELAKSANA'],
  FunctionalLevel: ['PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA', 'AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA'],
  OrgUnitKind: ['SEKRETARIAT_DAERAH', 'SEKRETARIAT_DPRD', 'INSPEKTORAT', 'DINAS', 'BADAN', 'SATUAN', 'RSUD', 'KECAMATAN', 'KELURAHAN', 'PUSKESMAS', 'SEKOLAH', 'UPTD', 'BAGIAN', 'BIDANG', 'SUBBAGIAN', 'SEKSI', 'LAINNYA'],
  Sector: ['PEMERINTAHAN', 'KESEHATAN', 'PENDIDIKAN', 'INFRASTRUKTUR', 'EKONOMI', 'SOSIAL', 'KEUANGAN', 'KEPEGAWAIAN', 'PERENCANAAN', 'PENGAWASAN', 'KETERTIBAN', 'KEPENDUDUKAN', 'PERHUBUNGAN', 'LINGKUNGAN', 'LAINNYA'],
  GovernmentKind: ['KOTA', 'KABUPATEN', 'PROVINSI', 'KEMENTERIAN_LEMBAGA'],
  Role: ['SUPER_ADMIN', 'GOV_ADMIN', 'UNIT_ADMIN', 'ANALYST', 'EMPLOYEE'],
  AssessmentPurpose: ['MAPPING', 'SELECTION'],
  EvaluationPeriod: ['Q1', 'Q2', 'Q3', 'Q4', 'ANNUAL'],
  Expectation: ['DI_ATAS', 'SESUAI', 'DI_BAWAH'],
  Predikat: ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'],
  RaterGroup: ['SUPERIOR', 'PEER', 'SUBORDINATE', 'SELF'],
  CoreValue: ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'],
  PotentialLevel: ['RENDAH', 'MENENGAH', 'TINGGI'],
  RecognitionStatus: ['PROPOSED', 'APPROVED', 'REJECTED'],
  TargetKind: ['MAIN', 'ADDITIONAL'],
  SurveyStatus: ['OPEN', 'CLOSED'],
  FeedbackStatus: ['RECEIVED', 'IN_PROGRESS', 'ANSWERED', 'REJECTED'],
  FeedbackCategory: ['COMPLAINT', 'SUGGESTION', 'APPRECIATION'],
  QualificationKind: ['UJIAN_DINAS_I', 'UJIAN_DINAS_II', 'UKPPI', 'PKP', 'PKA', 'PKN_II', 'PKN_I'],
  SanctionLevel: ['RINGAN', 'SEDANG', 'BERAT'],
  AuditAction: ['CREATE', 'UPDATE', 'DELETE'],
  CompetencyKind: ['MANAGERIAL', 'SOCIOCULTURAL', 'TECHNICAL'],
  DistributionBound: ['AT_MOST_PERCENT', 'AT_LEAST_PERCENT', 'AT_LEAST_COUNT'],
  OrganizationRatingValue: ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'],
  WorkPeriod: ['DAY', 'WEEK', 'MONTH', 'YEAR'],
  AbkStatus: ['DRAFT', 'REVIEWED', 'APPROVED', 'SUPERSEDED'],
  FormasiStatus: ['DRAFT', 'SUBMITTED', 'APPROVED'],
  FormasiKind: ['CPNS', 'PPPK'],
} as const;

export type EnumName = keyof typeof ENUMS;

export function choices(name: EnumName): { id: string; name: string }[] {
  return ENUMS[name].map((value) => ({ id: value, name: `asn.enums.${name}.${value}` }));
}

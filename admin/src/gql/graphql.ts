/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AbkAction =
  | 'APPROVE'
  | 'RETURN'
  | 'REVIEW';

export type AbkStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'REVIEWED'
  | 'SUPERSEDED';

export type AddEducationHistoryInput = {
  diplomaNumber?: string | null | undefined;
  employeeId: string | number;
  graduationYear: number;
  institution: string;
  levelId: string | number;
  major?: string | null | undefined;
};

export type AddPositionHistoryInput = {
  /** Mutasi: end the open placement the day before this one starts */
  closePrevious?: boolean | null | undefined;
  decreeDate?: string | null | undefined;
  decreeNumber?: string | null | undefined;
  employeeId: string | number;
  /** Leave empty while the position is held */
  endDate?: string | null | undefined;
  positionId: string | number;
  startDate: string;
};

export type AddQualificationInput = {
  certificateNumber?: string | null | undefined;
  employeeId: string | number;
  kind: QualificationKind;
  /** Date passed (or training completed) */
  passedOn: string;
};

export type AddRankHistoryInput = {
  decreeDate?: string | null | undefined;
  decreeNumber?: string | null | undefined;
  employeeId: string | number;
  rankId: string | number;
  /** TMT of the rank */
  tmt: string;
};

export type AddSanctionInput = {
  /** Whether it bars rank promotion while in force (e.g. penundaan kenaikan pangkat) */
  barsPromotion: boolean;
  decreeNumber?: string | null | undefined;
  description: string;
  employeeId: string | number;
  /** Last day in force; empty while open-ended */
  endDate?: string | null | undefined;
  level: SanctionLevel;
  startDate: string;
};

export type AddWorkloadTaskInput = {
  analysisId: string | number;
  /** Uraian tugas */
  description: string;
  /** Hasil kerja */
  output: string;
  period: WorkPeriod;
  /** Standard minutes per output, 0.01 to 100000 */
  standardMinutes: number;
  /** Outputs per period, 0.01 to 1000000 */
  volume: number;
};

export type AsnType =
  | 'PNS'
  | 'PPPK'
  | 'PPPK_PARUH_WAKTU';

export type AssessmentFilter = {
  assessedOn?: DateRange | null | undefined;
  employeeId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  purpose?: AssessmentPurpose | null | undefined;
  /** Employees currently placed in this unit or below */
  unitId?: string | number | null | undefined;
};

/** Pemetaan (mapping) or seleksi / promosi (selection) */
export type AssessmentPurpose =
  | 'MAPPING'
  | 'SELECTION';

export type AssessmentScoreInput = {
  competencyId: string | number;
  /** Assessed level, 1-5 */
  level: number;
};

export type AuditAction =
  | 'CREATE'
  | 'DELETE'
  | 'UPDATE';

export type AuditFilter = {
  actions?: Array<AuditAction> | null | undefined;
  actorId?: string | number | null | undefined;
  entityId?: string | number | null | undefined;
  /** Entity class, e.g. "Employee" */
  entityName?: string | null | undefined;
  from?: string | null | undefined;
  governmentId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  to?: string | null | undefined;
};

export type CoachingStatus =
  | 'COMPLETED'
  | 'OPEN';

export type CompetencyFilter = {
  /** A government's technical competencies (besides the national ones) */
  governmentId?: string | number | null | undefined;
  kind?: CompetencyKind | null | undefined;
  /** Free text: code or name */
  q?: string | null | undefined;
};

/** Manajerial (M.01-M.08), sosial kultural (S.01), teknis (per instansi) */
export type CompetencyKind =
  | 'MANAGERIAL'
  | 'SOCIOCULTURAL'
  | 'TECHNICAL';

/** BerAKHLAK */
export type CoreValue =
  | 'ADAPTIF'
  | 'AKUNTABEL'
  | 'BERORIENTASI_PELAYANAN'
  | 'HARMONIS'
  | 'KOLABORATIF'
  | 'KOMPETEN'
  | 'LOYAL';

export type CreateAssessmentInput = {
  assessedOn: string;
  assessor: string;
  employeeId: string | number;
  notes?: string | null | undefined;
  /** Potential score 0-100 */
  potentialScore?: number | null | undefined;
  purpose: AssessmentPurpose;
  scores: Array<AssessmentScoreInput>;
};

export type CreateCoachingPlanInput = {
  employeeId: string | number;
  goals: string;
  mentorId: string | number;
  reviewDate: string;
  year: number;
};

export type CreateCompetencyInput = {
  /** e.g. "T.01" */
  code: string;
  description: string;
  /** Required for a super admin; others write into their own government */
  governmentId?: string | number | null | undefined;
  legalBasis?: string | null | undefined;
  /** What levels 1-5 mean, exactly five entries */
  levelDescriptions: Array<string>;
  name: string;
};

export type CreateEmployeeInput = {
  address?: string | null | undefined;
  asnType: AsnType;
  backTitle?: string | null | undefined;
  birthDate: string;
  birthPlace?: string | null | undefined;
  /** PPPK only */
  contractEndDate?: string | null | undefined;
  /** PPPK only */
  contractStartDate?: string | null | undefined;
  email?: string | null | undefined;
  frontTitle?: string | null | undefined;
  fullName: string;
  /** Required for a super admin; others write into their own government */
  governmentId?: string | number | null | undefined;
  /** Required for a unit admin (the employee must land in their unit) */
  initialPlacement?: InitialPlacementInput | null | undefined;
  initialRank?: InitialRankInput | null | undefined;
  legacyNip?: string | null | undefined;
  /** NIK, 16 digits (personal data) */
  nik?: string | null | undefined;
  /** NIP (PNS) or NI PPPK: 18 digits, checked against birth date, sex and TMT CPNS */
  nip: string;
  phone?: string | null | undefined;
  sex: Sex;
  status?: EmployeeStatus | null | undefined;
  /** Required for PNS */
  tmtCpns?: string | null | undefined;
  tmtPns?: string | null | undefined;
};

export type CreateFormasiProposalInput = {
  /** Fill the lines from the five-year plan (positions to recruit that year) */
  fromPlan?: boolean;
  /** Required for a super admin; others write into their own government */
  governmentId?: string | number | null | undefined;
  notes?: string | null | undefined;
  year: number;
};

export type CreateGovernmentInput = {
  code: string;
  kind: GovernmentKind;
  name: string;
  province?: string | null | undefined;
};

export type CreateOrgUnitInput = {
  address?: string | null | undefined;
  code: string;
  /** Required for a super admin; others write into their own government */
  governmentId?: string | number | null | undefined;
  kind: OrgUnitKind;
  name: string;
  parentId?: string | number | null | undefined;
  populationServed?: number | null | undefined;
  sector: Sector;
};

export type CreatePlanInput = {
  employeeId: string | number;
  /** Superior of record; by default the holder of the superior position */
  evaluatorId?: string | number | null | undefined;
  /** The superior's expectations */
  expectations?: string | null | undefined;
  targets?: Array<TargetInput> | null | undefined;
  year: number;
};

export type CreatePositionInput = {
  code: string;
  functionalFamily?: string | null | undefined;
  /** Required for FUNGSIONAL, not allowed otherwise */
  functionalLevel?: FunctionalLevel | null | undefined;
  /** Kelas jabatan, 1-17 */
  grade: number;
  kind: PositionKind;
  minEducationId?: string | number | null | undefined;
  minRankId?: string | number | null | undefined;
  /** Superior position (atasan langsung) */
  parentId?: string | number | null | undefined;
  /** Planned headcount (formasi), 0 or more */
  plannedHeadcount: number;
  title: string;
  /** The unit the position belongs to (it fixes the government) */
  unitId: string | number;
};

export type CreatePublicServiceInput = {
  description?: string | null | undefined;
  name: string;
  unitId: string | number;
};

export type CreateSurveyInput = {
  periodEnd: string;
  periodStart: string;
  /** People served in the period */
  population: number;
  /** The service surveyed; empty for a survey of the whole unit */
  serviceId?: string | number | null | undefined;
  status?: SurveyStatus | null | undefined;
  title: string;
  /** The unit surveyed; may be left out when serviceId is given */
  unitId?: string | number | null | undefined;
};

export type CreateUserInput = {
  displayName: string;
  email: string;
  /** Required for EMPLOYEE */
  employeeId?: string | number | null | undefined;
  governmentId?: string | number | null | undefined;
  password: string;
  role: Role;
  /** Required for UNIT_ADMIN */
  unitId?: string | number | null | undefined;
};

export type CreateWorkloadAnalysisInput = {
  /** Copy the tasks of this analysis (e.g. last year's approved ABK) */
  copyFromId?: string | number | null | undefined;
  notes?: string | null | undefined;
  /** The position analysed (it fixes the government) */
  positionId: string | number;
  tasks?: Array<WorkloadTaskInput> | null | undefined;
  year: number;
};

/** Inclusive date range; either end may be left open */
export type DateRange = {
  from?: string | null | undefined;
  to?: string | null | undefined;
};

export type DistributionBound =
  | 'AT_LEAST_COUNT'
  | 'AT_LEAST_PERCENT'
  | 'AT_MOST_PERCENT';

/** Which documents: of an employee, of one record, of some types */
export type DocumentFilter = {
  /** The employee the documents concern (every record of theirs) */
  employeeId?: string | number | null | undefined;
  governmentId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** One record (with ownerKind) */
  ownerId?: string | number | null | undefined;
  ownerKind?: DocumentOwnerKind | null | undefined;
  /** Document types */
  typeIds?: Array<string | number> | null | undefined;
};

/** A document file kind, as its content says (never its name) */
export type DocumentMime =
  | 'JPEG'
  | 'PDF'
  | 'PNG';

/** The kind of record a document is attached to */
export type DocumentOwnerKind =
  /** A competency assessment (its report) */
  | 'ASSESSMENT'
  /** An education (diploma, transcript) */
  | 'EDUCATION_HISTORY'
  /** The employee record itself (KTP, KK, photo, ...) */
  | 'EMPLOYEE'
  /** A progress report on SKP targets (its evidence) */
  | 'PERFORMANCE_PROGRESS'
  /** A placement (its SK jabatan) */
  | 'POSITION_HISTORY'
  /** A training or certification (its certificate) */
  | 'QUALIFICATION'
  /** A rank history entry (its SK kenaikan pangkat) */
  | 'RANK_HISTORY'
  /** A disciplinary sanction (its decision) */
  | 'SANCTION';

/** A > 1.00; B 0.90-1.00; C 0.70-0.89; D 0.50-0.69; E < 0.50 (limits are settings) */
export type EjBand =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E';

export type EmployeeFilter = {
  /** Age in whole years on the request date */
  age?: IntRange | null | undefined;
  asnTypes?: Array<AsnType> | null | undefined;
  birthDate?: DateRange | null | undefined;
  /** End of the PPPK contract */
  contractEndDate?: DateRange | null | undefined;
  governmentId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  includeSubUnits?: boolean | null | undefined;
  /** Only employees with (true) or without (false) a current placement */
  placed?: boolean | null | undefined;
  /** Current holders of this position */
  positionId?: string | number | null | undefined;
  /** Kind of the current position */
  positionKinds?: Array<PositionKind> | null | undefined;
  /** Free text: part of the name, or the start of the NIP */
  q?: string | null | undefined;
  /** Current rank is one of these */
  rankIds?: Array<string | number> | null | undefined;
  sex?: Sex | null | undefined;
  statuses?: Array<EmployeeStatus> | null | undefined;
  tmtCpns?: DateRange | null | undefined;
  /** Employees currently placed in this unit (and its sub-units unless includeSubUnits is false) */
  unitId?: string | number | null | undefined;
};

export type EmployeeSort = {
  field: EmployeeSortField;
  order?: SortOrder;
};

/** RANK sorts by the current rank (highest first when DESC) */
export type EmployeeSortField =
  | 'BIRTH_DATE'
  | 'CREATED_AT'
  | 'FULL_NAME'
  | 'NIP'
  | 'RANK'
  | 'STATUS'
  | 'TMT_CPNS'
  | 'UPDATED_AT';

export type EmployeeStatus =
  | 'AKTIF'
  | 'BERHENTI'
  | 'CUTI'
  | 'PENSIUN'
  | 'TUGAS_BELAJAR';

export type EvaluateInput = {
  /** Perilaku kerja */
  behaviourRating: Expectation;
  /** Who evaluates: must be the superior of record (an employee account always evaluates as itself) */
  evaluatorId?: string | number | null | undefined;
  notes?: string | null | undefined;
  period: EvaluationPeriod;
  planId: string | number;
  /** Hasil kerja */
  resultRating: Expectation;
};

export type EvaluationFilterInput = {
  employeeId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  period?: EvaluationPeriod | null | undefined;
  planId?: string | number | null | undefined;
  predikats?: Array<Predikat> | null | undefined;
  /** Plans made in this unit or below */
  unitId?: string | number | null | undefined;
  year?: number | null | undefined;
};

/** Triwulan I-IV and the annual evaluation */
export type EvaluationPeriod =
  | 'ANNUAL'
  | 'Q1'
  | 'Q2'
  | 'Q3'
  | 'Q4';

/** Di Atas / Sesuai / Di Bawah Ekspektasi */
export type Expectation =
  | 'DI_ATAS'
  | 'DI_BAWAH'
  | 'SESUAI';

/** Pengaduan, saran or apresiasi */
export type FeedbackCategory =
  | 'APPRECIATION'
  | 'COMPLAINT'
  | 'SUGGESTION';

export type FeedbackFilter = {
  categories?: Array<FeedbackCategory> | null | undefined;
  governmentId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  includeSubUnits?: boolean | null | undefined;
  /** Only open feedback past its service-level target (true), or not (false) */
  overdue?: boolean | null | undefined;
  /** Tracking code, or part of the text */
  q?: string | null | undefined;
  /** Received in this range */
  received?: DateRange | null | undefined;
  serviceId?: string | number | null | undefined;
  statuses?: Array<FeedbackStatus> | null | undefined;
  /** Records of this unit and, unless includeSubUnits is false, of its sub-units */
  unitId?: string | number | null | undefined;
};

export type FeedbackSort = {
  field: FeedbackSortField;
  order?: SortOrder;
};

export type FeedbackSortField =
  | 'CATEGORY'
  | 'RECEIVED_AT'
  | 'STATUS';

export type FeedbackStatus =
  | 'ANSWERED'
  | 'IN_PROGRESS'
  | 'RECEIVED'
  | 'REJECTED';

/** Moves feedback one step: RECEIVED -> IN_PROGRESS -> ANSWERED or REJECTED */
export type FeedbackTransitionInput = {
  /** Required to answer or reject: the official answer (or the reason), shown to the sender */
  answer?: string | null | undefined;
  status: FeedbackStatus;
  /** The version you read; a stale one is refused with CONFLICT */
  version: number;
};

export type FormasiAction =
  | 'APPROVE'
  | 'RETURN'
  | 'SUBMIT';

export type FormasiKind =
  | 'CPNS'
  | 'PPPK';

export type FormasiLineInput = {
  count: number;
  /** Education level required */
  educationId?: string | number | null | undefined;
  /** Required when the count is over the plan for the year */
  justification?: string | null | undefined;
  kind: FormasiKind;
  major?: string | null | undefined;
  positionId: string | number;
};

export type FormasiStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'SUBMITTED';

export type FormasiTransitionInput = {
  action: FormasiAction;
  version: number;
};

export type FunctionalLevel =
  | 'AHLI_MADYA'
  | 'AHLI_MUDA'
  | 'AHLI_PERTAMA'
  | 'AHLI_UTAMA'
  | 'MAHIR'
  | 'PEMULA'
  | 'PENYELIA'
  | 'TERAMPIL';

export type GovernmentFilter = {
  ids?: Array<string | number> | null | undefined;
  kind?: GovernmentKind | null | undefined;
  /** Free text: name or code */
  q?: string | null | undefined;
};

/** Kind of instansi */
export type GovernmentKind =
  | 'KABUPATEN'
  | 'KEMENTERIAN_LEMBAGA'
  | 'KOTA'
  | 'PROVINSI';

export type GovernmentSort = {
  field: GovernmentSortField;
  order?: SortOrder;
};

export type GovernmentSortField =
  | 'CODE'
  | 'CREATED_AT'
  | 'NAME';

/** How a headcount is grouped */
export type HeadcountGroup =
  /** PNS, PPPK, PPPK paruh waktu */
  | 'ASN_TYPE'
  /** Highest education level completed, lowest level first, then employees without a recorded education */
  | 'EDUCATION'
  /** Current rank (latest TMT in the rank history): PNS I/a to IV/e, then PPPK golongan I to XVII, then employees without a rank */
  | 'RANK'
  /** Sex as recorded (and encoded in the NIP) */
  | 'SEX'
  /** The top-level units of the government, or the direct sub-units of the unit asked for; each counts its whole subtree */
  | 'UNIT';

/** The first placement of a new employee */
export type InitialPlacementInput = {
  decreeDate?: string | null | undefined;
  decreeNumber?: string | null | undefined;
  positionId: string | number;
  startDate: string;
};

/** The first rank of a new employee (e.g. CPNS at the starting rank) */
export type InitialRankInput = {
  decreeDate?: string | null | undefined;
  decreeNumber?: string | null | undefined;
  rankId: string | number;
  tmt: string;
};

/** Inclusive integer range; either end may be left open */
export type IntRange = {
  max?: number | null | undefined;
  min?: number | null | undefined;
};

/** A unit to be opened: from a year on it needs these positions */
export type NewUnitInput = {
  fromYear: number;
  name: string;
  positions: Array<NewUnitPositionInput>;
  sector: Sector;
};

export type NewUnitPositionInput = {
  count: number;
  /** A position whose kind and title the new unit repeats */
  positionId: string | number;
};

export type OrgUnitFilter = {
  active?: boolean | null | undefined;
  governmentId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  kinds?: Array<OrgUnitKind> | null | undefined;
  /** Direct children of this unit */
  parentId?: string | number | null | undefined;
  /** Free text: name or code */
  q?: string | null | undefined;
  sectors?: Array<Sector> | null | undefined;
  /** Only top-level units (no parent) */
  topLevel?: boolean | null | undefined;
  /** This unit and every unit below it */
  withinUnitId?: string | number | null | undefined;
};

export type OrgUnitKind =
  | 'BADAN'
  | 'BAGIAN'
  | 'BIDANG'
  | 'DINAS'
  | 'INSPEKTORAT'
  | 'KECAMATAN'
  | 'KELURAHAN'
  | 'LAINNYA'
  | 'PUSKESMAS'
  | 'RSUD'
  | 'SATUAN'
  | 'SEKOLAH'
  | 'SEKRETARIAT_DAERAH'
  | 'SEKRETARIAT_DPRD'
  | 'SEKSI'
  | 'SUBBAGIAN'
  | 'UPTD';

export type OrgUnitSort = {
  field: OrgUnitSortField;
  order?: SortOrder;
};

export type OrgUnitSortField =
  | 'CODE'
  | 'CREATED_AT'
  | 'DEPTH'
  | 'KIND'
  | 'NAME'
  | 'POPULATION_SERVED'
  | 'SECTOR';

export type OrganizationRatingValue =
  | 'BAIK'
  | 'BUTUH_PERBAIKAN'
  | 'ISTIMEWA'
  | 'KURANG'
  | 'SANGAT_KURANG';

/** What-if: changes the projection, never the ABK */
export type PlanScenarioInput = {
  newUnits?: Array<NewUnitInput> | null | undefined;
  sectorGrowth?: Array<SectorGrowthInput> | null | undefined;
};

/** DRAFT while targets are set; AGREED once the superior approved it */
export type PlanStatus =
  | 'AGREED'
  | 'DRAFT';

export type PositionFilter = {
  active?: boolean | null | undefined;
  functionalLevels?: Array<FunctionalLevel> | null | undefined;
  governmentId?: string | number | null | undefined;
  /** Kelas jabatan range */
  grade?: IntRange | null | undefined;
  ids?: Array<string | number> | null | undefined;
  includeSubUnits?: boolean | null | undefined;
  kinds?: Array<PositionKind> | null | undefined;
  managerial?: boolean | null | undefined;
  /** Free text: title, code or functional family */
  q?: string | null | undefined;
  /** Positions of this unit and, unless includeSubUnits is false, of its sub-units */
  unitId?: string | number | null | undefined;
  /** Only positions with fewer holders than their formasi */
  vacant?: boolean | null | undefined;
};

export type PositionKind =
  | 'ADMINISTRATOR'
  | 'FUNGSIONAL'
  | 'JPT_MADYA'
  | 'JPT_PRATAMA'
  | 'JPT_UTAMA'
  | 'PELAKSANA'
  | 'PENGAWAS';

export type PositionSort = {
  field: PositionSortField;
  order?: SortOrder;
};

export type PositionSortField =
  | 'CODE'
  | 'CREATED_AT'
  | 'GRADE'
  | 'KIND'
  | 'PLANNED_HEADCOUNT'
  | 'TITLE';

export type PotentialLevel =
  | 'MENENGAH'
  | 'RENDAH'
  | 'TINGGI';

/** Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang */
export type Predikat =
  | 'BAIK'
  | 'BUTUH_PERBAIKAN'
  | 'KURANG'
  | 'SANGAT_BAIK'
  | 'SANGAT_KURANG';

/** PROGRESS from the employee, FEEDBACK from the superior */
export type ProgressKind =
  | 'FEEDBACK'
  | 'PROGRESS';

/** REGULAR (PP 99/2000), FUNCTIONAL (kenaikan pangkat pilihan by credit points), NONE (not applicable) */
export type PromotionRoute =
  | 'FUNCTIONAL'
  | 'NONE'
  | 'REGULAR';

export type PublicServiceFilter = {
  active?: boolean | null | undefined;
  governmentId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  includeSubUnits?: boolean | null | undefined;
  /** Free text: part of the name */
  q?: string | null | undefined;
  /** Records of this unit and, unless includeSubUnits is false, of its sub-units */
  unitId?: string | number | null | undefined;
};

export type PublicServiceSort = {
  field: PublicServiceSortField;
  order?: SortOrder;
};

export type PublicServiceSortField =
  | 'CREATED_AT'
  | 'NAME';

export type PublicSurveyFilter = {
  governmentId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** Free text: survey title, service or unit name */
  q?: string | null | undefined;
  unitId?: string | number | null | undefined;
};

export type QualificationKind =
  | 'PKA'
  | 'PKN_I'
  | 'PKN_II'
  | 'PKP'
  | 'UJIAN_DINAS_I'
  | 'UJIAN_DINAS_II'
  | 'UKPPI';

export type RankScheme =
  | 'PNS'
  | 'PPPK';

export type RaterGroup =
  | 'PEER'
  | 'SELF'
  | 'SUBORDINATE'
  | 'SUPERIOR';

export type RecognitionStatus =
  | 'APPROVED'
  | 'PROPOSED'
  | 'REJECTED';

/** Respondent profile, each optional; values as listed by surveyQuestionnaire */
export type RespondentProfileInput = {
  /** UNDER_20, AGE_20_29, AGE_30_39, AGE_40_49, AGE_50_59 or AGE_60_PLUS */
  ageBand?: string | null | undefined;
  /** SD, SMP, SMA, DIPLOMA, S1_D4 or S2_PLUS */
  education?: string | null | undefined;
  /** PNS, TNI, POLRI, SWASTA, WIRAUSAHA, PELAJAR_MAHASISWA or LAINNYA */
  occupation?: string | null | undefined;
  /** MALE or FEMALE */
  sex?: string | null | undefined;
};

/** What a user may see and do */
export type Role =
  | 'ANALYST'
  | 'EMPLOYEE'
  | 'GOV_ADMIN'
  | 'SUPER_ADMIN'
  | 'UNIT_ADMIN';

export type RoundingMode =
  | 'NEAREST'
  | 'UP';

/** Hukuman disiplin (PP 94/2021) */
export type SanctionLevel =
  | 'BERAT'
  | 'RINGAN'
  | 'SEDANG';

export type Sector =
  | 'EKONOMI'
  | 'INFRASTRUKTUR'
  | 'KEPEGAWAIAN'
  | 'KEPENDUDUKAN'
  | 'KESEHATAN'
  | 'KETERTIBAN'
  | 'KEUANGAN'
  | 'LAINNYA'
  | 'LINGKUNGAN'
  | 'PEMERINTAHAN'
  | 'PENDIDIKAN'
  | 'PENGAWASAN'
  | 'PERENCANAAN'
  | 'PERHUBUNGAN'
  | 'SOSIAL';

/** A sector whose population served grows by a percentage a year (compounded from the ABK year) */
export type SectorGrowthInput = {
  /** Percent a year, -50 to 100 */
  percentPerYear: number;
  sector: Sector;
};

export type SetFormasiLinesInput = {
  /** Every line of the proposal (replaces the lines) */
  lines: Array<FormasiLineInput>;
  notes?: string | null | undefined;
  version: number;
};

export type SetOrganizationRatingInput = {
  rating: OrganizationRatingValue;
  unitId: string | number;
  year: number;
};

export type SetSettingInput = {
  /** Override for this government; empty: the national default (super admin) */
  governmentId?: string | number | null | undefined;
  key: string;
  value: number;
  /** Version of the row being changed, when it exists */
  version?: number | null | undefined;
};

/** MALE = 1 and FEMALE = 2 in digit 15 of the NIP */
export type Sex =
  | 'FEMALE'
  | 'MALE';

export type SortOrder =
  | 'ASC'
  | 'DESC';

export type SubmitFeedbackInput = {
  category: FeedbackCategory;
  /** Optional e-mail or phone for a reply; seen only by the staff handling it */
  contact?: string | null | undefined;
  /** The service concerned (its unit is implied) */
  serviceId?: string | number | null | undefined;
  text: string;
  /** The unit concerned, when no service is named */
  unitId?: string | number | null | undefined;
};

export type SubmitSurveyResponseInput = {
  answers: SurveyAnswersInput;
  /** Chosen by the client once per answer sheet (8-64 letters, digits, - or _); a retry with the same key counts once */
  idempotencyKey: string;
  profile?: RespondentProfileInput | null | undefined;
  /** Optional suggestion, at most 1000 characters */
  suggestion?: string | null | undefined;
  surveyId: string | number;
};

/** Scores 1 (worst) to 4 (best) of the nine elements; all are required */
export type SurveyAnswersInput = {
  /** Score 1-4 of element U1 (required) */
  u1?: number | null | undefined;
  /** Score 1-4 of element U2 (required) */
  u2?: number | null | undefined;
  /** Score 1-4 of element U3 (required) */
  u3?: number | null | undefined;
  /** Score 1-4 of element U4 (required) */
  u4?: number | null | undefined;
  /** Score 1-4 of element U5 (required) */
  u5?: number | null | undefined;
  /** Score 1-4 of element U6 (required) */
  u6?: number | null | undefined;
  /** Score 1-4 of element U7 (required) */
  u7?: number | null | undefined;
  /** Score 1-4 of element U8 (required) */
  u8?: number | null | undefined;
  /** Score 1-4 of element U9 (required) */
  u9?: number | null | undefined;
};

export type SurveyFilter = {
  governmentId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  includeSubUnits?: boolean | null | undefined;
  /** Surveys whose period overlaps this range */
  period?: DateRange | null | undefined;
  /** Free text: part of the title */
  q?: string | null | undefined;
  serviceId?: string | number | null | undefined;
  statuses?: Array<SurveyStatus> | null | undefined;
  /** Records of this unit and, unless includeSubUnits is false, of its sub-units */
  unitId?: string | number | null | undefined;
};

/** SURVEY: each survey and its own period; UNIT and GOVERNMENT: all responses of a unit (or government) per calendar year */
export type SurveyIndexGroup =
  | 'GOVERNMENT'
  | 'SURVEY'
  | 'UNIT';

/** Which surveys an index covers; empty: the caller's government (anonymous callers: every government) */
export type SurveyScope = {
  governmentId?: string | number | null | undefined;
  includeSubUnits?: boolean | null | undefined;
  serviceId?: string | number | null | undefined;
  /** Surveys of this unit and, unless includeSubUnits is false, of its sub-units */
  unitId?: string | number | null | undefined;
};

export type SurveySort = {
  field: SurveySortField;
  order?: SortOrder;
};

export type SurveySortField =
  | 'CREATED_AT'
  | 'PERIOD_START'
  | 'POPULATION'
  | 'STATUS'
  | 'TITLE';

export type SurveyStatus =
  | 'CLOSED'
  | 'OPEN';

export type TargetInput = {
  /** Rencana hasil kerja */
  description: string;
  /** Indikator kinerja individu */
  indicator: string;
  kind?: TargetKind;
  /** Target, e.g. "12 laporan" */
  target: string;
};

/** Hasil kerja utama or tambahan */
export type TargetKind =
  | 'ADDITIONAL'
  | 'MAIN';

/** Requirements of appointment to a kind of position (§8) */
export type UpdateAppointmentRequirementInput = {
  experienceKinds?: Array<string> | null | undefined;
  experienceYears?: number | null | undefined;
  /** 0 removes the age limit; otherwise 18 to 70 */
  maxAge?: number | null | undefined;
  minEducationId?: string | number | null | undefined;
  performanceYears?: number | null | undefined;
  priorKinds?: Array<string> | null | undefined;
  priorYears?: number | null | undefined;
  version: number;
};

export type UpdateAssessmentInput = {
  assessedOn?: string | null | undefined;
  assessor?: string | null | undefined;
  notes?: string | null | undefined;
  potentialScore?: number | null | undefined;
  purpose?: AssessmentPurpose | null | undefined;
  /** Replaces all scores */
  scores?: Array<AssessmentScoreInput> | null | undefined;
  version: number;
};

export type UpdateCompetencyInput = {
  description?: string | null | undefined;
  legalBasis?: string | null | undefined;
  levelDescriptions?: Array<string> | null | undefined;
  name?: string | null | undefined;
  version: number;
};

/** The typical level required by a kind of position */
export type UpdateCompetencyLevelDefaultInput = {
  /** Competency levels run from 1 to 5 */
  requiredLevel: number;
  version: number;
};

/** The yearly credit-point coefficient of a functional level */
export type UpdateCreditPointCoefficientInput = {
  /** Above 0 and at most 1000 */
  coefficient: number;
  version: number;
};

/** The credit-point percentage of a predikat */
export type UpdateCreditPointConversionInput = {
  /** Between 0 and 500 */
  percent: number;
  version: number;
};

/** Credit points required for one functional rank step */
export type UpdateCreditPointRequirementInput = {
  /** More than 0, at most 2000 */
  requiredPoints: number;
  version: number;
};

/** A bound of the predikat distribution (SE MenPANRB 3/2023) */
export type UpdateDistributionRuleInput = {
  /** A percentage (0-100), or a count for AT_LEAST_COUNT */
  value: number;
  version: number;
};

/** A document type: names, accepted file kinds and size, the records it attaches to */
export type UpdateDocumentTypeInput = {
  /** 1 KB to 100 MB */
  maxBytes?: number | null | undefined;
  mimes?: Array<DocumentMime> | null | undefined;
  name?: string | null | undefined;
  nameEn?: string | null | undefined;
  ownerKinds?: Array<DocumentOwnerKind> | null | undefined;
  personal?: boolean | null | undefined;
  version: number;
};

export type UpdateEducationHistoryInput = {
  diplomaNumber?: string | null | undefined;
  graduationYear?: number | null | undefined;
  institution?: string | null | undefined;
  levelId?: string | number | null | undefined;
  major?: string | null | undefined;
  version: number;
};

/** Configurable rank rules of a diploma level (ASN-RULES §2-§3) */
export type UpdateEducationLevelInput = {
  legalBasis?: string | null | undefined;
  name?: string | null | undefined;
  pnsRankCeilingId?: string | number | null | undefined;
  pnsStartingRankId?: string | number | null | undefined;
  pppkEntryRankId?: string | number | null | undefined;
  version: number;
};

export type UpdateEmployeeInput = {
  address?: string | null | undefined;
  asnType?: AsnType | null | undefined;
  backTitle?: string | null | undefined;
  birthDate?: string | null | undefined;
  birthPlace?: string | null | undefined;
  contractEndDate?: string | null | undefined;
  contractStartDate?: string | null | undefined;
  email?: string | null | undefined;
  frontTitle?: string | null | undefined;
  fullName?: string | null | undefined;
  legacyNip?: string | null | undefined;
  nik?: string | null | undefined;
  nip?: string | null | undefined;
  phone?: string | null | undefined;
  sex?: Sex | null | undefined;
  status?: EmployeeStatus | null | undefined;
  tmtCpns?: string | null | undefined;
  tmtPns?: string | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT */
  version: number;
};

export type UpdateEvaluationInput = {
  behaviourRating?: Expectation | null | undefined;
  notes?: string | null | undefined;
  resultRating?: Expectation | null | undefined;
  version: number;
};

export type UpdateGovernmentInput = {
  code?: string | null | undefined;
  kind?: GovernmentKind | null | undefined;
  name?: string | null | undefined;
  province?: string | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT */
  version: number;
};

/** Edit the IKM grade table (super admin) */
export type UpdateIkmGradeInput = {
  label?: string | null | undefined;
  legalBasis?: string | null | undefined;
  maxIkm?: number | null | undefined;
  minIkm?: number | null | undefined;
  version: number;
};

/** The lower bound (and label) of a JPM category */
export type UpdateJpmCategoryInput = {
  label?: string | null | undefined;
  /** A JPM bound is between 0 and 100 */
  minPercent: number;
  version: number;
};

export type UpdateOrgUnitInput = {
  active?: boolean | null | undefined;
  address?: string | null | undefined;
  code?: string | null | undefined;
  kind?: OrgUnitKind | null | undefined;
  name?: string | null | undefined;
  /** Move the unit under another one (null: make it top-level) */
  parentId?: string | number | null | undefined;
  populationServed?: number | null | undefined;
  sector?: Sector | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT */
  version: number;
};

export type UpdatePositionHistoryInput = {
  decreeDate?: string | null | undefined;
  decreeNumber?: string | null | undefined;
  endDate?: string | null | undefined;
  positionId?: string | number | null | undefined;
  startDate?: string | null | undefined;
  version: number;
};

export type UpdatePositionInput = {
  active?: boolean | null | undefined;
  code?: string | null | undefined;
  functionalFamily?: string | null | undefined;
  functionalLevel?: FunctionalLevel | null | undefined;
  grade?: number | null | undefined;
  kind?: PositionKind | null | undefined;
  minEducationId?: string | number | null | undefined;
  minRankId?: string | number | null | undefined;
  parentId?: string | number | null | undefined;
  plannedHeadcount?: number | null | undefined;
  title?: string | null | undefined;
  unitId?: string | number | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT */
  version: number;
};

export type UpdatePublicServiceInput = {
  active?: boolean | null | undefined;
  description?: string | null | undefined;
  name?: string | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT */
  version: number;
};

export type UpdateQualificationInput = {
  certificateNumber?: string | null | undefined;
  passedOn?: string | null | undefined;
  version: number;
};

export type UpdateRankHistoryInput = {
  decreeDate?: string | null | undefined;
  decreeNumber?: string | null | undefined;
  rankId?: string | number | null | undefined;
  tmt?: string | null | undefined;
  version: number;
};

/** A retirement age (§11) */
export type UpdateRetirementAgeInput = {
  /** 50 to 70 */
  age: number;
  version: number;
};

export type UpdateSanctionInput = {
  barsPromotion?: boolean | null | undefined;
  decreeNumber?: string | null | undefined;
  description?: string | null | undefined;
  endDate?: string | null | undefined;
  level?: SanctionLevel | null | undefined;
  startDate?: string | null | undefined;
  version: number;
};

export type UpdateSurveyInput = {
  periodEnd?: string | null | undefined;
  periodStart?: string | null | undefined;
  population?: number | null | undefined;
  /** OPEN to accept responses, CLOSED to stop */
  status?: SurveyStatus | null | undefined;
  title?: string | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT */
  version: number;
};

/** A box's label or recommended actions */
export type UpdateTalentBoxInput = {
  /** 3 to 500 characters */
  actions?: string | null | undefined;
  /** 3 to 120 characters */
  label?: string | null | undefined;
  version: number;
};

/** Which performance level an annual predikat counts as */
export type UpdateTalentPerformanceLevelInput = {
  performance: Expectation;
  version: number;
};

export type UpdateTargetRatioInput = {
  basis?: string | null | undefined;
  label?: string | null | undefined;
  perPopulation?: number | null | undefined;
  staff?: number | null | undefined;
  version: number;
};

export type UpdateUserInput = {
  active?: boolean | null | undefined;
  displayName?: string | null | undefined;
  employeeId?: string | number | null | undefined;
  governmentId?: string | number | null | undefined;
  /** Set a new password */
  password?: string | null | undefined;
  role?: Role | null | undefined;
  unitId?: string | number | null | undefined;
  version: number;
};

export type UpdateWorkloadTaskInput = {
  description?: string | null | undefined;
  /** New place in the list, from 1 */
  ordinal?: number | null | undefined;
  output?: string | null | undefined;
  period?: WorkPeriod | null | undefined;
  standardMinutes?: number | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT */
  version: number;
  volume?: number | null | undefined;
};

export type UserFilter = {
  active?: boolean | null | undefined;
  governmentId?: string | number | null | undefined;
  /** Only these accounts */
  ids?: Array<string | number> | null | undefined;
  /** Free text: e-mail or name */
  q?: string | null | undefined;
  roles?: Array<Role> | null | undefined;
  /** Unit admins of this unit */
  unitId?: string | number | null | undefined;
};

export type UserSort = {
  field: UserSortField;
  order?: SortOrder;
};

export type UserSortField =
  | 'ACTIVE'
  | 'CREATED_AT'
  | 'DISPLAY_NAME'
  | 'EMAIL'
  | 'LAST_LOGIN_AT'
  | 'ROLE';

/** Period of a task volume: per day, week, month or year */
export type WorkPeriod =
  | 'DAY'
  | 'MONTH'
  | 'WEEK'
  | 'YEAR';

/** A task (uraian tugas): volume per period and standard minutes per output, each above zero with at most two decimals */
export type WorkloadTaskInput = {
  /** Uraian tugas */
  description: string;
  /** Hasil kerja */
  output: string;
  period: WorkPeriod;
  /** Standard minutes per output, 0.01 to 100000 */
  standardMinutes: number;
  /** Outputs per period, 0.01 to 1000000 */
  volume: number;
};

export type WorkloadTransitionInput = {
  action: AbkAction;
  version: number;
};

export type AssessmentItemFragment = { id: string, version: number, assessedOn: string, purpose: AssessmentPurpose, assessor: string, potentialScore: number | null, notes: string | null, employee: { id: string, nip: string, displayName: string } };

export type AssessmentListQueryVariables = Exact<{
  filter?: AssessmentFilter | null | undefined;
  limit: number;
  offset: number;
}>;


export type AssessmentListQuery = { assessments: { total: number, items: Array<{ id: string, version: number, assessedOn: string, purpose: AssessmentPurpose, assessor: string, potentialScore: number | null, notes: string | null, employee: { id: string, nip: string, displayName: string } }> } };

export type AssessmentGetQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentGetQuery = { assessment: { id: string, version: number, assessedOn: string, purpose: AssessmentPurpose, assessor: string, potentialScore: number | null, notes: string | null, scores: Array<{ level: number, competency: { id: string, code: string, name: string } }>, employee: { id: string, nip: string, displayName: string } } };

export type AssessmentCreateMutationVariables = Exact<{
  input: CreateAssessmentInput;
}>;


export type AssessmentCreateMutation = { createAssessment: { id: string, version: number, assessedOn: string, purpose: AssessmentPurpose, assessor: string, potentialScore: number | null, notes: string | null, employee: { id: string, nip: string, displayName: string } } };

export type AssessmentUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateAssessmentInput;
}>;


export type AssessmentUpdateMutation = { updateAssessment: { id: string, version: number, assessedOn: string, purpose: AssessmentPurpose, assessor: string, potentialScore: number | null, notes: string | null, scores: Array<{ level: number, competency: { id: string, code: string, name: string } }>, employee: { id: string, nip: string, displayName: string } } };

export type AssessmentDeleteMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AssessmentDeleteMutation = { deleteAssessment: boolean };

export type CompetenciesQueryVariables = Exact<{
  filter?: CompetencyFilter | null | undefined;
}>;


export type CompetenciesQuery = { competencies: Array<{ id: string, code: string, name: string, kind: CompetencyKind, description: string, levelDescriptions: Array<string> }> };

export type EmployeeJpmQueryVariables = Exact<{
  employeeId: string | number;
  positionId?: string | number | null | undefined;
  assessmentId?: string | number | null | undefined;
}>;


export type EmployeeJpmQuery = { jobPersonMatch: { percent: number, purpose: AssessmentPurpose, reasons: Array<string>, legalBasis: string, category: { code: string, label: string, minPercent: number } | null, position: { id: string, title: string } | null, assessment: { id: string, assessedOn: string, assessor: string, potentialScore: number | null } | null, comparisons: Array<{ required: number, assessed: number, gap: number, competency: { id: string, code: string, name: string } }>, gaps: Array<{ required: number, assessed: number, gap: number, competency: { code: string, name: string } }> } };

export type AuditItemFragment = { id: string, occurredAt: string, action: AuditAction, entityName: string, entityId: string, actorId: string | null, actorEmail: string | null, actorRole: string | null, requestId: string | null, changes: Record<string, unknown> };

export type AuditListQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  limit: number;
  offset: number;
}>;


export type AuditListQuery = { auditEntries: { total: number, items: Array<{ id: string, occurredAt: string, action: AuditAction, entityName: string, entityId: string, actorId: string | null, actorEmail: string | null, actorRole: string | null, requestId: string | null, changes: Record<string, unknown> }> } };

export type AuditGetQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditGetQuery = { auditEntry: { id: string, occurredAt: string, action: AuditAction, entityName: string, entityId: string, actorId: string | null, actorEmail: string | null, actorRole: string | null, requestId: string | null, changes: Record<string, unknown> } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, email: string, displayName: string, role: Role, government: { id: string, name: string } | null, unit: { id: string, name: string } | null, employee: { id: string } | null } } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type CompetencyItemFragment = { id: string, version: number, code: string, name: string, kind: CompetencyKind, description: string, levelDescriptions: Array<string>, legalBasis: string, updatedAt: string, government: { id: string, name: string } | null };

export type CompetencyDictionaryQueryVariables = Exact<{
  filter?: CompetencyFilter | null | undefined;
}>;


export type CompetencyDictionaryQuery = { competencies: Array<{ id: string, version: number, code: string, name: string, kind: CompetencyKind, description: string, levelDescriptions: Array<string>, legalBasis: string, updatedAt: string, government: { id: string, name: string } | null }> };

export type CompetencyCreateMutationVariables = Exact<{
  input: CreateCompetencyInput;
}>;


export type CompetencyCreateMutation = { createCompetency: { id: string, version: number, code: string, name: string, kind: CompetencyKind, description: string, levelDescriptions: Array<string>, legalBasis: string, updatedAt: string, government: { id: string, name: string } | null } };

export type CompetencyUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateCompetencyInput;
}>;


export type CompetencyUpdateMutation = { updateCompetency: { id: string, version: number, code: string, name: string, kind: CompetencyKind, description: string, levelDescriptions: Array<string>, legalBasis: string, updatedAt: string, government: { id: string, name: string } | null } };

export type DashboardHeadcountQueryVariables = Exact<{
  groupBy: HeadcountGroup;
  governmentId?: string | number | null | undefined;
  unitId?: string | number | null | undefined;
}>;


export type DashboardHeadcountQuery = { headcount: { groupBy: HeadcountGroup, asOf: string, total: number, unit: { id: string, name: string } | null, buckets: Array<{ key: string, label: string, detail: string | null, count: number }> } };

export type DashboardPredikatQueryVariables = Exact<{
  governmentId: string | number;
  unitId?: string | number | null | undefined;
  year: number;
}>;


export type DashboardPredikatQuery = { predikatDistribution: { year: number, minimumUnitSize: number, government: { unitId: string | null, unitName: string, total: number | null, withheld: boolean, counts: Array<{ predikat: Predikat, count: number, percent: number }> }, units: Array<{ unitId: string | null, unitName: string, total: number | null, withheld: boolean, counts: Array<{ predikat: Predikat, count: number, percent: number }> }> } };

export type DashboardPromotionsQueryVariables = Exact<{
  governmentId?: string | number | null | undefined;
  unitId?: string | number | null | undefined;
  limit: number;
}>;


export type DashboardPromotionsQuery = { hrAlerts: { promotionMonths: number, promotionsDue: number, promotions: Array<{ employeeId: string, eligible: boolean, earliestTmt: string | null, currentRank: { code: string } | null, nextRank: { code: string } | null, employee: { id: string, nip: string, displayName: string } }> } };

export type DashboardRetirementsQueryVariables = Exact<{
  governmentId?: string | number | null | undefined;
  unitId?: string | number | null | undefined;
  years: number;
}>;


export type DashboardRetirementsQuery = { retirementProjection: { fromYear: number, toYear: number, total: number, byYear: Array<{ year: number, count: number }>, cells: Array<{ year: number, count: number, unit: { id: string, name: string } | null }> } };

export type DashboardIkmQueryVariables = Exact<{
  scope?: SurveyScope | null | undefined;
  period?: DateRange | null | undefined;
}>;


export type DashboardIkmQuery = { surveyIndices: Array<{ unitId: string | null, unitName: string | null, year: number, ikm: number | null, grade: string | null, gradeLabel: string | null, previousIkm: number | null, ikmChange: number | null, withheld: boolean, responses: number }> };

export type DocumentEntryFragment = { id: string, version: number, ownerKind: DocumentOwnerKind, ownerId: string, employeeId: string | null, fileName: string, mime: DocumentMime, sizeBytes: number, sha256: string, note: string | null, createdAt: string, type: { id: string, code: string, name: string, nameEn: string } };

export type DocumentListQueryVariables = Exact<{
  filter?: DocumentFilter | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type DocumentListQuery = { documents: { total: number, items: Array<{ id: string, version: number, ownerKind: DocumentOwnerKind, ownerId: string, employeeId: string | null, fileName: string, mime: DocumentMime, sizeBytes: number, sha256: string, note: string | null, createdAt: string, type: { id: string, code: string, name: string, nameEn: string } }> } };

export type DocumentLinkQueryVariables = Exact<{
  id: string | number;
}>;


export type DocumentLinkQuery = { documentLink: { url: string, expiresAt: string } };

export type DocumentDeleteMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DocumentDeleteMutation = { deleteDocument: boolean };

export type DocumentTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type DocumentTypesQuery = { documentTypes: Array<{ id: string, version: number, code: string, name: string, nameEn: string, maxBytes: number, mimes: Array<DocumentMime>, ownerKinds: Array<DocumentOwnerKind>, personal: boolean }> };

export type DocumentTypeUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateDocumentTypeInput;
}>;


export type DocumentTypeUpdateMutation = { updateDocumentType: { id: string, version: number, name: string, nameEn: string, maxBytes: number } };

export type DukListQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
  governmentId?: string | number | null | undefined;
  asOf?: string | null | undefined;
  limit: number;
  offset: number;
}>;


export type DukListQuery = { duk: { asOf: string, total: number, csvPath: string, items: Array<{ number: number, age: number | null, birthDate: string | null, education: string | null, major: string | null, graduationYear: number | null, leadershipTraining: QualificationKind | null, leadershipTrainingDate: string | null, serviceYears: number, serviceMonths: number, rankTmt: string | null, positionTmt: string | null, rank: { id: string, code: string, name: string } | null, position: { id: string, title: string } | null, unit: { id: string, name: string } | null, employee: { id: string, nip: string, displayName: string } }> } };

export type EmployeeListItemFragment = { id: string, version: number, nip: string, displayName: string, fullName: string, asnType: AsnType, status: EmployeeStatus | null, sex: Sex, age: number | null, currentRank: { id: string, tmt: string, rank: { id: string, code: string, name: string } } | null, currentPosition: { id: string, title: string, kind: PositionKind } | null, currentUnit: { id: string, name: string } | null };

export type EmployeeDetailFragment = { legacyNip: string | null, frontTitle: string | null, backTitle: string | null, birthPlace: string | null, birthDate: string | null, nik: string | null, phone: string | null, email: string | null, address: string | null, tmtCpns: string | null, tmtPns: string | null, contractStartDate: string | null, contractEndDate: string | null, createdAt: string, updatedAt: string, id: string, version: number, nip: string, displayName: string, fullName: string, asnType: AsnType, status: EmployeeStatus | null, sex: Sex, age: number | null, government: { id: string, name: string }, highestEducation: { id: string, institution: string, graduationYear: number, level: { code: string, name: string } } | null, rankHistory: Array<{ id: string, version: number, tmt: string, decreeNumber: string | null, decreeDate: string | null, rank: { id: string, code: string, name: string } }> | null, positionHistory: Array<{ id: string, version: number, startDate: string, endDate: string | null, decreeNumber: string | null, decreeDate: string | null, current: boolean, position: { id: string, title: string }, unit: { id: string, name: string } }> | null, educationHistory: Array<{ id: string, version: number, institution: string, major: string | null, graduationYear: number, diplomaNumber: string | null, level: { id: string, code: string, name: string } }> | null, currentRank: { id: string, tmt: string, rank: { id: string, code: string, name: string } } | null, currentPosition: { id: string, title: string, kind: PositionKind } | null, currentUnit: { id: string, name: string } | null };

export type EmployeeListQueryVariables = Exact<{
  filter?: EmployeeFilter | null | undefined;
  sort?: Array<EmployeeSort> | EmployeeSort | null | undefined;
  limit: number;
  offset: number;
}>;


export type EmployeeListQuery = { employees: { total: number, items: Array<{ id: string, version: number, nip: string, displayName: string, fullName: string, asnType: AsnType, status: EmployeeStatus | null, sex: Sex, age: number | null, currentRank: { id: string, tmt: string, rank: { id: string, code: string, name: string } } | null, currentPosition: { id: string, title: string, kind: PositionKind } | null, currentUnit: { id: string, name: string } | null }> } };

export type EmployeeGetQueryVariables = Exact<{
  id: string | number;
}>;


export type EmployeeGetQuery = { employee: { legacyNip: string | null, frontTitle: string | null, backTitle: string | null, birthPlace: string | null, birthDate: string | null, nik: string | null, phone: string | null, email: string | null, address: string | null, tmtCpns: string | null, tmtPns: string | null, contractStartDate: string | null, contractEndDate: string | null, createdAt: string, updatedAt: string, id: string, version: number, nip: string, displayName: string, fullName: string, asnType: AsnType, status: EmployeeStatus | null, sex: Sex, age: number | null, government: { id: string, name: string }, highestEducation: { id: string, institution: string, graduationYear: number, level: { code: string, name: string } } | null, rankHistory: Array<{ id: string, version: number, tmt: string, decreeNumber: string | null, decreeDate: string | null, rank: { id: string, code: string, name: string } }> | null, positionHistory: Array<{ id: string, version: number, startDate: string, endDate: string | null, decreeNumber: string | null, decreeDate: string | null, current: boolean, position: { id: string, title: string }, unit: { id: string, name: string } }> | null, educationHistory: Array<{ id: string, version: number, institution: string, major: string | null, graduationYear: number, diplomaNumber: string | null, level: { id: string, code: string, name: string } }> | null, currentRank: { id: string, tmt: string, rank: { id: string, code: string, name: string } } | null, currentPosition: { id: string, title: string, kind: PositionKind } | null, currentUnit: { id: string, name: string } | null } };

export type EmployeeCreateMutationVariables = Exact<{
  input: CreateEmployeeInput;
}>;


export type EmployeeCreateMutation = { createEmployee: { legacyNip: string | null, frontTitle: string | null, backTitle: string | null, birthPlace: string | null, birthDate: string | null, nik: string | null, phone: string | null, email: string | null, address: string | null, tmtCpns: string | null, tmtPns: string | null, contractStartDate: string | null, contractEndDate: string | null, createdAt: string, updatedAt: string, id: string, version: number, nip: string, displayName: string, fullName: string, asnType: AsnType, status: EmployeeStatus | null, sex: Sex, age: number | null, government: { id: string, name: string }, highestEducation: { id: string, institution: string, graduationYear: number, level: { code: string, name: string } } | null, rankHistory: Array<{ id: string, version: number, tmt: string, decreeNumber: string | null, decreeDate: string | null, rank: { id: string, code: string, name: string } }> | null, positionHistory: Array<{ id: string, version: number, startDate: string, endDate: string | null, decreeNumber: string | null, decreeDate: string | null, current: boolean, position: { id: string, title: string }, unit: { id: string, name: string } }> | null, educationHistory: Array<{ id: string, version: number, institution: string, major: string | null, graduationYear: number, diplomaNumber: string | null, level: { id: string, code: string, name: string } }> | null, currentRank: { id: string, tmt: string, rank: { id: string, code: string, name: string } } | null, currentPosition: { id: string, title: string, kind: PositionKind } | null, currentUnit: { id: string, name: string } | null } };

export type EmployeeUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateEmployeeInput;
}>;


export type EmployeeUpdateMutation = { updateEmployee: { legacyNip: string | null, frontTitle: string | null, backTitle: string | null, birthPlace: string | null, birthDate: string | null, nik: string | null, phone: string | null, email: string | null, address: string | null, tmtCpns: string | null, tmtPns: string | null, contractStartDate: string | null, contractEndDate: string | null, createdAt: string, updatedAt: string, id: string, version: number, nip: string, displayName: string, fullName: string, asnType: AsnType, status: EmployeeStatus | null, sex: Sex, age: number | null, government: { id: string, name: string }, highestEducation: { id: string, institution: string, graduationYear: number, level: { code: string, name: string } } | null, rankHistory: Array<{ id: string, version: number, tmt: string, decreeNumber: string | null, decreeDate: string | null, rank: { id: string, code: string, name: string } }> | null, positionHistory: Array<{ id: string, version: number, startDate: string, endDate: string | null, decreeNumber: string | null, decreeDate: string | null, current: boolean, position: { id: string, title: string }, unit: { id: string, name: string } }> | null, educationHistory: Array<{ id: string, version: number, institution: string, major: string | null, graduationYear: number, diplomaNumber: string | null, level: { id: string, code: string, name: string } }> | null, currentRank: { id: string, tmt: string, rank: { id: string, code: string, name: string } } | null, currentPosition: { id: string, title: string, kind: PositionKind } | null, currentUnit: { id: string, name: string } | null } };

export type EmployeeDeleteMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type EmployeeDeleteMutation = { deleteEmployee: boolean };

export type EmployeeRankPromotionQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type EmployeeRankPromotionQuery = { employee: { id: string, asnType: AsnType, rankPromotion: { asOf: string, eligible: boolean, route: PromotionRoute, summary: string, earliestTmt: string | null, currentRankTmt: string | null, currentRank: { id: string, code: string, name: string } | null, nextRank: { id: string, code: string, name: string } | null, conditions: Array<{ code: string, description: string, actual: string, required: string, passed: boolean, passesOn: string | null, legalBasis: string }> } | null, retirement: { retirementAge: number, retirementDate: string | null, retirementYear: number, reasons: Array<string>, legalBasis: string, positionKind: PositionKind | null, functionalLevel: FunctionalLevel | null } | null } };

export type EmployeeQualificationsQueryVariables = Exact<{
  id: string | number;
}>;


export type EmployeeQualificationsQuery = { employee: { id: string, qualifications: Array<{ id: string, version: number, kind: QualificationKind, passedOn: string, certificateNumber: string | null }> | null, sanctions: Array<{ id: string, version: number, level: SanctionLevel, description: string, startDate: string, endDate: string | null, barsPromotion: boolean, decreeNumber: string | null }> | null } };

export type EmployeeQualificationAddMutationVariables = Exact<{
  input: AddQualificationInput;
}>;


export type EmployeeQualificationAddMutation = { addQualification: { id: string, version: number } };

export type EmployeeQualificationUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateQualificationInput;
}>;


export type EmployeeQualificationUpdateMutation = { updateQualification: { id: string, version: number } };

export type EmployeeQualificationDeleteMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type EmployeeQualificationDeleteMutation = { deleteQualification: boolean };

export type EmployeeSanctionAddMutationVariables = Exact<{
  input: AddSanctionInput;
}>;


export type EmployeeSanctionAddMutation = { addSanction: { id: string, version: number } };

export type EmployeeSanctionUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateSanctionInput;
}>;


export type EmployeeSanctionUpdateMutation = { updateSanction: { id: string, version: number } };

export type EmployeeSanctionDeleteMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type EmployeeSanctionDeleteMutation = { deleteSanction: boolean };

export type EmployeeRankAddMutationVariables = Exact<{
  input: AddRankHistoryInput;
}>;


export type EmployeeRankAddMutation = { addRankHistory: { id: string, version: number } };

export type EmployeeRankUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateRankHistoryInput;
}>;


export type EmployeeRankUpdateMutation = { updateRankHistory: { id: string, version: number } };

export type EmployeeRankDeleteMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type EmployeeRankDeleteMutation = { deleteRankHistory: boolean };

export type EmployeePlacementAddMutationVariables = Exact<{
  input: AddPositionHistoryInput;
}>;


export type EmployeePlacementAddMutation = { addPositionHistory: { id: string, version: number } };

export type EmployeePlacementUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdatePositionHistoryInput;
}>;


export type EmployeePlacementUpdateMutation = { updatePositionHistory: { id: string, version: number } };

export type EmployeePlacementDeleteMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type EmployeePlacementDeleteMutation = { deletePositionHistory: boolean };

export type EmployeeEducationAddMutationVariables = Exact<{
  input: AddEducationHistoryInput;
}>;


export type EmployeeEducationAddMutation = { addEducationHistory: { id: string, version: number } };

export type EmployeeEducationUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateEducationHistoryInput;
}>;


export type EmployeeEducationUpdateMutation = { updateEducationHistory: { id: string, version: number } };

export type EmployeeEducationDeleteMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type EmployeeEducationDeleteMutation = { deleteEducationHistory: boolean };

export type EvaluationItemFragment = { id: string, version: number, year: number, period: EvaluationPeriod, resultRating: Expectation, behaviourRating: Expectation, predikat: Predikat, predikatLabel: string, notes: string | null, reasons: Array<string>, legalBasis: string, employee: { id: string, nip: string, displayName: string }, evaluator: { id: string, displayName: string }, plan: { id: string, positionTitle: string, unitName: string } };

export type EvaluationListQueryVariables = Exact<{
  filter?: EvaluationFilterInput | null | undefined;
  limit: number;
  offset: number;
}>;


export type EvaluationListQuery = { performanceEvaluations: { total: number, items: Array<{ id: string, version: number, year: number, period: EvaluationPeriod, resultRating: Expectation, behaviourRating: Expectation, predikat: Predikat, predikatLabel: string, notes: string | null, reasons: Array<string>, legalBasis: string, employee: { id: string, nip: string, displayName: string }, evaluator: { id: string, displayName: string }, plan: { id: string, positionTitle: string, unitName: string } }> } };

export type EvaluationGetQueryVariables = Exact<{
  id: string | number;
}>;


export type EvaluationGetQuery = { performanceEvaluation: { id: string, version: number, year: number, period: EvaluationPeriod, resultRating: Expectation, behaviourRating: Expectation, predikat: Predikat, predikatLabel: string, notes: string | null, reasons: Array<string>, legalBasis: string, employee: { id: string, nip: string, displayName: string }, evaluator: { id: string, displayName: string }, plan: { id: string, positionTitle: string, unitName: string } } };

export type EvaluationUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateEvaluationInput;
}>;


export type EvaluationUpdateMutation = { updatePerformanceEvaluation: { id: string, version: number, year: number, period: EvaluationPeriod, resultRating: Expectation, behaviourRating: Expectation, predikat: Predikat, predikatLabel: string, notes: string | null, reasons: Array<string>, legalBasis: string, employee: { id: string, nip: string, displayName: string }, evaluator: { id: string, displayName: string }, plan: { id: string, positionTitle: string, unitName: string } } };

export type EmployeePerformanceQueryVariables = Exact<{
  employeeId: string | number;
  year: number;
}>;


export type EmployeePerformanceQuery = { employee: { id: string, annualEvaluations: Array<{ id: string, year: number, predikat: Predikat, predikatLabel: string, resultRating: Expectation, behaviourRating: Expectation }> | null, recognitions: Array<{ id: string, version: number, year: number, status: RecognitionStatus, basis: string }> | null, coachingPlans: Array<{ id: string, version: number, year: number, goals: string, status: CoachingStatus, reviewDate: string, recommendedTraining: Array<string>, mentor: { id: string, displayName: string } }> | null }, performancePlans: { items: Array<{ id: string, version: number, year: number, status: PlanStatus, expectations: string | null, positionTitle: string, evaluator: { id: string, displayName: string }, targets: Array<{ id: string, version: number, kind: TargetKind, description: string, indicator: string, target: string }>, evaluations: Array<{ id: string, version: number, period: EvaluationPeriod, predikat: Predikat, predikatLabel: string, resultRating: Expectation, behaviourRating: Expectation, reasons: Array<string> }> }> } };

export type EmployeePlanCreateMutationVariables = Exact<{
  input: CreatePlanInput;
}>;


export type EmployeePlanCreateMutation = { createPerformancePlan: { id: string, version: number } };

export type EmployeeTargetAddMutationVariables = Exact<{
  planId: string | number;
  input: TargetInput;
}>;


export type EmployeeTargetAddMutation = { addPerformanceTarget: { id: string, version: number } };

export type EmployeeTargetRemoveMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type EmployeeTargetRemoveMutation = { removePerformanceTarget: boolean };

export type EmployeeEvaluateMutationVariables = Exact<{
  input: EvaluateInput;
}>;


export type EmployeeEvaluateMutation = { evaluatePerformance: { id: string, version: number, period: EvaluationPeriod, predikat: Predikat, predikatLabel: string, reasons: Array<string>, legalBasis: string } };

export type EmployeeCoachingCreateMutationVariables = Exact<{
  input: CreateCoachingPlanInput;
}>;


export type EmployeeCoachingCreateMutation = { createCoachingPlan: { id: string, version: number } };

export type EmployeeCoachingCompleteMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type EmployeeCoachingCompleteMutation = { completeCoachingPlan: { id: string, version: number, status: CoachingStatus } };

export type EmployeeRecognitionDecideMutationVariables = Exact<{
  id: string | number;
  status: RecognitionStatus;
  version: number;
}>;


export type EmployeeRecognitionDecideMutation = { decideRecognition: { id: string, version: number, status: RecognitionStatus } };

export type EmployeePlanThreadQueryVariables = Exact<{
  planId: string | number;
}>;


export type EmployeePlanThreadQuery = { performancePlan: { id: string, progress: Array<{ id: string, kind: ProgressKind, text: string, percent: number | null, evidenceUrl: string | null, createdAt: string, replyToId: string | null, author: { displayName: string } }> } };

export type EmployeeTalentQueryVariables = Exact<{
  employeeId: string | number;
}>;


export type EmployeeTalentQuery = { talentPlacement: { performance: Expectation | null, potential: PotentialLevel | null, predikat: Predikat | null, potentialScore: number | null, inSuccessionPool: boolean, reasons: Array<string>, legalBasis: string, box: { box: number, label: string, actions: string } | null } };

export type EmployeeBehaviour360QueryVariables = Exact<{
  employeeId: string | number;
  year: number;
  period: EvaluationPeriod;
}>;


export type EmployeeBehaviour360Query = { behaviour360Result: { minRaters: number, groups: Array<{ group: RaterGroup, raters: number, released: boolean, average: number | null, reason: string, averages: Array<{ value: CoreValue, average: number }> }> } };

export type FeedbackItemFragment = { id: string, version: number, trackingCode: string, category: FeedbackCategory, status: FeedbackStatus, text: string, contact: string | null, receivedAt: string, startedAt: string | null, closedAt: string | null, answer: string | null, targetDays: number, daysTaken: number, dueDate: string, overdue: boolean, withinTarget: boolean | null, answeredBy: { id: string, displayName: string } | null, unit: { id: string, name: string }, service: { id: string, name: string } | null };

export type FeedbackListQueryVariables = Exact<{
  filter?: FeedbackFilter | null | undefined;
  sort?: Array<FeedbackSort> | FeedbackSort | null | undefined;
  limit: number;
  offset: number;
}>;


export type FeedbackListQuery = { feedbacks: { total: number, items: Array<{ id: string, version: number, trackingCode: string, category: FeedbackCategory, status: FeedbackStatus, text: string, contact: string | null, receivedAt: string, startedAt: string | null, closedAt: string | null, answer: string | null, targetDays: number, daysTaken: number, dueDate: string, overdue: boolean, withinTarget: boolean | null, answeredBy: { id: string, displayName: string } | null, unit: { id: string, name: string }, service: { id: string, name: string } | null }> } };

export type FeedbackGetQueryVariables = Exact<{
  id: string | number;
}>;


export type FeedbackGetQuery = { feedback: { id: string, version: number, trackingCode: string, category: FeedbackCategory, status: FeedbackStatus, text: string, contact: string | null, receivedAt: string, startedAt: string | null, closedAt: string | null, answer: string | null, targetDays: number, daysTaken: number, dueDate: string, overdue: boolean, withinTarget: boolean | null, answeredBy: { id: string, displayName: string } | null, unit: { id: string, name: string }, service: { id: string, name: string } | null } };

export type FeedbackTransitionMutationVariables = Exact<{
  id: string | number;
  input: FeedbackTransitionInput;
}>;


export type FeedbackTransitionMutation = { transitionFeedback: { id: string, version: number, trackingCode: string, category: FeedbackCategory, status: FeedbackStatus, text: string, contact: string | null, receivedAt: string, startedAt: string | null, closedAt: string | null, answer: string | null, targetDays: number, daysTaken: number, dueDate: string, overdue: boolean, withinTarget: boolean | null, answeredBy: { id: string, displayName: string } | null, unit: { id: string, name: string }, service: { id: string, name: string } | null } };

export type GovernmentItemFragment = { id: string, version: number, code: string, name: string, kind: GovernmentKind, province: string | null, createdAt: string, updatedAt: string };

export type GovernmentListQueryVariables = Exact<{
  filter?: GovernmentFilter | null | undefined;
  sort?: Array<GovernmentSort> | GovernmentSort | null | undefined;
  limit: number;
  offset: number;
}>;


export type GovernmentListQuery = { governments: { total: number, items: Array<{ id: string, version: number, code: string, name: string, kind: GovernmentKind, province: string | null, createdAt: string, updatedAt: string }> } };

export type GovernmentGetQueryVariables = Exact<{
  id: string | number;
}>;


export type GovernmentGetQuery = { government: { id: string, version: number, code: string, name: string, kind: GovernmentKind, province: string | null, createdAt: string, updatedAt: string, units: { total: number, items: Array<{ id: string, code: string, name: string, kind: OrgUnitKind, employeeCount: number }> } } };

export type GovernmentCreateMutationVariables = Exact<{
  input: CreateGovernmentInput;
}>;


export type GovernmentCreateMutation = { createGovernment: { id: string, version: number, code: string, name: string, kind: GovernmentKind, province: string | null, createdAt: string, updatedAt: string } };

export type GovernmentUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateGovernmentInput;
}>;


export type GovernmentUpdateMutation = { updateGovernment: { id: string, version: number, code: string, name: string, kind: GovernmentKind, province: string | null, createdAt: string, updatedAt: string } };

export type GovernmentDeleteMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type GovernmentDeleteMutation = { deleteGovernment: boolean };

export type PositionItemFragment = { id: string, version: number, code: string, title: string, kind: PositionKind, functionalLevel: FunctionalLevel | null, functionalFamily: string | null, managerial: boolean, grade: number, plannedHeadcount: number, holderCount: number, vacancies: number, active: boolean, unit: { id: string, name: string }, government: { id: string, name: string }, parent: { id: string, title: string } | null, minEducation: { id: string, code: string, name: string } | null, minRank: { id: string, code: string, name: string } | null };

export type PositionListQueryVariables = Exact<{
  filter?: PositionFilter | null | undefined;
  sort?: Array<PositionSort> | PositionSort | null | undefined;
  limit: number;
  offset: number;
}>;


export type PositionListQuery = { positions: { total: number, items: Array<{ id: string, version: number, code: string, title: string, kind: PositionKind, functionalLevel: FunctionalLevel | null, functionalFamily: string | null, managerial: boolean, grade: number, plannedHeadcount: number, holderCount: number, vacancies: number, active: boolean, unit: { id: string, name: string }, government: { id: string, name: string }, parent: { id: string, title: string } | null, minEducation: { id: string, code: string, name: string } | null, minRank: { id: string, code: string, name: string } | null }> } };

export type PositionGetQueryVariables = Exact<{
  id: string | number;
}>;


export type PositionGetQuery = { position: { id: string, version: number, code: string, title: string, kind: PositionKind, functionalLevel: FunctionalLevel | null, functionalFamily: string | null, managerial: boolean, grade: number, plannedHeadcount: number, holderCount: number, vacancies: number, active: boolean, unit: { id: string, name: string }, government: { id: string, name: string }, parent: { id: string, title: string } | null, minEducation: { id: string, code: string, name: string } | null, minRank: { id: string, code: string, name: string } | null } };

export type PositionCreateMutationVariables = Exact<{
  input: CreatePositionInput;
}>;


export type PositionCreateMutation = { createPosition: { id: string, version: number, code: string, title: string, kind: PositionKind, functionalLevel: FunctionalLevel | null, functionalFamily: string | null, managerial: boolean, grade: number, plannedHeadcount: number, holderCount: number, vacancies: number, active: boolean, unit: { id: string, name: string }, government: { id: string, name: string }, parent: { id: string, title: string } | null, minEducation: { id: string, code: string, name: string } | null, minRank: { id: string, code: string, name: string } | null } };

export type PositionUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdatePositionInput;
}>;


export type PositionUpdateMutation = { updatePosition: { id: string, version: number, code: string, title: string, kind: PositionKind, functionalLevel: FunctionalLevel | null, functionalFamily: string | null, managerial: boolean, grade: number, plannedHeadcount: number, holderCount: number, vacancies: number, active: boolean, unit: { id: string, name: string }, government: { id: string, name: string }, parent: { id: string, title: string } | null, minEducation: { id: string, code: string, name: string } | null, minRank: { id: string, code: string, name: string } | null } };

export type PositionDeleteMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type PositionDeleteMutation = { deletePosition: boolean };

export type PositionCompetencyStandardQueryVariables = Exact<{
  id: string | number;
}>;


export type PositionCompetencyStandardQuery = { position: { id: string, competencyStandard: Array<{ requiredLevel: number, isDefault: boolean, competency: { id: string, code: string, name: string, kind: CompetencyKind } }> } };

export type PositionCompetencySetMutationVariables = Exact<{
  positionId: string | number;
  competencyId: string | number;
  requiredLevel: number;
}>;


export type PositionCompetencySetMutation = { setPositionCompetency: Array<{ requiredLevel: number, isDefault: boolean, competency: { id: string, code: string, name: string, kind: CompetencyKind } }> };

export type PositionCompetencyRemoveMutationVariables = Exact<{
  positionId: string | number;
  competencyId: string | number;
}>;


export type PositionCompetencyRemoveMutation = { removePositionCompetency: Array<{ requiredLevel: number, isDefault: boolean, competency: { id: string, code: string, name: string, kind: CompetencyKind } }> };

export type CandidateRequirementItemFragment = { code: string, description: string, actual: string, required: string, passed: boolean, legalBasis: string };

export type PositionCandidatesQueryVariables = Exact<{
  positionId: string | number;
  asOf?: string | null | undefined;
  unitId?: string | number | null | undefined;
  qualified: boolean;
  talentPoolOnly: boolean;
  limit: number;
  offset: number;
}>;


export type PositionCandidatesQuery = { positionCandidates: { asOf: string, total: number, qualifiedTotal: number, notQualifiedTotal: number, vacancies: number, scoreFormula: string, legalBasis: string, weights: Array<{ code: string, weight: number }>, items: Array<{ score: number, jpm: number | null, talentBox: number | null, latestPredikat: Predikat | null, qualified: boolean, employee: { id: string, nip: string, displayName: string, currentRank: { id: string, rank: { id: string, code: string } } | null, currentPosition: { id: string, title: string } | null, currentUnit: { id: string, name: string } | null }, requirements: Array<{ code: string, description: string, actual: string, required: string, passed: boolean, legalBasis: string }>, failedRequirements: Array<{ code: string, description: string, actual: string, required: string, passed: boolean, legalBasis: string }>, components: Array<{ code: string, value: number, weight: number, explanation: string }> }> } };

export type PublicQuestionnaireQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicQuestionnaireQuery = { surveyQuestionnaire: { suggestionMaxLength: number, elements: Array<{ code: string, name: string, question: string, options: Array<{ score: number, label: string }> }>, ageBands: Array<{ value: string, label: string }>, sexes: Array<{ value: string, label: string }>, educations: Array<{ value: string, label: string }>, occupations: Array<{ value: string, label: string }> } };

export type PublicSurveyListQueryVariables = Exact<{
  filter?: PublicSurveyFilter | null | undefined;
  limit: number;
  offset: number;
}>;


export type PublicSurveyListQuery = { publicSurveys: { total: number, items: Array<{ id: string, title: string, periodStart: string, periodEnd: string, serviceName: string | null, unitName: string, governmentName: string }> } };

export type PublicSubmitSurveyResponseMutationVariables = Exact<{
  input: SubmitSurveyResponseInput;
}>;


export type PublicSubmitSurveyResponseMutation = { submitSurveyResponse: { receiptCode: string, surveyId: string, submittedOn: string, duplicate: boolean } };

export type PublicSurveyResultQueryVariables = Exact<{
  surveyId: string | number;
}>;


export type PublicSurveyResultQuery = { surveyIndex: { surveyTitle: string | null, responses: number, minimumSample: number, sampleReached: boolean, minimumResponses: number, withheld: boolean, ikm: number | null, grade: string | null, gradeLabel: string | null } };

export type PublicServiceDirectoryQueryVariables = Exact<{
  q?: string | null | undefined;
  limit: number;
  offset: number;
}>;


export type PublicServiceDirectoryQuery = { serviceDirectory: { total: number, items: Array<{ serviceId: string, serviceName: string, unitId: string, unitName: string, governmentName: string }> } };

export type PublicSubmitFeedbackMutationVariables = Exact<{
  input: SubmitFeedbackInput;
}>;


export type PublicSubmitFeedbackMutation = { submitFeedback: { trackingCode: string, receivedAt: string, dueDate: string } };

export type PublicFeedbackStatusQueryVariables = Exact<{
  trackingCode: string;
}>;


export type PublicFeedbackStatusQuery = { feedbackStatus: { trackingCode: string, status: FeedbackStatus, receivedAt: string, startedAt: string | null, closedAt: string | null, answer: string | null } };

export type PublicTransparencyQueryVariables = Exact<{
  period?: DateRange | null | undefined;
  groupBy?: SurveyIndexGroup | null | undefined;
}>;


export type PublicTransparencyQuery = { surveyIndices: Array<{ unitId: string | null, unitName: string | null, governmentId: string, governmentName: string, year: number, surveys: number, responses: number, withheld: boolean, minimumResponses: number, ikm: number | null, grade: string | null, gradeLabel: string | null, previousIkm: number | null, ikmChange: number | null }> };

export type PublicPredikatDistributionQueryVariables = Exact<{
  governmentId: string | number;
  year: number;
}>;


export type PublicPredikatDistributionQuery = { predikatDistribution: { year: number, governmentName: string, minimumUnitSize: number, government: { unitId: string | null, unitName: string, total: number | null, withheld: boolean, counts: Array<{ predikat: Predikat, label: string, count: number, percent: number }> }, units: Array<{ unitId: string | null, unitName: string, total: number | null, withheld: boolean, counts: Array<{ predikat: Predikat, count: number, percent: number }> }> } };

export type RanksQueryVariables = Exact<{
  scheme?: RankScheme | null | undefined;
}>;


export type RanksQuery = { ranks: Array<{ id: string, code: string, name: string, scheme: RankScheme, ordinal: number }> };

export type EducationLevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type EducationLevelsQuery = { educationLevels: Array<{ id: string, code: string, name: string, ordinal: number }> };

export type GovernmentsQueryVariables = Exact<{
  limit: number;
  offset: number;
}>;


export type GovernmentsQuery = { governments: { total: number, items: Array<{ id: string, code: string, name: string, kind: GovernmentKind }> } };

export type ServiceItemFragment = { id: string, version: number, name: string, description: string | null, active: boolean, unit: { id: string, name: string }, government: { id: string, name: string } };

export type ServiceListQueryVariables = Exact<{
  filter?: PublicServiceFilter | null | undefined;
  sort?: Array<PublicServiceSort> | PublicServiceSort | null | undefined;
  limit: number;
  offset: number;
}>;


export type ServiceListQuery = { publicServices: { total: number, items: Array<{ id: string, version: number, name: string, description: string | null, active: boolean, unit: { id: string, name: string }, government: { id: string, name: string } }> } };

export type ServiceGetQueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceGetQuery = { publicService: { id: string, version: number, name: string, description: string | null, active: boolean, unit: { id: string, name: string }, government: { id: string, name: string } } };

export type ServiceCreateMutationVariables = Exact<{
  input: CreatePublicServiceInput;
}>;


export type ServiceCreateMutation = { createPublicService: { id: string, version: number, name: string, description: string | null, active: boolean, unit: { id: string, name: string }, government: { id: string, name: string } } };

export type ServiceUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdatePublicServiceInput;
}>;


export type ServiceUpdateMutation = { updatePublicService: { id: string, version: number, name: string, description: string | null, active: boolean, unit: { id: string, name: string }, government: { id: string, name: string } } };

export type SettingListQueryVariables = Exact<{
  governmentId?: string | number | null | undefined;
}>;


export type SettingListQuery = { settings: Array<{ key: string, value: number, overridden: boolean, setting: { id: string, version: number, min: number | null, max: number | null, description: string, legalBasis: string } }> };

export type SettingSetMutationVariables = Exact<{
  input: SetSettingInput;
}>;


export type SettingSetMutation = { setSetting: { key: string, value: number, overridden: boolean, setting: { id: string, version: number } } };

export type JpmCategoryListQueryVariables = Exact<{ [key: string]: never; }>;


export type JpmCategoryListQuery = { jpmCategories: Array<{ id: string, version: number, purpose: AssessmentPurpose, code: string, label: string, minPercent: number, legalBasis: string }> };

export type JpmCategoryUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateJpmCategoryInput;
}>;


export type JpmCategoryUpdateMutation = { updateJpmCategory: { id: string, version: number } };

export type IkmGradeListQueryVariables = Exact<{ [key: string]: never; }>;


export type IkmGradeListQuery = { ikmGrades: Array<{ id: string, version: number, grade: string, label: string, minIkm: number, maxIkm: number, legalBasis: string }> };

export type IkmGradeUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateIkmGradeInput;
}>;


export type IkmGradeUpdateMutation = { updateIkmGrade: { id: string, version: number } };

export type RetirementAgeListQueryVariables = Exact<{ [key: string]: never; }>;


export type RetirementAgeListQuery = { retirementAges: Array<{ id: string, version: number, positionKind: PositionKind, functionalLevel: FunctionalLevel | null, age: number, legalBasis: string }> };

export type RetirementAgeUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateRetirementAgeInput;
}>;


export type RetirementAgeUpdateMutation = { updateRetirementAge: { id: string, version: number } };

export type TalentBoxListQueryVariables = Exact<{ [key: string]: never; }>;


export type TalentBoxListQuery = { talentBoxes: Array<{ id: string, version: number, box: number, performance: Expectation, potential: PotentialLevel, label: string, actions: string, legalBasis: string }> };

export type TalentBoxUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateTalentBoxInput;
}>;


export type TalentBoxUpdateMutation = { updateTalentBox: { id: string, version: number } };

export type TalentPerformanceLevelListQueryVariables = Exact<{ [key: string]: never; }>;


export type TalentPerformanceLevelListQuery = { talentPerformanceLevels: Array<{ id: string, version: number, predikat: Predikat, performance: Expectation, legalBasis: string }> };

export type TalentPerformanceLevelUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateTalentPerformanceLevelInput;
}>;


export type TalentPerformanceLevelUpdateMutation = { updateTalentPerformanceLevel: { id: string, version: number } };

export type DistributionRuleListQueryVariables = Exact<{ [key: string]: never; }>;


export type DistributionRuleListQuery = { distributionRules: Array<{ id: string, version: number, organizationRating: OrganizationRatingValue, bound: DistributionBound, predikats: Array<Predikat>, value: number, description: string, legalBasis: string }> };

export type DistributionRuleUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateDistributionRuleInput;
}>;


export type DistributionRuleUpdateMutation = { updateDistributionRule: { id: string, version: number } };

export type AppointmentRequirementListQueryVariables = Exact<{ [key: string]: never; }>;


export type AppointmentRequirementListQuery = { appointmentRequirements: Array<{ id: string, version: number, positionKind: PositionKind, pnsOnly: boolean, experienceYears: number, experienceKinds: Array<string>, priorKinds: Array<string>, priorYears: number, maxAge: number | null, performanceYears: number, legalBasis: string, minEducation: { id: string, name: string } | null }> };

export type AppointmentRequirementUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateAppointmentRequirementInput;
}>;


export type AppointmentRequirementUpdateMutation = { updateAppointmentRequirement: { id: string, version: number } };

export type CreditPointCoefficientListQueryVariables = Exact<{ [key: string]: never; }>;


export type CreditPointCoefficientListQuery = { creditPointCoefficients: Array<{ id: string, version: number, functionalLevel: FunctionalLevel, coefficient: number, legalBasis: string }> };

export type CreditPointCoefficientUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateCreditPointCoefficientInput;
}>;


export type CreditPointCoefficientUpdateMutation = { updateCreditPointCoefficient: { id: string, version: number } };

export type CreditPointConversionListQueryVariables = Exact<{ [key: string]: never; }>;


export type CreditPointConversionListQuery = { creditPointConversions: Array<{ id: string, version: number, predikat: Predikat, percent: number, legalBasis: string }> };

export type CreditPointConversionUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateCreditPointConversionInput;
}>;


export type CreditPointConversionUpdateMutation = { updateCreditPointConversion: { id: string, version: number } };

export type CreditPointRequirementListQueryVariables = Exact<{ [key: string]: never; }>;


export type CreditPointRequirementListQuery = { creditPointRequirements: Array<{ id: string, version: number, functionalLevel: FunctionalLevel, requiresLevel: FunctionalLevel | null, requiredPoints: number, legalBasis: string, fromRank: { id: string, code: string, name: string }, toRank: { id: string, code: string, name: string } }> };

export type CreditPointRequirementUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateCreditPointRequirementInput;
}>;


export type CreditPointRequirementUpdateMutation = { updateCreditPointRequirement: { id: string, version: number } };

export type CompetencyLevelDefaultListQueryVariables = Exact<{ [key: string]: never; }>;


export type CompetencyLevelDefaultListQuery = { competencyLevelDefaults: Array<{ id: string, version: number, positionKind: PositionKind, functionalLevel: FunctionalLevel | null, requiredLevel: number, legalBasis: string }> };

export type CompetencyLevelDefaultUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateCompetencyLevelDefaultInput;
}>;


export type CompetencyLevelDefaultUpdateMutation = { updateCompetencyLevelDefault: { id: string, version: number } };

export type EducationLevelTableQueryVariables = Exact<{ [key: string]: never; }>;


export type EducationLevelTableQuery = { educationLevels: Array<{ id: string, version: number, ordinal: number, code: string, name: string, legalBasis: string, pnsStartingRank: { id: string, code: string, name: string } | null, pnsRankCeiling: { id: string, code: string, name: string }, pppkEntryRank: { id: string, code: string, name: string } | null }> };

export type EducationLevelUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateEducationLevelInput;
}>;


export type EducationLevelUpdateMutation = { updateEducationLevel: { id: string, version: number } };

export type WorkforceTargetRatioListQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkforceTargetRatioListQuery = { workforceTargetRatios: Array<{ id: string, version: number, sector: Sector, unitKind: OrgUnitKind | null, functionalFamily: string | null, label: string, staff: number, perPopulation: number, basis: string }> };

export type WorkforceTargetRatioUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateTargetRatioInput;
}>;


export type WorkforceTargetRatioUpdateMutation = { updateWorkforceTargetRatio: { id: string, version: number } };

export type SurveyItemFragment = { id: string, version: number, title: string, status: SurveyStatus, periodStart: string, periodEnd: string, population: number, minimumSample: number, responseCount: number, sampleReached: boolean, acceptingResponses: boolean, unit: { id: string, name: string }, service: { id: string, name: string } | null, index: { ikm: number | null, grade: string | null, gradeLabel: string | null, withheld: boolean } };

export type SurveyIndexDetailFragment = { responses: number, population: number, minimumSample: number, sampleReached: boolean, minimumResponses: number, withheld: boolean, index: number | null, ikm: number | null, grade: string | null, gradeLabel: string | null, elements: Array<{ code: string, name: string, nrr: number, weightedNrr: number, ikm: number, grade: string | null, gradeLabel: string | null }>, weakestElements: Array<{ code: string, name: string, nrr: number, ikm: number, grade: string | null, gradeLabel: string | null }> };

export type SurveyListQueryVariables = Exact<{
  filter?: SurveyFilter | null | undefined;
  sort?: Array<SurveySort> | SurveySort | null | undefined;
  limit: number;
  offset: number;
}>;


export type SurveyListQuery = { surveys: { total: number, items: Array<{ id: string, version: number, title: string, status: SurveyStatus, periodStart: string, periodEnd: string, population: number, minimumSample: number, responseCount: number, sampleReached: boolean, acceptingResponses: boolean, unit: { id: string, name: string }, service: { id: string, name: string } | null, index: { ikm: number | null, grade: string | null, gradeLabel: string | null, withheld: boolean } }> } };

export type SurveyGetQueryVariables = Exact<{
  id: string | number;
}>;


export type SurveyGetQuery = { survey: { id: string, version: number, title: string, status: SurveyStatus, periodStart: string, periodEnd: string, population: number, minimumSample: number, responseCount: number, sampleReached: boolean, acceptingResponses: boolean, government: { id: string, name: string }, index: { ikm: number | null, grade: string | null, gradeLabel: string | null, withheld: boolean, responses: number, population: number, minimumSample: number, sampleReached: boolean, minimumResponses: number, index: number | null, elements: Array<{ code: string, name: string, nrr: number, weightedNrr: number, ikm: number, grade: string | null, gradeLabel: string | null }>, weakestElements: Array<{ code: string, name: string, nrr: number, ikm: number, grade: string | null, gradeLabel: string | null }> }, unit: { id: string, name: string }, service: { id: string, name: string } | null } };

export type SurveyCreateMutationVariables = Exact<{
  input: CreateSurveyInput;
}>;


export type SurveyCreateMutation = { createSurvey: { id: string, version: number, title: string, status: SurveyStatus, periodStart: string, periodEnd: string, population: number, minimumSample: number, responseCount: number, sampleReached: boolean, acceptingResponses: boolean, unit: { id: string, name: string }, service: { id: string, name: string } | null, index: { ikm: number | null, grade: string | null, gradeLabel: string | null, withheld: boolean } } };

export type SurveyUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateSurveyInput;
}>;


export type SurveyUpdateMutation = { updateSurvey: { id: string, version: number, title: string, status: SurveyStatus, periodStart: string, periodEnd: string, population: number, minimumSample: number, responseCount: number, sampleReached: boolean, acceptingResponses: boolean, unit: { id: string, name: string }, service: { id: string, name: string } | null, index: { ikm: number | null, grade: string | null, gradeLabel: string | null, withheld: boolean } } };

export type SurveySuggestionListQueryVariables = Exact<{
  surveyId: string | number;
  limit: number;
  offset: number;
}>;


export type SurveySuggestionListQuery = { surveySuggestions: { total: number, items: Array<string> } };

export type TalentGridPageQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
  governmentId?: string | number | null | undefined;
  year?: number | null | undefined;
}>;


export type TalentGridPageQuery = { talentGrid: { year: number, unplaced: number, cells: Array<{ count: number, box: { box: number, label: string, actions: string, performance: Expectation, potential: PotentialLevel } }> } };

export type TalentBoxPageQueryVariables = Exact<{
  boxes: Array<number> | number;
  unitId?: string | number | null | undefined;
  governmentId?: string | number | null | undefined;
  year?: number | null | undefined;
  limit: number;
  offset: number;
}>;


export type TalentBoxPageQuery = { talentBoxMembers: { total: number, items: Array<{ id: string, nip: string, displayName: string, currentRank: { id: string, rank: { id: string, code: string, name: string } } | null, currentPosition: { id: string, title: string } | null, currentUnit: { id: string, name: string } | null }> } };

export type OrgUnitItemFragment = { id: string, version: number, code: string, name: string, kind: OrgUnitKind, sector: Sector, depth: number, populationServed: number | null, address: string | null, active: boolean, employeeCount: number, parent: { id: string, name: string } | null, government: { id: string, name: string } };

export type OrgUnitListQueryVariables = Exact<{
  filter?: OrgUnitFilter | null | undefined;
  sort?: Array<OrgUnitSort> | OrgUnitSort | null | undefined;
  limit: number;
  offset: number;
}>;


export type OrgUnitListQuery = { orgUnits: { total: number, items: Array<{ id: string, version: number, code: string, name: string, kind: OrgUnitKind, sector: Sector, depth: number, populationServed: number | null, address: string | null, active: boolean, employeeCount: number, parent: { id: string, name: string } | null, government: { id: string, name: string } }> } };

export type OrgUnitGetQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgUnitGetQuery = { orgUnit: { id: string, version: number, code: string, name: string, kind: OrgUnitKind, sector: Sector, depth: number, populationServed: number | null, address: string | null, active: boolean, employeeCount: number, ancestors: Array<{ id: string, name: string }>, children: Array<{ id: string, name: string, kind: OrgUnitKind }>, parent: { id: string, name: string } | null, government: { id: string, name: string } } };

export type OrgUnitCreateMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type OrgUnitCreateMutation = { createOrgUnit: { id: string, version: number, code: string, name: string, kind: OrgUnitKind, sector: Sector, depth: number, populationServed: number | null, address: string | null, active: boolean, employeeCount: number, parent: { id: string, name: string } | null, government: { id: string, name: string } } };

export type OrgUnitUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateOrgUnitInput;
}>;


export type OrgUnitUpdateMutation = { updateOrgUnit: { id: string, version: number, code: string, name: string, kind: OrgUnitKind, sector: Sector, depth: number, populationServed: number | null, address: string | null, active: boolean, employeeCount: number, parent: { id: string, name: string } | null, government: { id: string, name: string } } };

export type OrgUnitDeleteMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type OrgUnitDeleteMutation = { deleteOrgUnit: boolean };

export type OrgUnitDistributionQueryVariables = Exact<{
  unitId: string | number;
  year: number;
}>;


export type OrgUnitDistributionQuery = { performanceDistribution: { year: number, total: number, compliant: boolean, organizationRating: OrganizationRatingValue | null, reasons: Array<string>, legalBasis: string, counts: Array<{ predikat: Predikat, count: number }>, checks: Array<{ bound: DistributionBound, description: string, passed: boolean, count: number, percent: number, value: number }> } };

export type OrgUnitRatingSetMutationVariables = Exact<{
  input: SetOrganizationRatingInput;
}>;


export type OrgUnitRatingSetMutation = { setOrganizationRating: { id: string, version: number, year: number, rating: OrganizationRatingValue } };

export type UserItemFragment = { id: string, version: number, email: string, displayName: string, role: Role, active: boolean, lastLoginAt: string | null, createdAt: string, government: { id: string, name: string } | null, unit: { id: string, name: string } | null, employee: { id: string, nip: string, displayName: string } | null };

export type UserListQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  sort?: Array<UserSort> | UserSort | null | undefined;
  limit: number;
  offset: number;
}>;


export type UserListQuery = { users: { total: number, items: Array<{ id: string, version: number, email: string, displayName: string, role: Role, active: boolean, lastLoginAt: string | null, createdAt: string, government: { id: string, name: string } | null, unit: { id: string, name: string } | null, employee: { id: string, nip: string, displayName: string } | null }> } };

export type UserGetQueryVariables = Exact<{
  id: string | number;
}>;


export type UserGetQuery = { user: { id: string, version: number, email: string, displayName: string, role: Role, active: boolean, lastLoginAt: string | null, createdAt: string, government: { id: string, name: string } | null, unit: { id: string, name: string } | null, employee: { id: string, nip: string, displayName: string } | null } };

export type UserCreateMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type UserCreateMutation = { createUser: { id: string, version: number, email: string, displayName: string, role: Role, active: boolean, lastLoginAt: string | null, createdAt: string, government: { id: string, name: string } | null, unit: { id: string, name: string } | null, employee: { id: string, nip: string, displayName: string } | null } };

export type UserUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UserUpdateMutation = { updateUser: { id: string, version: number, email: string, displayName: string, role: Role, active: boolean, lastLoginAt: string | null, createdAt: string, government: { id: string, name: string } | null, unit: { id: string, name: string } | null, employee: { id: string, nip: string, displayName: string } | null } };

export type WorkloadAnalysisItemFragment = { id: string, version: number, year: number, revision: number, status: AbkStatus, notes: string | null, reviewedByName: string | null, reviewedAt: string | null, approvedByName: string | null, approvedAt: string | null, tasks: Array<{ id: string, version: number, ordinal: number, description: string, output: string, volume: number, period: WorkPeriod, standardMinutes: number }>, computation: { totalWorkloadMinutes: number, effectiveMinutesPerYear: number, requiredStaff: number, requiredStaffRounded: number, rounding: RoundingMode, bezetting: number, formasi: number, ej: number | null, ejBand: EjBand | null, gap: number, formasiGap: number, legalBasis: string, tasks: Array<{ taskId: string, multiplier: number, yearlyVolume: number, workloadMinutes: number }> } };

export type PositionWorkloadQueryVariables = Exact<{
  positionId: string | number;
}>;


export type PositionWorkloadQuery = { workloadAnalyses: { total: number, items: Array<{ id: string, version: number, year: number, revision: number, status: AbkStatus, notes: string | null, reviewedByName: string | null, reviewedAt: string | null, approvedByName: string | null, approvedAt: string | null, tasks: Array<{ id: string, version: number, ordinal: number, description: string, output: string, volume: number, period: WorkPeriod, standardMinutes: number }>, computation: { totalWorkloadMinutes: number, effectiveMinutesPerYear: number, requiredStaff: number, requiredStaffRounded: number, rounding: RoundingMode, bezetting: number, formasi: number, ej: number | null, ejBand: EjBand | null, gap: number, formasiGap: number, legalBasis: string, tasks: Array<{ taskId: string, multiplier: number, yearlyVolume: number, workloadMinutes: number }> } }> }, settings: Array<{ key: string, value: number }> };

export type WorkloadAnalysisCreateMutationVariables = Exact<{
  input: CreateWorkloadAnalysisInput;
}>;


export type WorkloadAnalysisCreateMutation = { createWorkloadAnalysis: { id: string } };

export type WorkloadAnalysisReviseMutationVariables = Exact<{
  id: string | number;
}>;


export type WorkloadAnalysisReviseMutation = { reviseWorkloadAnalysis: { id: string } };

export type WorkloadAnalysisTransitionMutationVariables = Exact<{
  id: string | number;
  input: WorkloadTransitionInput;
}>;


export type WorkloadAnalysisTransitionMutation = { transitionWorkloadAnalysis: { id: string, status: AbkStatus, version: number } };

export type WorkloadTaskAddMutationVariables = Exact<{
  input: AddWorkloadTaskInput;
}>;


export type WorkloadTaskAddMutation = { addWorkloadTask: { id: string } };

export type WorkloadTaskUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateWorkloadTaskInput;
}>;


export type WorkloadTaskUpdateMutation = { updateWorkloadTask: { id: string, version: number } };

export type WorkloadTaskDeleteMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type WorkloadTaskDeleteMutation = { deleteWorkloadTask: boolean };

export type NeedGroupItemFragment = { key: string, label: string, unitKind: OrgUnitKind | null, hasSubUnits: boolean | null, positions: number, analysed: number, requiredStaff: number, requiredStaffRounded: number, bezetting: number, formasi: number, gap: number, shortage: number, surplus: number };

export type PositionNeedItemFragment = { positionId: string, code: string, title: string, unitName: string, sector: Sector, requiredStaff: number | null, requiredStaffRounded: number | null, bezetting: number, formasi: number, ej: number | null, ejBand: EjBand | null, gap: number | null };

export type WorkforceNeedsQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
  governmentId?: string | number | null | undefined;
  year?: number | null | undefined;
}>;


export type WorkforceNeedsQuery = { workforceNeeds: { year: number, legalBasis: string, ratiosTotal: number, totals: { key: string, label: string, unitKind: OrgUnitKind | null, hasSubUnits: boolean | null, positions: number, analysed: number, requiredStaff: number, requiredStaffRounded: number, bezetting: number, formasi: number, gap: number, shortage: number, surplus: number }, byUnit: Array<{ key: string, label: string, unitKind: OrgUnitKind | null, hasSubUnits: boolean | null, positions: number, analysed: number, requiredStaff: number, requiredStaffRounded: number, bezetting: number, formasi: number, gap: number, shortage: number, surplus: number }>, byKind: Array<{ key: string, label: string, unitKind: OrgUnitKind | null, hasSubUnits: boolean | null, positions: number, analysed: number, requiredStaff: number, requiredStaffRounded: number, bezetting: number, formasi: number, gap: number, shortage: number, surplus: number }>, bySector: Array<{ key: string, label: string, unitKind: OrgUnitKind | null, hasSubUnits: boolean | null, positions: number, analysed: number, requiredStaff: number, requiredStaffRounded: number, bezetting: number, formasi: number, gap: number, shortage: number, surplus: number }>, largestShortages: Array<{ positionId: string, code: string, title: string, unitName: string, sector: Sector, requiredStaff: number | null, requiredStaffRounded: number | null, bezetting: number, formasi: number, ej: number | null, ejBand: EjBand | null, gap: number | null }>, largestSurpluses: Array<{ positionId: string, code: string, title: string, unitName: string, sector: Sector, requiredStaff: number | null, requiredStaffRounded: number | null, bezetting: number, formasi: number, ej: number | null, ejBand: EjBand | null, gap: number | null }>, ratios: Array<{ ratioId: string, label: string, basis: string, unitName: string, population: number, staff: number, targetStaffPer: number, targetPopulation: number, targetStaff: number, targetStaffRounded: number, shortfall: number, populationPerStaff: number | null }> } };

export type PlanYearItemFragment = { year: number, need: number, staffStart: number, retirements: number, contractsEnding: number, available: number, recruit: number, surplus: number, staffEnd: number };

export type WorkforcePlanListQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
  governmentId?: string | number | null | undefined;
  fromYear?: number | null | undefined;
  scenario?: PlanScenarioInput | null | undefined;
  limit: number;
  offset: number;
}>;


export type WorkforcePlanListQuery = { workforcePlan: { fromYear: number, toYear: number, exportPath: string, positionsWithoutAbk: number, totals: { key: string, label: string, totalRecruit: number, years: Array<{ year: number, need: number, staffStart: number, retirements: number, contractsEnding: number, available: number, recruit: number, surplus: number, staffEnd: number }> }, bySector: Array<{ key: string, label: string, totalRecruit: number, years: Array<{ year: number, need: number, staffStart: number, retirements: number, contractsEnding: number, available: number, recruit: number, surplus: number, staffEnd: number }> }>, rows: { total: number, items: Array<{ key: string, positionId: string, code: string, title: string, kind: PositionKind, unitName: string, sector: Sector, scenario: boolean, analysisYear: number | null, requiredStaff: number | null, bezetting: number, totalRecruit: number, years: Array<{ year: number, need: number, retirements: number, contractsEnding: number, recruit: number, surplus: number }> }> } } };

export type FormasiProposalItemFragment = { id: string, version: number, year: number, status: FormasiStatus, notes: string | null, submittedAt: string | null, approvedAt: string | null, approvedByName: string | null, lines: Array<{ id: string, count: number, kind: FormasiKind, major: string | null, justification: string | null, formasiBefore: number | null, formasiAfter: number | null, position: { id: string, code: string, title: string, plannedHeadcount: number, holderCount: number, unit: { id: string, name: string } }, education: { id: string, code: string } | null }> };

export type FormasiProposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type FormasiProposalsQuery = { formasiProposals: { total: number, items: Array<{ id: string, version: number, year: number, status: FormasiStatus, notes: string | null, submittedAt: string | null, approvedAt: string | null, approvedByName: string | null, lines: Array<{ id: string, count: number, kind: FormasiKind, major: string | null, justification: string | null, formasiBefore: number | null, formasiAfter: number | null, position: { id: string, code: string, title: string, plannedHeadcount: number, holderCount: number, unit: { id: string, name: string } }, education: { id: string, code: string } | null }> }> } };

export type FormasiProposalCreateMutationVariables = Exact<{
  input: CreateFormasiProposalInput;
}>;


export type FormasiProposalCreateMutation = { createFormasiProposal: { id: string } };

export type FormasiProposalSetLinesMutationVariables = Exact<{
  id: string | number;
  input: SetFormasiLinesInput;
}>;


export type FormasiProposalSetLinesMutation = { setFormasiProposalLines: { id: string, version: number } };

export type FormasiProposalTransitionMutationVariables = Exact<{
  id: string | number;
  input: FormasiTransitionInput;
}>;


export type FormasiProposalTransitionMutation = { transitionFormasiProposal: { id: string, status: FormasiStatus, version: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AssessmentItemFragmentDoc = new TypedDocumentString(`
    fragment AssessmentItem on Assessment {
  id
  version
  assessedOn
  purpose
  assessor
  potentialScore
  notes
  employee {
    id
    nip
    displayName
  }
}
    `, {"fragmentName":"AssessmentItem"}) as unknown as TypedDocumentString<AssessmentItemFragment, unknown>;
export const AuditItemFragmentDoc = new TypedDocumentString(`
    fragment AuditItem on AuditEntry {
  id
  occurredAt
  action
  entityName
  entityId
  actorId
  actorEmail
  actorRole
  requestId
  changes
}
    `, {"fragmentName":"AuditItem"}) as unknown as TypedDocumentString<AuditItemFragment, unknown>;
export const CompetencyItemFragmentDoc = new TypedDocumentString(`
    fragment CompetencyItem on Competency {
  id
  version
  code
  name
  kind
  description
  levelDescriptions
  legalBasis
  updatedAt
  government {
    id
    name
  }
}
    `, {"fragmentName":"CompetencyItem"}) as unknown as TypedDocumentString<CompetencyItemFragment, unknown>;
export const DocumentEntryFragmentDoc = new TypedDocumentString(`
    fragment DocumentEntry on Document {
  id
  version
  ownerKind
  ownerId
  employeeId
  fileName
  mime
  sizeBytes
  sha256
  note
  createdAt
  type {
    id
    code
    name
    nameEn
  }
}
    `, {"fragmentName":"DocumentEntry"}) as unknown as TypedDocumentString<DocumentEntryFragment, unknown>;
export const EmployeeListItemFragmentDoc = new TypedDocumentString(`
    fragment EmployeeListItem on Employee {
  id
  version
  nip
  displayName
  fullName
  asnType
  status
  sex
  age
  currentRank {
    id
    tmt
    rank {
      id
      code
      name
    }
  }
  currentPosition {
    id
    title
    kind
  }
  currentUnit {
    id
    name
  }
}
    `, {"fragmentName":"EmployeeListItem"}) as unknown as TypedDocumentString<EmployeeListItemFragment, unknown>;
export const EmployeeDetailFragmentDoc = new TypedDocumentString(`
    fragment EmployeeDetail on Employee {
  ...EmployeeListItem
  legacyNip
  frontTitle
  backTitle
  birthPlace
  birthDate
  nik
  phone
  email
  address
  tmtCpns
  tmtPns
  contractStartDate
  contractEndDate
  createdAt
  updatedAt
  government {
    id
    name
  }
  highestEducation {
    id
    level {
      code
      name
    }
    institution
    graduationYear
  }
  rankHistory {
    id
    version
    tmt
    decreeNumber
    decreeDate
    rank {
      id
      code
      name
    }
  }
  positionHistory {
    id
    version
    startDate
    endDate
    decreeNumber
    decreeDate
    current
    position {
      id
      title
    }
    unit {
      id
      name
    }
  }
  educationHistory {
    id
    version
    level {
      id
      code
      name
    }
    institution
    major
    graduationYear
    diplomaNumber
  }
}
    fragment EmployeeListItem on Employee {
  id
  version
  nip
  displayName
  fullName
  asnType
  status
  sex
  age
  currentRank {
    id
    tmt
    rank {
      id
      code
      name
    }
  }
  currentPosition {
    id
    title
    kind
  }
  currentUnit {
    id
    name
  }
}`, {"fragmentName":"EmployeeDetail"}) as unknown as TypedDocumentString<EmployeeDetailFragment, unknown>;
export const EvaluationItemFragmentDoc = new TypedDocumentString(`
    fragment EvaluationItem on PerformanceEvaluation {
  id
  version
  year
  period
  resultRating
  behaviourRating
  predikat
  predikatLabel
  notes
  reasons
  legalBasis
  employee {
    id
    nip
    displayName
  }
  evaluator {
    id
    displayName
  }
  plan {
    id
    positionTitle
    unitName
  }
}
    `, {"fragmentName":"EvaluationItem"}) as unknown as TypedDocumentString<EvaluationItemFragment, unknown>;
export const FeedbackItemFragmentDoc = new TypedDocumentString(`
    fragment FeedbackItem on Feedback {
  id
  version
  trackingCode
  category
  status
  text
  contact
  receivedAt
  startedAt
  closedAt
  answer
  answeredBy {
    id
    displayName
  }
  unit {
    id
    name
  }
  service {
    id
    name
  }
  targetDays
  daysTaken
  dueDate
  overdue
  withinTarget
}
    `, {"fragmentName":"FeedbackItem"}) as unknown as TypedDocumentString<FeedbackItemFragment, unknown>;
export const GovernmentItemFragmentDoc = new TypedDocumentString(`
    fragment GovernmentItem on Government {
  id
  version
  code
  name
  kind
  province
  createdAt
  updatedAt
}
    `, {"fragmentName":"GovernmentItem"}) as unknown as TypedDocumentString<GovernmentItemFragment, unknown>;
export const PositionItemFragmentDoc = new TypedDocumentString(`
    fragment PositionItem on Position {
  id
  version
  code
  title
  kind
  functionalLevel
  functionalFamily
  managerial
  grade
  plannedHeadcount
  holderCount
  vacancies
  active
  unit {
    id
    name
  }
  government {
    id
    name
  }
  parent {
    id
    title
  }
  minEducation {
    id
    code
    name
  }
  minRank {
    id
    code
    name
  }
}
    `, {"fragmentName":"PositionItem"}) as unknown as TypedDocumentString<PositionItemFragment, unknown>;
export const CandidateRequirementItemFragmentDoc = new TypedDocumentString(`
    fragment CandidateRequirementItem on CandidateRequirement {
  code
  description
  actual
  required
  passed
  legalBasis
}
    `, {"fragmentName":"CandidateRequirementItem"}) as unknown as TypedDocumentString<CandidateRequirementItemFragment, unknown>;
export const ServiceItemFragmentDoc = new TypedDocumentString(`
    fragment ServiceItem on PublicService {
  id
  version
  name
  description
  active
  unit {
    id
    name
  }
  government {
    id
    name
  }
}
    `, {"fragmentName":"ServiceItem"}) as unknown as TypedDocumentString<ServiceItemFragment, unknown>;
export const SurveyItemFragmentDoc = new TypedDocumentString(`
    fragment SurveyItem on Survey {
  id
  version
  title
  status
  periodStart
  periodEnd
  population
  minimumSample
  responseCount
  sampleReached
  acceptingResponses
  unit {
    id
    name
  }
  service {
    id
    name
  }
  index {
    ikm
    grade
    gradeLabel
    withheld
  }
}
    `, {"fragmentName":"SurveyItem"}) as unknown as TypedDocumentString<SurveyItemFragment, unknown>;
export const SurveyIndexDetailFragmentDoc = new TypedDocumentString(`
    fragment SurveyIndexDetail on SurveyIndex {
  responses
  population
  minimumSample
  sampleReached
  minimumResponses
  withheld
  index
  ikm
  grade
  gradeLabel
  elements {
    code
    name
    nrr
    weightedNrr
    ikm
    grade
    gradeLabel
  }
  weakestElements {
    code
    name
    nrr
    ikm
    grade
    gradeLabel
  }
}
    `, {"fragmentName":"SurveyIndexDetail"}) as unknown as TypedDocumentString<SurveyIndexDetailFragment, unknown>;
export const OrgUnitItemFragmentDoc = new TypedDocumentString(`
    fragment OrgUnitItem on OrgUnit {
  id
  version
  code
  name
  kind
  sector
  depth
  populationServed
  address
  active
  employeeCount
  parent {
    id
    name
  }
  government {
    id
    name
  }
}
    `, {"fragmentName":"OrgUnitItem"}) as unknown as TypedDocumentString<OrgUnitItemFragment, unknown>;
export const UserItemFragmentDoc = new TypedDocumentString(`
    fragment UserItem on User {
  id
  version
  email
  displayName
  role
  active
  lastLoginAt
  createdAt
  government {
    id
    name
  }
  unit {
    id
    name
  }
  employee {
    id
    nip
    displayName
  }
}
    `, {"fragmentName":"UserItem"}) as unknown as TypedDocumentString<UserItemFragment, unknown>;
export const WorkloadAnalysisItemFragmentDoc = new TypedDocumentString(`
    fragment WorkloadAnalysisItem on WorkloadAnalysis {
  id
  version
  year
  revision
  status
  notes
  reviewedByName
  reviewedAt
  approvedByName
  approvedAt
  tasks {
    id
    version
    ordinal
    description
    output
    volume
    period
    standardMinutes
  }
  computation {
    totalWorkloadMinutes
    effectiveMinutesPerYear
    requiredStaff
    requiredStaffRounded
    rounding
    bezetting
    formasi
    ej
    ejBand
    gap
    formasiGap
    tasks {
      taskId
      multiplier
      yearlyVolume
      workloadMinutes
    }
    legalBasis
  }
}
    `, {"fragmentName":"WorkloadAnalysisItem"}) as unknown as TypedDocumentString<WorkloadAnalysisItemFragment, unknown>;
export const NeedGroupItemFragmentDoc = new TypedDocumentString(`
    fragment NeedGroupItem on NeedGroup {
  key
  label
  unitKind
  hasSubUnits
  positions
  analysed
  requiredStaff
  requiredStaffRounded
  bezetting
  formasi
  gap
  shortage
  surplus
}
    `, {"fragmentName":"NeedGroupItem"}) as unknown as TypedDocumentString<NeedGroupItemFragment, unknown>;
export const PositionNeedItemFragmentDoc = new TypedDocumentString(`
    fragment PositionNeedItem on PositionNeed {
  positionId
  code
  title
  unitName
  sector
  requiredStaff
  requiredStaffRounded
  bezetting
  formasi
  ej
  ejBand
  gap
}
    `, {"fragmentName":"PositionNeedItem"}) as unknown as TypedDocumentString<PositionNeedItemFragment, unknown>;
export const PlanYearItemFragmentDoc = new TypedDocumentString(`
    fragment PlanYearItem on PlanYearType {
  year
  need
  staffStart
  retirements
  contractsEnding
  available
  recruit
  surplus
  staffEnd
}
    `, {"fragmentName":"PlanYearItem"}) as unknown as TypedDocumentString<PlanYearItemFragment, unknown>;
export const FormasiProposalItemFragmentDoc = new TypedDocumentString(`
    fragment FormasiProposalItem on FormasiProposal {
  id
  version
  year
  status
  notes
  submittedAt
  approvedAt
  approvedByName
  lines {
    id
    count
    kind
    major
    justification
    formasiBefore
    formasiAfter
    position {
      id
      code
      title
      plannedHeadcount
      holderCount
      unit {
        id
        name
      }
    }
    education {
      id
      code
    }
  }
}
    `, {"fragmentName":"FormasiProposalItem"}) as unknown as TypedDocumentString<FormasiProposalItemFragment, unknown>;
export const AssessmentListDocument = new TypedDocumentString(`
    query AssessmentList($filter: AssessmentFilter, $limit: Int!, $offset: Int!) {
  assessments(filter: $filter, limit: $limit, offset: $offset) {
    total
    items {
      ...AssessmentItem
    }
  }
}
    fragment AssessmentItem on Assessment {
  id
  version
  assessedOn
  purpose
  assessor
  potentialScore
  notes
  employee {
    id
    nip
    displayName
  }
}`) as unknown as TypedDocumentString<AssessmentListQuery, AssessmentListQueryVariables>;
export const AssessmentGetDocument = new TypedDocumentString(`
    query AssessmentGet($id: ID!) {
  assessment(id: $id) {
    ...AssessmentItem
    scores {
      competency {
        id
        code
        name
      }
      level
    }
  }
}
    fragment AssessmentItem on Assessment {
  id
  version
  assessedOn
  purpose
  assessor
  potentialScore
  notes
  employee {
    id
    nip
    displayName
  }
}`) as unknown as TypedDocumentString<AssessmentGetQuery, AssessmentGetQueryVariables>;
export const AssessmentCreateDocument = new TypedDocumentString(`
    mutation AssessmentCreate($input: CreateAssessmentInput!) {
  createAssessment(input: $input) {
    ...AssessmentItem
  }
}
    fragment AssessmentItem on Assessment {
  id
  version
  assessedOn
  purpose
  assessor
  potentialScore
  notes
  employee {
    id
    nip
    displayName
  }
}`) as unknown as TypedDocumentString<AssessmentCreateMutation, AssessmentCreateMutationVariables>;
export const AssessmentUpdateDocument = new TypedDocumentString(`
    mutation AssessmentUpdate($id: ID!, $input: UpdateAssessmentInput!) {
  updateAssessment(id: $id, input: $input) {
    ...AssessmentItem
    scores {
      competency {
        id
        code
        name
      }
      level
    }
  }
}
    fragment AssessmentItem on Assessment {
  id
  version
  assessedOn
  purpose
  assessor
  potentialScore
  notes
  employee {
    id
    nip
    displayName
  }
}`) as unknown as TypedDocumentString<AssessmentUpdateMutation, AssessmentUpdateMutationVariables>;
export const AssessmentDeleteDocument = new TypedDocumentString(`
    mutation AssessmentDelete($id: ID!, $version: Int!) {
  deleteAssessment(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<AssessmentDeleteMutation, AssessmentDeleteMutationVariables>;
export const CompetenciesDocument = new TypedDocumentString(`
    query Competencies($filter: CompetencyFilter) {
  competencies(filter: $filter) {
    id
    code
    name
    kind
    description
    levelDescriptions
  }
}
    `) as unknown as TypedDocumentString<CompetenciesQuery, CompetenciesQueryVariables>;
export const EmployeeJpmDocument = new TypedDocumentString(`
    query EmployeeJpm($employeeId: ID!, $positionId: ID, $assessmentId: ID) {
  jobPersonMatch(
    employeeId: $employeeId
    positionId: $positionId
    assessmentId: $assessmentId
  ) {
    percent
    purpose
    category {
      code
      label
      minPercent
    }
    position {
      id
      title
    }
    assessment {
      id
      assessedOn
      assessor
      potentialScore
    }
    comparisons {
      competency {
        id
        code
        name
      }
      required
      assessed
      gap
    }
    gaps {
      competency {
        code
        name
      }
      required
      assessed
      gap
    }
    reasons
    legalBasis
  }
}
    `) as unknown as TypedDocumentString<EmployeeJpmQuery, EmployeeJpmQueryVariables>;
export const AuditListDocument = new TypedDocumentString(`
    query AuditList($filter: AuditFilter, $limit: Int!, $offset: Int!) {
  auditEntries(filter: $filter, limit: $limit, offset: $offset) {
    total
    items {
      ...AuditItem
    }
  }
}
    fragment AuditItem on AuditEntry {
  id
  occurredAt
  action
  entityName
  entityId
  actorId
  actorEmail
  actorRole
  requestId
  changes
}`) as unknown as TypedDocumentString<AuditListQuery, AuditListQueryVariables>;
export const AuditGetDocument = new TypedDocumentString(`
    query AuditGet($id: ID!) {
  auditEntry(id: $id) {
    ...AuditItem
  }
}
    fragment AuditItem on AuditEntry {
  id
  occurredAt
  action
  entityName
  entityId
  actorId
  actorEmail
  actorRole
  requestId
  changes
}`) as unknown as TypedDocumentString<AuditGetQuery, AuditGetQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
    user {
      id
      email
      displayName
      role
      government {
        id
        name
      }
      unit {
        id
        name
      }
      employee {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const CompetencyDictionaryDocument = new TypedDocumentString(`
    query CompetencyDictionary($filter: CompetencyFilter) {
  competencies(filter: $filter) {
    ...CompetencyItem
  }
}
    fragment CompetencyItem on Competency {
  id
  version
  code
  name
  kind
  description
  levelDescriptions
  legalBasis
  updatedAt
  government {
    id
    name
  }
}`) as unknown as TypedDocumentString<CompetencyDictionaryQuery, CompetencyDictionaryQueryVariables>;
export const CompetencyCreateDocument = new TypedDocumentString(`
    mutation CompetencyCreate($input: CreateCompetencyInput!) {
  createCompetency(input: $input) {
    ...CompetencyItem
  }
}
    fragment CompetencyItem on Competency {
  id
  version
  code
  name
  kind
  description
  levelDescriptions
  legalBasis
  updatedAt
  government {
    id
    name
  }
}`) as unknown as TypedDocumentString<CompetencyCreateMutation, CompetencyCreateMutationVariables>;
export const CompetencyUpdateDocument = new TypedDocumentString(`
    mutation CompetencyUpdate($id: ID!, $input: UpdateCompetencyInput!) {
  updateCompetency(id: $id, input: $input) {
    ...CompetencyItem
  }
}
    fragment CompetencyItem on Competency {
  id
  version
  code
  name
  kind
  description
  levelDescriptions
  legalBasis
  updatedAt
  government {
    id
    name
  }
}`) as unknown as TypedDocumentString<CompetencyUpdateMutation, CompetencyUpdateMutationVariables>;
export const DashboardHeadcountDocument = new TypedDocumentString(`
    query DashboardHeadcount($groupBy: HeadcountGroup!, $governmentId: ID, $unitId: ID) {
  headcount(groupBy: $groupBy, governmentId: $governmentId, unitId: $unitId) {
    groupBy
    asOf
    total
    unit {
      id
      name
    }
    buckets {
      key
      label
      detail
      count
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardHeadcountQuery, DashboardHeadcountQueryVariables>;
export const DashboardPredikatDocument = new TypedDocumentString(`
    query DashboardPredikat($governmentId: ID!, $unitId: ID, $year: Int!) {
  predikatDistribution(governmentId: $governmentId, unitId: $unitId, year: $year) {
    year
    minimumUnitSize
    government {
      unitId
      unitName
      total
      withheld
      counts {
        predikat
        count
        percent
      }
    }
    units {
      unitId
      unitName
      total
      withheld
      counts {
        predikat
        count
        percent
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardPredikatQuery, DashboardPredikatQueryVariables>;
export const DashboardPromotionsDocument = new TypedDocumentString(`
    query DashboardPromotions($governmentId: ID, $unitId: ID, $limit: Int!) {
  hrAlerts(governmentId: $governmentId, unitId: $unitId, limit: $limit) {
    promotionMonths
    promotionsDue
    promotions {
      employeeId
      eligible
      earliestTmt
      currentRank {
        code
      }
      nextRank {
        code
      }
      employee {
        id
        nip
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardPromotionsQuery, DashboardPromotionsQueryVariables>;
export const DashboardRetirementsDocument = new TypedDocumentString(`
    query DashboardRetirements($governmentId: ID, $unitId: ID, $years: Int!) {
  retirementProjection(
    governmentId: $governmentId
    unitId: $unitId
    years: $years
  ) {
    fromYear
    toYear
    total
    byYear {
      year
      count
    }
    cells {
      year
      count
      unit {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardRetirementsQuery, DashboardRetirementsQueryVariables>;
export const DashboardIkmDocument = new TypedDocumentString(`
    query DashboardIkm($scope: SurveyScope, $period: DateRange) {
  surveyIndices(groupBy: UNIT, scope: $scope, period: $period) {
    unitId
    unitName
    year
    ikm
    grade
    gradeLabel
    previousIkm
    ikmChange
    withheld
    responses
  }
}
    `) as unknown as TypedDocumentString<DashboardIkmQuery, DashboardIkmQueryVariables>;
export const DocumentListDocument = new TypedDocumentString(`
    query DocumentList($filter: DocumentFilter, $limit: Int, $offset: Int) {
  documents(filter: $filter, limit: $limit, offset: $offset) {
    total
    items {
      ...DocumentEntry
    }
  }
}
    fragment DocumentEntry on Document {
  id
  version
  ownerKind
  ownerId
  employeeId
  fileName
  mime
  sizeBytes
  sha256
  note
  createdAt
  type {
    id
    code
    name
    nameEn
  }
}`) as unknown as TypedDocumentString<DocumentListQuery, DocumentListQueryVariables>;
export const DocumentLinkDocument = new TypedDocumentString(`
    query DocumentLink($id: ID!) {
  documentLink(id: $id) {
    url
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<DocumentLinkQuery, DocumentLinkQueryVariables>;
export const DocumentDeleteDocument = new TypedDocumentString(`
    mutation DocumentDelete($id: ID!, $version: Int!) {
  deleteDocument(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DocumentDeleteMutation, DocumentDeleteMutationVariables>;
export const DocumentTypesDocument = new TypedDocumentString(`
    query DocumentTypes {
  documentTypes {
    id
    version
    code
    name
    nameEn
    maxBytes
    mimes
    ownerKinds
    personal
  }
}
    `) as unknown as TypedDocumentString<DocumentTypesQuery, DocumentTypesQueryVariables>;
export const DocumentTypeUpdateDocument = new TypedDocumentString(`
    mutation DocumentTypeUpdate($id: ID!, $input: UpdateDocumentTypeInput!) {
  updateDocumentType(id: $id, input: $input) {
    id
    version
    name
    nameEn
    maxBytes
  }
}
    `) as unknown as TypedDocumentString<DocumentTypeUpdateMutation, DocumentTypeUpdateMutationVariables>;
export const DukListDocument = new TypedDocumentString(`
    query DukList($unitId: ID, $governmentId: ID, $asOf: LocalDate, $limit: Int!, $offset: Int!) {
  duk(
    unitId: $unitId
    governmentId: $governmentId
    asOf: $asOf
    limit: $limit
    offset: $offset
  ) {
    asOf
    total
    csvPath
    items {
      number
      age
      birthDate
      education
      major
      graduationYear
      leadershipTraining
      leadershipTrainingDate
      serviceYears
      serviceMonths
      rankTmt
      positionTmt
      rank {
        id
        code
        name
      }
      position {
        id
        title
      }
      unit {
        id
        name
      }
      employee {
        id
        nip
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DukListQuery, DukListQueryVariables>;
export const EmployeeListDocument = new TypedDocumentString(`
    query EmployeeList($filter: EmployeeFilter, $sort: [EmployeeSort!], $limit: Int!, $offset: Int!) {
  employees(filter: $filter, sort: $sort, limit: $limit, offset: $offset) {
    total
    items {
      ...EmployeeListItem
    }
  }
}
    fragment EmployeeListItem on Employee {
  id
  version
  nip
  displayName
  fullName
  asnType
  status
  sex
  age
  currentRank {
    id
    tmt
    rank {
      id
      code
      name
    }
  }
  currentPosition {
    id
    title
    kind
  }
  currentUnit {
    id
    name
  }
}`) as unknown as TypedDocumentString<EmployeeListQuery, EmployeeListQueryVariables>;
export const EmployeeGetDocument = new TypedDocumentString(`
    query EmployeeGet($id: ID!) {
  employee(id: $id) {
    ...EmployeeDetail
  }
}
    fragment EmployeeListItem on Employee {
  id
  version
  nip
  displayName
  fullName
  asnType
  status
  sex
  age
  currentRank {
    id
    tmt
    rank {
      id
      code
      name
    }
  }
  currentPosition {
    id
    title
    kind
  }
  currentUnit {
    id
    name
  }
}
fragment EmployeeDetail on Employee {
  ...EmployeeListItem
  legacyNip
  frontTitle
  backTitle
  birthPlace
  birthDate
  nik
  phone
  email
  address
  tmtCpns
  tmtPns
  contractStartDate
  contractEndDate
  createdAt
  updatedAt
  government {
    id
    name
  }
  highestEducation {
    id
    level {
      code
      name
    }
    institution
    graduationYear
  }
  rankHistory {
    id
    version
    tmt
    decreeNumber
    decreeDate
    rank {
      id
      code
      name
    }
  }
  positionHistory {
    id
    version
    startDate
    endDate
    decreeNumber
    decreeDate
    current
    position {
      id
      title
    }
    unit {
      id
      name
    }
  }
  educationHistory {
    id
    version
    level {
      id
      code
      name
    }
    institution
    major
    graduationYear
    diplomaNumber
  }
}`) as unknown as TypedDocumentString<EmployeeGetQuery, EmployeeGetQueryVariables>;
export const EmployeeCreateDocument = new TypedDocumentString(`
    mutation EmployeeCreate($input: CreateEmployeeInput!) {
  createEmployee(input: $input) {
    ...EmployeeDetail
  }
}
    fragment EmployeeListItem on Employee {
  id
  version
  nip
  displayName
  fullName
  asnType
  status
  sex
  age
  currentRank {
    id
    tmt
    rank {
      id
      code
      name
    }
  }
  currentPosition {
    id
    title
    kind
  }
  currentUnit {
    id
    name
  }
}
fragment EmployeeDetail on Employee {
  ...EmployeeListItem
  legacyNip
  frontTitle
  backTitle
  birthPlace
  birthDate
  nik
  phone
  email
  address
  tmtCpns
  tmtPns
  contractStartDate
  contractEndDate
  createdAt
  updatedAt
  government {
    id
    name
  }
  highestEducation {
    id
    level {
      code
      name
    }
    institution
    graduationYear
  }
  rankHistory {
    id
    version
    tmt
    decreeNumber
    decreeDate
    rank {
      id
      code
      name
    }
  }
  positionHistory {
    id
    version
    startDate
    endDate
    decreeNumber
    decreeDate
    current
    position {
      id
      title
    }
    unit {
      id
      name
    }
  }
  educationHistory {
    id
    version
    level {
      id
      code
      name
    }
    institution
    major
    graduationYear
    diplomaNumber
  }
}`) as unknown as TypedDocumentString<EmployeeCreateMutation, EmployeeCreateMutationVariables>;
export const EmployeeUpdateDocument = new TypedDocumentString(`
    mutation EmployeeUpdate($id: ID!, $input: UpdateEmployeeInput!) {
  updateEmployee(id: $id, input: $input) {
    ...EmployeeDetail
  }
}
    fragment EmployeeListItem on Employee {
  id
  version
  nip
  displayName
  fullName
  asnType
  status
  sex
  age
  currentRank {
    id
    tmt
    rank {
      id
      code
      name
    }
  }
  currentPosition {
    id
    title
    kind
  }
  currentUnit {
    id
    name
  }
}
fragment EmployeeDetail on Employee {
  ...EmployeeListItem
  legacyNip
  frontTitle
  backTitle
  birthPlace
  birthDate
  nik
  phone
  email
  address
  tmtCpns
  tmtPns
  contractStartDate
  contractEndDate
  createdAt
  updatedAt
  government {
    id
    name
  }
  highestEducation {
    id
    level {
      code
      name
    }
    institution
    graduationYear
  }
  rankHistory {
    id
    version
    tmt
    decreeNumber
    decreeDate
    rank {
      id
      code
      name
    }
  }
  positionHistory {
    id
    version
    startDate
    endDate
    decreeNumber
    decreeDate
    current
    position {
      id
      title
    }
    unit {
      id
      name
    }
  }
  educationHistory {
    id
    version
    level {
      id
      code
      name
    }
    institution
    major
    graduationYear
    diplomaNumber
  }
}`) as unknown as TypedDocumentString<EmployeeUpdateMutation, EmployeeUpdateMutationVariables>;
export const EmployeeDeleteDocument = new TypedDocumentString(`
    mutation EmployeeDelete($id: ID!, $version: Int!) {
  deleteEmployee(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<EmployeeDeleteMutation, EmployeeDeleteMutationVariables>;
export const EmployeeRankPromotionDocument = new TypedDocumentString(`
    query EmployeeRankPromotion($id: ID!, $asOf: LocalDate) {
  employee(id: $id) {
    id
    asnType
    rankPromotion(asOf: $asOf) {
      asOf
      eligible
      route
      summary
      earliestTmt
      currentRankTmt
      currentRank {
        id
        code
        name
      }
      nextRank {
        id
        code
        name
      }
      conditions {
        code
        description
        actual
        required
        passed
        passesOn
        legalBasis
      }
    }
    retirement {
      retirementAge
      retirementDate
      retirementYear
      reasons
      legalBasis
      positionKind
      functionalLevel
    }
  }
}
    `) as unknown as TypedDocumentString<EmployeeRankPromotionQuery, EmployeeRankPromotionQueryVariables>;
export const EmployeeQualificationsDocument = new TypedDocumentString(`
    query EmployeeQualifications($id: ID!) {
  employee(id: $id) {
    id
    qualifications {
      id
      version
      kind
      passedOn
      certificateNumber
    }
    sanctions {
      id
      version
      level
      description
      startDate
      endDate
      barsPromotion
      decreeNumber
    }
  }
}
    `) as unknown as TypedDocumentString<EmployeeQualificationsQuery, EmployeeQualificationsQueryVariables>;
export const EmployeeQualificationAddDocument = new TypedDocumentString(`
    mutation EmployeeQualificationAdd($input: AddQualificationInput!) {
  addQualification(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<EmployeeQualificationAddMutation, EmployeeQualificationAddMutationVariables>;
export const EmployeeQualificationUpdateDocument = new TypedDocumentString(`
    mutation EmployeeQualificationUpdate($id: ID!, $input: UpdateQualificationInput!) {
  updateQualification(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<EmployeeQualificationUpdateMutation, EmployeeQualificationUpdateMutationVariables>;
export const EmployeeQualificationDeleteDocument = new TypedDocumentString(`
    mutation EmployeeQualificationDelete($id: ID!, $version: Int!) {
  deleteQualification(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<EmployeeQualificationDeleteMutation, EmployeeQualificationDeleteMutationVariables>;
export const EmployeeSanctionAddDocument = new TypedDocumentString(`
    mutation EmployeeSanctionAdd($input: AddSanctionInput!) {
  addSanction(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<EmployeeSanctionAddMutation, EmployeeSanctionAddMutationVariables>;
export const EmployeeSanctionUpdateDocument = new TypedDocumentString(`
    mutation EmployeeSanctionUpdate($id: ID!, $input: UpdateSanctionInput!) {
  updateSanction(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<EmployeeSanctionUpdateMutation, EmployeeSanctionUpdateMutationVariables>;
export const EmployeeSanctionDeleteDocument = new TypedDocumentString(`
    mutation EmployeeSanctionDelete($id: ID!, $version: Int!) {
  deleteSanction(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<EmployeeSanctionDeleteMutation, EmployeeSanctionDeleteMutationVariables>;
export const EmployeeRankAddDocument = new TypedDocumentString(`
    mutation EmployeeRankAdd($input: AddRankHistoryInput!) {
  addRankHistory(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<EmployeeRankAddMutation, EmployeeRankAddMutationVariables>;
export const EmployeeRankUpdateDocument = new TypedDocumentString(`
    mutation EmployeeRankUpdate($id: ID!, $input: UpdateRankHistoryInput!) {
  updateRankHistory(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<EmployeeRankUpdateMutation, EmployeeRankUpdateMutationVariables>;
export const EmployeeRankDeleteDocument = new TypedDocumentString(`
    mutation EmployeeRankDelete($id: ID!, $version: Int!) {
  deleteRankHistory(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<EmployeeRankDeleteMutation, EmployeeRankDeleteMutationVariables>;
export const EmployeePlacementAddDocument = new TypedDocumentString(`
    mutation EmployeePlacementAdd($input: AddPositionHistoryInput!) {
  addPositionHistory(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<EmployeePlacementAddMutation, EmployeePlacementAddMutationVariables>;
export const EmployeePlacementUpdateDocument = new TypedDocumentString(`
    mutation EmployeePlacementUpdate($id: ID!, $input: UpdatePositionHistoryInput!) {
  updatePositionHistory(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<EmployeePlacementUpdateMutation, EmployeePlacementUpdateMutationVariables>;
export const EmployeePlacementDeleteDocument = new TypedDocumentString(`
    mutation EmployeePlacementDelete($id: ID!, $version: Int!) {
  deletePositionHistory(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<EmployeePlacementDeleteMutation, EmployeePlacementDeleteMutationVariables>;
export const EmployeeEducationAddDocument = new TypedDocumentString(`
    mutation EmployeeEducationAdd($input: AddEducationHistoryInput!) {
  addEducationHistory(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<EmployeeEducationAddMutation, EmployeeEducationAddMutationVariables>;
export const EmployeeEducationUpdateDocument = new TypedDocumentString(`
    mutation EmployeeEducationUpdate($id: ID!, $input: UpdateEducationHistoryInput!) {
  updateEducationHistory(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<EmployeeEducationUpdateMutation, EmployeeEducationUpdateMutationVariables>;
export const EmployeeEducationDeleteDocument = new TypedDocumentString(`
    mutation EmployeeEducationDelete($id: ID!, $version: Int!) {
  deleteEducationHistory(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<EmployeeEducationDeleteMutation, EmployeeEducationDeleteMutationVariables>;
export const EvaluationListDocument = new TypedDocumentString(`
    query EvaluationList($filter: EvaluationFilterInput, $limit: Int!, $offset: Int!) {
  performanceEvaluations(filter: $filter, limit: $limit, offset: $offset) {
    total
    items {
      ...EvaluationItem
    }
  }
}
    fragment EvaluationItem on PerformanceEvaluation {
  id
  version
  year
  period
  resultRating
  behaviourRating
  predikat
  predikatLabel
  notes
  reasons
  legalBasis
  employee {
    id
    nip
    displayName
  }
  evaluator {
    id
    displayName
  }
  plan {
    id
    positionTitle
    unitName
  }
}`) as unknown as TypedDocumentString<EvaluationListQuery, EvaluationListQueryVariables>;
export const EvaluationGetDocument = new TypedDocumentString(`
    query EvaluationGet($id: ID!) {
  performanceEvaluation(id: $id) {
    ...EvaluationItem
  }
}
    fragment EvaluationItem on PerformanceEvaluation {
  id
  version
  year
  period
  resultRating
  behaviourRating
  predikat
  predikatLabel
  notes
  reasons
  legalBasis
  employee {
    id
    nip
    displayName
  }
  evaluator {
    id
    displayName
  }
  plan {
    id
    positionTitle
    unitName
  }
}`) as unknown as TypedDocumentString<EvaluationGetQuery, EvaluationGetQueryVariables>;
export const EvaluationUpdateDocument = new TypedDocumentString(`
    mutation EvaluationUpdate($id: ID!, $input: UpdateEvaluationInput!) {
  updatePerformanceEvaluation(id: $id, input: $input) {
    ...EvaluationItem
  }
}
    fragment EvaluationItem on PerformanceEvaluation {
  id
  version
  year
  period
  resultRating
  behaviourRating
  predikat
  predikatLabel
  notes
  reasons
  legalBasis
  employee {
    id
    nip
    displayName
  }
  evaluator {
    id
    displayName
  }
  plan {
    id
    positionTitle
    unitName
  }
}`) as unknown as TypedDocumentString<EvaluationUpdateMutation, EvaluationUpdateMutationVariables>;
export const EmployeePerformanceDocument = new TypedDocumentString(`
    query EmployeePerformance($employeeId: ID!, $year: Int!) {
  employee(id: $employeeId) {
    id
    annualEvaluations {
      id
      year
      predikat
      predikatLabel
      resultRating
      behaviourRating
    }
    recognitions {
      id
      version
      year
      status
      basis
    }
    coachingPlans {
      id
      version
      year
      goals
      status
      reviewDate
      recommendedTraining
      mentor {
        id
        displayName
      }
    }
  }
  performancePlans(filter: {employeeId: $employeeId, year: $year}, limit: 1) {
    items {
      id
      version
      year
      status
      expectations
      positionTitle
      evaluator {
        id
        displayName
      }
      targets {
        id
        version
        kind
        description
        indicator
        target
      }
      evaluations {
        id
        version
        period
        predikat
        predikatLabel
        resultRating
        behaviourRating
        reasons
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmployeePerformanceQuery, EmployeePerformanceQueryVariables>;
export const EmployeePlanCreateDocument = new TypedDocumentString(`
    mutation EmployeePlanCreate($input: CreatePlanInput!) {
  createPerformancePlan(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<EmployeePlanCreateMutation, EmployeePlanCreateMutationVariables>;
export const EmployeeTargetAddDocument = new TypedDocumentString(`
    mutation EmployeeTargetAdd($planId: ID!, $input: TargetInput!) {
  addPerformanceTarget(planId: $planId, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<EmployeeTargetAddMutation, EmployeeTargetAddMutationVariables>;
export const EmployeeTargetRemoveDocument = new TypedDocumentString(`
    mutation EmployeeTargetRemove($id: ID!, $version: Int!) {
  removePerformanceTarget(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<EmployeeTargetRemoveMutation, EmployeeTargetRemoveMutationVariables>;
export const EmployeeEvaluateDocument = new TypedDocumentString(`
    mutation EmployeeEvaluate($input: EvaluateInput!) {
  evaluatePerformance(input: $input) {
    id
    version
    period
    predikat
    predikatLabel
    reasons
    legalBasis
  }
}
    `) as unknown as TypedDocumentString<EmployeeEvaluateMutation, EmployeeEvaluateMutationVariables>;
export const EmployeeCoachingCreateDocument = new TypedDocumentString(`
    mutation EmployeeCoachingCreate($input: CreateCoachingPlanInput!) {
  createCoachingPlan(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<EmployeeCoachingCreateMutation, EmployeeCoachingCreateMutationVariables>;
export const EmployeeCoachingCompleteDocument = new TypedDocumentString(`
    mutation EmployeeCoachingComplete($id: ID!, $version: Int!) {
  completeCoachingPlan(id: $id, version: $version) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<EmployeeCoachingCompleteMutation, EmployeeCoachingCompleteMutationVariables>;
export const EmployeeRecognitionDecideDocument = new TypedDocumentString(`
    mutation EmployeeRecognitionDecide($id: ID!, $status: RecognitionStatus!, $version: Int!) {
  decideRecognition(id: $id, status: $status, version: $version) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<EmployeeRecognitionDecideMutation, EmployeeRecognitionDecideMutationVariables>;
export const EmployeePlanThreadDocument = new TypedDocumentString(`
    query EmployeePlanThread($planId: ID!) {
  performancePlan(id: $planId) {
    id
    progress {
      id
      kind
      text
      percent
      evidenceUrl
      createdAt
      replyToId
      author {
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmployeePlanThreadQuery, EmployeePlanThreadQueryVariables>;
export const EmployeeTalentDocument = new TypedDocumentString(`
    query EmployeeTalent($employeeId: ID!) {
  talentPlacement(employeeId: $employeeId) {
    box {
      box
      label
      actions
    }
    performance
    potential
    predikat
    potentialScore
    inSuccessionPool
    reasons
    legalBasis
  }
}
    `) as unknown as TypedDocumentString<EmployeeTalentQuery, EmployeeTalentQueryVariables>;
export const EmployeeBehaviour360Document = new TypedDocumentString(`
    query EmployeeBehaviour360($employeeId: ID!, $year: Int!, $period: EvaluationPeriod!) {
  behaviour360Result(employeeId: $employeeId, year: $year, period: $period) {
    minRaters
    groups {
      group
      raters
      released
      average
      reason
      averages {
        value
        average
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmployeeBehaviour360Query, EmployeeBehaviour360QueryVariables>;
export const FeedbackListDocument = new TypedDocumentString(`
    query FeedbackList($filter: FeedbackFilter, $sort: [FeedbackSort!], $limit: Int!, $offset: Int!) {
  feedbacks(filter: $filter, sort: $sort, limit: $limit, offset: $offset) {
    total
    items {
      ...FeedbackItem
    }
  }
}
    fragment FeedbackItem on Feedback {
  id
  version
  trackingCode
  category
  status
  text
  contact
  receivedAt
  startedAt
  closedAt
  answer
  answeredBy {
    id
    displayName
  }
  unit {
    id
    name
  }
  service {
    id
    name
  }
  targetDays
  daysTaken
  dueDate
  overdue
  withinTarget
}`) as unknown as TypedDocumentString<FeedbackListQuery, FeedbackListQueryVariables>;
export const FeedbackGetDocument = new TypedDocumentString(`
    query FeedbackGet($id: ID!) {
  feedback(id: $id) {
    ...FeedbackItem
  }
}
    fragment FeedbackItem on Feedback {
  id
  version
  trackingCode
  category
  status
  text
  contact
  receivedAt
  startedAt
  closedAt
  answer
  answeredBy {
    id
    displayName
  }
  unit {
    id
    name
  }
  service {
    id
    name
  }
  targetDays
  daysTaken
  dueDate
  overdue
  withinTarget
}`) as unknown as TypedDocumentString<FeedbackGetQuery, FeedbackGetQueryVariables>;
export const FeedbackTransitionDocument = new TypedDocumentString(`
    mutation FeedbackTransition($id: ID!, $input: FeedbackTransitionInput!) {
  transitionFeedback(id: $id, input: $input) {
    ...FeedbackItem
  }
}
    fragment FeedbackItem on Feedback {
  id
  version
  trackingCode
  category
  status
  text
  contact
  receivedAt
  startedAt
  closedAt
  answer
  answeredBy {
    id
    displayName
  }
  unit {
    id
    name
  }
  service {
    id
    name
  }
  targetDays
  daysTaken
  dueDate
  overdue
  withinTarget
}`) as unknown as TypedDocumentString<FeedbackTransitionMutation, FeedbackTransitionMutationVariables>;
export const GovernmentListDocument = new TypedDocumentString(`
    query GovernmentList($filter: GovernmentFilter, $sort: [GovernmentSort!], $limit: Int!, $offset: Int!) {
  governments(filter: $filter, sort: $sort, limit: $limit, offset: $offset) {
    total
    items {
      ...GovernmentItem
    }
  }
}
    fragment GovernmentItem on Government {
  id
  version
  code
  name
  kind
  province
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<GovernmentListQuery, GovernmentListQueryVariables>;
export const GovernmentGetDocument = new TypedDocumentString(`
    query GovernmentGet($id: ID!) {
  government(id: $id) {
    ...GovernmentItem
    units(limit: 100) {
      total
      items {
        id
        code
        name
        kind
        employeeCount
      }
    }
  }
}
    fragment GovernmentItem on Government {
  id
  version
  code
  name
  kind
  province
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<GovernmentGetQuery, GovernmentGetQueryVariables>;
export const GovernmentCreateDocument = new TypedDocumentString(`
    mutation GovernmentCreate($input: CreateGovernmentInput!) {
  createGovernment(input: $input) {
    ...GovernmentItem
  }
}
    fragment GovernmentItem on Government {
  id
  version
  code
  name
  kind
  province
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<GovernmentCreateMutation, GovernmentCreateMutationVariables>;
export const GovernmentUpdateDocument = new TypedDocumentString(`
    mutation GovernmentUpdate($id: ID!, $input: UpdateGovernmentInput!) {
  updateGovernment(id: $id, input: $input) {
    ...GovernmentItem
  }
}
    fragment GovernmentItem on Government {
  id
  version
  code
  name
  kind
  province
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<GovernmentUpdateMutation, GovernmentUpdateMutationVariables>;
export const GovernmentDeleteDocument = new TypedDocumentString(`
    mutation GovernmentDelete($id: ID!, $version: Int!) {
  deleteGovernment(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<GovernmentDeleteMutation, GovernmentDeleteMutationVariables>;
export const PositionListDocument = new TypedDocumentString(`
    query PositionList($filter: PositionFilter, $sort: [PositionSort!], $limit: Int!, $offset: Int!) {
  positions(filter: $filter, sort: $sort, limit: $limit, offset: $offset) {
    total
    items {
      ...PositionItem
    }
  }
}
    fragment PositionItem on Position {
  id
  version
  code
  title
  kind
  functionalLevel
  functionalFamily
  managerial
  grade
  plannedHeadcount
  holderCount
  vacancies
  active
  unit {
    id
    name
  }
  government {
    id
    name
  }
  parent {
    id
    title
  }
  minEducation {
    id
    code
    name
  }
  minRank {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<PositionListQuery, PositionListQueryVariables>;
export const PositionGetDocument = new TypedDocumentString(`
    query PositionGet($id: ID!) {
  position(id: $id) {
    ...PositionItem
  }
}
    fragment PositionItem on Position {
  id
  version
  code
  title
  kind
  functionalLevel
  functionalFamily
  managerial
  grade
  plannedHeadcount
  holderCount
  vacancies
  active
  unit {
    id
    name
  }
  government {
    id
    name
  }
  parent {
    id
    title
  }
  minEducation {
    id
    code
    name
  }
  minRank {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<PositionGetQuery, PositionGetQueryVariables>;
export const PositionCreateDocument = new TypedDocumentString(`
    mutation PositionCreate($input: CreatePositionInput!) {
  createPosition(input: $input) {
    ...PositionItem
  }
}
    fragment PositionItem on Position {
  id
  version
  code
  title
  kind
  functionalLevel
  functionalFamily
  managerial
  grade
  plannedHeadcount
  holderCount
  vacancies
  active
  unit {
    id
    name
  }
  government {
    id
    name
  }
  parent {
    id
    title
  }
  minEducation {
    id
    code
    name
  }
  minRank {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<PositionCreateMutation, PositionCreateMutationVariables>;
export const PositionUpdateDocument = new TypedDocumentString(`
    mutation PositionUpdate($id: ID!, $input: UpdatePositionInput!) {
  updatePosition(id: $id, input: $input) {
    ...PositionItem
  }
}
    fragment PositionItem on Position {
  id
  version
  code
  title
  kind
  functionalLevel
  functionalFamily
  managerial
  grade
  plannedHeadcount
  holderCount
  vacancies
  active
  unit {
    id
    name
  }
  government {
    id
    name
  }
  parent {
    id
    title
  }
  minEducation {
    id
    code
    name
  }
  minRank {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<PositionUpdateMutation, PositionUpdateMutationVariables>;
export const PositionDeleteDocument = new TypedDocumentString(`
    mutation PositionDelete($id: ID!, $version: Int!) {
  deletePosition(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<PositionDeleteMutation, PositionDeleteMutationVariables>;
export const PositionCompetencyStandardDocument = new TypedDocumentString(`
    query PositionCompetencyStandard($id: ID!) {
  position(id: $id) {
    id
    competencyStandard {
      requiredLevel
      isDefault
      competency {
        id
        code
        name
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PositionCompetencyStandardQuery, PositionCompetencyStandardQueryVariables>;
export const PositionCompetencySetDocument = new TypedDocumentString(`
    mutation PositionCompetencySet($positionId: ID!, $competencyId: ID!, $requiredLevel: Int!) {
  setPositionCompetency(
    positionId: $positionId
    competencyId: $competencyId
    requiredLevel: $requiredLevel
  ) {
    requiredLevel
    isDefault
    competency {
      id
      code
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<PositionCompetencySetMutation, PositionCompetencySetMutationVariables>;
export const PositionCompetencyRemoveDocument = new TypedDocumentString(`
    mutation PositionCompetencyRemove($positionId: ID!, $competencyId: ID!) {
  removePositionCompetency(positionId: $positionId, competencyId: $competencyId) {
    requiredLevel
    isDefault
    competency {
      id
      code
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<PositionCompetencyRemoveMutation, PositionCompetencyRemoveMutationVariables>;
export const PositionCandidatesDocument = new TypedDocumentString(`
    query PositionCandidates($positionId: ID!, $asOf: LocalDate, $unitId: ID, $qualified: Boolean!, $talentPoolOnly: Boolean!, $limit: Int!, $offset: Int!) {
  positionCandidates(
    positionId: $positionId
    asOf: $asOf
    unitId: $unitId
    qualified: $qualified
    talentPoolOnly: $talentPoolOnly
    limit: $limit
    offset: $offset
  ) {
    asOf
    total
    qualifiedTotal
    notQualifiedTotal
    vacancies
    scoreFormula
    legalBasis
    weights {
      code
      weight
    }
    items {
      score
      jpm
      talentBox
      latestPredikat
      qualified
      employee {
        id
        nip
        displayName
        currentRank {
          id
          rank {
            id
            code
          }
        }
        currentPosition {
          id
          title
        }
        currentUnit {
          id
          name
        }
      }
      requirements {
        ...CandidateRequirementItem
      }
      failedRequirements {
        ...CandidateRequirementItem
      }
      components {
        code
        value
        weight
        explanation
      }
    }
  }
}
    fragment CandidateRequirementItem on CandidateRequirement {
  code
  description
  actual
  required
  passed
  legalBasis
}`) as unknown as TypedDocumentString<PositionCandidatesQuery, PositionCandidatesQueryVariables>;
export const PublicQuestionnaireDocument = new TypedDocumentString(`
    query PublicQuestionnaire {
  surveyQuestionnaire {
    elements {
      code
      name
      question
      options {
        score
        label
      }
    }
    ageBands {
      value
      label
    }
    sexes {
      value
      label
    }
    educations {
      value
      label
    }
    occupations {
      value
      label
    }
    suggestionMaxLength
  }
}
    `) as unknown as TypedDocumentString<PublicQuestionnaireQuery, PublicQuestionnaireQueryVariables>;
export const PublicSurveyListDocument = new TypedDocumentString(`
    query PublicSurveyList($filter: PublicSurveyFilter, $limit: Int!, $offset: Int!) {
  publicSurveys(filter: $filter, limit: $limit, offset: $offset) {
    total
    items {
      id
      title
      periodStart
      periodEnd
      serviceName
      unitName
      governmentName
    }
  }
}
    `) as unknown as TypedDocumentString<PublicSurveyListQuery, PublicSurveyListQueryVariables>;
export const PublicSubmitSurveyResponseDocument = new TypedDocumentString(`
    mutation PublicSubmitSurveyResponse($input: SubmitSurveyResponseInput!) {
  submitSurveyResponse(input: $input) {
    receiptCode
    surveyId
    submittedOn
    duplicate
  }
}
    `) as unknown as TypedDocumentString<PublicSubmitSurveyResponseMutation, PublicSubmitSurveyResponseMutationVariables>;
export const PublicSurveyResultDocument = new TypedDocumentString(`
    query PublicSurveyResult($surveyId: ID!) {
  surveyIndex(surveyId: $surveyId) {
    surveyTitle
    responses
    minimumSample
    sampleReached
    minimumResponses
    withheld
    ikm
    grade
    gradeLabel
  }
}
    `) as unknown as TypedDocumentString<PublicSurveyResultQuery, PublicSurveyResultQueryVariables>;
export const PublicServiceDirectoryDocument = new TypedDocumentString(`
    query PublicServiceDirectory($q: String, $limit: Int!, $offset: Int!) {
  serviceDirectory(q: $q, limit: $limit, offset: $offset) {
    total
    items {
      serviceId
      serviceName
      unitId
      unitName
      governmentName
    }
  }
}
    `) as unknown as TypedDocumentString<PublicServiceDirectoryQuery, PublicServiceDirectoryQueryVariables>;
export const PublicSubmitFeedbackDocument = new TypedDocumentString(`
    mutation PublicSubmitFeedback($input: SubmitFeedbackInput!) {
  submitFeedback(input: $input) {
    trackingCode
    receivedAt
    dueDate
  }
}
    `) as unknown as TypedDocumentString<PublicSubmitFeedbackMutation, PublicSubmitFeedbackMutationVariables>;
export const PublicFeedbackStatusDocument = new TypedDocumentString(`
    query PublicFeedbackStatus($trackingCode: String!) {
  feedbackStatus(trackingCode: $trackingCode) {
    trackingCode
    status
    receivedAt
    startedAt
    closedAt
    answer
  }
}
    `) as unknown as TypedDocumentString<PublicFeedbackStatusQuery, PublicFeedbackStatusQueryVariables>;
export const PublicTransparencyDocument = new TypedDocumentString(`
    query PublicTransparency($period: DateRange, $groupBy: SurveyIndexGroup) {
  surveyIndices(period: $period, groupBy: $groupBy) {
    unitId
    unitName
    governmentId
    governmentName
    year
    surveys
    responses
    withheld
    minimumResponses
    ikm
    grade
    gradeLabel
    previousIkm
    ikmChange
  }
}
    `) as unknown as TypedDocumentString<PublicTransparencyQuery, PublicTransparencyQueryVariables>;
export const PublicPredikatDistributionDocument = new TypedDocumentString(`
    query PublicPredikatDistribution($governmentId: ID!, $year: Int!) {
  predikatDistribution(governmentId: $governmentId, year: $year) {
    year
    governmentName
    minimumUnitSize
    government {
      unitId
      unitName
      total
      withheld
      counts {
        predikat
        label
        count
        percent
      }
    }
    units {
      unitId
      unitName
      total
      withheld
      counts {
        predikat
        count
        percent
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicPredikatDistributionQuery, PublicPredikatDistributionQueryVariables>;
export const RanksDocument = new TypedDocumentString(`
    query Ranks($scheme: RankScheme) {
  ranks(scheme: $scheme) {
    id
    code
    name
    scheme
    ordinal
  }
}
    `) as unknown as TypedDocumentString<RanksQuery, RanksQueryVariables>;
export const EducationLevelsDocument = new TypedDocumentString(`
    query EducationLevels {
  educationLevels {
    id
    code
    name
    ordinal
  }
}
    `) as unknown as TypedDocumentString<EducationLevelsQuery, EducationLevelsQueryVariables>;
export const GovernmentsDocument = new TypedDocumentString(`
    query Governments($limit: Int!, $offset: Int!) {
  governments(limit: $limit, offset: $offset) {
    total
    items {
      id
      code
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<GovernmentsQuery, GovernmentsQueryVariables>;
export const ServiceListDocument = new TypedDocumentString(`
    query ServiceList($filter: PublicServiceFilter, $sort: [PublicServiceSort!], $limit: Int!, $offset: Int!) {
  publicServices(filter: $filter, sort: $sort, limit: $limit, offset: $offset) {
    total
    items {
      ...ServiceItem
    }
  }
}
    fragment ServiceItem on PublicService {
  id
  version
  name
  description
  active
  unit {
    id
    name
  }
  government {
    id
    name
  }
}`) as unknown as TypedDocumentString<ServiceListQuery, ServiceListQueryVariables>;
export const ServiceGetDocument = new TypedDocumentString(`
    query ServiceGet($id: ID!) {
  publicService(id: $id) {
    ...ServiceItem
  }
}
    fragment ServiceItem on PublicService {
  id
  version
  name
  description
  active
  unit {
    id
    name
  }
  government {
    id
    name
  }
}`) as unknown as TypedDocumentString<ServiceGetQuery, ServiceGetQueryVariables>;
export const ServiceCreateDocument = new TypedDocumentString(`
    mutation ServiceCreate($input: CreatePublicServiceInput!) {
  createPublicService(input: $input) {
    ...ServiceItem
  }
}
    fragment ServiceItem on PublicService {
  id
  version
  name
  description
  active
  unit {
    id
    name
  }
  government {
    id
    name
  }
}`) as unknown as TypedDocumentString<ServiceCreateMutation, ServiceCreateMutationVariables>;
export const ServiceUpdateDocument = new TypedDocumentString(`
    mutation ServiceUpdate($id: ID!, $input: UpdatePublicServiceInput!) {
  updatePublicService(id: $id, input: $input) {
    ...ServiceItem
  }
}
    fragment ServiceItem on PublicService {
  id
  version
  name
  description
  active
  unit {
    id
    name
  }
  government {
    id
    name
  }
}`) as unknown as TypedDocumentString<ServiceUpdateMutation, ServiceUpdateMutationVariables>;
export const SettingListDocument = new TypedDocumentString(`
    query SettingList($governmentId: ID) {
  settings(governmentId: $governmentId) {
    key
    value
    overridden
    setting {
      id
      version
      min
      max
      description
      legalBasis
    }
  }
}
    `) as unknown as TypedDocumentString<SettingListQuery, SettingListQueryVariables>;
export const SettingSetDocument = new TypedDocumentString(`
    mutation SettingSet($input: SetSettingInput!) {
  setSetting(input: $input) {
    key
    value
    overridden
    setting {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<SettingSetMutation, SettingSetMutationVariables>;
export const JpmCategoryListDocument = new TypedDocumentString(`
    query JpmCategoryList {
  jpmCategories {
    id
    version
    purpose
    code
    label
    minPercent
    legalBasis
  }
}
    `) as unknown as TypedDocumentString<JpmCategoryListQuery, JpmCategoryListQueryVariables>;
export const JpmCategoryUpdateDocument = new TypedDocumentString(`
    mutation JpmCategoryUpdate($id: ID!, $input: UpdateJpmCategoryInput!) {
  updateJpmCategory(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<JpmCategoryUpdateMutation, JpmCategoryUpdateMutationVariables>;
export const IkmGradeListDocument = new TypedDocumentString(`
    query IkmGradeList {
  ikmGrades {
    id
    version
    grade
    label
    minIkm
    maxIkm
    legalBasis
  }
}
    `) as unknown as TypedDocumentString<IkmGradeListQuery, IkmGradeListQueryVariables>;
export const IkmGradeUpdateDocument = new TypedDocumentString(`
    mutation IkmGradeUpdate($id: ID!, $input: UpdateIkmGradeInput!) {
  updateIkmGrade(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<IkmGradeUpdateMutation, IkmGradeUpdateMutationVariables>;
export const RetirementAgeListDocument = new TypedDocumentString(`
    query RetirementAgeList {
  retirementAges {
    id
    version
    positionKind
    functionalLevel
    age
    legalBasis
  }
}
    `) as unknown as TypedDocumentString<RetirementAgeListQuery, RetirementAgeListQueryVariables>;
export const RetirementAgeUpdateDocument = new TypedDocumentString(`
    mutation RetirementAgeUpdate($id: ID!, $input: UpdateRetirementAgeInput!) {
  updateRetirementAge(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RetirementAgeUpdateMutation, RetirementAgeUpdateMutationVariables>;
export const TalentBoxListDocument = new TypedDocumentString(`
    query TalentBoxList {
  talentBoxes {
    id
    version
    box
    performance
    potential
    label
    actions
    legalBasis
  }
}
    `) as unknown as TypedDocumentString<TalentBoxListQuery, TalentBoxListQueryVariables>;
export const TalentBoxUpdateDocument = new TypedDocumentString(`
    mutation TalentBoxUpdate($id: ID!, $input: UpdateTalentBoxInput!) {
  updateTalentBox(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<TalentBoxUpdateMutation, TalentBoxUpdateMutationVariables>;
export const TalentPerformanceLevelListDocument = new TypedDocumentString(`
    query TalentPerformanceLevelList {
  talentPerformanceLevels {
    id
    version
    predikat
    performance
    legalBasis
  }
}
    `) as unknown as TypedDocumentString<TalentPerformanceLevelListQuery, TalentPerformanceLevelListQueryVariables>;
export const TalentPerformanceLevelUpdateDocument = new TypedDocumentString(`
    mutation TalentPerformanceLevelUpdate($id: ID!, $input: UpdateTalentPerformanceLevelInput!) {
  updateTalentPerformanceLevel(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<TalentPerformanceLevelUpdateMutation, TalentPerformanceLevelUpdateMutationVariables>;
export const DistributionRuleListDocument = new TypedDocumentString(`
    query DistributionRuleList {
  distributionRules {
    id
    version
    organizationRating
    bound
    predikats
    value
    description
    legalBasis
  }
}
    `) as unknown as TypedDocumentString<DistributionRuleListQuery, DistributionRuleListQueryVariables>;
export const DistributionRuleUpdateDocument = new TypedDocumentString(`
    mutation DistributionRuleUpdate($id: ID!, $input: UpdateDistributionRuleInput!) {
  updateDistributionRule(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DistributionRuleUpdateMutation, DistributionRuleUpdateMutationVariables>;
export const AppointmentRequirementListDocument = new TypedDocumentString(`
    query AppointmentRequirementList {
  appointmentRequirements {
    id
    version
    positionKind
    pnsOnly
    minEducation {
      id
      name
    }
    experienceYears
    experienceKinds
    priorKinds
    priorYears
    maxAge
    performanceYears
    legalBasis
  }
}
    `) as unknown as TypedDocumentString<AppointmentRequirementListQuery, AppointmentRequirementListQueryVariables>;
export const AppointmentRequirementUpdateDocument = new TypedDocumentString(`
    mutation AppointmentRequirementUpdate($id: ID!, $input: UpdateAppointmentRequirementInput!) {
  updateAppointmentRequirement(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AppointmentRequirementUpdateMutation, AppointmentRequirementUpdateMutationVariables>;
export const CreditPointCoefficientListDocument = new TypedDocumentString(`
    query CreditPointCoefficientList {
  creditPointCoefficients {
    id
    version
    functionalLevel
    coefficient
    legalBasis
  }
}
    `) as unknown as TypedDocumentString<CreditPointCoefficientListQuery, CreditPointCoefficientListQueryVariables>;
export const CreditPointCoefficientUpdateDocument = new TypedDocumentString(`
    mutation CreditPointCoefficientUpdate($id: ID!, $input: UpdateCreditPointCoefficientInput!) {
  updateCreditPointCoefficient(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CreditPointCoefficientUpdateMutation, CreditPointCoefficientUpdateMutationVariables>;
export const CreditPointConversionListDocument = new TypedDocumentString(`
    query CreditPointConversionList {
  creditPointConversions {
    id
    version
    predikat
    percent
    legalBasis
  }
}
    `) as unknown as TypedDocumentString<CreditPointConversionListQuery, CreditPointConversionListQueryVariables>;
export const CreditPointConversionUpdateDocument = new TypedDocumentString(`
    mutation CreditPointConversionUpdate($id: ID!, $input: UpdateCreditPointConversionInput!) {
  updateCreditPointConversion(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CreditPointConversionUpdateMutation, CreditPointConversionUpdateMutationVariables>;
export const CreditPointRequirementListDocument = new TypedDocumentString(`
    query CreditPointRequirementList {
  creditPointRequirements {
    id
    version
    functionalLevel
    fromRank {
      id
      code
      name
    }
    toRank {
      id
      code
      name
    }
    requiresLevel
    requiredPoints
    legalBasis
  }
}
    `) as unknown as TypedDocumentString<CreditPointRequirementListQuery, CreditPointRequirementListQueryVariables>;
export const CreditPointRequirementUpdateDocument = new TypedDocumentString(`
    mutation CreditPointRequirementUpdate($id: ID!, $input: UpdateCreditPointRequirementInput!) {
  updateCreditPointRequirement(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CreditPointRequirementUpdateMutation, CreditPointRequirementUpdateMutationVariables>;
export const CompetencyLevelDefaultListDocument = new TypedDocumentString(`
    query CompetencyLevelDefaultList {
  competencyLevelDefaults {
    id
    version
    positionKind
    functionalLevel
    requiredLevel
    legalBasis
  }
}
    `) as unknown as TypedDocumentString<CompetencyLevelDefaultListQuery, CompetencyLevelDefaultListQueryVariables>;
export const CompetencyLevelDefaultUpdateDocument = new TypedDocumentString(`
    mutation CompetencyLevelDefaultUpdate($id: ID!, $input: UpdateCompetencyLevelDefaultInput!) {
  updateCompetencyLevelDefault(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CompetencyLevelDefaultUpdateMutation, CompetencyLevelDefaultUpdateMutationVariables>;
export const EducationLevelTableDocument = new TypedDocumentString(`
    query EducationLevelTable {
  educationLevels {
    id
    version
    ordinal
    code
    name
    pnsStartingRank {
      id
      code
      name
    }
    pnsRankCeiling {
      id
      code
      name
    }
    pppkEntryRank {
      id
      code
      name
    }
    legalBasis
  }
}
    `) as unknown as TypedDocumentString<EducationLevelTableQuery, EducationLevelTableQueryVariables>;
export const EducationLevelUpdateDocument = new TypedDocumentString(`
    mutation EducationLevelUpdate($id: ID!, $input: UpdateEducationLevelInput!) {
  updateEducationLevel(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<EducationLevelUpdateMutation, EducationLevelUpdateMutationVariables>;
export const WorkforceTargetRatioListDocument = new TypedDocumentString(`
    query WorkforceTargetRatioList {
  workforceTargetRatios {
    id
    version
    sector
    unitKind
    functionalFamily
    label
    staff
    perPopulation
    basis
  }
}
    `) as unknown as TypedDocumentString<WorkforceTargetRatioListQuery, WorkforceTargetRatioListQueryVariables>;
export const WorkforceTargetRatioUpdateDocument = new TypedDocumentString(`
    mutation WorkforceTargetRatioUpdate($id: ID!, $input: UpdateTargetRatioInput!) {
  updateWorkforceTargetRatio(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<WorkforceTargetRatioUpdateMutation, WorkforceTargetRatioUpdateMutationVariables>;
export const SurveyListDocument = new TypedDocumentString(`
    query SurveyList($filter: SurveyFilter, $sort: [SurveySort!], $limit: Int!, $offset: Int!) {
  surveys(filter: $filter, sort: $sort, limit: $limit, offset: $offset) {
    total
    items {
      ...SurveyItem
    }
  }
}
    fragment SurveyItem on Survey {
  id
  version
  title
  status
  periodStart
  periodEnd
  population
  minimumSample
  responseCount
  sampleReached
  acceptingResponses
  unit {
    id
    name
  }
  service {
    id
    name
  }
  index {
    ikm
    grade
    gradeLabel
    withheld
  }
}`) as unknown as TypedDocumentString<SurveyListQuery, SurveyListQueryVariables>;
export const SurveyGetDocument = new TypedDocumentString(`
    query SurveyGet($id: ID!) {
  survey(id: $id) {
    ...SurveyItem
    government {
      id
      name
    }
    index {
      ...SurveyIndexDetail
    }
  }
}
    fragment SurveyItem on Survey {
  id
  version
  title
  status
  periodStart
  periodEnd
  population
  minimumSample
  responseCount
  sampleReached
  acceptingResponses
  unit {
    id
    name
  }
  service {
    id
    name
  }
  index {
    ikm
    grade
    gradeLabel
    withheld
  }
}
fragment SurveyIndexDetail on SurveyIndex {
  responses
  population
  minimumSample
  sampleReached
  minimumResponses
  withheld
  index
  ikm
  grade
  gradeLabel
  elements {
    code
    name
    nrr
    weightedNrr
    ikm
    grade
    gradeLabel
  }
  weakestElements {
    code
    name
    nrr
    ikm
    grade
    gradeLabel
  }
}`) as unknown as TypedDocumentString<SurveyGetQuery, SurveyGetQueryVariables>;
export const SurveyCreateDocument = new TypedDocumentString(`
    mutation SurveyCreate($input: CreateSurveyInput!) {
  createSurvey(input: $input) {
    ...SurveyItem
  }
}
    fragment SurveyItem on Survey {
  id
  version
  title
  status
  periodStart
  periodEnd
  population
  minimumSample
  responseCount
  sampleReached
  acceptingResponses
  unit {
    id
    name
  }
  service {
    id
    name
  }
  index {
    ikm
    grade
    gradeLabel
    withheld
  }
}`) as unknown as TypedDocumentString<SurveyCreateMutation, SurveyCreateMutationVariables>;
export const SurveyUpdateDocument = new TypedDocumentString(`
    mutation SurveyUpdate($id: ID!, $input: UpdateSurveyInput!) {
  updateSurvey(id: $id, input: $input) {
    ...SurveyItem
  }
}
    fragment SurveyItem on Survey {
  id
  version
  title
  status
  periodStart
  periodEnd
  population
  minimumSample
  responseCount
  sampleReached
  acceptingResponses
  unit {
    id
    name
  }
  service {
    id
    name
  }
  index {
    ikm
    grade
    gradeLabel
    withheld
  }
}`) as unknown as TypedDocumentString<SurveyUpdateMutation, SurveyUpdateMutationVariables>;
export const SurveySuggestionListDocument = new TypedDocumentString(`
    query SurveySuggestionList($surveyId: ID!, $limit: Int!, $offset: Int!) {
  surveySuggestions(surveyId: $surveyId, limit: $limit, offset: $offset) {
    total
    items
  }
}
    `) as unknown as TypedDocumentString<SurveySuggestionListQuery, SurveySuggestionListQueryVariables>;
export const TalentGridPageDocument = new TypedDocumentString(`
    query TalentGridPage($unitId: ID, $governmentId: ID, $year: Int) {
  talentGrid(
    unitId: $unitId
    governmentId: $governmentId
    year: $year
    employeesPerBox: 0
  ) {
    year
    unplaced
    cells {
      count
      box {
        box
        label
        actions
        performance
        potential
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TalentGridPageQuery, TalentGridPageQueryVariables>;
export const TalentBoxPageDocument = new TypedDocumentString(`
    query TalentBoxPage($boxes: [Int!]!, $unitId: ID, $governmentId: ID, $year: Int, $limit: Int!, $offset: Int!) {
  talentBoxMembers(
    boxes: $boxes
    unitId: $unitId
    governmentId: $governmentId
    year: $year
    limit: $limit
    offset: $offset
  ) {
    total
    items {
      id
      nip
      displayName
      currentRank {
        id
        rank {
          id
          code
          name
        }
      }
      currentPosition {
        id
        title
      }
      currentUnit {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TalentBoxPageQuery, TalentBoxPageQueryVariables>;
export const OrgUnitListDocument = new TypedDocumentString(`
    query OrgUnitList($filter: OrgUnitFilter, $sort: [OrgUnitSort!], $limit: Int!, $offset: Int!) {
  orgUnits(filter: $filter, sort: $sort, limit: $limit, offset: $offset) {
    total
    items {
      ...OrgUnitItem
    }
  }
}
    fragment OrgUnitItem on OrgUnit {
  id
  version
  code
  name
  kind
  sector
  depth
  populationServed
  address
  active
  employeeCount
  parent {
    id
    name
  }
  government {
    id
    name
  }
}`) as unknown as TypedDocumentString<OrgUnitListQuery, OrgUnitListQueryVariables>;
export const OrgUnitGetDocument = new TypedDocumentString(`
    query OrgUnitGet($id: ID!) {
  orgUnit(id: $id) {
    ...OrgUnitItem
    ancestors {
      id
      name
    }
    children {
      id
      name
      kind
    }
  }
}
    fragment OrgUnitItem on OrgUnit {
  id
  version
  code
  name
  kind
  sector
  depth
  populationServed
  address
  active
  employeeCount
  parent {
    id
    name
  }
  government {
    id
    name
  }
}`) as unknown as TypedDocumentString<OrgUnitGetQuery, OrgUnitGetQueryVariables>;
export const OrgUnitCreateDocument = new TypedDocumentString(`
    mutation OrgUnitCreate($input: CreateOrgUnitInput!) {
  createOrgUnit(input: $input) {
    ...OrgUnitItem
  }
}
    fragment OrgUnitItem on OrgUnit {
  id
  version
  code
  name
  kind
  sector
  depth
  populationServed
  address
  active
  employeeCount
  parent {
    id
    name
  }
  government {
    id
    name
  }
}`) as unknown as TypedDocumentString<OrgUnitCreateMutation, OrgUnitCreateMutationVariables>;
export const OrgUnitUpdateDocument = new TypedDocumentString(`
    mutation OrgUnitUpdate($id: ID!, $input: UpdateOrgUnitInput!) {
  updateOrgUnit(id: $id, input: $input) {
    ...OrgUnitItem
  }
}
    fragment OrgUnitItem on OrgUnit {
  id
  version
  code
  name
  kind
  sector
  depth
  populationServed
  address
  active
  employeeCount
  parent {
    id
    name
  }
  government {
    id
    name
  }
}`) as unknown as TypedDocumentString<OrgUnitUpdateMutation, OrgUnitUpdateMutationVariables>;
export const OrgUnitDeleteDocument = new TypedDocumentString(`
    mutation OrgUnitDelete($id: ID!, $version: Int!) {
  deleteOrgUnit(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<OrgUnitDeleteMutation, OrgUnitDeleteMutationVariables>;
export const OrgUnitDistributionDocument = new TypedDocumentString(`
    query OrgUnitDistribution($unitId: ID!, $year: Int!) {
  performanceDistribution(unitId: $unitId, year: $year) {
    year
    total
    compliant
    organizationRating
    reasons
    legalBasis
    counts {
      predikat
      count
    }
    checks {
      bound
      description
      passed
      count
      percent
      value
    }
  }
}
    `) as unknown as TypedDocumentString<OrgUnitDistributionQuery, OrgUnitDistributionQueryVariables>;
export const OrgUnitRatingSetDocument = new TypedDocumentString(`
    mutation OrgUnitRatingSet($input: SetOrganizationRatingInput!) {
  setOrganizationRating(input: $input) {
    id
    version
    year
    rating
  }
}
    `) as unknown as TypedDocumentString<OrgUnitRatingSetMutation, OrgUnitRatingSetMutationVariables>;
export const UserListDocument = new TypedDocumentString(`
    query UserList($filter: UserFilter, $sort: [UserSort!], $limit: Int!, $offset: Int!) {
  users(filter: $filter, sort: $sort, limit: $limit, offset: $offset) {
    total
    items {
      ...UserItem
    }
  }
}
    fragment UserItem on User {
  id
  version
  email
  displayName
  role
  active
  lastLoginAt
  createdAt
  government {
    id
    name
  }
  unit {
    id
    name
  }
  employee {
    id
    nip
    displayName
  }
}`) as unknown as TypedDocumentString<UserListQuery, UserListQueryVariables>;
export const UserGetDocument = new TypedDocumentString(`
    query UserGet($id: ID!) {
  user(id: $id) {
    ...UserItem
  }
}
    fragment UserItem on User {
  id
  version
  email
  displayName
  role
  active
  lastLoginAt
  createdAt
  government {
    id
    name
  }
  unit {
    id
    name
  }
  employee {
    id
    nip
    displayName
  }
}`) as unknown as TypedDocumentString<UserGetQuery, UserGetQueryVariables>;
export const UserCreateDocument = new TypedDocumentString(`
    mutation UserCreate($input: CreateUserInput!) {
  createUser(input: $input) {
    ...UserItem
  }
}
    fragment UserItem on User {
  id
  version
  email
  displayName
  role
  active
  lastLoginAt
  createdAt
  government {
    id
    name
  }
  unit {
    id
    name
  }
  employee {
    id
    nip
    displayName
  }
}`) as unknown as TypedDocumentString<UserCreateMutation, UserCreateMutationVariables>;
export const UserUpdateDocument = new TypedDocumentString(`
    mutation UserUpdate($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    ...UserItem
  }
}
    fragment UserItem on User {
  id
  version
  email
  displayName
  role
  active
  lastLoginAt
  createdAt
  government {
    id
    name
  }
  unit {
    id
    name
  }
  employee {
    id
    nip
    displayName
  }
}`) as unknown as TypedDocumentString<UserUpdateMutation, UserUpdateMutationVariables>;
export const PositionWorkloadDocument = new TypedDocumentString(`
    query PositionWorkload($positionId: ID!) {
  workloadAnalyses(filter: {positionId: $positionId}, limit: 20) {
    total
    items {
      ...WorkloadAnalysisItem
    }
  }
  settings {
    key
    value
  }
}
    fragment WorkloadAnalysisItem on WorkloadAnalysis {
  id
  version
  year
  revision
  status
  notes
  reviewedByName
  reviewedAt
  approvedByName
  approvedAt
  tasks {
    id
    version
    ordinal
    description
    output
    volume
    period
    standardMinutes
  }
  computation {
    totalWorkloadMinutes
    effectiveMinutesPerYear
    requiredStaff
    requiredStaffRounded
    rounding
    bezetting
    formasi
    ej
    ejBand
    gap
    formasiGap
    tasks {
      taskId
      multiplier
      yearlyVolume
      workloadMinutes
    }
    legalBasis
  }
}`) as unknown as TypedDocumentString<PositionWorkloadQuery, PositionWorkloadQueryVariables>;
export const WorkloadAnalysisCreateDocument = new TypedDocumentString(`
    mutation WorkloadAnalysisCreate($input: CreateWorkloadAnalysisInput!) {
  createWorkloadAnalysis(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkloadAnalysisCreateMutation, WorkloadAnalysisCreateMutationVariables>;
export const WorkloadAnalysisReviseDocument = new TypedDocumentString(`
    mutation WorkloadAnalysisRevise($id: ID!) {
  reviseWorkloadAnalysis(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkloadAnalysisReviseMutation, WorkloadAnalysisReviseMutationVariables>;
export const WorkloadAnalysisTransitionDocument = new TypedDocumentString(`
    mutation WorkloadAnalysisTransition($id: ID!, $input: WorkloadTransitionInput!) {
  transitionWorkloadAnalysis(id: $id, input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<WorkloadAnalysisTransitionMutation, WorkloadAnalysisTransitionMutationVariables>;
export const WorkloadTaskAddDocument = new TypedDocumentString(`
    mutation WorkloadTaskAdd($input: AddWorkloadTaskInput!) {
  addWorkloadTask(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkloadTaskAddMutation, WorkloadTaskAddMutationVariables>;
export const WorkloadTaskUpdateDocument = new TypedDocumentString(`
    mutation WorkloadTaskUpdate($id: ID!, $input: UpdateWorkloadTaskInput!) {
  updateWorkloadTask(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<WorkloadTaskUpdateMutation, WorkloadTaskUpdateMutationVariables>;
export const WorkloadTaskDeleteDocument = new TypedDocumentString(`
    mutation WorkloadTaskDelete($id: ID!, $version: Int!) {
  deleteWorkloadTask(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<WorkloadTaskDeleteMutation, WorkloadTaskDeleteMutationVariables>;
export const WorkforceNeedsDocument = new TypedDocumentString(`
    query WorkforceNeeds($unitId: ID, $governmentId: ID, $year: Int) {
  workforceNeeds(
    unitId: $unitId
    governmentId: $governmentId
    year: $year
    limit: 10
    top: 10
    ratioLimit: 15
  ) {
    year
    legalBasis
    totals {
      ...NeedGroupItem
    }
    byUnit {
      ...NeedGroupItem
    }
    byKind {
      ...NeedGroupItem
    }
    bySector {
      ...NeedGroupItem
    }
    largestShortages {
      ...PositionNeedItem
    }
    largestSurpluses {
      ...PositionNeedItem
    }
    ratios {
      ratioId
      label
      basis
      unitName
      population
      staff
      targetStaffPer
      targetPopulation
      targetStaff
      targetStaffRounded
      shortfall
      populationPerStaff
    }
    ratiosTotal
  }
}
    fragment NeedGroupItem on NeedGroup {
  key
  label
  unitKind
  hasSubUnits
  positions
  analysed
  requiredStaff
  requiredStaffRounded
  bezetting
  formasi
  gap
  shortage
  surplus
}
fragment PositionNeedItem on PositionNeed {
  positionId
  code
  title
  unitName
  sector
  requiredStaff
  requiredStaffRounded
  bezetting
  formasi
  ej
  ejBand
  gap
}`) as unknown as TypedDocumentString<WorkforceNeedsQuery, WorkforceNeedsQueryVariables>;
export const WorkforcePlanListDocument = new TypedDocumentString(`
    query WorkforcePlanList($unitId: ID, $governmentId: ID, $fromYear: Int, $scenario: PlanScenarioInput, $limit: Int!, $offset: Int!) {
  workforcePlan(
    unitId: $unitId
    governmentId: $governmentId
    fromYear: $fromYear
    scenario: $scenario
    limit: $limit
    offset: $offset
  ) {
    fromYear
    toYear
    exportPath
    positionsWithoutAbk
    totals {
      key
      label
      totalRecruit
      years {
        ...PlanYearItem
      }
    }
    bySector {
      key
      label
      totalRecruit
      years {
        ...PlanYearItem
      }
    }
    rows {
      total
      items {
        key
        positionId
        code
        title
        kind
        unitName
        sector
        scenario
        analysisYear
        requiredStaff
        bezetting
        totalRecruit
        years {
          year
          need
          retirements
          contractsEnding
          recruit
          surplus
        }
      }
    }
  }
}
    fragment PlanYearItem on PlanYearType {
  year
  need
  staffStart
  retirements
  contractsEnding
  available
  recruit
  surplus
  staffEnd
}`) as unknown as TypedDocumentString<WorkforcePlanListQuery, WorkforcePlanListQueryVariables>;
export const FormasiProposalsDocument = new TypedDocumentString(`
    query FormasiProposals {
  formasiProposals(limit: 20) {
    total
    items {
      ...FormasiProposalItem
    }
  }
}
    fragment FormasiProposalItem on FormasiProposal {
  id
  version
  year
  status
  notes
  submittedAt
  approvedAt
  approvedByName
  lines {
    id
    count
    kind
    major
    justification
    formasiBefore
    formasiAfter
    position {
      id
      code
      title
      plannedHeadcount
      holderCount
      unit {
        id
        name
      }
    }
    education {
      id
      code
    }
  }
}`) as unknown as TypedDocumentString<FormasiProposalsQuery, FormasiProposalsQueryVariables>;
export const FormasiProposalCreateDocument = new TypedDocumentString(`
    mutation FormasiProposalCreate($input: CreateFormasiProposalInput!) {
  createFormasiProposal(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FormasiProposalCreateMutation, FormasiProposalCreateMutationVariables>;
export const FormasiProposalSetLinesDocument = new TypedDocumentString(`
    mutation FormasiProposalSetLines($id: ID!, $input: SetFormasiLinesInput!) {
  setFormasiProposalLines(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<FormasiProposalSetLinesMutation, FormasiProposalSetLinesMutationVariables>;
export const FormasiProposalTransitionDocument = new TypedDocumentString(`
    mutation FormasiProposalTransition($id: ID!, $input: FormasiTransitionInput!) {
  transitionFormasiProposal(id: $id, input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<FormasiProposalTransitionMutation, FormasiProposalTransitionMutationVariables>;
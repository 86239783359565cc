// The lists the panel can export as CSV from the server: which GraphQL list query, its filter and
// sort types, and the columns (a field path and its header in Bahasa Indonesia and English).
// Personal data (birth date, NIK, contacts) is not exported.

export interface Column {
  path: string;
  id: string;
  en: string;
}

export interface ListExport {
  /** Root query field returning `{ total, items }` with `limit` and `offset` arguments. */
  field: string;
  filterType: string;
  sortType?: string;
  columns: Column[];
}

const c = (path: string, id: string, en: string): Column => ({ path, id, en });

export const LIST_EXPORTS: Record<string, ListExport> = {
  employees: {
    field: 'employees',
    filterType: 'EmployeeFilter',
    sortType: '[EmployeeSort!]',
    columns: [
      c('nip', 'NIP', 'NIP'), c('displayName', 'Nama', 'Name'), c('asnType', 'Jenis ASN', 'ASN type'), c('status', 'Status', 'Status'), c('sex', 'Jenis kelamin', 'Sex'),
      c('age', 'Usia', 'Age'), c('currentRank.rank.code', 'Gol/Ruang', 'Grade'), c('currentRank.rank.name', 'Pangkat', 'Rank'), c('currentRank.tmt', 'TMT Pangkat', 'Rank TMT'),
      c('currentPosition.title', 'Jabatan', 'Position'), c('currentPosition.kind', 'Jenis jabatan', 'Position kind'), c('currentUnit.name', 'Unit kerja', 'Unit'),
      c('tmtCpns', 'TMT CPNS', 'TMT CPNS'), c('contractEndDate', 'Akhir perjanjian kerja', 'Contract end'),
    ],
  },
  governments: {
    field: 'governments',
    filterType: 'GovernmentFilter',
    sortType: '[GovernmentSort!]',
    columns: [c('code', 'Kode wilayah', 'Region code'), c('name', 'Nama', 'Name'), c('kind', 'Jenis', 'Kind'), c('province', 'Provinsi', 'Province')],
  },
  units: {
    field: 'orgUnits',
    filterType: 'OrgUnitFilter',
    sortType: '[OrgUnitSort!]',
    columns: [
      c('code', 'Kode', 'Code'), c('name', 'Nama', 'Name'), c('kind', 'Jenis', 'Kind'), c('sector', 'Sektor', 'Sector'), c('depth', 'Tingkat', 'Depth'),
      c('parent.name', 'Unit induk', 'Parent unit'), c('government.name', 'Instansi', 'Government'), c('employeeCount', 'Jumlah pegawai', 'Employees'),
      c('populationServed', 'Penduduk dilayani', 'Population served'), c('active', 'Aktif', 'Active'),
    ],
  },
  positions: {
    field: 'positions',
    filterType: 'PositionFilter',
    sortType: '[PositionSort!]',
    columns: [
      c('code', 'Kode', 'Code'), c('title', 'Nama jabatan', 'Title'), c('kind', 'Jenis jabatan', 'Kind'), c('functionalLevel', 'Jenjang', 'Functional level'),
      c('grade', 'Kelas jabatan', 'Class'), c('unit.name', 'Unit kerja', 'Unit'), c('plannedHeadcount', 'Formasi', 'Planned headcount'),
      c('holderCount', 'Pemangku', 'Holders'), c('vacancies', 'Lowongan', 'Vacancies'), c('minEducation.name', 'Pendidikan minimal', 'Minimum education'),
      c('minRank.code', 'Pangkat minimal', 'Minimum rank'), c('active', 'Aktif', 'Active'),
    ],
  },
  assessments: {
    field: 'assessments',
    filterType: 'AssessmentFilter',
    columns: [
      c('assessedOn', 'Tanggal asesmen', 'Assessed on'), c('employee.nip', 'NIP', 'NIP'), c('employee.displayName', 'Nama', 'Name'), c('purpose', 'Tujuan', 'Purpose'),
      c('assessor', 'Asesor', 'Assessor'), c('potentialScore', 'Skor potensi', 'Potential score'),
    ],
  },
  evaluations: {
    field: 'performanceEvaluations',
    filterType: 'EvaluationFilterInput',
    columns: [
      c('year', 'Tahun', 'Year'), c('period', 'Periode', 'Period'), c('employee.nip', 'NIP', 'NIP'), c('employee.displayName', 'Nama', 'Name'),
      c('plan.positionTitle', 'Jabatan', 'Position'), c('plan.unitName', 'Unit kerja', 'Unit'), c('resultRating', 'Hasil kerja', 'Work results'),
      c('behaviourRating', 'Perilaku kerja', 'Work behaviour'), c('predikatLabel', 'Predikat', 'Rating'), c('evaluator.displayName', 'Pejabat penilai', 'Evaluator'),
    ],
  },
  services: {
    field: 'publicServices',
    filterType: 'PublicServiceFilter',
    sortType: '[PublicServiceSort!]',
    columns: [c('name', 'Layanan', 'Service'), c('unit.name', 'Unit', 'Unit'), c('government.name', 'Instansi', 'Government'), c('active', 'Aktif', 'Active')],
  },
  surveys: {
    field: 'surveys',
    filterType: 'SurveyFilter',
    sortType: '[SurveySort!]',
    columns: [
      c('title', 'Survei', 'Survey'), c('unit.name', 'Unit', 'Unit'), c('service.name', 'Layanan', 'Service'), c('status', 'Status', 'Status'),
      c('periodStart', 'Mulai', 'Start'), c('periodEnd', 'Selesai', 'End'), c('population', 'Populasi', 'Population'), c('minimumSample', 'Sampel minimum', 'Minimum sample'),
      c('responseCount', 'Responden', 'Respondents'), c('index.ikm', 'IKM', 'IKM'), c('index.grade', 'Mutu', 'Grade'),
    ],
  },
  feedback: {
    field: 'feedbacks',
    filterType: 'FeedbackFilter',
    sortType: '[FeedbackSort!]',
    columns: [
      c('trackingCode', 'Kode lacak', 'Tracking code'), c('category', 'Kategori', 'Category'), c('status', 'Status', 'Status'), c('unit.name', 'Unit', 'Unit'),
      c('service.name', 'Layanan', 'Service'), c('receivedAt', 'Diterima', 'Received'), c('closedAt', 'Selesai', 'Closed'), c('daysTaken', 'Hari', 'Days'),
      c('overdue', 'Terlambat', 'Overdue'), c('text', 'Isi', 'Text'), c('answer', 'Jawaban', 'Answer'),
    ],
  },
  users: {
    field: 'users',
    filterType: 'UserFilter',
    sortType: '[UserSort!]',
    columns: [
      c('email', 'Email', 'Email'), c('displayName', 'Nama', 'Name'), c('role', 'Peran', 'Role'), c('government.name', 'Instansi', 'Government'), c('unit.name', 'Unit', 'Unit'),
      c('active', 'Aktif', 'Active'), c('lastLoginAt', 'Terakhir masuk', 'Last login'),
    ],
  },
  audit: {
    field: 'auditEntries',
    filterType: 'AuditFilter',
    columns: [
      c('occurredAt', 'Waktu', 'Time'), c('actorEmail', 'Pelaku', 'Actor'), c('actorRole', 'Peran', 'Role'), c('action', 'Aksi', 'Action'),
      c('entityName', 'Entitas', 'Entity'), c('entityId', 'ID', 'ID'), c('changes', 'Perubahan', 'Changes'),
    ],
  },
  access: {
    field: 'accessLog',
    filterType: 'AccessLogFilter',
    columns: [
      c('occurredAt', 'Waktu', 'Time'), c('action', 'Jenis', 'Kind'), c('actorEmail', 'Pelaku', 'Actor'), c('actorRole', 'Peran', 'Role'),
      c('operation', 'Operasi', 'Operation'), c('entityName', 'Entitas', 'Entity'), c('entityId', 'ID', 'ID'), c('fields', 'Data', 'Fields'),
      c('reason', 'Alasan', 'Reason'), c('rowCount', 'Baris', 'Rows'), c('clientIp', 'Alamat klien', 'Client address'),
    ],
  },
};

/** `a.b.c` paths -> a GraphQL selection set (`a { b { c } }`). */
export function selectionOf(paths: string[]): string {
  const tree: Record<string, unknown> = {};
  for (const p of paths) {
    let node = tree;
    for (const part of p.split('.')) node = (node[part] ??= {}) as Record<string, unknown>;
  }
  const print = (node: Record<string, unknown>): string =>
    Object.entries(node).map(([k, v]) => (Object.keys(v as object).length ? `${k} { ${print(v as Record<string, unknown>)} }` : k)).join(' ');
  return print(tree);
}

export function documentOf(spec: ListExport): string {
  const vars = [`$filter: ${spec.filterType}`, ...(spec.sortType ? [`$sort: ${spec.sortType}`] : []), '$limit: Int!', '$offset: Int!'];
  const args = ['filter: $filter', ...(spec.sortType ? ['sort: $sort'] : []), 'limit: $limit', 'offset: $offset'];
  return `query Export(${vars.join(', ')}) { list: ${spec.field}(${args.join(', ')}) { total items { ${selectionOf(spec.columns.map((col) => col.path))} } } }`;
}

export function valueAt(row: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : null), row);
}

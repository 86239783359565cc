// The national reference tables of the settings page, each described once: columns, the fields
// its rows' dialog edits (named as the fields of the mutation's `input`, so the server's errors land on them)
// and the mutation. Who may change them follows the API: a super admin (they are national).
import { request } from '../dataProvider/client';
import {
  AppointmentRequirementListDocument,
  AppointmentRequirementUpdateDocument,
  CompetencyLevelDefaultListDocument,
  CompetencyLevelDefaultUpdateDocument,
  CreditPointCoefficientListDocument,
  CreditPointCoefficientUpdateDocument,
  CreditPointConversionListDocument,
  CreditPointConversionUpdateDocument,
  CreditPointRequirementListDocument,
  CreditPointRequirementUpdateDocument,
  DistributionRuleListDocument,
  DocumentTypeUpdateDocument,
  DocumentTypesDocument,
  DistributionRuleUpdateDocument,
  EducationLevelTableDocument,
  EducationLevelUpdateDocument,
  IkmGradeListDocument,
  IkmGradeUpdateDocument,
  JpmCategoryListDocument,
  JpmCategoryUpdateDocument,
  RetirementAgeListDocument,
  RetirementAgeUpdateDocument,
  TalentBoxListDocument,
  TalentBoxUpdateDocument,
  TalentPerformanceLevelListDocument,
  TalentPerformanceLevelUpdateDocument,
  WorkforceTargetRatioListDocument,
  WorkforceTargetRatioUpdateDocument,
  type Expectation,
} from '../gql/graphql';
import type { EnumName } from '../common/enums';
import { defineTable, type ColumnSpec, type Row, type TableSpec, type Translate } from './ReferenceTable';

const SUPER_ADMIN = ['SUPER_ADMIN'] as const;
const NATIONAL = 'asn.settings.read_only_national';

/** An enum value, translated. */
const en = (name: EnumName, value: string | null | undefined, t: Translate) => (value ? t(`asn.enums.${name}.${value}`, { _: value }) : '—');
const enumCol = <R extends Row>(source: string, name: EnumName): ColumnSpec<R> => ({
  source,
  render: (row, t) => en(name, (row as unknown as Record<string, string | null>)[source], t),
});
const legal = <R extends Row>(): ColumnSpec<R> => ({ source: 'legalBasis', small: true });
/** Kind of position, with the functional level when the row has one. */
const kindAndLevel = (row: { positionKind: string; functionalLevel?: string | null }, t: Translate) =>
  row.functionalLevel ? `${en('PositionKind', row.positionKind, t)} – ${en('FunctionalLevel', row.functionalLevel, t)}` : en('PositionKind', row.positionKind, t);
const num = (v: unknown) => (v === null || v === undefined || v === '' ? undefined : Number(v));
/** "A, B" typed in a list field -> ["A", "B"]. */
const list = (v: unknown) => (Array.isArray(v) ? v : String(v ?? '').split(',')).map((s) => String(s).trim()).filter(Boolean);

const jpmCategories = defineTable({
  key: 'jpmCategories',
  queryKey: ['reference', 'jpmCategories'],
  load: async () => (await request(JpmCategoryListDocument)).jpmCategories,
  columns: [enumCol('purpose', 'AssessmentPurpose'), { source: 'code' }, { source: 'label' }, { source: 'minPercent', numeric: true }, legal()],
  editRoles: SUPER_ADMIN,
  readOnlyNote: NATIONAL,
  rowTitle: (r, t) => `${en('AssessmentPurpose', r.purpose, t)} – ${r.label}`,
  fields: () => [
    { source: 'minPercent', kind: 'number', required: true, helperText: 'asn.settings.hints.percent' },
    { source: 'label', kind: 'text', required: true },
  ],
  save: (r, v) => request(JpmCategoryUpdateDocument, { id: r.id, input: { version: r.version, minPercent: Number(v.minPercent), label: String(v.label ?? '') } }),
});

const ikmGrades = defineTable({
  key: 'ikmGrades',
  queryKey: ['reference', 'ikmGrades'],
  load: async () => (await request(IkmGradeListDocument)).ikmGrades,
  columns: [{ source: 'grade' }, { source: 'label' }, { source: 'minIkm', numeric: true, decimals: 2 }, { source: 'maxIkm', numeric: true, decimals: 2 }, legal()],
  editRoles: SUPER_ADMIN,
  readOnlyNote: NATIONAL,
  rowTitle: (r) => `${r.grade} – ${r.label}`,
  fields: () => [
    { source: 'minIkm', kind: 'number', required: true },
    { source: 'maxIkm', kind: 'number', required: true },
    { source: 'label', kind: 'text', required: true },
    { source: 'legalBasis', kind: 'multiline', required: true },
  ],
  save: (r, v) =>
    request(IkmGradeUpdateDocument, { id: r.id, input: { version: r.version, minIkm: Number(v.minIkm), maxIkm: Number(v.maxIkm), label: String(v.label), legalBasis: String(v.legalBasis) } }),
});

const retirementAges = defineTable({
  key: 'retirementAges',
  queryKey: ['reference', 'retirementAges'],
  load: async () => (await request(RetirementAgeListDocument)).retirementAges,
  columns: [{ source: 'positionKind', render: kindAndLevel }, { source: 'age', numeric: true }, legal()],
  editRoles: SUPER_ADMIN,
  readOnlyNote: NATIONAL,
  rowTitle: kindAndLevel,
  fields: () => [{ source: 'age', kind: 'integer', required: true, helperText: 'asn.settings.hints.years' }],
  save: (r, v) => request(RetirementAgeUpdateDocument, { id: r.id, input: { version: r.version, age: Number(v.age) } }),
});

const talentBoxes = defineTable({
  key: 'talentBoxes',
  queryKey: ['reference', 'talentBoxes'],
  load: async () => (await request(TalentBoxListDocument)).talentBoxes,
  columns: [{ source: 'box', numeric: true }, enumCol('performance', 'Expectation'), enumCol('potential', 'PotentialLevel'), { source: 'label' }, { source: 'actions', small: true }, legal()],
  editRoles: SUPER_ADMIN,
  readOnlyNote: NATIONAL,
  rowTitle: (r, t) => `${t('asn.talent.box')} ${r.box} – ${r.label}`,
  fields: () => [
    { source: 'label', kind: 'text', required: true },
    { source: 'actions', kind: 'multiline', required: true },
  ],
  save: (r, v) => request(TalentBoxUpdateDocument, { id: r.id, input: { version: r.version, label: String(v.label), actions: String(v.actions) } }),
});

const talentPerformanceLevels = defineTable({
  key: 'talentPerformanceLevels',
  queryKey: ['reference', 'talentPerformanceLevels'],
  load: async () => (await request(TalentPerformanceLevelListDocument)).talentPerformanceLevels,
  columns: [enumCol('predikat', 'Predikat'), enumCol('performance', 'Expectation'), legal()],
  editRoles: SUPER_ADMIN,
  readOnlyNote: NATIONAL,
  rowTitle: (r, t) => en('Predikat', r.predikat, t),
  fields: () => [{ source: 'performance', kind: 'select', choices: 'Expectation', required: true }],
  save: (r, v) => request(TalentPerformanceLevelUpdateDocument, { id: r.id, input: { version: r.version, performance: v.performance as Expectation } }),
});

const distributionRules = defineTable({
  key: 'distributionRules',
  queryKey: ['reference', 'distributionRules'],
  load: async () => (await request(DistributionRuleListDocument)).distributionRules,
  columns: [
    enumCol('organizationRating', 'OrganizationRatingValue'),
    { source: 'predikats', render: (r, t) => r.predikats.map((p) => en('Predikat', p, t)).join(', ') },
    enumCol('bound', 'DistributionBound'),
    { source: 'value', numeric: true },
    { source: 'description', small: true },
    legal(),
  ],
  editRoles: SUPER_ADMIN,
  readOnlyNote: NATIONAL,
  rowTitle: (r, t) => `${en('OrganizationRatingValue', r.organizationRating, t)} – ${en('DistributionBound', r.bound, t)}`,
  fields: (r) => [{ source: 'value', kind: 'number', required: true, helperText: r.bound === 'AT_LEAST_COUNT' ? 'asn.settings.hints.count' : 'asn.settings.hints.percent' }],
  save: (r, v) => request(DistributionRuleUpdateDocument, { id: r.id, input: { version: r.version, value: Number(v.value) } }),
});

const appointmentRequirements = defineTable({
  key: 'appointmentRequirements',
  queryKey: ['reference', 'appointmentRequirements'],
  load: async () => (await request(AppointmentRequirementListDocument)).appointmentRequirements,
  columns: [
    enumCol('positionKind', 'PositionKind'),
    { source: 'minEducation', render: (r) => r.minEducation?.name ?? '—' },
    { source: 'experienceYears', numeric: true },
    { source: 'experienceKinds', small: true },
    { source: 'priorYears', numeric: true },
    { source: 'priorKinds', small: true },
    { source: 'maxAge', numeric: true },
    { source: 'performanceYears', numeric: true },
    { source: 'pnsOnly' },
    legal(),
  ],
  editRoles: SUPER_ADMIN,
  readOnlyNote: NATIONAL,
  rowTitle: (r, t) => en('PositionKind', r.positionKind, t),
  values: (r) => ({
    minEducationId: r.minEducation?.id ?? null,
    experienceYears: r.experienceYears,
    experienceKinds: r.experienceKinds.join(', '),
    priorYears: r.priorYears,
    priorKinds: r.priorKinds.join(', '),
    maxAge: r.maxAge ?? 0,
    performanceYears: r.performanceYears,
  }),
  fields: () => [
    { source: 'minEducationId', kind: 'select', choices: 'educationLevels' },
    { source: 'experienceYears', kind: 'integer', required: true },
    { source: 'experienceKinds', kind: 'list', helperText: 'asn.settings.hints.kinds' },
    { source: 'priorYears', kind: 'integer', required: true },
    { source: 'priorKinds', kind: 'list', helperText: 'asn.settings.hints.kinds' },
    { source: 'maxAge', kind: 'integer', required: true, helperText: 'asn.settings.hints.max_age' },
    { source: 'performanceYears', kind: 'integer', required: true },
  ],
  save: (r, v) =>
    request(AppointmentRequirementUpdateDocument, {
      id: r.id,
      input: {
        version: r.version,
        // The API cannot remove the minimum education once set; an empty choice keeps it.
        minEducationId: (v.minEducationId as string | null) || undefined,
        experienceYears: num(v.experienceYears),
        experienceKinds: list(v.experienceKinds),
        priorYears: num(v.priorYears),
        priorKinds: list(v.priorKinds),
        maxAge: num(v.maxAge),
        performanceYears: num(v.performanceYears),
      },
    }),
});

const creditPointCoefficients = defineTable({
  key: 'creditPointCoefficients',
  queryKey: ['reference', 'creditPointCoefficients'],
  load: async () => (await request(CreditPointCoefficientListDocument)).creditPointCoefficients,
  columns: [enumCol('functionalLevel', 'FunctionalLevel'), { source: 'coefficient', numeric: true }, legal()],
  editRoles: SUPER_ADMIN,
  readOnlyNote: NATIONAL,
  rowTitle: (r, t) => en('FunctionalLevel', r.functionalLevel, t),
  fields: () => [{ source: 'coefficient', kind: 'number', required: true }],
  save: (r, v) => request(CreditPointCoefficientUpdateDocument, { id: r.id, input: { version: r.version, coefficient: Number(v.coefficient) } }),
});

const creditPointConversions = defineTable({
  key: 'creditPointConversions',
  queryKey: ['reference', 'creditPointConversions'],
  load: async () => (await request(CreditPointConversionListDocument)).creditPointConversions,
  columns: [enumCol('predikat', 'Predikat'), { source: 'percent', numeric: true }, legal()],
  editRoles: SUPER_ADMIN,
  readOnlyNote: NATIONAL,
  rowTitle: (r, t) => en('Predikat', r.predikat, t),
  fields: () => [{ source: 'percent', kind: 'number', required: true, helperText: 'asn.settings.hints.percent_of_coefficient' }],
  save: (r, v) => request(CreditPointConversionUpdateDocument, { id: r.id, input: { version: r.version, percent: Number(v.percent) } }),
});

const creditPointRequirements = defineTable({
  key: 'creditPointRequirements',
  queryKey: ['reference', 'creditPointRequirements'],
  load: async () => (await request(CreditPointRequirementListDocument)).creditPointRequirements,
  columns: [
    enumCol('functionalLevel', 'FunctionalLevel'),
    { source: 'fromRank', render: (r) => `${r.fromRank.code} → ${r.toRank.code}` },
    enumCol('requiresLevel', 'FunctionalLevel'),
    { source: 'requiredPoints', numeric: true },
    legal(),
  ],
  editRoles: SUPER_ADMIN,
  readOnlyNote: NATIONAL,
  rowTitle: (r, t) => `${en('FunctionalLevel', r.functionalLevel, t)} ${r.fromRank.code} → ${r.toRank.code}`,
  fields: () => [{ source: 'requiredPoints', kind: 'number', required: true }],
  save: (r, v) => request(CreditPointRequirementUpdateDocument, { id: r.id, input: { version: r.version, requiredPoints: Number(v.requiredPoints) } }),
});

const competencyLevelDefaults = defineTable({
  key: 'competencyLevelDefaults',
  queryKey: ['reference', 'competencyLevelDefaults'],
  load: async () => (await request(CompetencyLevelDefaultListDocument)).competencyLevelDefaults,
  columns: [{ source: 'positionKind', render: kindAndLevel }, { source: 'requiredLevel', numeric: true }, legal()],
  editRoles: SUPER_ADMIN,
  readOnlyNote: NATIONAL,
  rowTitle: kindAndLevel,
  fields: () => [{ source: 'requiredLevel', kind: 'integer', required: true, helperText: 'asn.settings.hints.level' }],
  save: (r, v) => request(CompetencyLevelDefaultUpdateDocument, { id: r.id, input: { version: r.version, requiredLevel: Number(v.requiredLevel) } }),
});

const educationLevels = defineTable({
  key: 'educationLevels',
  queryKey: ['reference', 'educationLevelTable'],
  load: async () => (await request(EducationLevelTableDocument)).educationLevels,
  columns: [
    { source: 'ordinal', numeric: true },
    { source: 'code' },
    { source: 'name' },
    { source: 'pnsStartingRank', render: (r) => r.pnsStartingRank?.code ?? '—' },
    { source: 'pnsRankCeiling', render: (r) => r.pnsRankCeiling.code },
    { source: 'pppkEntryRank', render: (r) => r.pppkEntryRank?.code ?? '—' },
    legal(),
  ],
  editRoles: SUPER_ADMIN,
  readOnlyNote: NATIONAL,
  rowTitle: (r) => r.name,
  values: (r) => ({
    name: r.name,
    pnsStartingRankId: r.pnsStartingRank?.id ?? null,
    pnsRankCeilingId: r.pnsRankCeiling.id,
    pppkEntryRankId: r.pppkEntryRank?.id ?? null,
    legalBasis: r.legalBasis,
  }),
  fields: () => [
    { source: 'name', kind: 'text', required: true },
    { source: 'pnsStartingRankId', kind: 'select', choices: 'pnsRanks' },
    { source: 'pnsRankCeilingId', kind: 'select', choices: 'pnsRanks', required: true },
    { source: 'pppkEntryRankId', kind: 'select', choices: 'pppkRanks' },
    { source: 'legalBasis', kind: 'multiline', required: true },
  ],
  save: (r, v) =>
    request(EducationLevelUpdateDocument, {
      id: r.id,
      input: {
        version: r.version,
        name: String(v.name),
        pnsStartingRankId: (v.pnsStartingRankId as string) || null,
        pnsRankCeilingId: String(v.pnsRankCeilingId),
        pppkEntryRankId: (v.pppkEntryRankId as string) || null,
        legalBasis: String(v.legalBasis),
      },
    }),
});

/** Target staffing ratios to the population served (workforce planning): per government, its admins edit them. */
const workforceTargetRatios = defineTable({
  key: 'workforceTargetRatios',
  queryKey: ['reference', 'workforceTargetRatios'],
  load: async () => (await request(WorkforceTargetRatioListDocument)).workforceTargetRatios,
  columns: [enumCol('sector', 'Sector'), enumCol('unitKind', 'OrgUnitKind'), { source: 'functionalFamily' }, { source: 'label' }, { source: 'staff', numeric: true }, { source: 'perPopulation', numeric: true }, { source: 'basis', small: true }],
  editRoles: ['SUPER_ADMIN', 'GOV_ADMIN'],
  readOnlyNote: 'asn.settings.read_only_government',
  rowTitle: (r) => r.label,
  fields: () => [
    { source: 'label', kind: 'text', required: true },
    { source: 'staff', kind: 'number', required: true },
    { source: 'perPopulation', kind: 'integer', required: true },
    { source: 'basis', kind: 'multiline', required: true },
  ],
  save: (r, v) =>
    request(WorkforceTargetRatioUpdateDocument, { id: r.id, input: { version: r.version, label: String(v.label ?? ''), staff: Number(v.staff), perPopulation: Number(v.perPopulation), basis: String(v.basis ?? '') } }),
});

const documentTypes = defineTable({
  key: 'documentTypes',
  queryKey: ['reference', 'documentTypes'],
  load: async () => (await request(DocumentTypesDocument)).documentTypes,
  columns: [
    { source: 'code' },
    { source: 'name' },
    { source: 'nameEn' },
    { source: 'maxBytes', numeric: true },
    { source: 'mimes', render: (r) => r.mimes.join(', ') },
    { source: 'ownerKinds', small: true, render: (r, t) => r.ownerKinds.map((k) => t(`asn.documents.owner.${k}`)).join(', ') },
    { source: 'personal', render: (r, t) => t(r.personal ? 'ra.boolean.true' : 'ra.boolean.false') },
  ],
  editRoles: SUPER_ADMIN,
  readOnlyNote: NATIONAL,
  rowTitle: (r) => r.name,
  fields: () => [
    { source: 'name', kind: 'text', required: true },
    { source: 'nameEn', kind: 'text', required: true },
    { source: 'maxBytes', kind: 'integer', required: true, helperText: 'asn.settings.hints.bytes' },
  ],
  save: (r, v) => request(DocumentTypeUpdateDocument, { id: r.id, input: { version: r.version, name: String(v.name), nameEn: String(v.nameEn), maxBytes: Number(v.maxBytes) } }),
});

/** The reference tables, in the order of the page's tabs (after the settings). */
export const REFERENCE_TABLES: TableSpec[] = [
  jpmCategories,
  competencyLevelDefaults,
  distributionRules,
  creditPointConversions,
  creditPointCoefficients,
  creditPointRequirements,
  talentBoxes,
  talentPerformanceLevels,
  appointmentRequirements,
  retirementAges,
  educationLevels,
  ikmGrades,
  workforceTargetRatios,
  documentTypes,
];

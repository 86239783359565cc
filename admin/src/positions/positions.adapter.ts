import { changes, cleanFilter, pick, sortOf, type ListParams, type ResourceAdapter } from '../dataProvider/adapter';
import { request } from '../dataProvider/client';
import {
  PositionCreateDocument,
  PositionDeleteDocument,
  PositionGetDocument,
  PositionListDocument,
  PositionUpdateDocument,
  type CreatePositionInput,
  type PositionFilter,
  type PositionSortField,
  type UpdatePositionInput,
} from '../gql/graphql';

const SORT: Record<string, PositionSortField> = {
  title: 'TITLE',
  code: 'CODE',
  kind: 'KIND',
  grade: 'GRADE',
  plannedHeadcount: 'PLANNED_HEADCOUNT',
  createdAt: 'CREATED_AT',
};

const FIELDS = ['unitId', 'parentId', 'code', 'title', 'kind', 'functionalLevel', 'functionalFamily', 'grade', 'plannedHeadcount', 'minEducationId', 'minRankId', 'active'] as const;

type WithRefs = { unit?: { id: string } | null; parent?: { id: string } | null; minEducation?: { id: string } | null; minRank?: { id: string } | null };
const withIds = <T extends WithRefs>(p: T) => ({
  ...p,
  unitId: p.unit?.id ?? null,
  parentId: p.parent?.id ?? null,
  minEducationId: p.minEducation?.id ?? null,
  minRankId: p.minRank?.id ?? null,
});

function toFilter(raw: Record<string, unknown>): PositionFilter {
  const { kind, functionalLevel, gradeMin, gradeMax, ...rest } = cleanFilter(raw);
  const f = rest as PositionFilter;
  if (kind) f.kinds = [kind] as PositionFilter['kinds'];
  if (functionalLevel) f.functionalLevels = [functionalLevel] as PositionFilter['functionalLevels'];
  if (gradeMin != null || gradeMax != null) f.grade = { min: gradeMin as number | undefined, max: gradeMax as number | undefined };
  return f;
}

const variables = ({ sort, filter }: ListParams) => ({ sort: sortOf(sort, SORT) as never, filter: toFilter(filter) });

export const adapter: ResourceAdapter = {
  exportVariables: variables,
  async list({ limit, offset, ...params }) {
    const data = await request(PositionListDocument, { limit, offset, ...variables(params) });
    return { data: data.positions.items.map(withIds), total: data.positions.total };
  },
  async one(id) {
    return withIds((await request(PositionGetDocument, { id })).position);
  },
  async create(data) {
    return withIds((await request(PositionCreateDocument, { input: pick(data, FIELDS) as unknown as CreatePositionInput })).createPosition);
  },
  async update(id, data, previous) {
    return withIds((await request(PositionUpdateDocument, { id, input: changes(data, previous, FIELDS) as unknown as UpdatePositionInput })).updatePosition);
  },
  async remove(id, previous) {
    await request(PositionDeleteDocument, { id, version: previous.version as number });
  },
};

// The dictionary is small (tens of entries) and the API returns it whole: the panel filters by
// ids, sorts and pages it here.
import { changes, cleanFilter, pick, type ResourceAdapter } from '../dataProvider/adapter';
import { HttpError } from 'react-admin';
import { request } from '../dataProvider/client';
import {
  CompetencyCreateDocument,
  CompetencyDictionaryDocument,
  CompetencyUpdateDocument,
  type CompetencyFilter,
  type CompetencyItemFragment,
  type CreateCompetencyInput,
  type UpdateCompetencyInput,
} from '../gql/graphql';

const CREATE_FIELDS = ['governmentId', 'code', 'name', 'description', 'levelDescriptions', 'legalBasis'] as const;
const UPDATE_FIELDS = ['name', 'description', 'levelDescriptions', 'legalBasis'] as const;
const KIND_ORDER = { MANAGERIAL: 0, SOCIOCULTURAL: 1, TECHNICAL: 2 } as const;

const withIds = (c: CompetencyItemFragment) => ({ ...c, governmentId: c.government?.id ?? null });

async function load(filter: CompetencyFilter = {}) {
  return (await request(CompetencyDictionaryDocument, { filter })).competencies.map(withIds);
}

function compare(field: string, order: 'ASC' | 'DESC') {
  const sign = order === 'DESC' ? -1 : 1;
  return (a: Record<string, unknown>, b: Record<string, unknown>) => {
    const x = field === 'kind' ? KIND_ORDER[a.kind as keyof typeof KIND_ORDER] : String(a[field] ?? '');
    const y = field === 'kind' ? KIND_ORDER[b.kind as keyof typeof KIND_ORDER] : String(b[field] ?? '');
    const byField = x < y ? -1 : x > y ? 1 : 0;
    return byField * sign || String(a.code).localeCompare(String(b.code), undefined, { numeric: true });
  };
}

export const adapter: ResourceAdapter = {
  async list({ limit, offset, sort, filter }) {
    const { ids, kind, q, governmentId } = cleanFilter(filter) as { ids?: string[]; kind?: CompetencyFilter['kind']; q?: string; governmentId?: string };
    let rows = await load({ kind, q, governmentId });
    if (ids) rows = rows.filter((r) => ids.includes(r.id));
    const s = sort?.[0] ?? { field: 'code', order: 'ASC' as const };
    rows.sort(compare(s.field, s.order));
    return { data: rows.slice(offset, offset + limit), total: rows.length };
  },
  async one(id) {
    const row = (await load()).find((c) => c.id === id);
    if (!row) throw new HttpError('ra.notification.item_doesnt_exist', 404);
    return row;
  },
  async create(data) {
    return withIds((await request(CompetencyCreateDocument, { input: pick(data, CREATE_FIELDS) as unknown as CreateCompetencyInput })).createCompetency);
  },
  async update(id, data, previous) {
    return withIds((await request(CompetencyUpdateDocument, { id, input: changes(data, previous, UPDATE_FIELDS) as unknown as UpdateCompetencyInput })).updateCompetency);
  },
};

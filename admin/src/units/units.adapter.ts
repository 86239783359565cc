import { changes, cleanFilter, pick, sortOf, type ListParams, type ResourceAdapter } from '../dataProvider/adapter';
import { request } from '../dataProvider/client';
import {
  OrgUnitCreateDocument,
  OrgUnitDeleteDocument,
  OrgUnitGetDocument,
  OrgUnitListDocument,
  OrgUnitUpdateDocument,
  type CreateOrgUnitInput,
  type OrgUnitFilter,
  type OrgUnitSortField,
  type UpdateOrgUnitInput,
} from '../gql/graphql';

const SORT: Record<string, OrgUnitSortField> = {
  name: 'NAME',
  code: 'CODE',
  kind: 'KIND',
  sector: 'SECTOR',
  depth: 'DEPTH',
  populationServed: 'POPULATION_SERVED',
  createdAt: 'CREATED_AT',
};

const FIELDS = ['parentId', 'code', 'name', 'kind', 'sector', 'populationServed', 'address', 'active'] as const;

// Reference inputs edit `parentId`; the API returns `parent { id }`.
const withIds = <T extends { parent?: { id: string } | null }>(u: T) => ({ ...u, parentId: u.parent?.id ?? null });

function toFilter(raw: Record<string, unknown>): OrgUnitFilter {
  const { kind, sector, ...rest } = cleanFilter(raw);
  const f = rest as OrgUnitFilter;
  if (kind) f.kinds = [kind] as OrgUnitFilter['kinds'];
  if (sector) f.sectors = [sector] as OrgUnitFilter['sectors'];
  return f;
}

const variables = ({ sort, filter }: ListParams) => ({ sort: sortOf(sort, SORT) as never, filter: toFilter(filter) });

export const adapter: ResourceAdapter = {
  exportVariables: variables,
  async list({ limit, offset, ...params }) {
    const data = await request(OrgUnitListDocument, { limit, offset, ...variables(params) });
    return { data: data.orgUnits.items.map(withIds), total: data.orgUnits.total };
  },
  async one(id) {
    return withIds((await request(OrgUnitGetDocument, { id })).orgUnit);
  },
  async create(data) {
    return withIds((await request(OrgUnitCreateDocument, { input: pick(data, FIELDS) as unknown as CreateOrgUnitInput })).createOrgUnit);
  },
  async update(id, data, previous) {
    return withIds((await request(OrgUnitUpdateDocument, { id, input: changes(data, previous, FIELDS) as unknown as UpdateOrgUnitInput })).updateOrgUnit);
  },
  async remove(id, previous) {
    await request(OrgUnitDeleteDocument, { id, version: previous.version as number });
  },
};

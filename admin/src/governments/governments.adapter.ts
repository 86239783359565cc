import { changes, cleanFilter, pick, sortOf, type ListParams, type ResourceAdapter } from '../dataProvider/adapter';
import { request } from '../dataProvider/client';
import {
  GovernmentCreateDocument,
  GovernmentDeleteDocument,
  GovernmentGetDocument,
  GovernmentListDocument,
  GovernmentUpdateDocument,
  type CreateGovernmentInput,
  type GovernmentFilter,
  type GovernmentSortField,
  type UpdateGovernmentInput,
} from '../gql/graphql';

const SORT: Record<string, GovernmentSortField> = { code: 'CODE', name: 'NAME', createdAt: 'CREATED_AT' };
const FIELDS = ['code', 'name', 'kind', 'province'] as const;

const variables = ({ sort, filter }: ListParams) => ({ sort: sortOf(sort, SORT) as never, filter: cleanFilter(filter) as GovernmentFilter });

export const adapter: ResourceAdapter = {
  exportVariables: variables,
  async list({ limit, offset, ...params }) {
    const data = await request(GovernmentListDocument, { limit, offset, ...variables(params) });
    return { data: data.governments.items, total: data.governments.total };
  },
  async one(id) {
    return (await request(GovernmentGetDocument, { id })).government;
  },
  async create(data) {
    return (await request(GovernmentCreateDocument, { input: pick(data, FIELDS) as unknown as CreateGovernmentInput })).createGovernment;
  },
  async update(id, data, previous) {
    return (await request(GovernmentUpdateDocument, { id, input: changes(data, previous, FIELDS) as unknown as UpdateGovernmentInput })).updateGovernment;
  },
  async remove(id, previous) {
    await request(GovernmentDeleteDocument, { id, version: previous.version as number });
  },
};

import { changes, cleanFilter, pick, sortOf, type ListParams, type ResourceAdapter } from '../dataProvider/adapter';
import { request } from '../dataProvider/client';
import {
  ServiceCreateDocument,
  ServiceGetDocument,
  ServiceListDocument,
  ServiceUpdateDocument,
  type CreatePublicServiceInput,
  type PublicServiceFilter,
  type PublicServiceSortField,
  type UpdatePublicServiceInput,
} from '../gql/graphql';

const SORT: Record<string, PublicServiceSortField> = { name: 'NAME', createdAt: 'CREATED_AT' };

const CREATE = ['unitId', 'name', 'description'] as const;
const UPDATE = ['name', 'description', 'active'] as const;

const withIds = <T extends { unit: { id: string } }>(s: T) => ({ ...s, unitId: s.unit.id });

const variables = ({ sort, filter }: ListParams) => ({ sort: sortOf(sort, SORT) as never, filter: cleanFilter(filter) as PublicServiceFilter });

export const adapter: ResourceAdapter = {
  exportVariables: variables,
  async list({ limit, offset, ...params }) {
    const data = await request(ServiceListDocument, { limit, offset, ...variables(params) });
    return { data: data.publicServices.items.map(withIds), total: data.publicServices.total };
  },
  async one(id) {
    return withIds((await request(ServiceGetDocument, { id })).publicService);
  },
  async create(data) {
    return withIds((await request(ServiceCreateDocument, { input: pick(data, CREATE) as unknown as CreatePublicServiceInput })).createPublicService);
  },
  async update(id, data, previous) {
    return withIds((await request(ServiceUpdateDocument, { id, input: changes(data, previous, UPDATE) as unknown as UpdatePublicServiceInput })).updatePublicService);
  },
};

import { changes, cleanFilter, pick, sortOf, type ListParams, type ResourceAdapter } from '../dataProvider/adapter';
import { request } from '../dataProvider/client';
import {
  UserCreateDocument,
  UserGetDocument,
  UserListDocument,
  UserUpdateDocument,
  type CreateUserInput,
  type UpdateUserInput,
  type UserFilter,
  type UserItemFragment,
  type UserSortField,
} from '../gql/graphql';

const SORT: Record<string, UserSortField> = {
  email: 'EMAIL',
  displayName: 'DISPLAY_NAME',
  role: 'ROLE',
  active: 'ACTIVE',
  lastLoginAt: 'LAST_LOGIN_AT',
  createdAt: 'CREATED_AT',
};

const CREATE_FIELDS = ['email', 'displayName', 'password', 'role', 'governmentId', 'unitId', 'employeeId'] as const;
const UPDATE_FIELDS = ['displayName', 'password', 'role', 'active', 'governmentId', 'unitId', 'employeeId'] as const;

// Reference inputs edit the ids; the API returns the related records.
const withIds = (u: UserItemFragment) => ({ ...u, governmentId: u.government?.id ?? null, unitId: u.unit?.id ?? null, employeeId: u.employee?.id ?? null });

function toFilter(raw: Record<string, unknown>): UserFilter {
  const { role, ...rest } = cleanFilter(raw);
  const f = rest as UserFilter;
  if (role) f.roles = [role] as UserFilter['roles'];
  return f;
}

const variables = ({ sort, filter }: ListParams) => ({ sort: sortOf(sort, SORT) as never, filter: toFilter(filter) });

export const adapter: ResourceAdapter = {
  exportVariables: variables,
  async list({ limit, offset, ...params }) {
    const data = await request(UserListDocument, { limit, offset, ...variables(params) });
    return { data: data.users.items.map(withIds), total: data.users.total };
  },
  async one(id) {
    return withIds((await request(UserGetDocument, { id })).user);
  },
  async create(data) {
    return withIds((await request(UserCreateDocument, { input: pick(data, CREATE_FIELDS) as unknown as CreateUserInput })).createUser);
  },
  async update(id, data, previous) {
    const input = changes(data, previous, UPDATE_FIELDS) as unknown as UpdateUserInput;
    // A blank password field means "keep the current one".
    if (!input.password) delete input.password;
    return withIds((await request(UserUpdateDocument, { id, input })).updateUser);
  },
};

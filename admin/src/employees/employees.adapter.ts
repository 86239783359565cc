import { changes, cleanFilter, pick, sortOf, type ListParams, type ResourceAdapter } from '../dataProvider/adapter';
import { request } from '../dataProvider/client';
import {
  EmployeeCreateDocument,
  EmployeeDeleteDocument,
  EmployeeGetDocument,
  EmployeeListDocument,
  EmployeeUpdateDocument,
  type CreateEmployeeInput,
  type EmployeeFilter,
  type EmployeeSortField,
  type UpdateEmployeeInput,
} from '../gql/graphql';

const SORT: Record<string, EmployeeSortField> = {
  fullName: 'FULL_NAME',
  displayName: 'FULL_NAME',
  nip: 'NIP',
  birthDate: 'BIRTH_DATE',
  age: 'BIRTH_DATE',
  tmtCpns: 'TMT_CPNS',
  'currentRank.rank.code': 'RANK',
  status: 'STATUS',
  createdAt: 'CREATED_AT',
  updatedAt: 'UPDATED_AT',
};

export const EMPLOYEE_FIELDS = [
  'nip', 'legacyNip', 'asnType', 'frontTitle', 'fullName', 'backTitle', 'sex', 'birthPlace', 'birthDate', 'nik', 'phone', 'email', 'address',
  'status', 'tmtCpns', 'tmtPns', 'contractStartDate', 'contractEndDate',
] as const;

/** Panel filter form -> API filter. */
function toFilter(raw: Record<string, unknown>): EmployeeFilter {
  const { ageMin, ageMax, birthFrom, birthTo, asnType, status, positionKind, rankId, ...rest } = cleanFilter(raw);
  const f: EmployeeFilter = rest as EmployeeFilter;
  if (ageMin != null || ageMax != null) f.age = { min: ageMin as number | undefined, max: ageMax as number | undefined };
  if (birthFrom || birthTo) f.birthDate = { from: birthFrom as string | undefined, to: birthTo as string | undefined };
  if (asnType) f.asnTypes = [asnType] as EmployeeFilter['asnTypes'];
  if (status) f.statuses = [status] as EmployeeFilter['statuses'];
  if (positionKind) f.positionKinds = [positionKind] as EmployeeFilter['positionKinds'];
  if (rankId) f.rankIds = [rankId as string];
  return f;
}

const variables = ({ sort, filter }: ListParams) => ({ sort: sortOf(sort, SORT) as never, filter: toFilter(filter) });

export const adapter: ResourceAdapter = {
  exportVariables: variables,
  async list({ limit, offset, ...params }) {
    const data = await request(EmployeeListDocument, { limit, offset, ...variables(params) });
    return { data: data.employees.items, total: data.employees.total };
  },
  async one(id) {
    return (await request(EmployeeGetDocument, { id })).employee;
  },
  async create(data) {
    const input = pick(data, EMPLOYEE_FIELDS) as unknown as CreateEmployeeInput;
    const rank = data.initialRank as { rankId?: string; tmt?: string } | undefined;
    if (rank?.rankId && rank.tmt) input.initialRank = { rankId: rank.rankId, tmt: rank.tmt };
    const placement = data.initialPlacement as { positionId?: string; startDate?: string } | undefined;
    if (placement?.positionId && placement.startDate) input.initialPlacement = { positionId: placement.positionId, startDate: placement.startDate };
    return (await request(EmployeeCreateDocument, { input })).createEmployee;
  },
  async update(id, data, previous) {
    const input = changes(data, previous, EMPLOYEE_FIELDS) as unknown as UpdateEmployeeInput;
    return (await request(EmployeeUpdateDocument, { id, input })).updateEmployee;
  },
  async remove(id, previous) {
    await request(EmployeeDeleteDocument, { id, version: previous.version as number });
  },
};

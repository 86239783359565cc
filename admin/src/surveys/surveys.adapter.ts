import { changes, cleanFilter, pick, sortOf, type ListParams, type ResourceAdapter } from '../dataProvider/adapter';
import { request } from '../dataProvider/client';
import {
  SurveyCreateDocument,
  SurveyGetDocument,
  SurveyListDocument,
  SurveyUpdateDocument,
  type CreateSurveyInput,
  type SurveyFilter,
  type SurveySortField,
  type UpdateSurveyInput,
} from '../gql/graphql';

const SORT: Record<string, SurveySortField> = {
  title: 'TITLE',
  periodStart: 'PERIOD_START',
  status: 'STATUS',
  population: 'POPULATION',
  createdAt: 'CREATED_AT',
};

const CREATE = ['unitId', 'serviceId', 'title', 'periodStart', 'periodEnd', 'population', 'status'] as const;
const UPDATE = ['title', 'periodStart', 'periodEnd', 'population', 'status'] as const;

// Reference inputs edit `unitId` / `serviceId`; the API returns `unit { id }` / `service { id }`.
const withIds = <T extends { unit: { id: string }; service: { id: string } | null }>(s: T) => ({ ...s, unitId: s.unit.id, serviceId: s.service?.id ?? null });

function toFilter(raw: Record<string, unknown>): SurveyFilter {
  const { status, year, ...rest } = cleanFilter(raw);
  const f = rest as SurveyFilter;
  if (status) f.statuses = [status] as SurveyFilter['statuses'];
  if (year) f.period = { from: `${year}-01-01`, to: `${year}-12-31` };
  return f;
}

const variables = ({ sort, filter }: ListParams) => ({ sort: sortOf(sort, SORT) as never, filter: toFilter(filter) });

export const adapter: ResourceAdapter = {
  exportVariables: variables,
  async list({ limit, offset, ...params }) {
    const data = await request(SurveyListDocument, { limit, offset, ...variables(params) });
    return { data: data.surveys.items.map(withIds), total: data.surveys.total };
  },
  async one(id) {
    return withIds((await request(SurveyGetDocument, { id })).survey);
  },
  async create(data) {
    return withIds((await request(SurveyCreateDocument, { input: pick(data, CREATE) as unknown as CreateSurveyInput })).createSurvey);
  },
  async update(id, data, previous) {
    return withIds((await request(SurveyUpdateDocument, { id, input: changes(data, previous, UPDATE) as unknown as UpdateSurveyInput })).updateSurvey);
  },
};

// react-admin's data provider over the API's typed documents. Each resource's adapter is loaded
// on first use, so the first page does not carry every resource's code.
import type { DataProvider, RaRecord } from 'react-admin';
import type { ListParams, ResourceAdapter } from './adapter';
import { currentLocale } from './client';

const adapters: Record<string, () => Promise<{ adapter: ResourceAdapter }>> = {
  employees: () => import('../employees/employees.adapter'),
  governments: () => import('../governments/governments.adapter'),
  units: () => import('../units/units.adapter'),
  positions: () => import('../positions/positions.adapter'),
  assessments: () => import('../assessments/assessments.adapter'),
  evaluations: () => import('../evaluations/evaluations.adapter'),
  services: () => import('../services/services.adapter'),
  surveys: () => import('../surveys/surveys.adapter'),
  feedback: () => import('../feedback/feedback.adapter'),
  users: () => import('../users/users.adapter'),
  audit: () => import('../audit/audit.adapter'),
  competencies: () => import('../competencies/competencies.adapter'),
  documents: () => import('../documents/documents.adapter'),
  // Paginated reports, read through ListBase (list only).
  duk: () => import('../duk/duk.adapter'),
  talentBoxMembers: () => import('../talent/talent.adapter'),
  positionCandidates: () => import('../positions/candidates.adapter'),
  workforcePlan: () => import('../workforce/plan.adapter'),
};

/**
 * Downloads a whole list (every page, not only what the browser loaded) as CSV from the server,
 * with the list's current filter and sort. False when the resource has no server export.
 */
export async function exportList(resource: string, params: ListParams): Promise<boolean> {
  const a = await adapterFor(resource);
  if (!a.exportVariables) return false;
  const variables = encodeURIComponent(JSON.stringify(a.exportVariables(params)));
  const { downloadExport } = await import('../common/download');
  await downloadExport(`/export/list/${resource}.csv?variables=${variables}`, currentLocale(), `${resource}.csv`);
  return true;
}

async function adapterFor(resource: string): Promise<ResourceAdapter> {
  const load = adapters[resource];
  if (!load) throw new Error(`Unknown resource ${resource}`);
  return (await load()).adapter;
}

function unsupported(resource: string, op: string): never {
  throw new Error(`${resource} does not support ${op}`);
}

function one(a: ResourceAdapter, resource: string, id: RaRecord['id']): Promise<RaRecord> {
  return a.one ? a.one(String(id)) : unsupported(resource, 'getOne');
}

export const dataProvider: DataProvider = {
  async getList(resource, params) {
    const a = await adapterFor(resource);
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    const sort = params.sort?.field ? [{ field: params.sort.field, order: params.sort.order === 'DESC' ? 'DESC' as const : 'ASC' as const }] : undefined;
    return a.list({ limit: perPage, offset: (page - 1) * perPage, sort, filter: params.filter ?? {} }) as never;
  },
  async getOne(resource, params) {
    return { data: (await one(await adapterFor(resource), resource, params.id)) as never };
  },
  async getMany(resource, params) {
    const a = await adapterFor(resource);
    const ids = params.ids.map(String);
    const { data } = await a.list({ limit: Math.max(ids.length, 1), offset: 0, filter: { ids } });
    return { data: data as never };
  },
  async getManyReference(resource, params) {
    const a = await adapterFor(resource);
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    const sort = params.sort?.field ? [{ field: params.sort.field, order: params.sort.order === 'DESC' ? 'DESC' as const : 'ASC' as const }] : undefined;
    return a.list({ limit: perPage, offset: (page - 1) * perPage, sort, filter: { ...params.filter, [params.target]: params.id } }) as never;
  },
  async create(resource, params) {
    const a = await adapterFor(resource);
    if (!a.create) unsupported(resource, 'create');
    return { data: (await a.create(params.data)) as never };
  },
  async update(resource, params) {
    const a = await adapterFor(resource);
    if (!a.update) unsupported(resource, 'update');
    return { data: (await a.update(String(params.id), params.data, params.previousData)) as never };
  },
  async updateMany(resource, params) {
    const a = await adapterFor(resource);
    if (!a.update) unsupported(resource, 'update');
    const done: RaRecord['id'][] = [];
    for (const id of params.ids) {
      const previous = await one(a, resource, id);
      await a.update(String(id), { ...previous, ...params.data }, previous);
      done.push(id);
    }
    return { data: done as never };
  },
  async delete(resource, params) {
    const a = await adapterFor(resource);
    if (!a.remove) unsupported(resource, 'delete');
    await a.remove(String(params.id), params.previousData ?? (await one(a, resource, params.id)));
    return { data: params.previousData as never };
  },
  async deleteMany(resource, params) {
    const a = await adapterFor(resource);
    if (!a.remove) unsupported(resource, 'delete');
    for (const id of params.ids) await a.remove(String(id), await one(a, resource, id));
    return { data: params.ids as never };
  },
};

// The five-year plan as a read-only list resource: the filter holds the plan's arguments, each row
// is a position (or a scenario unit's position); totals, sectors and the export path travel in `meta`.
import type { ResourceAdapter } from '../dataProvider/adapter';
import { request } from '../dataProvider/client';
import { WorkforcePlanListDocument, type PlanScenarioInput, type WorkforcePlanListQuery } from '../gql/graphql';

export type PlanEntry = WorkforcePlanListQuery['workforcePlan']['rows']['items'][number] & { id: string };

export type PlanFilter = {
  unitId: string | null;
  governmentId: string | null;
  fromYear: number | null;
  scenario: PlanScenarioInput | null;
};

export type PlanMeta = Omit<WorkforcePlanListQuery['workforcePlan'], 'rows'>;

export const adapter: ResourceAdapter = {
  async list({ limit, offset, filter }) {
    const { unitId = null, governmentId = null, fromYear = null, scenario = null } = filter as Partial<PlanFilter>;
    const { workforcePlan } = await request(WorkforcePlanListDocument, { unitId, governmentId, fromYear, scenario, limit, offset });
    const { rows, ...meta } = workforcePlan;
    return { data: rows.items.map((r) => ({ ...r, id: r.key })), total: rows.total, meta };
  },
};

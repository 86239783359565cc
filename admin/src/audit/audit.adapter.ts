import { cleanFilter, type ListParams, type ResourceAdapter } from '../dataProvider/adapter';
import { request } from '../dataProvider/client';
import { AuditGetDocument, AuditListDocument, type AuditFilter } from '../gql/graphql';
import { dayEnd, dayStart } from './dates';

// Read-only: the trail is written by the server with each change, never by hand.
function toFilter(raw: Record<string, unknown>): AuditFilter {
  const { action, from, to, ...rest } = cleanFilter(raw);
  const f = rest as AuditFilter;
  if (action) f.actions = [action] as AuditFilter['actions'];
  if (typeof from === 'string') f.from = dayStart(from);
  if (typeof to === 'string') f.to = dayEnd(to);
  return f;
}

// Always newest first (the API's one order).
const variables = ({ filter }: ListParams) => ({ filter: toFilter(filter) });

export const adapter: ResourceAdapter = {
  exportVariables: variables,
  async list({ limit, offset, ...params }) {
    const data = await request(AuditListDocument, { limit, offset, ...variables(params) });
    return { data: data.auditEntries.items, total: data.auditEntries.total };
  },
  async one(id) {
    return (await request(AuditGetDocument, { id })).auditEntry;
  },
};

import { cleanFilter, sortOf, type ListParams, type ResourceAdapter } from '../dataProvider/adapter';
import { request } from '../dataProvider/client';
import { FeedbackGetDocument, FeedbackListDocument, FeedbackTransitionDocument, type FeedbackFilter, type FeedbackSortField, type FeedbackStatus } from '../gql/graphql';

const SORT: Record<string, FeedbackSortField> = { receivedAt: 'RECEIVED_AT', status: 'STATUS', category: 'CATEGORY' };

function toFilter(raw: Record<string, unknown>): FeedbackFilter {
  const { status, category, ...rest } = cleanFilter(raw);
  const f = rest as FeedbackFilter;
  if (status) f.statuses = [status] as FeedbackFilter['statuses'];
  if (category) f.categories = [category] as FeedbackFilter['categories'];
  // The toggle filters for overdue feedback; switched off it means "all", not "on time only".
  if (f.overdue !== true) delete f.overdue;
  return f;
}

const variables = ({ sort, filter }: ListParams) => ({ sort: sortOf(sort, SORT) as never, filter: toFilter(filter) });

export const adapter: ResourceAdapter = {
  exportVariables: variables,
  async list({ limit, offset, ...params }) {
    const data = await request(FeedbackListDocument, { limit, offset, ...variables(params) });
    return { data: data.feedbacks.items, total: data.feedbacks.total };
  },
  async one(id) {
    return (await request(FeedbackGetDocument, { id })).feedback;
  },
  // Editing feedback is moving it one step through the workflow (with the answer when closing it).
  async update(id, data, previous) {
    const answer = typeof data.answer === 'string' && data.answer.trim() && data.answer !== previous.answer ? data.answer.trim() : undefined;
    const input = { version: previous.version as number, status: data.status as FeedbackStatus, answer };
    return (await request(FeedbackTransitionDocument, { id, input })).transitionFeedback;
  },
};

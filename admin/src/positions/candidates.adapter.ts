// A position's ranked candidates (ASN-RULES §8) as a read-only list resource: the list's filter
// holds the query's arguments; each row is one employee with their place in the ranking, and how
// the ranking is made (weights, formula, legal basis) and the totals travel in `meta`.
import type { ResourceAdapter } from '../dataProvider/adapter';
import { request } from '../dataProvider/client';
import { PositionCandidatesDocument, type PositionCandidatesQuery } from '../gql/graphql';

type Answer = PositionCandidatesQuery['positionCandidates'];

export type Candidate = Answer['items'][number] & { id: string; /** 1 for the highest score. */ rank: number };

/** What the tab passes as the list's filter. */
export type CandidatesFilter = {
  positionId: string;
  qualified: boolean;
  talentPoolOnly: boolean;
  unitId: string | null;
  /** YYYY-MM-DD; null: today on the server. */
  asOf: string | null;
};

export type CandidatesMeta = Omit<Answer, 'items' | 'total'>;

export const adapter: ResourceAdapter = {
  async list({ limit, offset, filter }) {
    const { positionId, qualified, talentPoolOnly, unitId = null, asOf = null } = filter as CandidatesFilter;
    const { positionCandidates } = await request(PositionCandidatesDocument, { positionId, qualified, talentPoolOnly, unitId, asOf, limit, offset });
    const { items, total, ...meta } = positionCandidates;
    const data: Candidate[] = items.map((c, i) => ({ ...c, id: c.employee.id, rank: offset + i + 1 }));
    return { data, total, meta };
  },
};

// The employees of one 9-box as a read-only list resource: the list's filter holds the box and
// the report's scope and year.
import type { ResourceAdapter } from '../dataProvider/adapter';
import { request } from '../dataProvider/client';
import { TalentBoxPageDocument } from '../gql/graphql';

/** What the page passes as the list's filter. */
export type TalentMembersFilter = {
  box: number;
  unitId: string | null;
  governmentId: string | null;
  year: number;
};

export const adapter: ResourceAdapter = {
  async list({ limit, offset, filter }) {
    const { box, unitId = null, governmentId = null, year } = filter as TalentMembersFilter;
    const { talentBoxMembers } = await request(TalentBoxPageDocument, { boxes: [box], unitId, governmentId, year, limit, offset });
    return { data: talentBoxMembers.items, total: talentBoxMembers.total };
  },
};

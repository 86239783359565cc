// The DUK as a read-only list resource: the list's filter holds the report's arguments, each row
// is one PNS (keyed by the employee), and the date and CSV link of the answer travel in `meta`.
import type { ResourceAdapter } from '../dataProvider/adapter';
import { request } from '../dataProvider/client';
import { DukListDocument, type DukListQuery } from '../gql/graphql';

export type DukEntry = DukListQuery['duk']['items'][number] & { id: string };

/** What the page passes as the list's filter. */
export type DukFilter = {
  unitId: string | null;
  governmentId: string | null;
  /** YYYY-MM-DD; null: today on the server. */
  asOf: string | null;
};

export type DukMeta = {
  asOf: string;
  /** The whole list as CSV (streamed by the server). */
  csvPath: string;
};

export const adapter: ResourceAdapter = {
  async list({ limit, offset, filter }) {
    const { unitId = null, governmentId = null, asOf = null } = filter as Partial<DukFilter>;
    const { duk } = await request(DukListDocument, { unitId, governmentId, asOf, limit, offset });
    const meta: DukMeta = { asOf: duk.asOf, csvPath: duk.csvPath };
    return { data: duk.items.map((e) => ({ ...e, id: e.employee.id })), total: duk.total, meta };
  },
};

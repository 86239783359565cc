// Documents as a read-only list resource (an employee's attachments, or the viewer's own).
import type { ResourceAdapter } from '../dataProvider/adapter';
import { request } from '../dataProvider/client';
import { DocumentListDocument, type DocumentEntryFragment, type DocumentFilter } from '../gql/graphql';

export type DocumentEntry = DocumentEntryFragment;

export const adapter: ResourceAdapter = {
  async list({ limit, offset, filter }) {
    const { documents } = await request(DocumentListDocument, { filter: filter as DocumentFilter, limit, offset });
    return { data: documents.items, total: documents.total };
  },
};

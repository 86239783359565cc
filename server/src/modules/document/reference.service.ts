// The document module's national reference table: document types, registered once, read and changed here.
import type { Context } from '../../context.ts';
import { referenceTable, updateReference } from '../../shared/reference.ts';
import { DocumentType } from './document.entity.ts';
import type { UpdateDocumentTypeInput } from './document.inputs.ts';

export const DOCUMENT_TYPES = referenceTable({ name: 'DocumentType', module: 'document', query: 'documentTypes', entity: DocumentType });

export class DocumentReferenceService {
  constructor(private readonly ctx: Context) {}

  documentTypes() {
    return this.ctx.em.createQueryBuilder(DocumentType).select('*').orderBy({ sortOrder: 'asc', code: 'asc' }).execute<DocumentType[]>('all', true);
  }

  updateDocumentType(id: string, input: UpdateDocumentTypeInput) {
    return updateReference(this.ctx, DOCUMENT_TYPES, id, input.version, (row) => {
      if (input.name !== undefined) row.name = input.name.trim();
      if (input.nameEn !== undefined) row.nameEn = input.nameEn.trim();
      if (input.maxBytes !== undefined) row.maxBytes = input.maxBytes;
      if (input.mimes !== undefined) row.mimes = [...new Set(input.mimes)];
      if (input.ownerKinds !== undefined) row.ownerKinds = [...new Set(input.ownerKinds)];
      if (input.personal !== undefined) row.personal = input.personal;
    });
  }
}

export { Document, DocumentType } from './document.entity.ts';
export { DocumentMime, DocumentOwnerKind } from './document.enums.ts';
export { DocumentErrors } from './document.errors.ts';
export { DocumentService, type DocumentRow } from './document.service.ts';
export { fileStoreOf, DiskStore, S3Store, type FileStore } from './document.store.ts';
export { mountDocumentRoutes } from './document.http.ts';
export { startOrphanSweep, sweepOrphans } from './document.sweep.ts';
import { DocumentResolver } from './document.resolver.ts';

export const documentResolvers = [DocumentResolver] as const;

// Documents: who may see and attach them (through the record's employee), the list, signed download
// links, deletion, and the one transaction that turns a checked temp file into a stored document.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { viewerOf } from '../../shared/resolve.ts';
import { CommonErrors, NotFoundError } from '../../shared/errors.ts';
import { countOf, type Page } from '../../shared/list.ts';
import { checkVersion } from '../../shared/resolve.ts';
import { query, sql, where, type Sql } from '../../shared/sql.ts';
import { EmployeeService, employeeScope } from '../employee/index.ts';
import { Document, DocumentType } from './document.entity.ts';
import { DocumentOwnerKind } from './document.enums.ts';
import { DocumentErrors } from './document.errors.ts';
import type { DocumentFilter } from './document.inputs.ts';
import { mimeType } from './document.rules.ts';
import type { CheckedFile } from './document.check.ts';

/** A document as the list reads it (QueryBuilder property names; relations as their ids). */
export interface DocumentRow {
  id: string;
  government: string;
  ownerKind: DocumentOwnerKind;
  ownerId: string;
  employee: string | null;
  type: string;
  fileName: string;
  mime: Document['mime'];
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  uploadedBy: string | null;
  note: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** The record a document is attached to, by kind: the statement finding its employee and government. */
const OWNERS: Record<DocumentOwnerKind, (id: string) => Sql> = {
  [DocumentOwnerKind.EMPLOYEE]: (id) => sql`select e.id as employee_id, e.government_id from employee e where e.id = ${id}`,
  [DocumentOwnerKind.RANK_HISTORY]: (id) => sql`select r.employee_id, r.government_id from rank_history r where r.id = ${id}`,
  [DocumentOwnerKind.POSITION_HISTORY]: (id) => sql`select r.employee_id, r.government_id from position_history r where r.id = ${id}`,
  [DocumentOwnerKind.EDUCATION_HISTORY]: (id) => sql`select r.employee_id, r.government_id from education_history r where r.id = ${id}`,
  [DocumentOwnerKind.QUALIFICATION]: (id) => sql`select r.employee_id, r.government_id from qualification r where r.id = ${id}`,
  [DocumentOwnerKind.SANCTION]: (id) => sql`select r.employee_id, r.government_id from disciplinary_sanction r where r.id = ${id}`,
  [DocumentOwnerKind.ASSESSMENT]: (id) => sql`select r.employee_id, r.government_id from assessment r where r.id = ${id}`,
  [DocumentOwnerKind.PERFORMANCE_PROGRESS]: (id) =>
    sql`select p.employee_id, r.government_id from progress_report r join performance_plan p on p.id = r.plan_id where r.id = ${id}`,
};

export interface Owner {
  kind: DocumentOwnerKind;
  id: string;
  employeeId: string;
  governmentId: string;
}

/** What an upload names before its bytes: the record, the type and a note. */
export interface UploadTarget {
  ownerKind: DocumentOwnerKind;
  ownerId: string;
  type: DocumentType;
  owner: Owner;
  note: string | null;
}

/** The key signing download links, derived from the server's secret (never the secret itself). */
function linkKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'asn-merit', 'document-download-link', 32));
}

function signature(secret: string, documentId: string, userId: string, expires: number): string {
  return createHmac('sha256', linkKey(secret)).update(`${documentId}.${userId}.${expires}`).digest('base64url');
}

export class DocumentService {
  constructor(private readonly ctx: Context) {}

  /** Analysts and API keys never see personal files; every other role sees those of its employees. */
  private assertMayRead(): void {
    const viewer = viewerOf(this.ctx);
    if (viewer.apiKey || viewer.role === Role.ANALYST) throw CommonErrors.forbidden('ROLE', 'Your role may not read documents (personal data)');
  }

  /** The condition (alias `d`) limiting documents to the viewer's employees. */
  private scope(): Sql {
    const viewer = viewerOf(this.ctx);
    return sql`exists (select 1 from employee e where e.id = d.employee_id and ${employeeScope(viewer, this.ctx.today)})`;
  }

  async list(filter: DocumentFilter, limit: number, offset: number): Promise<Page<DocumentRow>> {
    this.assertMayRead();
    const qb = this.ctx.em.createQueryBuilder(Document, 'd').andWhere(...where(this.scope()));
    if (filter.ids) qb.andWhere({ id: { $in: filter.ids } });
    if (filter.employeeId) qb.andWhere({ employee: filter.employeeId });
    if (filter.ownerKind) qb.andWhere({ ownerKind: filter.ownerKind });
    if (filter.ownerId) qb.andWhere({ ownerId: filter.ownerId });
    if (filter.typeIds?.length) qb.andWhere({ type: { $in: filter.typeIds } });
    if (filter.governmentId) qb.andWhere({ government: filter.governmentId });
    const total = await countOf(qb);
    const items = (await qb.select('*').orderBy({ createdAt: 'desc', id: 'desc' }).limit(limit, offset).execute('all', true)) as unknown as DocumentRow[];
    return { items, total, limit, offset };
  }

  /** One document the viewer may see (NOT_FOUND otherwise). */
  async get(id: string, field = 'id'): Promise<DocumentRow> {
    this.assertMayRead();
    const row = (await this.ctx.em.createQueryBuilder(Document, 'd').select('*').where({ id }).andWhere(...where(this.scope())).execute('get', true)) as unknown as DocumentRow | undefined;
    if (!row) throw new NotFoundError('Document', id, field);
    return row;
  }

  /** The record's employee and government, or NOT_FOUND naming `ownerId`. */
  async owner(kind: DocumentOwnerKind, id: string): Promise<Owner> {
    const [row] = await query<{ employee_id: string; government_id: string }>(this.ctx.em, OWNERS[kind](id));
    if (!row) throw new NotFoundError(kind, id, 'ownerId');
    return { kind, id, employeeId: row.employee_id, governmentId: row.government_id };
  }

  /**
   * Checks an upload's target before any byte is kept: the type exists and fits the record, and the
   * viewer may edit the record (read-only roles FORBIDDEN, records outside the scope NOT_FOUND).
   */
  async target(input: { ownerKind?: string; ownerId?: string; typeCode?: string; note?: string }): Promise<UploadTarget> {
    const kind = input.ownerKind as DocumentOwnerKind;
    if (!input.ownerKind) throw CommonErrors.input('ownerKind', 'REQUIRED', 'ownerKind: name the kind of record (e.g. RANK_HISTORY)');
    if (!Object.values(DocumentOwnerKind).includes(kind)) throw CommonErrors.input('ownerKind', 'MALFORMED_VALUE', `ownerKind: one of ${Object.values(DocumentOwnerKind).join(', ')}`);
    if (!input.ownerId) throw CommonErrors.input('ownerId', 'REQUIRED', 'ownerId: name the record');
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(input.ownerId)) throw CommonErrors.input('ownerId', 'MALFORMED_VALUE', 'ownerId: not a valid id');
    if (!input.typeCode) throw CommonErrors.input('typeCode', 'REQUIRED', 'typeCode: name the document type (e.g. SK_PANGKAT)');
    const note = input.note?.trim() || null;
    if (note && note.length > 300) throw CommonErrors.input('note', 'OUT_OF_RANGE', 'note: at most 300 characters');
    const type = await this.ctx.em.findOne(DocumentType, { code: input.typeCode });
    if (!type) throw new NotFoundError('DocumentType', input.typeCode, 'typeCode');
    if (!type.ownerKinds.includes(kind)) {
      throw DocumentErrors.input('typeCode', 'TYPE_NOT_FOR_RECORD', `typeCode: a ${type.code} is not attached to a ${kind}`, { typeCode: type.code, ownerKind: kind, allowed: type.ownerKinds });
    }
    const owner = await this.owner(kind, input.ownerId);
    await new EmployeeService(this.ctx).loadWritable(owner.employeeId, 'ownerId');
    return { ownerKind: kind, ownerId: input.ownerId, type, owner, note };
  }

  /**
   * Records a checked file: the row and the stored file in one transaction. The file is stored
   * before the commit; when the commit fails it is removed again (no orphan, no row without file).
   */
  async store(target: UploadTarget, file: CheckedFile): Promise<Document> {
    const { ctx } = this;
    const viewer = viewerOf(ctx);
    let stored: string | null = null;
    try {
      return await ctx.em.transactional(async (em) => {
        const doc = em.create(Document, {
          government: target.owner.governmentId,
          ownerKind: target.ownerKind,
          ownerId: target.ownerId,
          employee: target.owner.employeeId,
          type: target.type.id,
          fileName: file.fileName,
          mime: file.mime,
          sizeBytes: file.size,
          sha256: file.sha256,
          storageKey: '',
          uploadedBy: viewer.userId,
          note: target.note,
        });
        doc.storageKey = `${target.owner.governmentId}/${doc.id}`;
        await em.flush();
        stored = doc.storageKey; // a put that fails half-way may still have written
        await ctx.files.put(doc.storageKey, file.path, file.size, mimeType(file.mime));
        return doc;
      });
    } catch (e) {
      if (stored) await ctx.files.delete(stored).catch(() => undefined);
      throw e;
    }
  }

  /** A short-lived link to the file, for the viewer only; the check is this read's. */
  async link(id: string): Promise<{ url: string; expiresAt: Date; document: DocumentRow }> {
    const doc = await this.get(id);
    const viewer = viewerOf(this.ctx);
    const expires = Math.floor(Date.now() / 1000) + this.ctx.config.files.linkTtlSeconds;
    const s = signature(this.ctx.config.jwtSecret, doc.id, viewer.userId, expires);
    return { url: `/files/documents/${doc.id}?u=${viewer.userId}&e=${expires}&s=${s}`, expiresAt: new Date(expires * 1000), document: doc };
  }

  /** Removes the record (audited) and then its file. Read-only roles and records outside the scope may not. */
  async delete(id: string, version: number): Promise<boolean> {
    const row = await this.get(id);
    await new EmployeeService(this.ctx).loadWritable(row.employee ?? '', 'id');
    const doc = await this.ctx.em.findOneOrFail(Document, id);
    checkVersion('Document', doc, version);
    await this.ctx.em.remove(doc).flush();
    await this.ctx.files.delete(doc.storageKey).catch(() => undefined); // the sweep takes what is left
    return true;
  }
}

/** A download link's parts, checked: LINK_INVALID (tampered, wrong document) or LINK_EXPIRED. */
export function verifyLink(secret: string, documentId: string, q: { u?: unknown; e?: unknown; s?: unknown }, now = Date.now()): { userId: string } {
  const { u, e, s } = q;
  if (typeof u !== 'string' || typeof e !== 'string' || typeof s !== 'string' || !/^\d{1,12}$/.test(e)) throw DocumentErrors.input('s', 'LINK_INVALID', 'This download link is not valid; ask for a new one');
  const expected = Buffer.from(signature(secret, documentId, u, Number(e)));
  const given = Buffer.from(s);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw DocumentErrors.input('s', 'LINK_INVALID', 'This download link is not valid; ask for a new one');
  if (Number(e) * 1000 < now) throw DocumentErrors.input('e', 'LINK_EXPIRED', 'This download link has expired; ask for a new one');
  return { userId: u };
}

// Files over HTTP (GraphQL carries no bytes): uploads in one multipart request or, for large files,
// in chunks that can be resumed; downloads through a signed, short-lived link, each one logged.
//
//   POST   /files/documents              multipart: ownerKind, ownerId, typeCode, note?, then file
//   POST   /files/uploads                JSON { ownerKind, ownerId, typeCode, note?, fileName, size, mimeType }
//   PATCH  /files/uploads/:id            raw bytes at header Upload-Offset (at most UPLOAD_CHUNK_MAX_BYTES)
//   GET    /files/uploads/:id            { offset, size }: where to resume
//   POST   /files/uploads/:id/complete   checks and stores the file: { document }
//   DELETE /files/uploads/:id            abandons it
//   GET    /files/documents/:id?u&e&s    the file (a link from `documentLink`), `&inline=1` to preview
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import express, { type Express, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { Context } from '../../context.ts';
import { CommonErrors, NotFoundError, UnauthenticatedError } from '../../shared/errors.ts';
import { query, sql } from '../../shared/sql.ts';
import { AccessAction, type AccessLogWriter } from '../access/index.ts';
import { checkFileName, inspect, receive } from './document.check.ts';
import { DocumentOwnerKind } from './document.enums.ts';
import { DocumentErrors } from './document.errors.ts';
import { mimeType } from './document.rules.ts';
import { DocumentService, verifyLink, type UploadTarget } from './document.service.ts';
import type { Document } from './document.entity.ts';

export interface DocumentRouteDeps {
  contextOf: (req: Request) => Promise<Context>;
  logger: Logger;
  accessLog: AccessLogWriter;
  /** Sends an error in the API's shape (the exports' `fail`). */
  fail: (res: Response, logger: Logger, error: unknown, requestId?: string) => void;
}

/** A chunked upload between requests: kept beside its bytes, so it survives a restart. */
interface Session {
  userId: string;
  ownerKind: string;
  ownerId: string;
  typeCode: string;
  note?: string;
  fileName: string;
  mimeType: string;
  size: number;
  createdAt: string;
}

const SESSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function documentJson(d: Document) {
  return { id: d.id, ownerKind: d.ownerKind, ownerId: d.ownerId, fileName: d.fileName, mime: d.mime, sizeBytes: d.sizeBytes, sha256: d.sha256, version: d.version, createdAt: d.createdAt };
}

async function authed(deps: DocumentRouteDeps, req: Request): Promise<Context> {
  const ctx = await deps.contextOf(req);
  if (!ctx.viewer) throw ctx.authError ?? new UnauthenticatedError();
  // Files hold personal data: an API key (dashboards) never moves them.
  if (ctx.viewer.apiKey) throw CommonErrors.forbidden('ROLE', 'An API key may not upload or download documents');
  return ctx;
}

/** The multipart request's fields, then its file written to a temp file once the target is allowed. */
function readMultipart(req: Request, service: DocumentService, tmpDir: string): Promise<{ target: UploadTarget; tmp: string; fileName: string; declared: string }> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, preservePath: true, limits: { files: 1, fields: 10, fieldSize: 2000, parts: 12 } });
    } catch {
      return reject(DocumentErrors.input('file', 'UPLOAD_MALFORMED', 'Send multipart/form-data: ownerKind, ownerId, typeCode, then file'));
    }
    const fields: Record<string, string> = {};
    let work: Promise<{ target: UploadTarget; tmp: string; fileName: string; declared: string }> | null = null;
    bb.on('field', (name, value) => void (fields[name] = value));
    bb.on('file', (name, stream, info) => {
      if (name !== 'file' || work) return void stream.resume();
      work = (async () => {
        if (!fields.ownerKind && !fields.ownerId && !fields.typeCode) {
          throw DocumentErrors.input('file', 'UPLOAD_FIELD_ORDER', 'Send ownerKind, ownerId and typeCode before the file in the form');
        }
        const fileName = checkFileName(info.filename ?? '');
        const target = await service.target(fields);
        const tmp = path.join(tmpDir, `${randomUUID()}.upload`);
        try {
          await receive(stream, tmp, target.type.maxBytes);
        } catch (e) {
          await unlink(tmp).catch(() => undefined);
          throw e;
        }
        return { target, tmp, fileName, declared: info.mimeType };
      })();
      // A refused file is read to its end and dropped, so the answer can be sent.
      work.catch(() => stream.resume());
    });
    bb.on('error', () => reject(DocumentErrors.input('file', 'UPLOAD_MALFORMED', 'The multipart body could not be read')));
    bb.on('close', () => {
      if (!work) return reject(DocumentErrors.input('file', 'FILE_MISSING', 'file: attach the file (form field "file")'));
      work.then(resolve, reject);
    });
    req.pipe(bb);
  });
}

export function mountDocumentRoutes(app: Express, deps: DocumentRouteDeps, config: Context['config']['files']): void {
  const { logger, fail } = deps;
  mkdirSync(config.tmpDir, { recursive: true, mode: 0o700 });
  const sessionFile = (id: string) => path.join(config.tmpDir, `${id}.json`);
  const partFile = (id: string) => path.join(config.tmpDir, `${id}.part`);
  const busy = new Set<string>();

  const failed = (res: Response, req: Request, e: unknown) => {
    // Whatever of the body is still coming is not wanted: close after the answer.
    if (!req.complete) res.setHeader('Connection', 'close');
    fail(res, logger, e);
    req.resume();
  };

  app.post('/files/documents', async (req, res) => {
    let tmp: string | null = null;
    try {
      const ctx = await authed(deps, req);
      if (!req.is('multipart/form-data')) throw DocumentErrors.input('file', 'UPLOAD_MALFORMED', 'Send multipart/form-data: ownerKind, ownerId, typeCode, then file');
      const service = new DocumentService(ctx);
      const got = await readMultipart(req, service, config.tmpDir);
      tmp = got.tmp;
      const file = await inspect(got.tmp, got.fileName, got.declared, got.target.type);
      const doc = await service.store(got.target, file);
      logger.info({ requestId: ctx.requestId, actor: ctx.viewer!.userId, document: doc.id, bytes: doc.sizeBytes }, 'document uploaded');
      res.status(201).json({ document: documentJson(doc) });
    } catch (e) {
      failed(res, req, e);
    } finally {
      if (tmp) await unlink(tmp).catch(() => undefined);
    }
  });

  /** A session of the caller's (NOT_FOUND for anyone else's: its existence is not disclosed). */
  const sessionOf = async (ctx: Context, id: string): Promise<Session> => {
    if (!SESSION_ID.test(id)) throw new NotFoundError('Upload', id);
    let s: Session;
    try {
      s = JSON.parse(await readFile(sessionFile(id), 'utf8')) as Session;
    } catch {
      throw new NotFoundError('Upload', id);
    }
    if (s.userId !== ctx.viewer!.userId) throw new NotFoundError('Upload', id);
    return s;
  };
  const offsetOf = async (id: string) => (await stat(partFile(id)).catch(() => ({ size: 0 }))).size;

  app.post('/files/uploads', express.json({ limit: '8kb' }), async (req, res) => {
    try {
      const ctx = await authed(deps, req);
      const body = (req.body ?? {}) as Record<string, unknown>;
      const text = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : undefined);
      const target = await new DocumentService(ctx).target({ ownerKind: text('ownerKind'), ownerId: text('ownerId'), typeCode: text('typeCode'), note: text('note') });
      const fileName = checkFileName(text('fileName') ?? '');
      const size = body.size;
      if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) throw CommonErrors.input('size', 'REQUIRED', 'size: the file size in bytes');
      if (size > target.type.maxBytes) throw DocumentErrors.input('size', 'FILE_TOO_LARGE', `size: larger than this document type allows (${target.type.maxBytes} bytes)`, { maxBytes: target.type.maxBytes });
      const id = randomUUID();
      const session: Session = { userId: ctx.viewer!.userId, ownerKind: target.ownerKind, ownerId: target.ownerId, typeCode: target.type.code, note: target.note ?? undefined, fileName, mimeType: text('mimeType') ?? '', size, createdAt: new Date().toISOString() };
      await writeFile(partFile(id), '', { mode: 0o600 });
      await writeFile(sessionFile(id), JSON.stringify(session), { mode: 0o600 });
      res.status(201).json({ uploadId: id, offset: 0, size, chunkBytes: config.chunkMaxBytes });
    } catch (e) {
      failed(res, req, e);
    }
  });

  app.get('/files/uploads/:id', async (req, res) => {
    try {
      const ctx = await authed(deps, req);
      const s = await sessionOf(ctx, req.params.id);
      res.setHeader('Cache-Control', 'no-store');
      res.json({ uploadId: req.params.id, offset: await offsetOf(req.params.id), size: s.size });
    } catch (e) {
      failed(res, req, e);
    }
  });

  app.patch('/files/uploads/:id', async (req, res) => {
    const id = req.params.id;
    let locked = false;
    try {
      const ctx = await authed(deps, req);
      const s = await sessionOf(ctx, id);
      const at = Number(req.get('upload-offset'));
      const current = await offsetOf(id);
      if (busy.has(id) || !Number.isInteger(at) || at !== current) {
        throw DocumentErrors.conflict('UPLOAD_OFFSET', `Upload-Offset: the upload is at byte ${current}; send the next chunk from there`, { offset: current });
      }
      const length = Number(req.get('content-length'));
      if (Number.isFinite(length) && length > config.chunkMaxBytes) throw DocumentErrors.input('file', 'FILE_TOO_LARGE', `a chunk is at most ${config.chunkMaxBytes} bytes`, { maxBytes: config.chunkMaxBytes });
      busy.add(id);
      locked = true;
      // The declared size bounds the whole file; a chunk that would pass it is refused.
      await receive(req, partFile(id), Math.min(s.size, current + config.chunkMaxBytes), { at: current });
      res.json({ uploadId: id, offset: await offsetOf(id), size: s.size });
    } catch (e) {
      failed(res, req, e);
    } finally {
      if (locked) busy.delete(id);
    }
  });

  app.delete('/files/uploads/:id', async (req, res) => {
    try {
      const ctx = await authed(deps, req);
      await sessionOf(ctx, req.params.id);
      await Promise.all([unlink(partFile(req.params.id)), unlink(sessionFile(req.params.id))].map((p) => p.catch(() => undefined)));
      res.status(204).end();
    } catch (e) {
      failed(res, req, e);
    }
  });

  app.post('/files/uploads/:id/complete', async (req, res) => {
    const id = req.params.id;
    try {
      const ctx = await authed(deps, req);
      const s = await sessionOf(ctx, id);
      const offset = await offsetOf(id);
      if (offset !== s.size) throw DocumentErrors.conflict('UPLOAD_INCOMPLETE', `The upload has ${offset} of ${s.size} bytes; send the rest first`, { offset, size: s.size });
      if (busy.has(id)) throw DocumentErrors.conflict('UPLOAD_OFFSET', 'A chunk of this upload is still arriving', { offset });
      busy.add(id);
      try {
        // Checked again: the account's rights or the record may have changed since it started.
        const service = new DocumentService(ctx);
        const target = await service.target(s);
        const file = await inspect(partFile(id), s.fileName, s.mimeType, target.type);
        const doc = await service.store(target, file);
        await Promise.all([unlink(partFile(id)), unlink(sessionFile(id))].map((p) => p.catch(() => undefined)));
        logger.info({ requestId: ctx.requestId, actor: ctx.viewer!.userId, document: doc.id, bytes: doc.sizeBytes }, 'document uploaded in chunks');
        res.status(201).json({ document: documentJson(doc) });
      } finally {
        busy.delete(id);
      }
    } catch (e) {
      failed(res, req, e);
    }
  });

  app.get('/files/documents/:id', async (req, res) => {
    try {
      const id = req.params.id;
      if (!SESSION_ID.test(id)) throw new NotFoundError('Document', id);
      const ctx = await deps.contextOf(req);
      const { userId } = verifyLink(ctx.config.jwtSecret, id, req.query);
      const [row] = await query<{ id: string; government_id: string; employee_id: string | null; file_name: string; mime: string; size_bytes: number; storage_key: string; type_code: string; personal: boolean }>(
        ctx.em,
        sql`select d.id, d.government_id, d.employee_id, d.file_name, d.mime, d.size_bytes, d.storage_key, t.code as type_code, t.personal
              from document d join document_type t on t.id = d.type_id where d.id = ${id}`,
      );
      const [user] = await query<{ id: string; email: string; role: string; government_id: string | null }>(ctx.em, sql`select id, email, role, government_id from app_user where id = ${userId} and active`);
      if (!user) throw DocumentErrors.input('u', 'LINK_INVALID', 'This download link is not valid; ask for a new one');
      if (!row) throw new NotFoundError('Document', id);
      const body = await ctx.files.get(row.storage_key);
      if (!body) throw new NotFoundError('Document', id);
      const ascii = row.file_name.replace(/[^\x20-\x7e]|["\\]/g, '_');
      const disposition = req.query.inline === '1' ? 'inline' : 'attachment';
      res.status(200);
      res.setHeader('Content-Type', mimeType(row.mime as never));
      res.setHeader('Content-Length', String(row.size_bytes));
      res.setHeader('Content-Disposition', `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(row.file_name)}`);
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
      // The panel's policy is for its pages; a PDF viewer given `object-src 'none'` shows nothing.
      res.removeHeader('Content-Security-Policy');
      // Every download is logged (who, which document, which type), personal documents by law.
      void deps.accessLog.write([
        {
          action: AccessAction.DOCUMENT_DOWNLOAD,
          operation: 'download document',
          entityName: 'Document',
          entityId: row.id,
          governmentId: row.government_id,
          actorId: user.id,
          actorEmail: user.email,
          actorRole: user.role,
          actorGovernmentId: user.government_id,
          fields: [row.type_code],
          reason: row.personal ? 'PERSONAL' : null,
          clientIp: ctx.clientIp,
          requestId: ctx.requestId,
        },
      ]);
      await pipeline(body, res);
    } catch (e) {
      failed(res, req, e);
    }
  });
}

export { DocumentOwnerKind };

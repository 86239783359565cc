// File downloads that must not load a whole government in memory: rows come from a database cursor
// and are written to the response as they arrive. Authenticated with the same Bearer token as the API.
import type { Express, Request, Response } from 'express';
import Papa from 'papaparse';
import type { Logger } from 'pino';
import type { Context } from './context.ts';
import { DukService, dukColumns } from './modules/promotion/index.ts';
import { READER_ROLES } from './shared/auth.ts';
import { DomainError, ForbiddenError, InputError, UnauthenticatedError } from './shared/errors.ts';
import { todayJakarta } from './shared/scalars.ts';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, RATE_LIMITED: 429 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function param(req: Request, name: string): string | undefined {
  const v = req.query[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new InputError(name, 'INVALID', `${name}: give it once`);
  return v;
}

function uuidParam(req: Request, name: string): string | undefined {
  const v = param(req, name);
  if (v !== undefined && !UUID.test(v)) throw new InputError(name, 'MALFORMED_VALUE', `${name}: not a valid id`);
  return v;
}

function dateParam(req: Request, name: string): string | undefined {
  const v = param(req, name);
  if (v === undefined) return undefined;
  const t = new Date(`${v}T00:00:00Z`);
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === v;
  if (!ok) throw new InputError(name, 'MALFORMED_VALUE', `${name}: a date as YYYY-MM-DD`);
  return v;
}

/** Writes rows as CSV (with a BOM so spreadsheet programs read UTF-8), flushing in chunks. */
async function streamCsv<T>(res: Response, filename: string, columns: { header: string; value: (r: T) => unknown }[], rows: AsyncIterable<T>): Promise<number> {
  const first = rows[Symbol.asyncIterator]();
  // Read the first row before sending headers, so an error (bad scope) still gets a proper status.
  const head = await first.next();
  res.status(200);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.write('\uFEFF' + Papa.unparse([columns.map((c) => c.header)]) + '\r\n');
  let n = 0;
  let batch: unknown[][] = [];
  const flush = async () => {
    if (!batch.length) return;
    const ok = res.write(Papa.unparse(batch) + '\r\n');
    batch = [];
    if (!ok) await new Promise((resolve) => res.once('drain', resolve));
  };
  for (let r = head; !r.done; r = await first.next()) {
    batch.push(columns.map((c) => c.value(r.value) ?? ''));
    n++;
    if (batch.length >= 500) await flush();
  }
  await flush();
  res.end();
  return n;
}

export function mountExports(app: Express, contextOf: (req: Request) => Promise<Context>, logger: Logger): void {
  app.get('/export/duk.csv', async (req, res) => {
    try {
      const ctx = await contextOf(req);
      if (!ctx.viewer) throw ctx.authError ?? new UnauthenticatedError();
      if (!(READER_ROLES as readonly string[]).includes(ctx.viewer.role)) throw new ForbiddenError('Your role may not download the DUK', 'ROLE');
      const scope = { unitId: uuidParam(req, 'unitId') ?? null, governmentId: uuidParam(req, 'governmentId') ?? null };
      const asOf = dateParam(req, 'asOf') ?? todayJakarta();
      const rows = new DukService(ctx).stream(scope, asOf);
      const n = await streamCsv(res, `DUK-${asOf}.csv`, dukColumns(ctx.locale), rows);
      logger.info({ requestId: ctx.requestId, actor: ctx.viewer.userId, rows: n, scope, asOf }, 'DUK exported');
    } catch (e) {
      if (res.headersSent) {
        logger.error({ err: e }, 'export failed mid-stream');
        res.destroy();
        return;
      }
      if (e instanceof DomainError) {
        res.status(STATUS[e.code] ?? 400).json({ errors: [{ message: e.message, extensions: { code: e.code, reason: e.reason, field: e.field } }] });
        return;
      }
      logger.error({ err: e }, 'export failed');
      res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  });
}

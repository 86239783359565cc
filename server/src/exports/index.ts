// File downloads that must not load a whole government in memory: rows come from a database cursor
// and are written to the response as they arrive. Authenticated with the same Bearer token as the API.
import type { Express, Request, Response } from 'express';
import { execute, parse, type GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import Papa from 'papaparse';
import type { Logger } from 'pino';
import type { Context } from '../context.ts';
import { DukService, dukColumns } from '../modules/promotion/index.ts';
import { PLAN_EXPORT_DOCUMENT, planColumns, writePlanXlsx, type PlanExportRow } from '../modules/workforce/index.ts';
import { READER_ROLES } from '../shared/auth.ts';
import { DatabaseUnavailableError, DomainError, ForbiddenError, QueryTimeoutError, InputError, NotFoundError, UnauthenticatedError } from '../shared/errors.ts';
import { isDatabaseUnavailable } from '../shared/db-errors.ts';
import { todayJakarta } from '../shared/scalars.ts';
import type { CursorLimits } from '../shared/sql.ts';
import { DownloadAborted, type Download, type Downloads } from './download.ts';
import { LIST_EXPORTS, documentOf, valueAt } from './lists.ts';

/** Rows per GraphQL page while exporting a list, and the most a single download may hold. */
const EXPORT_PAGE = 500;
const EXPORT_MAX = 200_000;

/** GraphQL errors of an export page, already shaped by the API's formatError. */
class ExportErrors extends Error {
  constructor(readonly errors: GraphQLFormattedError[]) {
    super(errors[0]?.message ?? 'export failed');
  }
}

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, RATE_LIMITED: 429, SERVICE_UNAVAILABLE: 503 };
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

/**
 * Text starting with = + - @ (or a tab or carriage return) is prefixed with ' so a spreadsheet
 * shows it instead of running it as a formula (CSV injection, e.g. through public feedback).
 * Numbers are not text and stay numbers.
 */
const CSV_OPTIONS = { escapeFormulae: true } as const;

/**
 * Writes rows as CSV (with a BOM so spreadsheet programs read UTF-8), flushing in chunks. Every wait
 * (the next rows, a full client buffer) gives way when the download is aborted.
 */
async function streamCsv<T>(download: Download, rows: AsyncIterator<T>, filename: string, columns: { header: string; value: (r: T) => unknown }[]): Promise<number> {
  const { res } = download;
  // Read the first row before sending headers, so an error (bad scope) still gets a proper status.
  const head = await download.race(rows.next());
  res.status(200);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  await download.write('\uFEFF' + Papa.unparse([columns.map((c) => c.header)], CSV_OPTIONS) + '\r\n');
  let n = 0;
  let batch: unknown[][] = [];
  const flush = async () => {
    if (!batch.length) return;
    const text = Papa.unparse(batch, CSV_OPTIONS) + '\r\n';
    batch = [];
    await download.write(text);
  };
  for (let r = head; !r.done; r = await download.race(rows.next())) {
    batch.push(columns.map((c) => c.value(r.value) ?? ''));
    n++;
    if (batch.length >= 500) await flush();
  }
  await flush();
  res.end();
  return n;
}

function cell(value: unknown, locale: 'id' | 'en'): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return locale === 'id' ? (value ? 'ya' : 'tidak') : value ? 'yes' : 'no';
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

/** Answers an error in the API's shape (status from its code); never a stack trace. */
export function fail(res: Response, logger: Logger, error: unknown, requestId?: string): void {
  let e = error;
  if (e instanceof DownloadAborted) {
    logger.info({ requestId, reason: e.reason }, 'download aborted');
    if (!res.destroyed) res.destroy();
    return;
  }
  if (res.headersSent) {
    logger.error({ err: e }, 'export failed mid-stream');
    res.destroy();
    return;
  }
  if ((e as { code?: unknown } | null)?.code === '57014' && !res.headersSent) {
    // EXPORT_STATEMENT_TIMEOUT_MS cancelled the cursor's statement: a 503 like the API's own.
    logger.warn({ requestId }, 'export cancelled by its statement timeout');
    e = new QueryTimeoutError();
  }
  if (!(e instanceof DomainError) && !(e instanceof ExportErrors) && isDatabaseUnavailable(e)) {
    logger.warn({ requestId, err: e instanceof Error ? e.message : String(e) }, 'export: database unavailable');
    e = new DatabaseUnavailableError();
  }
  if (e instanceof DomainError && e.code === 'SERVICE_UNAVAILABLE') res.setHeader('Retry-After', String(DatabaseUnavailableError.RETRY_AFTER_SECONDS));
  if (e instanceof ExportErrors) {
    const code = String(e.errors[0]?.extensions?.code ?? 'BAD_USER_INPUT');
    if (code === 'SERVICE_UNAVAILABLE') res.setHeader('Retry-After', String(DatabaseUnavailableError.RETRY_AFTER_SECONDS));
    res.status(STATUS[code] ?? (code === 'INTERNAL_SERVER_ERROR' ? 500 : 400)).json({ errors: e.errors });
    return;
  }
  if (e instanceof DomainError) {
    res.status(STATUS[e.code] ?? 400).json({ errors: [{ message: e.message, extensions: { code: e.code, reason: e.reason, field: e.field, params: e.params } }] });
    return;
  }
  logger.error({ err: e }, 'export failed');
  res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
}

/** A download in progress, for the access log. */
interface ExportLog {
  ctx: Context;
  list: string;
  columns: string[];
  /** Rows written; null when the download broke off. */
  rows: number | null;
  governmentId: string | null;
}

/** Every download that sent data goes to the access log (also one that broke off midway). */
function logExport(res: Response, logged: ExportLog | undefined): void {
  if (!logged || !res.headersSent) return;
  logged.ctx.access.exported(logged.list, logged.columns, logged.rows, logged.governmentId);
  void logged.ctx.access.flush(`export ${logged.list}`);
}

export interface ExportDeps {
  contextOf: (req: Request) => Promise<Context>;
  schema: GraphQLSchema;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  logger: Logger;
  /** Downloads in progress (aborted on shutdown). */
  downloads: Downloads;
  /** Bounds of the DUK's database cursor (EXPORT_STATEMENT_TIMEOUT_MS, EXPORT_IDLE_TIMEOUT_MS). */
  cursor: CursorLimits;
}

export function mountExports(app: Express, { contextOf, schema, formatError, logger, downloads, cursor }: ExportDeps): void {
  /**
   * Any list of the panel as CSV: the list's own GraphQL query, run page by page with the caller's
   * token (same filters, sort, scoping and authorization as the API), streamed as it goes.
   * `?variables={"filter":{...},"sort":[...]}`.
   */
  app.get('/export/list/:name.csv', async (req, res) => {
    let logged: ExportLog | undefined;
    const download = downloads.start(res);
    let rowsOf: AsyncIterator<unknown> | undefined;
    try {
      const spec = Object.hasOwn(LIST_EXPORTS, req.params.name) ? LIST_EXPORTS[req.params.name] : undefined;
      if (!spec) throw new NotFoundError('Export', req.params.name);
      const ctx = await contextOf(req);
      if (!ctx.viewer) throw ctx.authError ?? new UnauthenticatedError();
      let variables: Record<string, unknown> = {};
      const raw = param(req, 'variables');
      if (raw) {
        try {
          variables = JSON.parse(raw);
        } catch {
          throw new InputError('variables', 'MALFORMED_VALUE', 'variables: not valid JSON');
        }
        if (!variables || typeof variables !== 'object' || Array.isArray(variables)) throw new InputError('variables', 'MALFORMED_VALUE', 'variables: a JSON object with filter and sort');
      }
      const { filter, sort } = variables as { filter?: unknown; sort?: unknown };
      const document = parse(documentOf(spec));
      const page = async (offset: number): Promise<{ total: number; items: unknown[] }> => {
        // Each page starts clean: memory stays flat however long the list.
        ctx.loaders.clear();
        ctx.em.clear();
        const result = await execute({ schema, document, contextValue: ctx, variableValues: { filter, ...(spec.sortType ? { sort } : {}), limit: EXPORT_PAGE, offset } });
        if (result.errors?.length) throw new ExportErrors(result.errors.map((err: GraphQLError) => formatError(err.toJSON(), err)));
        return (result.data as { list: { total: number; items: unknown[] } }).list;
      };
      async function* rows(): AsyncGenerator<unknown> {
        for (let offset = 0; offset < EXPORT_MAX; ) {
          const { total, items } = await page(offset);
          yield* items;
          offset += items.length;
          if (!items.length || offset >= total) return;
        }
      }
      const columns = spec.columns.map((col) => ({ header: ctx.locale === 'id' ? col.id : col.en, value: (r: unknown) => cell(valueAt(r, col.path), ctx.locale) }));
      const filterGov = (filter as { governmentId?: unknown } | null | undefined)?.governmentId;
      logged = { ctx, list: req.params.name, columns: spec.columns.map((col) => col.path), rows: null, governmentId: ctx.viewer.governmentId ?? (typeof filterGov === 'string' ? filterGov : null) };
      rowsOf = rows();
      const n = (logged.rows = await streamCsv(download, rowsOf, `${req.params.name}-${todayJakarta()}.csv`, columns));
      logger.info({ requestId: ctx.requestId, actor: ctx.viewer.userId, list: req.params.name, rows: n }, 'list exported');
    } catch (e) {
      fail(res, logger, e, logged?.ctx.requestId);
    } finally {
      download.finish(rowsOf);
      logExport(res, logged);
    }
  });

  app.get('/export/duk.csv', async (req, res) => {
    let logged: ExportLog | undefined;
    const download = downloads.start(res);
    let rows: AsyncIterator<unknown> | undefined;
    try {
      const ctx = await contextOf(req);
      if (!ctx.viewer) throw ctx.authError ?? new UnauthenticatedError();
      if (!(READER_ROLES as readonly string[]).includes(ctx.viewer.role)) throw new ForbiddenError('Your role may not download the DUK', 'ROLE');
      const scope = { unitId: uuidParam(req, 'unitId') ?? null, governmentId: uuidParam(req, 'governmentId') ?? null };
      const asOf = dateParam(req, 'asOf') ?? todayJakarta();
      const duk = new DukService(ctx).stream(scope, asOf, cursor);
      rows = duk;
      const columns = dukColumns(ctx.locale);
      logged = { ctx, list: 'duk', columns: dukColumns('en').map((c) => c.header), rows: null, governmentId: ctx.viewer.governmentId ?? scope.governmentId };
      const n = (logged.rows = await streamCsv(download, duk, `DUK-${asOf}.csv`, columns));
      logger.info({ requestId: ctx.requestId, actor: ctx.viewer.userId, rows: n, scope, asOf }, 'DUK exported');
    } catch (e) {
      fail(res, logger, e, logged?.ctx.requestId);
    } finally {
      download.finish(rows);
      logExport(res, logged);
    }
  });

  /**
   * The five-year plan (rencana kebutuhan) as CSV or XLSX: one row per position, the five years as
   * columns. `?unitId=|governmentId=&fromYear=&scenario={...}` as `workforcePlan` takes them.
   */
  const plan = (format: 'csv' | 'xlsx') => async (req: Request, res: Response) => {
    let logged: ExportLog | undefined;
    const download = downloads.start(res);
    let rowsOf: AsyncGenerator<PlanExportRow> | undefined;
    try {
      const ctx = await contextOf(req);
      if (!ctx.viewer) throw ctx.authError ?? new UnauthenticatedError();
      const fromYearText = param(req, 'fromYear');
      if (fromYearText !== undefined && !/^\d{4}$/.test(fromYearText)) throw new InputError('fromYear', 'MALFORMED_VALUE', 'fromYear: a year such as 2026');
      let scenario: unknown = undefined;
      const rawScenario = param(req, 'scenario');
      if (rawScenario) {
        try {
          scenario = JSON.parse(rawScenario);
        } catch {
          throw new InputError('scenario', 'MALFORMED_VALUE', 'scenario: not valid JSON');
        }
      }
      const yearsText = param(req, 'years');
      if (yearsText !== undefined && !/^\d{1,2}$/.test(yearsText)) throw new InputError('years', 'MALFORMED_VALUE', 'years: 1 to 10');
      const base = { unitId: uuidParam(req, 'unitId') ?? null, governmentId: uuidParam(req, 'governmentId') ?? null, fromYear: fromYearText ? Number(fromYearText) : null, years: yearsText ? Number(yearsText) : 5, scenario };
      const document = parse(PLAN_EXPORT_DOCUMENT);
      const page = async (offset: number) => {
        ctx.loaders.clear();
        ctx.em.clear();
        const result = await execute({ schema, document, contextValue: ctx, variableValues: { ...base, limit: EXPORT_PAGE, offset } });
        if (result.errors?.length) throw new ExportErrors(result.errors.map((err: GraphQLError) => formatError(err.toJSON(), err)));
        return (result.data as { list: { fromYear: number; toYear: number; rows: { total: number; items: PlanExportRow[] } } }).list;
      };
      const first = await page(0);
      async function* rows(): AsyncGenerator<PlanExportRow> {
        let current = first;
        for (let offset = 0; offset < EXPORT_MAX; ) {
          yield* current.rows.items;
          offset += current.rows.items.length;
          if (!current.rows.items.length || offset >= current.rows.total) return;
          current = await page(offset);
        }
      }
      const columns = planColumns(ctx.locale, first.fromYear, first.toYear);
      const name = `${ctx.locale === 'id' ? 'rencana-kebutuhan' : 'workforce-plan'}-${first.fromYear}-${first.toYear}`;
      logged = { ctx, list: 'workforce-plan', columns: planColumns('en', first.fromYear, first.toYear).map((c) => c.header), rows: null, governmentId: ctx.viewer.governmentId ?? base.governmentId };
      rowsOf = rows();
      if (format === 'csv') {
        logged.rows = await streamCsv(download, rowsOf, `${name}.csv`, columns.map((c) => ({ header: c.header, value: (r: PlanExportRow) => c.value(r) })));
      } else {
        res.status(200);
        res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        res.setHeader('Content-Disposition', `attachment; filename="${name}.xlsx"`);
        res.setHeader('Cache-Control', 'no-store');
        logged.rows = await download.race(writePlanXlsx(res, columns, rowsOf, ctx.locale === 'id' ? 'Rencana kebutuhan' : 'Workforce plan'));
      }
      logger.info({ requestId: ctx.requestId, actor: ctx.viewer.userId, rows: logged.rows, format }, 'workforce plan exported');
    } catch (e) {
      fail(res, logger, e, logged?.ctx.requestId);
    } finally {
      download.finish(rowsOf);
      logExport(res, logged);
    }
  };
  app.get('/export/workforce-plan.csv', plan('csv'));
  app.get('/export/workforce-plan.xlsx', plan('xlsx'));
}

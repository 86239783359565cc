import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled, ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginUsageReportingDisabled, ApolloServerPluginSchemaReportingDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type NextFunction, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { createContext, type Context } from './context.ts';
import { StatementCounter } from './db/query-logger.ts';
import { AccessLogWriter, AccessRecorder, accessLogPlugin } from './modules/access/index.ts';
import { apiKeyGate, apiKeyPlugin, isApiKey, resolveApiKey } from './modules/apikey/index.ts';
import { resolveViewer } from './modules/auth/index.ts';
import { createSchema } from './schema.ts';
import { fail, mountExports } from './exports/index.ts';
import { fileStoreOf, mountDocumentRoutes, startOrphanSweep, type FileStore } from './modules/document/index.ts';
import { Downloads } from './exports/download.ts';
import type { Viewer } from './shared/auth.ts';
import { cors } from './shared/cors.ts';
import { DatabaseUnavailableError, UnauthenticatedError } from './shared/errors.ts';
import { isDatabaseUnavailable } from './shared/db-errors.ts';
import { createFormatError } from './shared/format-error.ts';
import { costPlugin } from './shared/cost.ts';
import { createLimits, type Limits } from './shared/rate-limit.ts';
import { systemClock, today, type Clock } from '@asn-merit/common';

export interface RunningApp {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** Writes the access log; `drain()` waits for writes in flight (tests). */
  accessLog: AccessLogWriter;
  /** CSV downloads in progress. */
  downloads: Downloads;
  /** Where document files are kept, and the sweep of orphans (tests run it at once). */
  files: FileStore;
  sweepOrphans(): Promise<{ stored: number; uploads: number }>;
  /** Builds a context as a request would (tests, scripts). */
  contextFor(viewer: Viewer | null): Context;
  /**
   * Stops accepting, aborts downloads in flight, lets other requests finish for up to
   * SHUTDOWN_GRACE_MS and then cuts them, and waits for the access log's last writes. The caller ends
   * the database pool afterwards.
   */
  stop(): Promise<void>;
}

/** Reports how many SQL statements the request issued (`extensions.sqlStatements`). */
function statementCountPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: contextValue.statements.count };
          }
        },
      };
    },
  };
}

/** Longest document accepted, in lexical tokens (the parser stops there: a 400, no work done). */
export const MAX_TOKENS = 5_000;

/**
 * HTTP status of a request error (the document does not parse or validate, or its variables do not
 * coerce) per GraphQL over HTTP: 400, except for a client that asks for `application/json` only
 * (the legacy media type), which gets 200 with the errors in the body. A client error is never 5xx.
 */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

function httpStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ response, errors }) {
          if (response.http.status !== 400 || response.body.kind !== 'single' || 'data' in response.body.singleResult) return;
          if (!errors?.length || !errors.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code)))) return;
          const accept = request.http?.headers.get('accept') ?? '';
          if (/application\/json/i.test(accept) && !/application\/graphql-response\+json|\*\/\*/i.test(accept)) response.http.status = 200;
        },
      };
    },
  };
}

function localeOf(req: Request): 'id' | 'en' {
  const header = req.get('accept-language') ?? '';
  return /^en\b/i.test(header) ? 'en' : 'id';
}

export async function createApp(opts: { config: Config; orm: MikroORM; logger: Logger; clock?: Clock }): Promise<RunningApp> {
  const { config, orm, logger } = opts;
  // Where "today" comes from: the system clock, or one a test sets.
  const clock = opts.clock ?? systemClock;
  const app = express();
  const httpServer = http.createServer(app);
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'img-src': ["'self'", 'data:'], 'script-src': ["'self'"], 'connect-src': ["'self'"] },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );

  // ---- request cost and rate limits (issue 11; see shared/cost.ts and shared/rate-limit.ts) ----
  // Counted in the database: every server on it shares the limits.
  const limits: Limits = await createLimits(config, orm);
  // Depth and aliases stay with graphql-armor (an aliased `__typename` counts too); the cost of an
  // operation is the cost plugin's, per request and per role.
  const costGuard = costPlugin({ limits: config.costLimits, publicQueries: limits.publicQuery, logger });
  // ---- end of request cost and rate limits ----
  const armor = new ApolloArmor({
    maxDepth: { n: config.maxQueryDepth },
    maxAliases: { n: 20, allowList: [] },
    costLimit: { enabled: false },
    // graphql-armor's token limit re-parses in `parsingDidStart` and throws there, which Apollo
    // answers as an unexpected error (HTTP 500 for a syntax error). graphql-js enforces the same
    // limit inside Apollo's own parse (`parseOptions.maxTokens`): a 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.nodeEnv === 'production' },
  }).protect();

  const schema = await createSchema();
  const formatError = createFormatError(logger);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Automatic persisted queries (the panel sends a document's SHA-256 first, the text only when
    // this server has not seen it): kept in a bounded in-memory LRU cache (Apollo's default, about
    // 30 MB), a day each. API keys limited to trusted operations never use it (see apikey.guard.ts).
    cache: 'bounded',
    persistedQueries: { ttl: 24 * 60 * 60 },
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    // (the plugin factories' types resolve to Apollo's CJS build; the objects are the same)
    plugins: [
      // On stop: stop accepting, close idle connections, wait for requests in flight up to the
      // grace period, then close every connection.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }) as ApolloServerPlugin<Context>,
      ...([
        ApolloServerPluginLandingPageDisabled(),
        ApolloServerPluginCacheControlDisabled(),
        ApolloServerPluginInlineTraceDisabled(),
        ApolloServerPluginUsageReportingDisabled(),
        ApolloServerPluginSchemaReportingDisabled(),
        ...armor.plugins,
      ] as ApolloServerPlugin<Context>[]),
      httpStatusPlugin(),
      apiKeyPlugin(),
      costGuard,
      accessLogPlugin(),
      ...(config.exposeQueryCount ? [statementCountPlugin()] : []),
    ],
  });
  await apollo.start();

  const accessLog = new AccessLogWriter(orm, logger);
  const files = fileStoreOf(config.files);
  const contextFor = (viewer: Viewer | null, extra: Partial<Context> = {}): Context => {
    const requestId = extra.requestId ?? randomUUID();
    const clientIp = extra.clientIp ?? '127.0.0.1';
    // The request's own counter (never a map keyed by the client-supplied request id).
    const statements = new StatementCounter();
    // useContext: calls on this EntityManager inside `em.transactional()` join the transaction.
    const em = orm.em.fork({
      useContext: true,
      loggerContext: { requestId, actorId: viewer?.userId ?? null, actorEmail: viewer?.email ?? null, actorRole: viewer?.role ?? null, statementCounter: statements },
    });
    return createContext({
      requestId,
      em,
      viewer,
      authError: null,
      config,
      today: today(clock),
      locale: 'id',
      limits,
      ...extra,
      clientIp,
      statements,
      access: new AccessRecorder(accessLog, { viewer, clientIp, requestId }),
      files,
    });
  };

  // Who is calling: a login token (a JWT) or an API key (`asnk_...`, as `Authorization: Bearer` or
  // `X-API-Key`). Resolved once per request (the key gate and the context both ask).
  const authOf = new WeakMap<Request, Promise<{ viewer: Viewer | null; authError: UnauthenticatedError | null }>>();
  const resolveAuth = async (req: Request): Promise<{ viewer: Viewer | null; authError: UnauthenticatedError | null }> => {
    const auth = req.get('authorization');
    const headerKey = req.get('x-api-key');
    if (!auth && !headerKey) return { viewer: null, authError: null };
    try {
      if (auth && headerKey) throw new UnauthenticatedError('Send either "Authorization" or "X-API-Key", not both', 'TOKEN_INVALID');
      if (headerKey) return { viewer: await resolveApiKey(orm.em.fork(), headerKey.trim()), authError: null };
      const [scheme, token] = auth!.split(' ');
      if (scheme !== 'Bearer' || !token) throw new UnauthenticatedError('Use "Authorization: Bearer <token>"', 'TOKEN_INVALID');
      const viewer = isApiKey(token) ? await resolveApiKey(orm.em.fork(), token) : await resolveViewer(orm.em.fork(), config.jwtSecret, token);
      return { viewer, authError: null };
    } catch (e) {
      if (!(e instanceof UnauthenticatedError)) throw e;
      return { viewer: null, authError: e };
    }
  };
  const authenticate = (req: Request) => {
    let auth = authOf.get(req);
    if (!auth) authOf.set(req, (auth = resolveAuth(req)));
    return auth;
  };

  const contextOf = async (req: Request): Promise<Context> => {
    const { viewer, authError } = await authenticate(req);
    const requestId = (req.get('x-request-id') ?? '').slice(0, 64) || randomUUID();
    return contextFor(viewer, { requestId, authError, clientIp: req.ip ?? 'unknown', locale: localeOf(req) });
  };

  // Ready when the database answers and the server is not stopping (load balancers stop sending).
  let stopping = false;
  app.get('/healthz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (stopping) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    try {
      await orm.em.fork().execute('select 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).setHeader('Retry-After', String(DatabaseUnavailableError.RETRY_AFTER_SECONDS));
      res.json({ status: 'database unavailable' });
    }
  });

  const downloads = new Downloads(config.exportIdleTimeoutMs);
  // A database that cannot be reached while the context is built (the token's account is read) is a
  // 503 with Retry-After, not "Context creation failed: connect ECONNREFUSED <host>:<port>" and a 500.
  const graphqlContext = async (req: Request): Promise<Context> => {
    try {
      return await contextOf(req);
    } catch (e) {
      if (!isDatabaseUnavailable(e)) throw e;
      logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'database unavailable');
      const error = new DatabaseUnavailableError();
      throw new GraphQLError(error.message, {
        originalError: error,
        extensions: { code: error.code, http: { status: 503, headers: new HeaderMap([['retry-after', String(DatabaseUnavailableError.RETRY_AFTER_SECONDS)]]) } },
      });
    }
  };

  if (config.corsOrigins.length) app.use(['/graphql', '/export'], cors(config.corsOrigins));
  // An API key's rate and trusted operations are checked before GraphQL sees the request.
  // The gate reads the token's account (or the key): a database it cannot reach is a clean 503 there too.
  const gate = apiKeyGate({ authenticate, limits, orm, accessLog });
  const keyGate = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      await gate(req, res, next);
    } catch (e) {
      if (!isDatabaseUnavailable(e)) return next(e);
      logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'database unavailable');
      const error = new DatabaseUnavailableError();
      res.status(503).setHeader('Retry-After', String(DatabaseUnavailableError.RETRY_AFTER_SECONDS));
      res.json({ errors: [{ message: error.message, extensions: { code: error.code, reason: error.reason, params: error.params } }] });
    }
  };
  app.use('/graphql', express.json({ limit: config.bodyLimit }), keyGate, expressMiddleware(apollo, { context: ({ req }) => graphqlContext(req) }));
  app.use('/export', keyGate);
  mountExports(app, {
    contextOf,
    schema,
    formatError,
    logger,
    downloads,
    cursor: { chunk: 500, statementTimeoutMs: config.exportStatementTimeoutMs, idleTimeoutMs: config.exportIdleTimeoutMs },
  });

  if (config.corsOrigins.length) app.use('/files', cors(config.corsOrigins));
  mountDocumentRoutes(app, { contextOf, logger, accessLog, fail }, config.files);
  const sweep = startOrphanSweep({ orm, files, logger, config: config.files });

  // The admin panel (a single-page app) on the same port.
  if (existsSync(path.join(config.adminDistDir, 'index.html'))) {
    app.use(express.static(config.adminDistDir, { index: false, maxAge: '1h', setHeaders: (res, file) => file.endsWith('index.html') && res.setHeader('Cache-Control', 'no-cache') }));
    // GraphiQL (admin/graphiql, built beside the panel): for logged-in users and API keys alike,
    // who bring their credentials (the panel's login, or a key in its headers tab).
    const graphiql = path.join(config.adminDistDir, 'graphiql', 'index.html');
    app.get(['/graphiql', '/graphiql/'], (_req, res) => {
      if (!existsSync(graphiql)) return void res.status(404).type('text/plain').send('GraphiQL is not built (npm run build)');
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(graphiql);
    });
    app.get(/^\/(?!graphql|graphiql|healthz|export|files).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(config.adminDistDir, 'index.html'));
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('ASN Merit API: POST /graphql. The admin panel is not built (npm run build).');
    });
  }

  // Body too large, malformed JSON: a clear error in GraphQL's shape, never a stack trace.
  app.use((err: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const tooLarge = err.type === 'entity.too.large';
    const status = tooLarge ? 413 : (err.status ?? 500);
    if (status >= 500) logger.error({ err }, 'request failed');
    const code = tooLarge ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    const message = tooLarge ? `Request body larger than ${config.bodyLimit}` : status < 500 ? 'Malformed request' : 'Internal server error';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  });

  return {
    httpServer,
    apollo,
    accessLog,
    downloads,
    files,
    sweepOrphans: () => sweep.run(),
    contextFor: (viewer) => contextFor(viewer),
    async stop() {
      stopping = true;
      sweep.stop();
      // Downloads can run for minutes: they are cut at once (their cursors and connections freed),
      // while ordinary requests get the grace period.
      await downloads.abortAll('shutdown', Math.max(config.shutdownGraceMs, 1_000));
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await accessLog.drain();
    },
  };
}

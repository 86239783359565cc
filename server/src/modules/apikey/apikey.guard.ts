// What an API key may do, checked before any GraphQL work: its rate, its trusted operations (an
// Express middleware in front of /graphql and /export), and never a mutation (an Apollo plugin).
import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, Kind } from 'graphql';
import type { Context } from '../../context.ts';
import type { Viewer } from '../../shared/auth.ts';
import { RateLimitError } from '../../shared/errors.ts';
import type { Limits } from '../../shared/rate-limit.ts';
import { AccessRecorder, type AccessLogWriter } from '../access/index.ts';
import { sha256, trustedDocument } from './apikey.auth.ts';
import { ApiKeyErrors } from './apikey.errors.ts';

export interface ApiKeyGateDeps {
  authenticate: (req: Request) => Promise<{ viewer: Viewer | null }>;
  limits: Limits;
  orm: MikroORM;
  accessLog: AccessLogWriter;
}

interface GraphQLBody {
  query?: unknown;
  operationName?: unknown;
  extensions?: { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } & Record<string, unknown>;
}

/**
 * Express middleware for requests authenticated with an API key:
 * - counts the request against the key's rate (HTTP 429 RATE_LIMITED with Retry-After);
 * - for a key limited to its trusted operations, replaces the document by the one registered under
 *   the hash the client sent (`extensions.persistedQuery.sha256Hash`, Apollo's protocol) or under
 *   the hash of the document it sent; anything else is refused before GraphQL sees it
 *   (PERSISTED_QUERY_NOT_FOUND for an unknown hash, FORBIDDEN for a document not registered). The
 *   document then runs like any other: validated, costed, scoped and masked for the key.
 */
export function apiKeyGate(deps: ApiKeyGateDeps) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const { viewer } = await deps.authenticate(req);
    const key = viewer?.apiKey;
    if (!viewer || !key) return next();
    const refuse = (status: number, code: string, reason: string, message: string, params?: Record<string, unknown>) => {
      const access = new AccessRecorder(deps.accessLog, { viewer, clientIp: req.ip ?? 'unknown', requestId: (req.get('x-request-id') ?? '').slice(0, 64) || randomUUID() });
      access.apiKeyRefused(`${req.method} ${req.baseUrl}${req.path === '/' ? '' : req.path}`, reason);
      void access.flush('');
      res.status(status).json({ errors: [{ message, extensions: { code, reason, ...(params ? { params } : {}) } }] });
    };

    try {
      await deps.limits.apiKey(key.rateLimit).consume(key.id);
    } catch (e) {
      if (!(e instanceof RateLimitError)) throw e;
      const retryAfter = Number(e.params?.retryAfterSeconds ?? 1);
      res.setHeader('retry-after', String(retryAfter));
      return refuse(429, 'RATE_LIMITED', 'RATE_LIMITED', `This API key is over its rate (${key.rateLimit.max} requests per ${key.rateLimit.windowSeconds} s); try again in ${retryAfter} s`, { retryAfterSeconds: retryAfter });
    }
    if (!key.trustedOperationsOnly) return next();

    if (req.baseUrl !== '/graphql') return refuse(403, 'FORBIDDEN', 'OPERATION_NOT_ALLOWED', 'This API key may run only its registered GraphQL operations');
    if (req.method !== 'POST') return refuse(403, 'FORBIDDEN', 'TRUSTED_OPERATIONS_POST_ONLY', 'This API key sends its registered operations with POST /graphql');
    const body = (req.body ?? {}) as GraphQLBody;
    const sent = body.extensions?.persistedQuery?.sha256Hash;
    const hash = typeof sent === 'string' ? sent.toLowerCase() : typeof body.query === 'string' ? sha256(body.query) : null;
    const document = hash && /^[0-9a-f]{64}$/.test(hash) ? await trustedDocument(deps.orm.em.fork(), key.id, hash) : null;
    if (!document) {
      return typeof body.query === 'string'
        ? refuse(403, 'FORBIDDEN', 'OPERATION_NOT_ALLOWED', 'This API key may run only its registered operations, and this document is not one of them')
        : refuse(200, 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_NOT_ALLOWED', 'PersistedQueryNotFound: no operation with this hash is registered for this API key');
    }
    // The registered text runs, whatever text came along; Apollo's own cache (the panel's automatic
    // persisted queries) is neither read nor written for a key's trusted operations.
    body.query = document;
    if (body.extensions) delete body.extensions.persistedQuery;
    next();
  };
}

/** Refuses any mutation (or subscription) of an API key before it runs: keys are read-only. */
export function apiKeyPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (!contextValue.viewer?.apiKey || !operation || operation.operation === 'query') return;
          const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
          for (const f of fields) contextValue.access.mutationRefused(f, 'API_KEY_READ_ONLY');
          contextValue.access.apiKeyRefused(`${operation.operation} ${fields.join(',')}`, 'API_KEY_READ_ONLY');
          const error = ApiKeyErrors.forbidden('API_KEY_READ_ONLY', 'API keys are read-only: a key can never run a mutation');
          throw new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, http: { status: 403, headers: new HeaderMap() } } });
        },
      };
    },
  };
}

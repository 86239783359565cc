import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { getOperationAST, GraphQLError, parse, validate, type GraphQLSchema } from 'graphql';
import type { Context } from '../../context.ts';
import { Role, type Viewer } from '../../shared/auth.ts';
import { ForbiddenError, InputErrors, NotFoundError, type InputError } from '../../shared/errors.ts';
import { likeEscape, type Page } from '../../shared/list.ts';
import { checkVersion, viewerOf } from '../../shared/resolve.ts';
import { governmentScope, writableGovernment } from '../../shared/scope.ts';
import { query, sql } from '../../shared/sql.ts';
import { Government, OrgUnit } from '../organization/index.ts';
import { newApiKey, sha256 } from './apikey.auth.ts';
import { ApiKey, ApiKeyOperation, ApiKeyStatus, type ApiKeyView } from './apikey.entity.ts';
import { ApiKeyErrors } from './apikey.errors.ts';
import type { ApiKeyFilter, ApiKeyOperationInput, CreateApiKeyInput } from './apikey.inputs.ts';

/** A key as lists read it (property names; relations as ids). */
export interface ApiKeyRow {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  government: string;
  unit: string | null;
  name: string;
  prefix: string;
  view: ApiKeyView;
  trustedOperationsOnly: boolean;
  rateLimitMax: number;
  rateLimitWindowSeconds: number;
  expiresAt: Date | null;
  revokedAt: Date | null;
  revokedById: string | null;
  createdById: string;
  lastUsedAt: Date | null;
  requestCount: number;
}

export interface ApiKeyOperationRow {
  id: string;
  governmentId: string;
  apiKeyId: string;
  sha256: string;
  operationName: string | null;
  document: string;
  createdAt: Date;
}

const KEY_COLUMNS = sql`k.id, k.created_at as "createdAt", k.updated_at as "updatedAt", k.version, k.government_id as government, k.unit_id as unit, k.name, k.prefix,
  k.view, k.trusted_operations_only as "trustedOperationsOnly", k.rate_limit_max as "rateLimitMax", k.rate_limit_window_seconds as "rateLimitWindowSeconds",
  k.expires_at as "expiresAt", k.revoked_at as "revokedAt", k.revoked_by_id as "revokedById", k.created_by_id as "createdById", k.last_used_at as "lastUsedAt", k.request_count as "requestCount"`;

/** Raw rows carry timestamps as text (the driver's setting): instants as Dates. */
const at = (v: Date | string | null): Date | null => (v == null ? null : v instanceof Date ? v : new Date(v));
const keyRow = (r: ApiKeyRow): ApiKeyRow => ({ ...r, createdAt: at(r.createdAt)!, updatedAt: at(r.updatedAt)!, expiresAt: at(r.expiresAt), revokedAt: at(r.revokedAt), lastUsedAt: at(r.lastUsedAt) });

/** A key's status now. */
export function apiKeyStatus(key: { revokedAt?: Date | null; expiresAt?: Date | null }, now = new Date()): ApiKeyStatus {
  if (key.revokedAt) return ApiKeyStatus.REVOKED;
  if (key.expiresAt && key.expiresAt <= now) return ApiKeyStatus.EXPIRED;
  return ApiKeyStatus.ACTIVE;
}

/**
 * Checks and registers trusted documents for a key: each parses, validates against the schema, is
 * one query (a key can never mutate), and has the SHA-256 it claims. Already registered hashes are
 * kept as they are. Used by the mutation and by `npm run keys:register-manifest`.
 */
export async function registerOperations(em: SqlEntityManager, schema: GraphQLSchema, key: { id: string; governmentId: string }, operations: readonly ApiKeyOperationInput[]): Promise<number> {
  const problems: InputError[] = [];
  const checked: { sha256: string; document: string; operationName: string | null }[] = [];
  operations.forEach((op, i) => {
    const field = `operations.${i}`;
    const hash = sha256(op.document);
    if (op.sha256 && op.sha256.toLowerCase() !== hash) {
      problems.push(ApiKeyErrors.input(`${field}.sha256`, 'HASH_MISMATCH', `${field}.sha256: the document's SHA-256 is ${hash}, not ${op.sha256}`));
      return;
    }
    let doc;
    try {
      doc = parse(op.document, { maxTokens: 5_000 });
    } catch (e) {
      problems.push(ApiKeyErrors.input(`${field}.document`, 'DOCUMENT_INVALID', `${field}.document: ${e instanceof GraphQLError ? e.message : 'does not parse'}`));
      return;
    }
    const errors = validate(schema, doc);
    if (errors.length) {
      problems.push(ApiKeyErrors.input(`${field}.document`, 'DOCUMENT_INVALID', `${field}.document: ${errors[0].message}`));
      return;
    }
    const operation = getOperationAST(doc);
    if (!operation || operation.operation !== 'query') {
      problems.push(ApiKeyErrors.input(`${field}.document`, 'DOCUMENT_NOT_A_QUERY', `${field}.document: an API key runs one query per document, never a mutation`));
      return;
    }
    checked.push({ sha256: hash, document: op.document, operationName: operation.name?.value ?? null });
  });
  if (problems.length) throw new InputErrors(problems);
  const known = new Set(
    (await query<{ sha256: string }>(em, sql`select o.sha256 from api_key_operation o where o.api_key_id = ${key.id} and o.sha256 in (${sql.list(checked.map((c) => c.sha256))})`)).map((r) => r.sha256),
  );
  const fresh = [...new Map(checked.filter((c) => !known.has(c.sha256)).map((c) => [c.sha256, c])).values()];
  for (const c of fresh) em.create(ApiKeyOperation, { governmentId: key.governmentId, apiKey: key.id, ...c });
  await em.flush();
  return fresh.length;
}

export class ApiKeyService {
  constructor(private readonly ctx: Context) {}

  async list(filter: ApiKeyFilter = { includeSubUnits: true }, limit: number, offset: number): Promise<Page<ApiKeyRow>> {
    const viewer = this.requireKeyAdmin();
    const gov = governmentScope(viewer);
    const now = new Date();
    const status =
      filter.status === ApiKeyStatus.REVOKED ? sql`k.revoked_at is not null`
      : filter.status === ApiKeyStatus.EXPIRED ? sql`k.revoked_at is null and k.expires_at <= ${now}`
      : filter.status === ApiKeyStatus.ACTIVE ? sql`k.revoked_at is null and (k.expires_at is null or k.expires_at > ${now})`
      : null;
    const q = filter.q?.trim();
    const where = sql.and([
      gov ? sql`k.government_id = ${gov}` : null,
      filter.governmentId ? sql`k.government_id = ${filter.governmentId}` : null,
      filter.ids ? sql`k.id in (${sql.list(filter.ids)})` : null,
      !filter.unitId ? null :
        (filter.includeSubUnits
          ? sql`k.unit_id in (select s.id from org_unit s where s.path like (select u.path from org_unit u where u.id = ${filter.unitId}) || '%')`
          : sql`k.unit_id = ${filter.unitId}`),
      status,
      !q ? null : sql`(k.name ilike ${`%${likeEscape(q)}%`} or k.prefix like ${`${likeEscape(q)}%`})`,
    ]);
    const rows = await query<ApiKeyRow & { total: number }>(
      this.ctx.em,
      sql`select ${KEY_COLUMNS}, count(*) over ()::int as total from api_key k where ${where} order by k.created_at desc, k.id limit ${limit} offset ${offset}`,
    );
    const total = rows[0]?.total ?? (offset > 0 ? (await query<{ n: number }>(this.ctx.em, sql`select count(*)::int as n from api_key k where ${where}`))[0].n : 0);
    return { items: rows.map(({ total: _, ...r }) => keyRow(r)), total, limit, offset };
  }

  async get(id: string): Promise<ApiKeyRow> {
    const viewer = this.requireKeyAdmin();
    const gov = governmentScope(viewer);
    const [row] = await query<ApiKeyRow>(this.ctx.em, sql`select ${KEY_COLUMNS} from api_key k where k.id = ${id} and ${gov ? sql`k.government_id = ${gov}` : sql`true`}`);
    if (!row) throw new NotFoundError('ApiKey', id);
    return keyRow(row);
  }

  /** A new key: the secret is in the answer once and never again. Audited (not its hash). */
  async create(input: CreateApiKeyInput): Promise<{ key: string; apiKey: ApiKey }> {
    const viewer = this.requireKeyAdmin();
    const em = this.ctx.em;
    const governmentId = writableGovernment(viewer, input.governmentId);
    if (!(await em.count(Government, { id: governmentId }))) throw new NotFoundError('Government', governmentId, 'governmentId');
    if (input.unitId) {
      const unit = await em.findOne(OrgUnit, input.unitId);
      if (!unit || unit.government.id !== governmentId) throw new NotFoundError('Unit', input.unitId, 'unitId');
    }
    if (input.expiresAt && input.expiresAt <= new Date()) throw ApiKeyErrors.input('expiresAt', 'EXPIRY_IN_PAST', 'expiresAt: the key would already have expired');
    const { key, keyHash, prefix } = newApiKey();
    const apiKey = em.create(ApiKey, {
      government: governmentId,
      unit: input.unitId ?? null,
      name: input.name.trim(),
      prefix,
      keyHash,
      view: input.view,
      trustedOperationsOnly: input.trustedOperationsOnly,
      rateLimitMax: input.rateLimitMax,
      rateLimitWindowSeconds: input.rateLimitWindowSeconds,
      expiresAt: input.expiresAt ?? null,
      createdById: viewer.userId,
    });
    await em.flush();
    return { key, apiKey };
  }

  /** Revokes a key at once (the next request with it is refused). Audited. */
  async revoke(id: string, version: number): Promise<ApiKey> {
    const viewer = this.requireKeyAdmin();
    const key = await this.entity(viewer, id);
    checkVersion('ApiKey', key, version);
    if (key.revokedAt) throw ApiKeyErrors.conflict('ALREADY_REVOKED', `API key ${key.prefix}… was already revoked`);
    key.revokedAt = new Date();
    key.revokedById = viewer.userId;
    await this.ctx.em.flush();
    return key;
  }

  async operations(apiKeyId: string, limit: number, offset: number): Promise<Page<ApiKeyOperationRow>> {
    const key = await this.get(apiKeyId);
    const rows = await query<ApiKeyOperationRow & { total: number }>(
      this.ctx.em,
      sql`select o.id, o.government_id as "governmentId", o.api_key_id as "apiKeyId", o.sha256, o.operation_name as "operationName", o.document, o.created_at as "createdAt", count(*) over ()::int as total
            from api_key_operation o where o.government_id = ${key.government} and o.api_key_id = ${key.id}
           order by o.operation_name nulls last, o.sha256 limit ${limit} offset ${offset}`,
    );
    return { items: rows.map(({ total: _, ...r }) => ({ ...r, createdAt: at(r.createdAt)! })), total: rows[0]?.total ?? (await this.operationCount(key)), limit, offset };
  }

  async register(apiKeyId: string, operations: readonly ApiKeyOperationInput[], schema: GraphQLSchema): Promise<number> {
    const viewer = this.requireKeyAdmin();
    const key = await this.entity(viewer, apiKeyId, 'apiKeyId');
    return registerOperations(this.ctx.em, schema, { id: key.id, governmentId: key.government.id }, operations);
  }

  async removeOperation(id: string): Promise<boolean> {
    const viewer = this.requireKeyAdmin();
    const op = await this.ctx.em.findOne(ApiKeyOperation, id);
    const gov = governmentScope(viewer);
    if (!op || (gov && op.governmentId !== gov)) throw new NotFoundError('ApiKeyOperation', id);
    this.ctx.em.remove(op);
    await this.ctx.em.flush();
    return true;
  }

  private async operationCount(key: ApiKeyRow): Promise<number> {
    const [row] = await query<{ n: number }>(this.ctx.em, sql`select count(*)::int as n from api_key_operation o where o.government_id = ${key.government} and o.api_key_id = ${key.id}`);
    return row.n;
  }

  private async entity(viewer: Viewer, id: string, field?: string): Promise<ApiKey> {
    const key = await this.ctx.em.findOne(ApiKey, id);
    const gov = governmentScope(viewer);
    if (!key || (gov && key.government.id !== gov)) throw new NotFoundError('ApiKey', id, field);
    return key;
  }

  private requireKeyAdmin(): Viewer {
    const viewer = viewerOf(this.ctx);
    if (viewer.apiKey || (viewer.role !== Role.SUPER_ADMIN && viewer.role !== Role.GOV_ADMIN)) throw new ForbiddenError('Only a super admin or a government admin manages API keys', 'ROLE');
    return viewer;
  }
}

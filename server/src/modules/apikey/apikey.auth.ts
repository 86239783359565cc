// Presenting an API key: its format, its hash, and the viewer it stands for.
import { createHash, randomBytes } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { Role, type Viewer } from '../../shared/auth.ts';
import { UnauthenticatedError } from '../../shared/errors.ts';
import { query, sql } from '../../shared/sql.ts';
import { ApiKeyView } from './apikey.entity.ts';

/** Every key starts with it, so `Authorization: Bearer` tells a key from a login token (a JWT). */
export const API_KEY_PREFIX = 'asnk_';
/** 32 random bytes, base64url: 43 characters after the prefix. */
const KEY_FORMAT = /^asnk_[A-Za-z0-9_-]{43}$/;
/** Characters of the key kept in clear to recognise it in lists. */
const SHOWN = 12;

export const isApiKey = (token: string): boolean => token.startsWith(API_KEY_PREFIX);

/** SHA-256 (hex) of a key or a document. A 256-bit random key needs no slow password hash. */
export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A new key: the secret (shown once), its hash (stored) and its prefix (shown in lists). */
export function newApiKey(): { key: string; keyHash: string; prefix: string } {
  const key = API_KEY_PREFIX + randomBytes(32).toString('base64url');
  return { key, keyHash: sha256(key), prefix: key.slice(0, SHOWN) };
}

interface KeyRow {
  id: string;
  name: string;
  prefix: string;
  government_id: string;
  unit_id: string | null;
  unit_path: string | null;
  view: ApiKeyView;
  trusted_operations_only: boolean;
  rate_limit_max: number;
  rate_limit_window_seconds: number;
}

/**
 * The viewer an API key stands for (an analyst of its government, confined to its unit), counting
 * the use (last used, requests) in the same statement. Unknown, revoked and expired keys are refused,
 * each with its reason.
 */
export async function resolveApiKey(em: SqlEntityManager, key: string): Promise<Viewer> {
  if (!KEY_FORMAT.test(key)) throw new UnauthenticatedError('Unknown API key', 'API_KEY_UNKNOWN');
  const keyHash = sha256(key);
  const [row] = await query<KeyRow>(
    em,
    sql`update api_key k set last_used_at = now(), request_count = k.request_count + 1
         where k.key_hash = ${keyHash} and k.revoked_at is null and (k.expires_at is null or k.expires_at > now())
     returning k.id, k.name, k.prefix, k.government_id, k.unit_id, (select u.path from org_unit u where u.id = k.unit_id) as unit_path,
               k.view, k.trusted_operations_only, k.rate_limit_max, k.rate_limit_window_seconds`,
  );
  if (!row) {
    const [known] = await query<{ revoked: boolean }>(em, sql`select k.revoked_at is not null as revoked from api_key k where k.key_hash = ${keyHash}`);
    if (!known) throw new UnauthenticatedError('Unknown API key', 'API_KEY_UNKNOWN');
    if (known.revoked) throw new UnauthenticatedError('This API key has been revoked', 'API_KEY_REVOKED');
    throw new UnauthenticatedError('This API key has expired', 'API_KEY_EXPIRED');
  }
  return {
    userId: row.id,
    email: `apikey:${row.prefix}`,
    role: Role.ANALYST,
    governmentId: row.government_id,
    unitId: row.unit_id,
    unitPath: row.unit_path,
    employeeId: null,
    apiKey: {
      id: row.id,
      name: row.name,
      prefix: row.prefix,
      view: row.view,
      trustedOperationsOnly: row.trusted_operations_only,
      rateLimit: { max: row.rate_limit_max, windowSeconds: row.rate_limit_window_seconds },
    },
  };
}

/** The document registered for a key under this hash, if any. */
export async function trustedDocument(em: SqlEntityManager, apiKeyId: string, hash: string): Promise<string | null> {
  const [row] = await query<{ document: string }>(em, sql`select o.document from api_key_operation o where o.api_key_id = ${apiKeyId} and o.sha256 = ${hash}`);
  return row?.document ?? null;
}

// A dashboard's manifest of trusted documents, as graphql-codegen's client preset writes it
// (`persistedDocuments: true` -> persisted-documents.json): `{ "<sha256>": "<document>", ... }`.
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { NotFoundError } from '../../shared/errors.ts';
import { query, sql } from '../../shared/sql.ts';
import { ApiKeyErrors } from './apikey.errors.ts';
import { MAX_OPERATIONS_PER_CALL } from './apikey.inputs.ts';
import { registerOperations } from './apikey.service.ts';

/** The entries of a manifest; anything but an object of hash -> document is refused. */
export function parseManifest(text: string): { sha256: string; document: string }[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw ApiKeyErrors.input('manifest', 'MANIFEST_INVALID', 'manifest: not JSON');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw ApiKeyErrors.input('manifest', 'MANIFEST_INVALID', 'manifest: expected an object { "<sha256>": "<document>" }');
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (!entries.length) throw ApiKeyErrors.input('manifest', 'MANIFEST_INVALID', 'manifest: no documents');
  return entries.map(([sha256, document]) => {
    if (typeof document !== 'string') throw ApiKeyErrors.input('manifest', 'MANIFEST_INVALID', `manifest: the entry ${sha256} is not a document`);
    return { sha256, document };
  });
}

/**
 * Registers a manifest for a key, by the operator (`npm run keys:register-manifest`): no viewer,
 * the key named by its id. Answers how many documents were new.
 */
export async function registerManifest(em: SqlEntityManager, schema: GraphQLSchema, apiKeyId: string, text: string): Promise<{ registered: number; total: number }> {
  const [key] = await query<{ id: string; government_id: string }>(em, sql`select k.id, k.government_id from api_key k where k.id = ${apiKeyId}`);
  if (!key) throw new NotFoundError('ApiKey', apiKeyId, 'apiKeyId');
  const entries = parseManifest(text);
  let registered = 0;
  for (let i = 0; i < entries.length; i += MAX_OPERATIONS_PER_CALL) {
    registered += await registerOperations(em, schema, { id: key.id, governmentId: key.government_id }, entries.slice(i, i + MAX_OPERATIONS_PER_CALL));
  }
  return { registered, total: entries.length };
}

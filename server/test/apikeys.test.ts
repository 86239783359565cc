// API keys of dashboards (issue 18): created by government and super admins, shown once, stored
// hashed, read-only, masked like an analyst or stricter, confined to a unit, rate-limited, expiring,
// revocable, audited; trusted operations (persisted documents) for keys limited to them; automatic
// persisted queries for everyone else.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../src/schema.ts';
import { registerManifest } from '../src/modules/apikey/apikey.manifest.ts';
import { startTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let semarang: string;
let dinkesUnit: string;

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id version prefix name status view trustedOperationsOnly rateLimitMax unit { id } government { code } } } }`;
const EMPLOYEES = '{ employees(limit: 5) { total items { id nip nik birthDate age ageBand currentRank { rank { code } } } } }';

interface Created {
  key: string;
  apiKey: { id: string; version: number; prefix: string; status: string; view: string; unit: { id: string } | null };
}

async function createKey(input: Record<string, unknown>, as: 'gov' | 'super' = 'gov'): Promise<Created> {
  const data = await t.ok<{ createApiKey: Created }>(CREATE, { input: { name: 'Dasbor uji', ...input } }, as);
  return data.createApiKey;
}

/** POST /graphql with a raw body (extensions) and headers. */
async function post(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, ...((await res.json()) as { data?: any; errors?: { message: string; extensions: Record<string, any> }[]; extensions?: { sqlStatements?: number } }) };
}

const withKey = (key: string, query: string, variables?: Record<string, unknown>) => post({ query, variables }, { authorization: `Bearer ${key}` });

beforeAll(async () => {
  t = await startTestApp();
  [{ id: semarang }] = await t.sql<{ id: string }>(`select id from government where code = '33.74'`);
  [{ id: dinkesUnit }] = await t.sql<{ id: string }>(`select unit_id as id from app_user where email = 'dinkes@semarangkota.go.id'`);
});
afterAll(() => t?.close());

describe('creating and listing keys', () => {
  it('shows the key once, stores only its SHA-256, and audits the creation without it', async () => {
    const created = await createKey({ name: 'Dasbor IKM' });
    expect(created.key).toMatch(/^asnk_[A-Za-z0-9_-]{43}$/);
    expect(created.key.startsWith(created.apiKey.prefix)).toBe(true);
    expect(created.apiKey).toMatchObject({ status: 'ACTIVE', view: 'MASKED', unit: null });
    const [row] = await t.sql<{ key_hash: string }>('select key_hash from api_key where id = ?', [created.apiKey.id]);
    expect(row.key_hash).toBe(sha(created.key));
    const listed = await t.gql('{ apiKeys(limit: 100) { total items { id prefix name } } }');
    expect(JSON.stringify(listed)).not.toContain(created.key);
    expect(listed.data.apiKeys.items.map((k: { id: string }) => k.id)).toContain(created.apiKey.id);
    const [audit] = await t.sql<{ action: string; changes: Record<string, unknown> }>(`select action, changes from audit_entry where entity_name = 'ApiKey' and entity_id = ?`, [created.apiKey.id]);
    expect(audit.action).toBe('CREATE');
    expect(Object.keys(audit.changes)).toContain('name');
    expect(Object.keys(audit.changes)).not.toContain('keyHash');
    expect(JSON.stringify(audit.changes)).not.toContain(row.key_hash);
  });

  it('is for government and super admins only, each within reach', async () => {
    for (const as of ['analyst', 'unit', 'employee'] as const) {
      const res = await t.gql(CREATE, { input: { name: 'x' } }, as);
      expect(res.errors?.[0].extensions.code, as).toBe('FORBIDDEN');
    }
    const res = await t.gql(CREATE, { input: { name: 'x', governmentId: semarang } }, 'otherGov');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_GOVERNMENT' });
    const superKey = await createKey({ governmentId: semarang }, 'super');
    const other = await t.gql('query($id: ID!) { apiKey(id: $id) { id } }', { id: superKey.apiKey.id }, 'otherGov');
    expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const mine = await t.gql('query($id: ID!) { apiKey(id: $id) { id } }', { id: superKey.apiKey.id }, 'gov');
    expect(mine.data.apiKey.id).toBe(superKey.apiKey.id);
    const noGov = await t.gql(CREATE, { input: { name: 'x' } }, 'super');
    expect(noGov.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'governmentId' });
  });

  it('refuses bad input naming the field', async () => {
    const past = await t.gql(CREATE, { input: { name: 'x', expiresAt: '2020-01-01T00:00:00Z' } });
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresAt', reason: 'EXPIRY_IN_PAST' });
    const rate = await t.gql(CREATE, { input: { name: 'x', rateLimitMax: 0 } });
    expect(rate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rateLimitMax' });
    const [{ id: otherUnit }] = await t.sql<{ id: string }>(`select u.id from org_unit u join government g on g.id = u.government_id where g.code = '12.76' limit 1`);
    const unit = await t.gql(CREATE, { input: { name: 'x', unitId: otherUnit } });
    expect(unit.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'unitId' });
  });
});

describe('using a key', () => {
  it('works as Authorization: Bearer and as X-API-Key, with the analyst\'s masking and the same statements', async () => {
    const { key } = await createKey({});
    const analyst = await t.gql(EMPLOYEES, {}, 'analyst');
    for (const headers of [{ authorization: `Bearer ${key}` }, { 'x-api-key': key }] as Record<string, string>[]) {
      const res = await post({ query: EMPLOYEES }, headers);
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual(analyst.data);
      expect(res.extensions?.sqlStatements).toBe(analyst.extensions?.sqlStatements);
      for (const e of res.data.employees.items) {
        expect(e.birthDate).toBeNull();
        expect(e.age).toBeNull();
        expect(e.ageBand).toMatch(/^\d+-\d+$/);
        if (e.nik) expect(e.nik).toContain('*');
      }
    }
  });

  it('cannot filter or sort on the birth date (no bisection), like an analyst', async () => {
    const { key } = await createKey({});
    const filter = await withKey(key, '{ employees(filter: { birthDate: { from: "1980-01-01", to: "1980-06-30" } }) { total } }');
    expect(filter.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'birthDate', reason: 'MASKED_FIELD' });
    const sort = await withKey(key, '{ employees(sort: [{ field: BIRTH_DATE }]) { total } }');
    expect(sort.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MASKED_FIELD' });
  });

  it('a stricter key sees only the directory card', async () => {
    const { key } = await createKey({ view: 'DIRECTORY' });
    const res = await withKey(key, EMPLOYEES);
    expect(res.data.employees.items.length).toBeGreaterThan(0);
    for (const e of res.data.employees.items) expect(e).toMatchObject({ nik: null, birthDate: null, ageBand: null, currentRank: null });
  });

  it('a unit key sees only its unit and sub-units, like that unit\'s admin', async () => {
    const { key } = await createKey({ unitId: dinkesUnit });
    const unitAdmin = await t.gql('{ employees(limit: 500) { total items { id } } }', {}, 'unit');
    const res = await withKey(key, '{ employees(limit: 500) { total items { id nik birthDate } } }');
    expect(res.data.employees.total).toBe(unitAdmin.data.employees.total);
    expect(res.data.employees.items.map((e: { id: string }) => e.id).sort()).toEqual(unitAdmin.data.employees.items.map((e: { id: string }) => e.id).sort());
    for (const e of res.data.employees.items) expect(e.birthDate).toBeNull();
  });

  it('can never mutate: any mutation is refused before it runs, and logged', async () => {
    const { key, apiKey } = await createKey({});
    const [{ id: employeeId, version }] = await t.sql<{ id: string; version: number }>(`select id, version from employee where government_id = ? limit 1`, [semarang]);
    for (const mutation of [
      { query: CREATE, variables: { input: { name: 'escalate' } } },
      { query: 'mutation($id: ID!, $v: Int!) { updateEmployee(id: $id, input: { version: $v, fullName: "Diubah Kunci" }) { id } }', variables: { id: employeeId, v: version } },
      { query: 'mutation { login(email: "bkpp@semarangkota.go.id", password: "MeritDemo2026") { token } }' },
    ]) {
      const res = await post(mutation, { 'x-api-key': key });
      expect(res.status).toBe(403);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'API_KEY_READ_ONLY' });
      expect(res.data).toBeUndefined();
    }
    const [e] = await t.sql<{ full_name: string }>('select full_name from employee where id = ?', [employeeId]);
    expect(e.full_name).not.toBe('Diubah Kunci');
    await t.app.accessLog.drain();
    const log = await t.gql('query($id: ID!) { accessLog(limit: 50, filter: { actorId: $id }) { items { action reason actorRole operation } } }', { id: apiKey.id });
    expect(log.data.accessLog.items).toContainEqual(expect.objectContaining({ action: 'API_KEY_REFUSED', reason: 'API_KEY_READ_ONLY', actorRole: 'API_KEY' }));
    expect(log.data.accessLog.items).toContainEqual(expect.objectContaining({ action: 'MUTATION_REFUSED', operation: 'updateEmployee' }));
  });

  it('counts its use (last used, requests) and logs each use in the access log', async () => {
    const { key, apiKey } = await createKey({});
    for (let i = 0; i < 3; i++) expect((await withKey(key, '{ employees(limit: 1) { total } }')).errors).toBeUndefined();
    const read = await t.gql('query($id: ID!) { apiKey(id: $id) { requestCount lastUsedAt } }', { id: apiKey.id });
    expect(read.data.apiKey.requestCount).toBe(3);
    expect(read.data.apiKey.lastUsedAt).not.toBeNull();
    await t.app.accessLog.drain();
    const log = await t.gql('query($id: ID!) { accessLog(limit: 50, filter: { actorId: $id, actions: [API_KEY_USE] }) { total items { operation entityId governmentId } } }', { id: apiKey.id });
    expect(log.data.accessLog.total).toBe(3);
    expect(log.data.accessLog.items[0]).toMatchObject({ operation: 'query employees', entityId: apiKey.id, governmentId: semarang });
  });

  it('is refused once over its rate: HTTP 429 RATE_LIMITED with Retry-After', async () => {
    const { key } = await createKey({ rateLimitMax: 3, rateLimitWindowSeconds: 600 });
    for (let i = 0; i < 3; i++) expect((await withKey(key, '{ employees(limit: 1) { total } }')).status).toBe(200);
    const res = await withKey(key, '{ employees(limit: 1) { total } }');
    expect(res.status).toBe(429);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another key has its own allowance.
    const other = await createKey({ rateLimitMax: 3, rateLimitWindowSeconds: 600 });
    expect((await withKey(other.key, '{ employees(limit: 1) { total } }')).status).toBe(200);
  });

  it('unknown, revoked and expired keys are UNAUTHENTICATED, each with its reason', async () => {
    const unknown = await withKey(`asnk_${'A'.repeat(43)}`, '{ employees(limit: 1) { total } }');
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'API_KEY_UNKNOWN' });
    const garbage = await post({ query: '{ employees(limit: 1) { total } }' }, { 'x-api-key': 'not-a-key' });
    expect(garbage.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'API_KEY_UNKNOWN' });

    const revoked = await createKey({});
    expect((await withKey(revoked.key, '{ employees(limit: 1) { total } }')).errors).toBeUndefined();
    const res = await t.gql('mutation($id: ID!, $v: Int!) { revokeApiKey(id: $id, version: $v) { status revokedAt } }', { id: revoked.apiKey.id, v: revoked.apiKey.version });
    expect(res.data.revokeApiKey.status).toBe('REVOKED');
    const after = await withKey(revoked.key, '{ employees(limit: 1) { total } }');
    expect(after.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'API_KEY_REVOKED' });
    const again = await t.gql('mutation($id: ID!, $v: Int!) { revokeApiKey(id: $id, version: $v) { status } }', { id: revoked.apiKey.id, v: revoked.apiKey.version + 1 });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REVOKED' });
    const [audit] = await t.sql<{ changes: Record<string, unknown> }>(`select changes from audit_entry where entity_name = 'ApiKey' and entity_id = ? and action = 'UPDATE'`, [revoked.apiKey.id]);
    expect(Object.keys(audit.changes)).toEqual(expect.arrayContaining(['revokedAt', 'revokedById']));

    const expiring = await createKey({ expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect((await withKey(expiring.key, '{ employees(limit: 1) { total } }')).errors).toBeUndefined();
    await t.sql(`update api_key set expires_at = now() - interval '1 minute' where id = ?`, [expiring.apiKey.id]);
    const expired = await withKey(expiring.key, '{ employees(limit: 1) { total } }');
    expect(expired.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'API_KEY_EXPIRED' });
    const listed = await t.gql('{ apiKeys(limit: 100, filter: { status: EXPIRED }) { items { id status } } }');
    expect(listed.data.apiKeys.items).toContainEqual({ id: expiring.apiKey.id, status: 'EXPIRED' });
  });

  it('cannot manage keys, even through a query', async () => {
    const { key } = await createKey({});
    const res = await withKey(key, '{ apiKeys(limit: 5) { total } }');
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('trusted operations', () => {
  const HEADCOUNT = 'query Headcount { headcount(groupBy: UNIT) { total buckets { key label count } } }';
  const PAGE = 'query Page($limit: Int!) { employees(limit: $limit) { total items { id displayName } } }';
  const REGISTER = 'mutation($id: ID!, $input: RegisterApiKeyOperationsInput!) { registerApiKeyOperations(apiKeyId: $id, input: $input) }';

  it('registers a manifest\'s documents, checking each', async () => {
    const { apiKey } = await createKey({ trustedOperationsOnly: true });
    const bad = await t.gql(REGISTER, {
      id: apiKey.id,
      input: { operations: [{ sha256: sha(HEADCOUNT), document: HEADCOUNT }, { sha256: sha('x'), document: PAGE }, { document: 'mutation { noSuchMutation }' }, { document: '{ nope' }] },
    });
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions.problems!.map((p: { field: string; reason: string }) => [p.field, p.reason])).toEqual([
      ['operations.1.sha256', 'HASH_MISMATCH'],
      ['operations.2.document', 'DOCUMENT_INVALID'],
      ['operations.3.document', 'DOCUMENT_INVALID'],
    ]);
    const mutation = await t.gql(REGISTER, { id: apiKey.id, input: { operations: [{ document: 'mutation($e: String!) { changePassword(currentPassword: $e, newPassword: $e) }' }] } });
    expect(mutation.errors?.[0].extensions).toMatchObject({ field: 'operations.0.document', reason: 'DOCUMENT_NOT_A_QUERY' });
    const ok = await t.gql(REGISTER, { id: apiKey.id, input: { operations: [{ sha256: sha(HEADCOUNT), document: HEADCOUNT }, { document: PAGE }] } });
    expect(ok.data.registerApiKeyOperations).toBe(2);
    const twice = await t.gql(REGISTER, { id: apiKey.id, input: { operations: [{ document: PAGE }] } });
    expect(twice.data.registerApiKeyOperations).toBe(0);
    const ops = await t.gql('query($id: ID!) { apiKeyOperations(apiKeyId: $id, limit: 10) { total items { sha256 operationName } } apiKey(id: $id) { operationCount } }', { id: apiKey.id });
    expect(ops.data.apiKeyOperations.total).toBe(2);
    expect(ops.data.apiKeyOperations.items).toEqual([
      { sha256: sha(HEADCOUNT), operationName: 'Headcount' },
      { sha256: sha(PAGE), operationName: 'Page' },
    ]);
    expect(ops.data.apiKey.operationCount).toBe(2);
  });

  it('a key limited to its operations runs them by hash or by text, and nothing else', async () => {
    const { key, apiKey } = await createKey({ trustedOperationsOnly: true });
    await t.ok(REGISTER, { id: apiKey.id, input: { operations: [{ document: HEADCOUNT }, { document: PAGE }] } });
    const auth = { authorization: `Bearer ${key}` };

    const byHash = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha(PAGE) } }, variables: { limit: 2 } }, auth);
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data.employees.items).toHaveLength(2);
    const byText = await post({ query: HEADCOUNT }, auth);
    expect(byText.errors).toBeUndefined();
    expect(byText.data.headcount.total).toBeGreaterThan(0);

    const other = await post({ query: '{ employees(limit: 1) { items { id nik } } }' }, auth);
    expect(other.status).toBe(403);
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OPERATION_NOT_ALLOWED' });
    const unknownHash = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha('{ __typename }') } } }, auth);
    expect(unknownHash.errors?.[0].extensions).toMatchObject({ code: 'PERSISTED_QUERY_NOT_FOUND', reason: 'OPERATION_NOT_ALLOWED' });
    // A registered hash with other text: the registered text runs.
    const swapped = await post({ query: '{ employees(limit: 1) { items { id nik } } }', extensions: { persistedQuery: { version: 1, sha256Hash: sha(HEADCOUNT) } } }, auth);
    expect(Object.keys(swapped.data)).toEqual(['headcount']);
    // A document in the panel's APQ cache is no way around the list.
    const panelDoc = '{ employees(limit: 1) { total } }';
    expect((await post({ query: panelDoc, extensions: { persistedQuery: { version: 1, sha256Hash: sha(panelDoc) } } }, { authorization: `Bearer ${await t.token('gov')}` })).errors).toBeUndefined();
    const viaCache = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha(panelDoc) } } }, auth);
    expect(viaCache.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    // Another key's operations are not this key's.
    const second = await createKey({ trustedOperationsOnly: true });
    const foreign = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha(PAGE) } }, variables: { limit: 2 } }, { authorization: `Bearer ${second.key}` });
    expect(foreign.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('registers a graphql-codegen manifest file for a key (the operator\'s command)', async () => {
    const { key, apiKey } = await createKey({ trustedOperationsOnly: true });
    const manifest = JSON.stringify({ [sha(HEADCOUNT)]: HEADCOUNT, [sha(PAGE)]: PAGE });
    const schema = await createSchema();
    expect(await registerManifest(t.orm.em.fork(), schema, apiKey.id, manifest)).toEqual({ registered: 2, total: 2 });
    expect(await registerManifest(t.orm.em.fork(), schema, apiKey.id, manifest)).toEqual({ registered: 0, total: 2 });
    await expect(registerManifest(t.orm.em.fork(), schema, apiKey.id, '[1, 2]')).rejects.toMatchObject({ reason: 'MANIFEST_INVALID' });
    await expect(registerManifest(t.orm.em.fork(), schema, apiKey.id, JSON.stringify({ [sha('x')]: PAGE }))).rejects.toMatchObject({ problems: [expect.objectContaining({ reason: 'HASH_MISMATCH' })] });
    const res = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha(PAGE) } }, variables: { limit: 1 } }, { 'x-api-key': key });
    expect(res.data.employees.items).toHaveLength(1);
  });

  it('removing an operation takes it off the list', async () => {
    const { key, apiKey } = await createKey({ trustedOperationsOnly: true });
    await t.ok(REGISTER, { id: apiKey.id, input: { operations: [{ document: HEADCOUNT }] } });
    const ops = await t.ok<{ apiKeyOperations: { items: { id: string }[] } }>('query($id: ID!) { apiKeyOperations(apiKeyId: $id) { items { id } } }', { id: apiKey.id });
    expect((await t.gql('mutation($id: ID!) { removeApiKeyOperation(id: $id) }', { id: ops.apiKeyOperations.items[0].id }, 'otherGov')).errors?.[0].extensions.code).toBe('NOT_FOUND');
    await t.ok('mutation($id: ID!) { removeApiKeyOperation(id: $id) }', { id: ops.apiKeyOperations.items[0].id });
    const res = await post({ query: HEADCOUNT }, { authorization: `Bearer ${key}` });
    expect(res.errors?.[0].extensions.reason).toBe('OPERATION_NOT_ALLOWED');
  });
});

describe('automatic persisted queries', () => {
  it('a logged-in client sends the hash, and the text only the first time', async () => {
    const doc = '{ employees(limit: 2) { total items { id } } }';
    const auth = { authorization: `Bearer ${await t.token('gov')}` };
    const ext = { persistedQuery: { version: 1, sha256Hash: sha(doc) } };
    const miss = await post({ extensions: ext }, auth);
    expect(miss.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const register = await post({ query: doc, extensions: ext }, auth);
    expect(register.errors).toBeUndefined();
    const hit = await post({ extensions: ext }, auth);
    expect(hit.errors).toBeUndefined();
    expect(hit.data).toEqual(register.data);
    const wrong = await post({ query: '{ __typename }', extensions: ext }, auth);
    expect(wrong.status).toBe(400);
  });
});

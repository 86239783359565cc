// Rules that hold for the whole API: every operation needs a role unless it is explicitly public;
// errors never leak internals; limits answer with clear codes.
import { getNamedType, isInputObjectType, isNonNullType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../src/schema.ts';
import { PUBLIC_OPERATIONS } from '../src/modules/auth/index.ts';
import { createFormatError } from '../src/shared/format-error.ts';
import { startTestApp, type TestApp } from './helpers.ts';

describe('schema', () => {
  it('puts @Authorized on every query and mutation except the public ones', async () => {
    await createSchema();
    const storage = getMetadataStorage();
    const authorized = new Set(storage.authorizedFields.map((a) => `${a.target.name}.${a.fieldName}`));
    const unguarded = [...storage.queries, ...storage.mutations]
      .filter((h) => !authorized.has(`${h.target.name}.${h.methodName}`))
      .map((h) => h.schemaName)
      .filter((name) => !PUBLIC_OPERATIONS.has(name));
    expect(unguarded).toEqual([]);
  });

  it("takes every field resolver's parent with @Parent(), never type-graphql's copying @Root() (issue 19)", async () => {
    await createSchema();
    const copied = getMetadataStorage()
      .params.filter((p) => p.kind === 'root')
      .map((p) => `${p.target.name}.${p.methodName}`);
    expect(copied).toEqual([]);
  });
});

describe('list conventions', () => {
  it('lets every list with a filter be fetched by ids (the panel loads referenced records that way)', async () => {
    const schema = await createSchema();
    const missing: string[] = [];
    for (const field of Object.values(schema.getQueryType()!.getFields())) {
      const type = getNamedType(field.type);
      const filter = field.args.find((a) => a.name === 'filter');
      if (!type.name.endsWith('Page') || !filter) continue;
      const input = getNamedType(filter.type);
      if (!isInputObjectType(input)) continue;
      const ids = input.getFields().ids;
      if (!ids || String(ids.type) !== '[ID!]') missing.push(`${field.name}(filter: ${input.name})`);
    }
    expect(missing).toEqual([]);
  });

  describe('against the database', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it('answers a filter on ids with exactly those records, for every list', async () => {
      // The demo data is loaded without an audit trail: make a few entries.
      const units = await t.ok<{ orgUnits: { items: { id: string; version: number; populationServed: number | null }[] } }>('{ orgUnits(limit: 2) { items { id version populationServed } } }');
      for (const u of units.orgUnits.items) {
        await t.ok('mutation($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { id } }', { id: u.id, input: { version: u.version, populationServed: (u.populationServed ?? 0) + 1 } });
      }
      const schema = await createSchema();
      const checked: string[] = [];
      for (const field of Object.values(schema.getQueryType()!.getFields())) {
        const filter = field.args.find((a) => a.name === 'filter');
        if (!getNamedType(field.type).name.endsWith('Page') || !filter || !isInputObjectType(getNamedType(filter.type))) continue;
        if (field.args.some((a) => a.name !== 'filter' && isNonNullType(a.type) && a.defaultValue === undefined)) continue;
        const as = PUBLIC_OPERATIONS.has(field.name) ? 'anonymous' : 'super';
        const first = await t.ok<Record<string, { items: { id: string }[] }>>(`{ ${field.name}(limit: 3) { items { id } } }`, {}, as);
        const ids = first[field.name].items.map((i) => i.id);
        expect(ids.length, `${field.name} has demo records`).toBeGreaterThan(1);
        const picked = [ids[1], ids[0]];
        const byIds = await t.ok<Record<string, { total: number; items: { id: string }[] }>>(`query($ids: [ID!]) { ${field.name}(filter: { ids: $ids }, limit: 10) { total items { id } } }`, { ids: picked }, as);
        expect(byIds[field.name].items.map((i) => i.id).sort(), field.name).toEqual([...picked].sort());
        expect(byIds[field.name].total, field.name).toBe(2);
        checked.push(field.name);
      }
      expect(checked).toEqual(expect.arrayContaining(['employees', 'assessments', 'performanceEvaluations', 'performancePlans', 'users', 'auditEntries', 'publicSurveys']));
    });
  });
});

describe('formatError', () => {
  it('answers an unexpected error with a generic message, no stack and no SQL', () => {
    const format = createFormatError(pino({ level: 'silent' }));
    const err = new Error('relation "secret_table" does not exist: select * from secret_table');
    const out = format({ message: err.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, err);
    expect(out).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, locations: undefined, path: undefined });
  });
});

describe('HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ BODY_LIMIT: '2kb', LOGIN_RATE_LIMIT_MAX: '3' });
  });
  afterAll(() => t.close());

  it('refuses an oversized body with PAYLOAD_TOO_LARGE', async () => {
    const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(5000)}` }) });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ errors: [{ message: 'Request body larger than 2kb', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('refuses too deep a query', async () => {
    const deep = '{ orgUnits { items { parent { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } }';
    const res = await t.gql(deep);
    expect(res.errors?.[0].message).toMatch(/depth/i);
  });

  it('says why a token is refused', async () => {
    const res = await t.gql('{ me { id } }', {}, 'anonymous', { authorization: 'Bearer not-a-token' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
  });

  it('answers a wrong password with UNAUTHENTICATED and rate-limits repeated attempts', async () => {
    const login = (p: string) => t.gql('mutation($p: String!) { login(email: "analis@semarangkota.go.id", password: $p) { token } }', { p }, 'anonymous');
    for (let i = 0; i < 3; i++) expect((await login('wrong-password-1')).errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    const limited = await login('wrong-password-1');
    expect(limited.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('refuses a role that may not call an operation with FORBIDDEN', async () => {
    const res = await t.gql('mutation { createGovernment(input: { code: "99.99", name: "Kota Uji", kind: KOTA }) { id } }', {}, 'gov');
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const res = await t.gql('{ employee(id: "00000000-0000-0000-0000-000000000000") { id } }');
    expect(res.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('rejects a malformed date with a clear message', async () => {
    const res = await t.gql('query($d: LocalDate) { employees(filter: { birthDate: { from: $d } }) { total } }', { d: '26-09-1986' });
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/LocalDate/);
  });
});

describe('migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('never fall back to varchar(255) (a sign of a property without an explicit type)', async () => {
    const dir = new URL('../src/db/migrations/', import.meta.url);
    const { readdir, readFile } = await import('node:fs/promises');
    const offenders: string[] = [];
    for (const f of await readdir(dir)) if (f.startsWith('Migration') && (await readFile(new URL(f, dir), 'utf8')).includes('varchar(255)')) offenders.push(f);
    expect(offenders).toEqual([]);
  });

  it('describe exactly the entities (no schema change is pending)', async () => {
    const sql = await t.orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(sql.trim()).toBe('');
  });
});

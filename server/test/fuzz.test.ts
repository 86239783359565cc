// Property-based fuzzing of every mutation (fast-check): arguments generated from the schema itself
// (each scalar, enum, list and input object, with nasty strings, nulls, huge numbers and bad dates,
// and real ids of the database so the services are reached), sent as every role. Properties: no
// answer is an internal error or a 5xx, and a refused mutation writes nothing: a row trigger on every
// table (the access log, which records refusals, aside) counts committed writes, and a refused
// mutation must leave the count where it was (a rolled-back write rolls its count back too).
//
// A fixed seed and a bounded number of runs keep it within about a minute in `npm test`;
// FUZZ_RUNS (runs per mutation) and FUZZ_SEED explore further: FUZZ_RUNS=200 npm run test -w server -- test/fuzz.test.ts
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../src/db/seeders/index.ts';
import { createSchema } from '../src/schema.ts';
import { startTestApp, type As, type GqlResponse, type TestApp } from './helpers.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const ROLES: As[] = ['super', 'gov', 'unit', 'analyst', 'employee', 'anonymous'];

/** Tables a refused mutation may write: the access log records refusals (and sign-in attempts); rate-limit counters. */
const WRITTEN_ON_REFUSAL = /^(access_log|mikro_orm_migrations|fuzz_writes)$|rate.?limit|rlflx/;

const NASTY_STRINGS = [
  '', ' ', '  padded  ', '\u0000', 'x\u0000y', '\uD800', 'a\uDC00b', '\uFFFF', '\u202Eevil', 'é'.repeat(300), '🙂🙃', 'x'.repeat(5000),
  '=HYPERLINK("http://x")', '+62 812', '-1', '@SUM(1)', "'; drop table employee; --", '%_\\', '<script>alert(1)</script>', '../../etc/passwd',
  'NaN', 'null', 'undefined', '0', '-0', '1e309', 'true', '{}', '[]', 'a@b', 'uji@semarangkota.go.id', 'bkpp@semarangkota.go.id',
  '199107142016032001', '3374015407910001', '1991-07-14', 'ADU-ABCDEFGHJK', 'transparency.minUnitSize', 'III/a', 'DINKES', 'PNS',
];

let t: TestApp;
let idPool: string[] = [];
/** How the runs were answered (printed at the end): the fuzzing must reach the services, not only the parser. */
const outcomes = new Map<string, number>();

/** Rows written so far, per table, by committed transactions (see the triggers in beforeAll). */
async function fingerprint(): Promise<Record<string, number>> {
  const [row] = await t.sql<{ counts: Record<string, number> | null }>(`select json_object_agg(name, n) as counts from fuzz_writes`);
  return row.counts ?? {};
}

function changedTables(a: Record<string, number>, b: Record<string, number>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]).map((k) => `${k}: ${a[k] ?? 0} -> ${b[k] ?? 0} rows written`);
}

/** One request; a connection the server closed under a reused keep-alive socket is retried once. */
async function send(query: string, variables: Record<string, unknown>, as: As): Promise<GqlResponse> {
  try {
    return await t.gql(query, variables, as);
  } catch (e) {
    if ((e as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw e;
    return t.gql(query, variables, as);
  }
}

// ---- arbitraries generated from the schema ---------------------------------------------------

const stringArb = () => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) }, { weight: 2, arbitrary: fc.string({ maxLength: 40 }) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) });
const idArb = () => fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...idPool) }, { weight: 1, arbitrary: fc.uuid() }, { weight: 1, arbitrary: fc.constantFrom('not-a-uuid', '', '00000000-0000-0000-0000-000000000000', 'x\u0000') });
const intArb = (name: string) =>
  name === 'version'
    ? fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.constantFrom(0, -1, 2147483647, 2 ** 31) })
    : fc.oneof({ weight: 3, arbitrary: fc.integer({ min: -2, max: 120 }) }, { weight: 2, arbitrary: fc.integer() }, { weight: 1, arbitrary: fc.constantFrom(2147483647, -2147483648, 2 ** 31, 2 ** 53, 1990, 2024) });
const floatArb = () => fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 0.5, 1, 4, 100, 100.5, 1e308, -1e308, 5e-324));
const localDateArb = () =>
  fc.oneof(
    { weight: 4, arbitrary: fc.date({ min: new Date('1940-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
    { weight: 2, arbitrary: fc.constantFrom('0000-01-01', '9999-12-31', '1899-12-31', '1900-01-01', '2100-12-31', '2101-01-01', '2024-02-30', '26-09-1986', 'kemarin', '') },
  );
const dateTimeArb = () =>
  fc.oneof(
    fc.date({ min: new Date('1800-01-01'), max: new Date('2300-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
    fc.constantFrom('0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', 'nanti', '2024-01-01'),
  );
const jsonArb = () => fc.dictionary(fc.constantFrom(...NASTY_STRINGS.slice(0, 12), 'a', 'b'), fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant(null)), { maxKeys: 3 });

function scalarArb(typeName: string, fieldName: string): fc.Arbitrary<unknown> {
  switch (typeName) {
    case 'String':
      return stringArb();
    case 'ID':
      return idArb();
    case 'Int':
      return intArb(fieldName);
    case 'Float':
      return floatArb();
    case 'Boolean':
      return fc.boolean();
    case 'LocalDate':
      return localDateArb();
    case 'DateTimeISO':
      return dateTimeArb();
    case 'JSONObject':
      return jsonArb();
    default:
      return fc.oneof(stringArb(), fc.integer());
  }
}

function valueArb(type: GraphQLInputType, fieldName: string, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueArb(type.ofType, fieldName, depth);
  const nullable = (arb: fc.Arbitrary<unknown>) => fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 5, arbitrary: arb });
  if (isListType(type)) return fc.array(valueArb(type.ofType, fieldName, depth + 1), { maxLength: depth > 2 ? 0 : 3 });
  if (isEnumType(type)) return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.value as string)) }, { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') });
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) model[f.name] = isNonNullType(f.type) ? valueArb(f.type, f.name, depth + 1) : nullable(valueArb(f.type, f.name, depth + 1));
    // Required fields are nearly always given (missing ones are a 400 the properties also cover).
    return fc.record(model, { requiredKeys: fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name) });
  }
  if (isScalarType(type)) return scalarArb(type.name, fieldName);
  return fc.constant(null);
}

function operationOf(field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a, i) => `$a${i}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a, i) => `${a.name}: $a${i}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `mutation Fuzz${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

function variablesArb(field: GraphQLField<unknown, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  field.args.forEach((a, i) => {
    const v = valueArb(a.type, a.name, 0);
    model[`a${i}`] = isNonNullType(a.type) ? v : fc.oneof(fc.constant(null), v);
  });
  return fc.record(model, { requiredKeys: field.args.map((a, i) => (isNonNullType(a.type) ? `a${i}` : '')).filter(Boolean) });
}

// ---- the properties ------------------------------------------------------------------------

const schema = await createSchema();
const mutations = Object.values(schema.getMutationType()!.getFields());

beforeAll(async () => {
  t = await startTestApp({ PUBLIC_RATE_LIMIT_MAX: '1000000', LOGIN_CLIENT_RATE_LIMIT_MAX: '1000000' });
  // Two accounts the fuzzer may change (the demo accounts it runs as stay out of its reach).
  for (const email of ['fuzz.satu@semarangkota.go.id', 'fuzz.dua@semarangkota.go.id']) {
    await t.ok('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { email, displayName: 'Akun Fuzz', password: 'RahasiaFuzz2026', role: 'ANALYST' } });
  }
  // Every committed row written to a table is counted (in the writing transaction: a rollback undoes its count).
  await t.sql(`create table fuzz_writes (name text primary key, n bigint not null)`);
  await t.sql(`create function fuzz_count() returns trigger language plpgsql as $$
    begin insert into fuzz_writes values (tg_table_name, 1) on conflict (name) do update set n = fuzz_writes.n + 1; return null; end $$`);
  const tables = (await t.sql<{ table_name: string }>(`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`))
    .map((r) => r.table_name)
    .filter((n) => !WRITTEN_ON_REFUSAL.test(n));
  expect(tables).toEqual(expect.arrayContaining(['employee', 'audit_entry', 'app_user', 'feedback', 'survey_response']));
  for (const name of tables) await t.sql(`create trigger fuzz_count after insert or update or delete on "${name}" for each row execute function fuzz_count()`);
  const withId = await t.sql<{ table_name: string }>(`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'id' and data_type = 'uuid' order by table_name`);
  const demo = new Set(DEMO_USERS.map((u) => u.email));
  for (const { table_name } of withId) {
    if (table_name === 'access_log' || table_name === 'audit_entry') continue;
    const rows = await t.sql<{ id: string }>(table_name === 'app_user' ? `select id, email from app_user` : `select id from "${table_name}" order by id limit 3`);
    idPool.push(...rows.filter((r) => !demo.has((r as { email?: string }).email ?? '')).map((r) => r.id));
  }
  // The records of the Semarang test roles (the unit admin's unit, the employee's record).
  idPool.push(...(await t.sql<{ id: string }>(`select employee_id as id from app_user where employee_id is not null union select unit_id from app_user where unit_id is not null`)).map((r) => r.id));
  idPool = [...new Set(idPool)];
  for (const as of ROLES) if (as !== 'anonymous') await t.token(as);
});
afterAll(async () => {
  console.log(`fuzz outcomes (${RUNS} runs per mutation, seed ${SEED}): ${JSON.stringify(Object.fromEntries([...outcomes].sort((a, b) => b[1] - a[1])))}`);
  await t?.close();
});

describe('fuzzing every mutation', () => {
  it('covers every mutation of the schema', () => {
    expect(mutations.length).toBeGreaterThan(60);
  });

  it.each(mutations.map((m) => [m.name, m] as const))('%s: never an internal error, and no write when refused', async (name, field) => {
    const query = operationOf(field);
    let before = await fingerprint();
    await fc.assert(
      // Administrators more often than the others: their requests get past authorization into the services.
      fc.asyncProperty(fc.oneof({ weight: 3, arbitrary: fc.constantFrom<As>('super', 'gov') }, { weight: 2, arbitrary: fc.constantFrom(...ROLES) }), variablesArb(field), async (as, variables) => {
        const res = await send(query, variables, as);
        const context = `${name} as ${as} with ${JSON.stringify(variables).slice(0, 600)}: ${res.status} ${JSON.stringify(res.errors ?? res.data).slice(0, 600)}`;
        expect(res.status, context).toBeLessThan(500);
        expect(res.errors?.filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR') ?? [], context).toEqual([]);
        const after = await fingerprint();
        const refused = !!res.errors?.length || res.data?.[name] == null;
        const outcome = res.status >= 400 ? `HTTP ${res.status}` : refused ? String(res.errors?.[0]?.extensions?.code ?? 'NULL') : 'OK';
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        if (refused) expect(changedTables(before, after), context).toEqual([]);
        before = after;
      }),
      { seed: SEED + name.length * 7919 + name.charCodeAt(0), numRuns: RUNS, endOnFailure: true },
    );
  }, 120_000);

  // (after the mutations: a file's tests run in order)
  it('reached the services: most runs were answered by a resolver, not the parser', () => {
    const total = [...outcomes.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(mutations.length * RUNS);
    expect(outcomes.get('HTTP 400') ?? 0).toBeLessThan(total * 0.6);
    for (const code of ['BAD_USER_INPUT', 'FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND']) expect(outcomes.get(code) ?? 0, code).toBeGreaterThan(0);
  });
});

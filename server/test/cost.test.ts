// Issue 11, "one request must not stall the server": the cost model, the limits per role, the
// panel's documents within them, and the attacks of the review refused before any SQL runs.
import { yearOf } from '@asn-merit/common';
import { parse, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_COST_LIMITS, loadConfig } from '../src/config.ts';
import { createSchema } from '../src/schema.ts';
import { DEFAULT_LIST_SIZE, FIELD_COSTS, operationCost, TooManyNodesError } from '../src/shared/cost.ts';
import { startTestApp, testToday, type As, type TestApp } from './helpers.ts';
import { panelDocuments } from './panel-documents.ts';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(query), variables).cost;

describe('the cost model', () => {
  it('multiplies a page by its limit, given or default', () => {
    const one = cost('{ employees(limit: 1) { items { id nip } } }');
    expect(cost('{ employees(limit: 100) { items { id nip } } }')).toBe(1 + 100 * (one - 1));
    expect(cost('{ employees { items { id nip } } }')).toBe(1 + 25 * (one - 1));
    expect(cost('query($n: Int!) { employees(limit: $n) { items { id } } }', { n: 400 })).toBe(cost('{ employees(limit: 400) { items { id } } }'));
  });

  it(`multiplies other lists by ${DEFAULT_LIST_SIZE}, and nested pages by each limit`, () => {
    const history = cost('{ employee(id: "x") { rankHistory { id } } }');
    expect(history).toBe(1 + 1 + DEFAULT_LIST_SIZE * 1);
    const nested = cost('{ orgUnits(limit: 500) { items { employees(limit: 500) { items { positionHistory { position { holders(limit: 500) { items { id } } } } } } } } }');
    expect(nested).toBeGreaterThan(500 * 500 * DEFAULT_LIST_SIZE * 500);
  });

  it('prices reports by what they compute: the surveys index by years and grouping', () => {
    const q = (groupBy: string, from: string, to: string) => cost(`{ surveyIndices(groupBy: ${groupBy}, period: { from: "${from}", to: "${to}" }) { ikm } }`);
    expect(q('SURVEY', '2024-01-01', '2024-12-31')).toBeGreaterThan(q('UNIT', '2024-01-01', '2024-12-31'));
    expect(q('UNIT', '2024-01-01', '2024-12-31')).toBeGreaterThan(q('GOVERNMENT', '2024-01-01', '2024-12-31'));
    expect(q('UNIT', '2022-01-01', '2024-12-31')).toBeGreaterThan(q('UNIT', '2024-01-01', '2024-12-31'));
    // A period over the maximum is priced at the maximum: the resolver refuses it by name.
    expect(q('UNIT', '1900-01-01', '2100-12-31')).toBe(q('UNIT', '2020-01-01', '2024-12-31'));
    // A page of employees with their promotion rules computed costs far more than the plain page.
    expect(cost('{ employees(limit: 100) { items { rankPromotion { eligible } } } }')).toBeGreaterThan(10 * cost('{ employees(limit: 100) { items { id } } }'));
  });

  it('names only fields that exist in its table of field costs', () => {
    const missing = Object.keys(FIELD_COSTS).filter((key) => {
      const [type, field] = key.split('.');
      const t = schema.getType(type) as { getFields?: () => Record<string, unknown> } | undefined;
      return !t?.getFields?.()[field];
    });
    expect(missing).toEqual([]);
  });

  it('refuses a document whose fragments expand past what can be priced', () => {
    const chain = Array.from({ length: 20 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const doc = parse(`{ ...F0 }\n${chain}\nfragment F20 on Query { me { id } }`);
    expect(() => operationCost(schema, doc)).toThrow(TooManyNodesError);
  });

  it('keeps the limits in order: anonymous lowest', () => {
    const limits = loadConfig({}).costLimits;
    expect(limits).toEqual(DEFAULT_COST_LIMITS);
    for (const [role, limit] of Object.entries(limits)) if (role !== 'ANONYMOUS') expect(limit).toBeGreaterThan(limits.ANONYMOUS);
    expect(() => loadConfig({ COST_LIMIT_ANONYMOUS: '60000' })).toThrow(/COST_LIMIT_ANONYMOUS/);
    expect(() => loadConfig({ COST_LIMIT_ANALYST: 'lots' })).toThrow(/COST_LIMIT_ANALYST/);
  });
});

describe("the panel's documents", () => {
  it('each fit the cost limit of every role that sends them, at the page sizes the panel uses', () => {
    const limits = DEFAULT_COST_LIMITS;
    const docs = panelDocuments(schema);
    expect(docs.length).toBeGreaterThan(100);
    const rows: string[] = [];
    const over: string[] = [];
    for (const doc of docs) {
      expect(doc.roles, `${doc.name} (${doc.file}): no role may send it`).not.toEqual([]);
      const worst = Math.max(...doc.variableSets.map((v) => operationCost(schema, doc.document, v).cost));
      rows.push(`${String(worst).padStart(7)}  ${doc.name}  [${doc.roles.join(' ')}]`);
      for (const role of doc.roles) if (worst > limits[role]) over.push(`${doc.name} costs ${worst}, over ${role}'s ${limits[role]}`);
    }
    if (process.env.PRINT_COSTS) console.log(rows.sort().reverse().join('\n'));
    expect(over).toEqual([]);
  });
});

describe('against the server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const NESTED = 'orgUnits(limit: 500) { items { employees(limit: 500) { items { positionHistory { position { holders(limit: 500) { items { id } } } } } } } }';
  const INDICES_1900 = 'surveyIndices(groupBy: SURVEY, period: { from: "1900-01-01", to: "2100-12-31" }) { surveyId ikm grade responses elements { code nrr } }';
  const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

  const timed = async <T,>(run: () => Promise<T>): Promise<{ ms: number; res: T }> => {
    const started = performance.now();
    const res = await run();
    return { ms: performance.now() - started, res };
  };

  it("refuses the review's attacks before any SQL runs, while another user's `me` answers at once", async () => {
    const limits = t.config.costLimits;
    await t.token('analyst');
    await t.token('gov');
    const attacks: { as: As; query: string }[] = [
      { as: 'analyst', query: `{ ${NESTED} }` },
      { as: 'analyst', query: aliases(3, NESTED) },
      ...Array.from({ length: 8 }, () => ({ as: 'anonymous' as As, query: aliases(20, INDICES_1900) })),
    ];
    const [refused, me] = await Promise.all([Promise.all(attacks.map((a) => timed(() => t.gql(a.query, {}, a.as)))), timed(() => t.gql('{ me { id email } }', {}, 'gov'))]);
    refused.forEach(({ ms, res }, i) => {
      const role = attacks[i].as === 'anonymous' ? 'ANONYMOUS' : 'ANALYST';
      expect(res.status, `attack ${i}`).toBe(400);
      expect(res.data).toBeUndefined();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions).toMatchObject({ code: 'COST_LIMIT', reason: 'QUERY_TOO_COSTLY', params: { limit: limits[role], role } });
      expect(res.errors![0].extensions.params).toMatchObject({ cost: expect.any(Number) });
      expect((res.errors![0].extensions.params as { cost: number }).cost).toBeGreaterThan(limits[role]);
      expect(res.errors![0].message).toMatch(/smaller pages/);
      expect(res.extensions?.sqlStatements, `attack ${i} ran SQL`).toBe(0);
      expect(ms, `attack ${i} answered in ${Math.round(ms)} ms`).toBeLessThan(5_000);
    });
    expect(refused[0].res.errors![0].message).toContain('`orgUnits`');
    expect(me.res.status).toBe(200);
    expect(me.res.errors).toBeUndefined();
    expect(me.res.data.me.email).toBe('bkpp@semarangkota.go.id');
    expect(me.ms, `me answered in ${Math.round(me.ms)} ms`).toBeLessThan(5_000);
  });

  it('answers a request at the limit, and refuses it one row of a page larger', async () => {
    const q = 'query($n: Int!) { employees(limit: $n) { items { id nip rankHistory { id tmt } positionHistory { id startDate } educationHistory { id institution } } } }';
    const limit = t.config.costLimits.ANALYST;
    const perRow = cost(q, { n: 2 }) - cost(q, { n: 1 });
    const fits = Math.floor((limit - 1) / perRow);
    expect(fits).toBeLessThan(500);
    expect(cost(q, { n: fits })).toBeLessThanOrEqual(limit);
    const ok = await t.gql(q, { n: fits }, 'analyst');
    expect(ok.errors).toBeUndefined();
    const over = await t.gql(q, { n: fits + 1 }, 'analyst');
    expect(over.status).toBe(400);
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'COST_LIMIT', params: { cost: cost(q, { n: fits + 1 }), limit } });
  });

  it('gives each role its own limit: the same request passes for an administrator and not anonymously', async () => {
    const q = aliases(3, 'surveyIndices(groupBy: UNIT) { unitId ikm grade responses withheld }');
    const c = cost(q);
    expect(c).toBeGreaterThan(t.config.costLimits.ANONYMOUS);
    expect(c).toBeLessThan(t.config.costLimits.GOV_ADMIN);
    expect((await t.gql(q, {}, 'anonymous')).errors?.[0].extensions.code).toBe('COST_LIMIT');
    expect((await t.gql(q, {}, 'gov')).errors).toBeUndefined();
  });

  it('leaves variables that do not coerce to the usual BAD_USER_INPUT', async () => {
    const res = await t.gql('query($n: Int!) { employees(limit: $n) { total } }', { n: 'many' }, 'gov');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('counts aliases of __typename against the alias limit', async () => {
    const res = await t.gql(aliases(1000, '__typename'), {}, 'anonymous');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/Aliases limit of 20/);
    expect((await t.gql(aliases(20, '__typename'), {}, 'anonymous')).errors).toBeUndefined();
  });

  describe('the period of surveyIndices', () => {
    const Q = 'query($period: DateRange) { surveyIndices(groupBy: SURVEY, period: $period) { surveyId year } }';
    const y = yearOf(testToday());

    it('is at most 5 years: longer is BAD_USER_INPUT on `period`, before any SQL', async () => {
      const res = await t.gql(Q, { period: { from: '1900-01-01', to: '2100-12-31' } }, 'anonymous');
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period', reason: 'PERIOD_TOO_LONG' });
      expect(res.errors?.[0].message).toMatch(/at most 5 years/);
      expect(res.extensions?.sqlStatements).toBe(0);
      const justOver = await t.gql(Q, { period: { from: `${y - 4}-01-01`, to: `${y + 1}-01-01` } }, 'anonymous');
      expect(justOver.errors?.[0].extensions.reason).toBe('PERIOD_TOO_LONG');
      const five = await t.gql(Q, { period: { from: `${y - 4}-01-01`, to: `${y}-12-31` } }, 'anonymous');
      expect(five.errors).toBeUndefined();
    });

    it('closes an open end at 5 years, and defaults to the last 5 years', async () => {
      const all = await t.ok(Q, { period: { from: `${y - 4}-01-01`, to: `${y}-12-31` } }, 'gov');
      expect(all.surveyIndices.length).toBeGreaterThan(0);
      const open = await t.ok(Q, { period: { from: `${y - 4}-01-01` } }, 'gov');
      const none = await t.ok(Q, {}, 'gov');
      expect(open.surveyIndices).toEqual(all.surveyIndices);
      expect(none.surveyIndices).toEqual(all.surveyIndices);
      const old = await t.ok(Q, { period: { to: `${y - 20}-12-31` } }, 'gov');
      expect(old.surveyIndices).toEqual([]);
    });
  });
});

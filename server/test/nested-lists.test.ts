// Every list nested under a list batches across its parents (issue 19): the statements of a request
// depend neither on the parent page size nor on the nested page size. The schema is walked, so a new
// nested list is checked without being named here. The batched pages must also be the pages the flat
// lists give for the same parent.
import fs from 'node:fs';
import { buildSchema, getNamedType, isNonNullType, isObjectType, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const schema = buildSchema(fs.readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
const isPage = (type: unknown): type is GraphQLObjectType => isObjectType(type) && type.name.endsWith('Page') && !!type.getFields().items && !!type.getFields().total;
const required = (args: readonly { type: unknown; defaultValue: unknown }[]) => args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/** Root lists without required arguments, by the type of their items. */
const rootLists = new Map<string, string>();
for (const f of Object.values(schema.getQueryType()!.getFields())) {
  const page = getNamedType(f.type);
  if (!isPage(page) || required(f.args).length) continue;
  const item = getNamedType(page.getFields().items.type).name;
  if (!rootLists.has(item)) rootLists.set(item, f.name);
}

/** (parent type, nested list field) for every paginated field of a type some root list returns. */
const nested: { parent: string; root: string; field: string }[] = [];
for (const type of Object.values(schema.getTypeMap())) {
  const root = rootLists.get(type.name);
  if (!isObjectType(type) || !root) continue;
  for (const f of Object.values(type.getFields())) if (isPage(getNamedType(f.type)) && !required(f.args).length) nested.push({ parent: type.name, root, field: f.name });
}

describe('nested lists', () => {
  it('finds the nested lists of the schema', () => {
    expect(nested.map((n) => `${n.parent}.${n.field}`)).toEqual(expect.arrayContaining(['Government.units', 'OrgUnit.employees', 'OrgUnit.positions', 'Position.holders']));
  });

  /** Root arguments that give the parents children (a vacant position may have no holder). */
  const withChildren: Record<string, string> = { positions: ', filter: { vacant: false }' };

  for (const { parent, root, field } of nested) {
    it(`${parent}.${field} under ${root}: the same statements for 2x2 and 20x20 rows`, async () => {
      const q = `query($p: Int!, $n: Int!) { ${root}(limit: $p${withChildren[root] ?? ''}) { items { id ${field}(limit: $n) { total items { id } } } } }`;
      const small = await t.gql<any>(q, { p: 2, n: 2 }, 'super');
      const big = await t.gql<any>(q, { p: 20, n: 20 }, 'super');
      expect(small.errors).toBeUndefined();
      expect(big.errors).toBeUndefined();
      const rows = (res: any) => res.data[root].items.reduce((s: number, i: any) => s + i[field].items.length, 0);
      expect(rows(big), 'the big request reads more nested rows').toBeGreaterThan(rows(small));
      expect(big.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
    });
  }

  it('gives under each unit the page the flat lists give for it, in every role', async () => {
    for (const as of ['super', 'gov', 'unit', 'analyst'] as const) {
      const { orgUnits } = await t.ok<any>(
        `{ orgUnits(limit: 6, filter: { topLevel: false }) { items { id
            all: employees(limit: 7, offset: 1) { total items { id } }
            own: employees(limit: 5, includeSubUnits: false) { total items { id } }
            positions(limit: 4) { total items { id } }
            deep: positions(limit: 4, includeSubUnits: true) { total items { id } } } } }`,
        {},
        as,
      );
      expect(orgUnits.items.length).toBeGreaterThan(0);
      for (const u of orgUnits.items) {
        const flat = await t.ok<any>(
          `query($u: ID!) {
             all: employees(limit: 7, offset: 1, filter: { unitId: $u }) { total items { id } }
             own: employees(limit: 5, filter: { unitId: $u, includeSubUnits: false }) { total items { id } }
             positions: positions(limit: 4, filter: { unitId: $u, includeSubUnits: false }) { total items { id } }
             deep: positions(limit: 4, filter: { unitId: $u, includeSubUnits: true }) { total items { id } } }`,
          { u: u.id },
          as,
        );
        for (const k of ['all', 'own', 'positions', 'deep']) expect(u[k], `${as} ${k} of ${u.id}`).toEqual(flat[k]);
      }
    }
  });

  it('gives the holders of each position and the units of each government as the flat lists do', async () => {
    const { positions } = await t.ok<any>('{ positions(limit: 8, filter: { vacant: false }) { items { id holders(limit: 3) { total items { id } } } } }', {}, 'gov');
    for (const p of positions.items) {
      const flat = await t.ok<any>('query($p: ID!) { employees(limit: 3, filter: { positionId: $p }) { total items { id } } }', { p: p.id });
      expect(p.holders).toEqual(flat.employees);
      expect(p.holders.total).toBeGreaterThan(0);
    }
    const { governments } = await t.ok<any>('{ governments { items { id units(limit: 3, offset: 1) { total items { id } } } } }', {}, 'super');
    for (const g of governments.items) {
      const flat = await t.ok<any>('query($g: ID!) { orgUnits(limit: 3, offset: 1, filter: { governmentId: $g, topLevel: true }) { total items { id } } }', { g: g.id }, 'super');
      expect(g.units).toEqual(flat.orgUnits);
    }
  });
});

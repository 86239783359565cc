// Units and positions: the tree, moves, scoping, referential safety.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
const CREATE_UNIT = 'mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id version depth code ancestors { code } government { code } } }';
const UPDATE_UNIT = 'mutation($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { id version depth ancestors { code } } }';

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('units', () => {
  let a: string;
  let b: string;
  let c: string;

  it('builds a tree and navigates it both ways', async () => {
    a = (await t.ok(CREATE_UNIT, { input: { code: 'UJI-A', name: 'Badan Uji A', kind: 'BADAN', sector: 'PEMERINTAHAN' } })).createOrgUnit.id;
    const bRes = await t.ok(CREATE_UNIT, { input: { code: 'UJI-B', name: 'Bidang Uji B', kind: 'BIDANG', sector: 'PEMERINTAHAN', parentId: a } });
    b = bRes.createOrgUnit.id;
    expect(bRes.createOrgUnit).toMatchObject({ depth: 1, ancestors: [{ code: 'UJI-A' }], government: { code: '33.74' } });
    c = (await t.ok(CREATE_UNIT, { input: { code: 'UJI-C', name: 'Seksi Uji C', kind: 'SEKSI', sector: 'PEMERINTAHAN', parentId: b } })).createOrgUnit.id;
    const tree = await t.ok('query($id: ID!) { orgUnit(id: $id) { children { code children { code } } } }', { id: a });
    expect(tree.orgUnit.children).toEqual([{ code: 'UJI-B', children: [{ code: 'UJI-C' }] }]);
    const within = await t.ok('query($id: ID!) { orgUnits(filter: { withinUnitId: $id }) { total } }', { id: a });
    expect(within.orgUnits.total).toBe(3);
  });

  it('moves a subtree in one step and refuses a cycle', async () => {
    const [{ version }] = await t.sql<{ version: number }>('select version from org_unit where id = ?', [b]);
    const cycle = await t.gql(UPDATE_UNIT, { id: b, input: { version, parentId: c } });
    expect(cycle.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId', reason: 'CYCLE' });
    await t.ok(UPDATE_UNIT, { id: b, input: { version, parentId: null } });
    const moved = await t.ok('query($id: ID!) { orgUnit(id: $id) { depth ancestors { code } } }', { id: c });
    expect(moved.orgUnit).toEqual({ depth: 1, ancestors: [{ code: 'UJI-B' }] });
  });

  it('refuses a duplicate code and deleting a unit that still has sub-units', async () => {
    const dup = await t.gql(CREATE_UNIT, { input: { code: 'UJI-A', name: 'Lagi', kind: 'BADAN', sector: 'PEMERINTAHAN' } });
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', reason: 'DUPLICATE' });
    const [{ version }] = await t.sql<{ version: number }>('select version from org_unit where id = ?', [b]);
    const del = await t.gql('mutation($id: ID!, $v: Int!) { deleteOrgUnit(id: $id, version: $v) }', { id: b, v: version });
    expect(del.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STILL_REFERENCED' });
  });

  it('shows a unit admin only their subtree', async () => {
    const res = await t.ok('{ orgUnits(limit: 500) { total items { kind ancestors { code } code } } }', {}, 'unit');
    expect(res.orgUnits.total).toBeGreaterThan(1);
    for (const u of res.orgUnits.items) expect(u.code === 'DINKES' || u.ancestors.some((x: { code: string }) => x.code === 'DINKES')).toBe(true);
  });
});

describe('positions', () => {
  it('requires a functional level exactly for functional positions', async () => {
    const [unit] = await t.sql<{ id: string }>(`select u.id from org_unit u join government g on g.id = u.government_id where g.code = '33.74' and u.code = 'BKPP'`);
    const CREATE = 'mutation($input: CreatePositionInput!) { createPosition(input: $input) { id managerial kind functionalLevel holderCount vacancies } }';
    const base = { unitId: unit.id, code: 'J-UJI-1', title: 'Analis SDM Aparatur Ahli Muda', grade: 9, plannedHeadcount: 3 };
    const missing = await t.gql(CREATE, { input: { ...base, kind: 'FUNGSIONAL' } });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'functionalLevel', reason: 'REQUIRED' });
    const extra = await t.gql(CREATE, { input: { ...base, kind: 'PENGAWAS', functionalLevel: 'AHLI_MUDA' } });
    expect(extra.errors?.[0].extensions).toMatchObject({ field: 'functionalLevel', reason: 'NOT_ALLOWED' });
    const badGrade = await t.gql(CREATE, { input: { ...base, kind: 'PELAKSANA', grade: 18 } });
    expect(badGrade.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'grade' });
    const ok = await t.ok(CREATE, { input: { ...base, kind: 'FUNGSIONAL', functionalLevel: 'AHLI_MUDA' } });
    expect(ok.createPosition).toMatchObject({ managerial: false, holderCount: 0, vacancies: 3 });
  });

  it('counts holders against formasi', async () => {
    const res = await t.ok('{ positions(limit: 50, filter: { vacant: false }) { total items { plannedHeadcount holderCount vacancies managerial kind } } }');
    for (const p of res.positions.items) {
      expect(p.holderCount).toBeGreaterThanOrEqual(p.plannedHeadcount);
      expect(p.vacancies).toBe(p.plannedHeadcount - p.holderCount);
      expect(p.managerial).toBe(['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'].includes(p.kind));
    }
  });
});

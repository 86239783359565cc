// The dashboard's headcount through the API against real PostgreSQL: every grouping equals an
// independent count of the seeded data, each role sees its own scope, bad scopes are refused with
// clear codes, and the number of SQL statements does not grow with the number of employees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTeam, hire, type Team } from './fixtures.ts';
import { startTestApp, testToday, type As, type TestApp } from './helpers.ts';

let t: TestApp;
let semarang: string;
let tebingtinggi: string;
let dinkes: { id: string; path: string; depth: number };
let team: Team;
const today = testToday();

const HEADCOUNT = `query($g: HeadcountGroup!, $gov: ID, $unit: ID) {
  headcount(groupBy: $g, governmentId: $gov, unitId: $unit) { groupBy asOf governmentId total unit { id name } buckets { key label detail count } } }`;

type Bucket = { key: string; label: string; detail: string | null; count: number };
type Headcount = { groupBy: string; asOf: string; governmentId: string; total: number; unit: { id: string; name: string } | null; buckets: Bucket[] };

const headcount = async (g: string, vars: { gov?: string; unit?: string } = {}, as: As = 'gov'): Promise<Headcount> => (await t.ok(HEADCOUNT, { g, ...vars }, as)).headcount;
const asMap = (h: Headcount) => Object.fromEntries(h.buckets.map((b) => [b.key, b.count]));

// ---- the independent answer: every employee's attributes read plainly, grouped in JavaScript ----

interface Person {
  id: string;
  asnType: string;
  sex: string;
  rank: string;
  education: string;
  /** Active placements: unit path and position class, start date. */
  placements: { path: string; grade: number; start: string }[];
}

async function people(governmentId: string): Promise<Person[]> {
  const employees = await t.sql<{ id: string; asn_type: string; sex: string }>(
    `select id, asn_type, sex from employee where government_id = ? and status in ('AKTIF', 'CUTI', 'TUGAS_BELAJAR')`,
    [governmentId],
  );
  const ranks = await t.sql<{ employee_id: string; scheme: string; code: string; tmt: string; ordinal: number }>(
    `select rh.employee_id, r.scheme, r.code, rh.tmt::text as tmt, r.ordinal from rank_history rh join rank r on r.id = rh.rank_id where rh.government_id = ? and rh.tmt <= ?`,
    [governmentId, today],
  );
  const education = await t.sql<{ employee_id: string; code: string; ordinal: number }>(
    `select eh.employee_id, l.code, l.ordinal from education_history eh join education_level l on l.id = eh.level_id where eh.government_id = ? and eh.graduation_year <= ?`,
    [governmentId, Number(today.slice(0, 4))],
  );
  const placements = await t.sql<{ employee_id: string; path: string; grade: number; start: string }>(
    `select ph.employee_id, u.path, p.grade, ph.start_date::text as start from position_history ph join position p on p.id = ph.position_id join org_unit u on u.id = ph.unit_id
      where u.government_id = ? and ph.start_date <= ? and (ph.end_date is null or ph.end_date >= ?)`,
    [governmentId, today, today],
  );
  const latestRank = new Map<string, { key: string; tmt: string; ordinal: number }>();
  for (const r of ranks) {
    const prev = latestRank.get(r.employee_id);
    if (!prev || r.tmt > prev.tmt || (r.tmt === prev.tmt && r.ordinal > prev.ordinal)) latestRank.set(r.employee_id, { key: `${r.scheme}:${r.code}`, tmt: r.tmt, ordinal: r.ordinal });
  }
  const highest = new Map<string, { code: string; ordinal: number }>();
  for (const e of education) if ((highest.get(e.employee_id)?.ordinal ?? -1) < e.ordinal) highest.set(e.employee_id, e);
  const placed = new Map<string, Person['placements']>();
  for (const p of placements) placed.set(p.employee_id, [...(placed.get(p.employee_id) ?? []), { path: p.path, grade: p.grade, start: p.start }]);
  return employees.map((e) => ({
    id: e.id,
    asnType: e.asn_type,
    sex: e.sex,
    rank: latestRank.get(e.id)?.key ?? 'NONE',
    education: highest.get(e.id)?.code ?? 'NONE',
    placements: placed.get(e.id) ?? [],
  }));
}

/** The unit an employee counts in under `root` (a path prefix, or '/' for the government): the main placement's unit one level below. */
function unitBelow(p: Person, root: { path: string; id: string } | null): string | null {
  const inside = p.placements.filter((x) => !root || x.path.startsWith(root.path));
  if (!inside.length) return null;
  inside.sort((a, b) => b.grade - a.grade || a.start.localeCompare(b.start) || a.path.localeCompare(b.path));
  const ids = inside[0].path.split('/').filter(Boolean);
  const depth = root ? root.path.split('/').filter(Boolean).length : 0;
  return ids[depth] ?? root!.id;
}

function tally(keys: (string | null)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[k ?? 'NONE'] = (out[k ?? 'NONE'] ?? 0) + 1;
  return out;
}

beforeAll(async () => {
  t = await startTestApp();
  [{ id: semarang }] = await t.sql<{ id: string }>(`select id from government where code = '33.74'`);
  [{ id: tebingtinggi }] = await t.sql<{ id: string }>(`select id from government where code = '12.76'`);
  [dinkes] = await t.sql<{ id: string; path: string; depth: number }>(`select id, path, depth from org_unit where government_id = ? and code = 'DINKES'`, [semarang]);
  // A known team: a head and two staff below BKPP; one more with no rank on record.
  team = await buildTeam(t, { staff: 2, functional: 0 });
});
afterAll(() => t.close());

describe('headcount of a government equals an independent count', () => {
  let all: Person[];
  beforeAll(async () => {
    all = await people(semarang);
  });

  it('by ASN type, sex, rank and education', async () => {
    for (const [group, attr] of [['ASN_TYPE', 'asnType'], ['SEX', 'sex'], ['RANK', 'rank'], ['EDUCATION', 'education']] as const) {
      const h = await headcount(group);
      expect(h).toMatchObject({ groupBy: group, asOf: today, governmentId: semarang, unit: null, total: all.length });
      expect(asMap(h), group).toEqual(tally(all.map((p) => (p[attr] === 'NONE' ? null : p[attr]))));
      expect(h.buckets.every((b) => b.count > 0)).toBe(true);
    }
  });

  it('by top-level unit, each counting its subtree, every top-level unit listed', async () => {
    const h = await headcount('UNIT');
    const top = await t.sql<{ id: string; name: string }>(`select id, name from org_unit where government_id = ? and parent_id is null and active`, [semarang]);
    const expected = tally(all.map((p) => unitBelow(p, null)));
    for (const u of top) expected[u.id] ??= 0;
    expect(asMap(h)).toEqual(expected);
    expect(h.total).toBe(all.length);
    // Largest first, NONE (not placed) last.
    const counts = h.buckets.filter((b) => b.key !== 'NONE').map((b) => b.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(h.buckets.find((b) => b.key === top[0].id)?.label).toBe(top[0].name);
  });

  it('orders ranks I/a to IV/e, then PPPK golongan, then no rank, with their names', async () => {
    const h = await headcount('RANK');
    const ordinals = await t.sql<{ key: string; o: number }>(`select scheme || ':' || code as key, (case when scheme = 'PPPK' then 100 else 0 end) + ordinal as o from rank`);
    const order = new Map(ordinals.map((r) => [r.key, r.o]));
    const seq = h.buckets.map((b) => order.get(b.key) ?? 1000);
    expect([...seq].sort((a, b) => a - b)).toEqual(seq);
    expect(h.buckets.find((b) => b.key === 'PNS:III/a')).toMatchObject({ label: 'III/a', detail: 'Penata Muda' });
    const pppk = h.buckets.find((b) => b.key.startsWith('PPPK:'));
    expect(pppk?.label).toMatch(/^PPPK [IVX]+$/);
  });

  it('by ASN type sums to the number of employees in service the employee list shows', async () => {
    const h = await headcount('ASN_TYPE');
    const list = await t.ok(`{ employees(limit: 1, filter: { statuses: [AKTIF, CUTI, TUGAS_BELAJAR] }) { total } }`);
    expect(h.total).toBe(list.employees.total);
    expect(h.buckets.map((b) => b.key)).toEqual(['PNS', 'PPPK', 'PPPK_PARUH_WAKTU'].filter((k) => h.buckets.some((b) => b.key === k)));
  });

  it('leaves out who is no longer in service and counts new hires', async () => {
    const before = asMap(await headcount('ASN_TYPE'));
    const extra = await hire(t, { positionId: team.staffPositionId, rankCode: 'II/a' });
    await t.sql(`update employee set status = 'PENSIUN' where id = ?`, [team.staff[1].id]);
    const after = asMap(await headcount('ASN_TYPE'));
    expect(after.PNS).toBe(before.PNS); // one in, one out
    await t.sql(`update employee set status = 'AKTIF' where id = ?`, [team.staff[1].id]);
    expect(asMap(await headcount('ASN_TYPE')).PNS).toBe(before.PNS + 1);
    const rank = asMap(await headcount('RANK', { unit: team.unitId }));
    expect(rank['PNS:II/a']).toBeGreaterThanOrEqual(1);
    expect(extra.id).toBeTruthy();
  });
});

describe('headcount of a unit', () => {
  it('breaks the unit down into its direct sub-units, employees placed in the unit itself under its own id', async () => {
    const h = await headcount('UNIT', { unit: dinkes.id });
    const all = (await people(semarang)).filter((p) => p.placements.some((x) => x.path.startsWith(dinkes.path)));
    const expected = tally(all.map((p) => unitBelow(p, dinkes)));
    const children = await t.sql<{ id: string }>(`select id from org_unit where parent_id = ? and active`, [dinkes.id]);
    expect(children.length).toBeGreaterThan(0);
    for (const c of children) expected[c.id] ??= 0;
    expect(asMap(h)).toEqual(expected);
    expect(h).toMatchObject({ unit: { id: dinkes.id }, governmentId: semarang, total: all.length });
    expect(h.buckets.some((b) => b.key === dinkes.id)).toBe(true);
  });

  it('counts a known team exactly', async () => {
    const h = await headcount('RANK', { unit: team.unitId });
    // buildTeam: the head III/d, the staff II/c (plus whoever the previous test hired).
    expect(asMap(h)['PNS:III/d']).toBe(1);
    expect(asMap(h)['PNS:II/c']).toBe(2);
    const byUnit = await headcount('UNIT', { unit: team.unitId });
    expect(byUnit.buckets).toEqual([{ key: team.unitId, label: expect.any(String), detail: expect.any(String), count: byUnit.total }]);
  });

});

describe('scoping by role', () => {
  it('a unit admin counts their own unit by default, and the same as an admin asking for that unit', async () => {
    for (const g of ['UNIT', 'RANK', 'ASN_TYPE']) {
      const mine = await headcount(g, {}, 'unit');
      expect(mine.unit?.id).toBe(dinkes.id);
      const same = await headcount(g, { unit: dinkes.id }, 'gov');
      expect(mine.buckets).toEqual(same.buckets);
    }
    const list = await t.ok(`{ employees(limit: 1, filter: { statuses: [AKTIF, CUTI, TUGAS_BELAJAR] }) { total } }`, {}, 'unit');
    expect((await headcount('ASN_TYPE', {}, 'unit')).total).toBe(list.employees.total);
  });

  it('an analyst and a super admin naming the government see the government admin\'s numbers', async () => {
    const gov = await headcount('RANK');
    expect((await headcount('RANK', {}, 'analyst')).buckets).toEqual(gov.buckets);
    expect((await headcount('RANK', { gov: semarang }, 'super')).buckets).toEqual(gov.buckets);
    const other = await headcount('ASN_TYPE', {}, 'otherGov');
    expect(other.governmentId).toBe(tebingtinggi);
    expect(other.total).toBe((await people(tebingtinggi)).length);
  });

  it('refuses a unit admin asking for the whole government, and an employee account, with FORBIDDEN', async () => {
    const whole = await t.gql(HEADCOUNT, { g: 'UNIT', gov: semarang }, 'unit');
    expect(whole.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'governmentId' });
    expect((await t.gql(HEADCOUNT, { g: 'UNIT' }, 'employee')).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(HEADCOUNT, { g: 'UNIT' }, 'anonymous')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers NOT_FOUND for a unit or government outside the caller\'s scope (its existence is not disclosed)', async () => {
    const outside = await t.gql(HEADCOUNT, { g: 'UNIT', unit: team.unitId }, 'unit');
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'unitId' });
    expect((await t.gql(HEADCOUNT, { g: 'UNIT', gov: semarang }, 'otherGov')).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await t.gql(HEADCOUNT, { g: 'UNIT', unit: dinkes.id }, 'otherGov')).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'unitId' });
  });
});

describe('bad input', () => {
  it('answers BAD_USER_INPUT when a super admin names no scope, or a unit of another government', async () => {
    expect((await t.gql(HEADCOUNT, { g: 'UNIT' }, 'super')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'governmentId', reason: 'REQUIRED' });
    expect((await t.gql(HEADCOUNT, { g: 'UNIT', gov: tebingtinggi, unit: dinkes.id }, 'super')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'governmentId', reason: 'SCOPE_MISMATCH' });
  });

  it('answers BAD_USER_INPUT for an unknown grouping, NOT_FOUND for a malformed or unknown id', async () => {
    expect((await t.gql(HEADCOUNT, { g: 'AGE' })).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(HEADCOUNT, { g: 'UNIT', unit: 'not-an-id' })).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'unitId' });
    expect((await t.gql(HEADCOUNT, { g: 'UNIT', unit: '6f1c9a52-1d7e-4c43-9a55-1e2b3c4d5e6f' })).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'unitId' });
    expect((await t.gql(HEADCOUNT, { g: 'UNIT', gov: 'x' }, 'super')).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('cost', () => {
  it('issues the same small number of SQL statements for a whole government as for a team of three, for every grouping', async () => {
    const counts = new Set<number | undefined>();
    for (const g of ['UNIT', 'RANK', 'ASN_TYPE', 'SEX', 'EDUCATION']) {
      const big = await t.gql(HEADCOUNT, { g });
      const small = await t.gql(HEADCOUNT, { g, unit: team.unitId });
      expect(big.data.headcount.total).toBeGreaterThan(10 * small.data.headcount.total);
      counts.add(big.extensions?.sqlStatements);
      counts.add(small.extensions?.sqlStatements);
    }
    expect(counts.size).toBe(1);
    expect([...counts][0]).toBeLessThanOrEqual(4);
  });
});

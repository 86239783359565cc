// Effective-dated histories: current state derived from them; overlaps and duplicates refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let employeeId: string;
let positions: { id: string; title: string }[];
let ranks: Map<string, string>;
let levels: Map<string, string>;

const ADD_POSITION = `mutation($input: AddPositionHistoryInput!) { addPositionHistory(input: $input) { id version startDate endDate current position { id } } }`;
const CURRENT = `query($id: ID!) { employee(id: $id) { currentPosition { id } currentUnit { id } currentRank { rank { code } }
  highestEducation { level { code } } positionHistory { startDate endDate position { id } } rankHistory { tmt rank { code } } } }`;

beforeAll(async () => {
  t = await startTestApp();
  const data = await t.ok('{ ranks(scheme: PNS) { id code } educationLevels { id code } positions(limit: 3, filter: { kinds: [PELAKSANA] }) { items { id title } } }');
  ranks = new Map(data.ranks.map((r: { id: string; code: string }) => [r.code, r.id]));
  levels = new Map(data.educationLevels.map((l: { id: string; code: string }) => [l.code, l.id]));
  positions = data.positions.items;
  const created = await t.ok(
    `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }`,
    { input: { nip: '199104122016022001', asnType: 'PNS', fullName: 'Dewi Lestari', sex: 'FEMALE', birthDate: '1991-04-12', tmtCpns: '2016-02-01' } },
  );
  employeeId = created.createEmployee.id;
});

afterAll(() => t.close());

describe('position history', () => {
  it('derives the current position from the open placement', async () => {
    const res = await t.ok(ADD_POSITION, { input: { employeeId, positionId: positions[0].id, startDate: '2016-02-01', decreeNumber: '821.2/10/2016' } });
    expect(res.addPositionHistory).toMatchObject({ version: 1, endDate: null, current: true });
    const e = await t.ok(CURRENT, { id: employeeId });
    expect(e.employee.currentPosition.id).toBe(positions[0].id);
  });

  it('refuses an overlapping period, naming the field and the other placement', async () => {
    const res = await t.gql(ADD_POSITION, { input: { employeeId, positionId: positions[1].id, startDate: '2020-01-01' } });
    const err = res.errors?.[0];
    expect(err?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startDate', reason: 'OVERLAP' });
    expect(err?.message).toContain(positions[0].title);
    expect(err?.message).toContain('2016-02-01');
    const rows = await t.sql('select id from position_history where employee_id = ?', [employeeId]);
    expect(rows).toHaveLength(1);
  });

  it('moves the employee (mutasi) by closing the open placement the day before', async () => {
    const res = await t.ok(ADD_POSITION, { input: { employeeId, positionId: positions[1].id, startDate: '2021-07-01', closePrevious: true } });
    expect(res.addPositionHistory.current).toBe(true);
    const e = await t.ok(CURRENT, { id: employeeId });
    expect(e.employee.currentPosition.id).toBe(positions[1].id);
    expect(e.employee.positionHistory.map((p: { startDate: string; endDate: string | null }) => [p.startDate, p.endDate])).toEqual([
      ['2021-07-01', null],
      ['2016-02-01', '2021-06-30'],
    ]);
  });

  it('refuses an end before the start', async () => {
    const res = await t.gql(ADD_POSITION, { input: { employeeId, positionId: positions[2].id, startDate: '2010-05-01', endDate: '2010-01-01' } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endDate', reason: 'RANGE_INVERTED' });
  });

  it('refuses an edit that would overlap, and a stale edit', async () => {
    const [old] = await t.sql<{ id: string; version: number }>('select id, version from position_history where employee_id = ? and end_date is not null', [employeeId]);
    const UPDATE = 'mutation($id: ID!, $input: UpdatePositionHistoryInput!) { updatePositionHistory(id: $id, input: $input) { id version endDate } }';
    const overlap = await t.gql(UPDATE, { id: old.id, input: { version: old.version, endDate: '2022-01-01' } });
    expect(overlap.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OVERLAP' });
    const ok = await t.ok(UPDATE, { id: old.id, input: { version: old.version, endDate: '2021-05-31' } });
    expect(ok.updatePositionHistory.version).toBe(old.version + 1);
    const stale = await t.gql(UPDATE, { id: old.id, input: { version: old.version, endDate: '2021-04-30' } });
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('is backed by an exclusion constraint in the database', async () => {
    const [p] = await t.sql<{ government_id: string; unit_id: string; position_id: string }>('select government_id, unit_id, position_id from position_history where employee_id = ? limit 1', [employeeId]);
    await expect(
      t.sql(
        `insert into position_history (id, created_at, updated_at, version, government_id, employee_id, position_id, unit_id, start_date)
         values (gen_random_uuid(), now(), now(), 1, ?, ?, ?, ?, '2019-01-01')`,
        [p.government_id, employeeId, p.position_id, p.unit_id],
      ),
    ).rejects.toThrow(/position_history_no_overlap/);
  });
});

describe('rank history', () => {
  const ADD = 'mutation($input: AddRankHistoryInput!) { addRankHistory(input: $input) { id tmt rank { code } } }';

  it('derives the current rank from the latest TMT not in the future', async () => {
    await t.ok(ADD, { input: { employeeId, rankId: ranks.get('III/a'), tmt: '2016-02-01' } });
    await t.ok(ADD, { input: { employeeId, rankId: ranks.get('III/b'), tmt: '2020-04-01' } });
    await t.ok(ADD, { input: { employeeId, rankId: ranks.get('III/c'), tmt: '2099-04-01' } });
    const e = await t.ok(CURRENT, { id: employeeId });
    expect(e.employee.currentRank.rank.code).toBe('III/b');
    expect(e.employee.rankHistory.map((r: { tmt: string }) => r.tmt)).toEqual(['2099-04-01', '2020-04-01', '2016-02-01']);
  });

  it('refuses a second rank with the same TMT', async () => {
    const res = await t.gql(ADD, { input: { employeeId, rankId: ranks.get('III/c'), tmt: '2020-04-01' } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tmt', reason: 'OVERLAP' });
  });

  it('refuses a PPPK golongan for a PNS', async () => {
    const pppk = await t.ok('{ ranks(scheme: PPPK) { id code } }');
    const res = await t.gql(ADD, { input: { employeeId, rankId: pppk.ranks[8].id, tmt: '2024-04-01' } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rankId', reason: 'WRONG_SCHEME' });
  });

  it('refuses a TMT before TMT CPNS', async () => {
    const res = await t.gql(ADD, { input: { employeeId, rankId: ranks.get('II/a'), tmt: '2015-01-01' } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tmt', reason: 'BEFORE_TMT_CPNS' });
  });
});

describe('education history', () => {
  const ADD = 'mutation($input: AddEducationHistoryInput!) { addEducationHistory(input: $input) { id level { code } } }';

  it('derives the highest diploma by level, not by date', async () => {
    await t.ok(ADD, { input: { employeeId, levelId: levels.get('S2'), institution: 'Universitas Diponegoro', major: 'Magister Manajemen', graduationYear: 2019 } });
    await t.ok(ADD, { input: { employeeId, levelId: levels.get('S1'), institution: 'Universitas Negeri Semarang', major: 'Manajemen', graduationYear: 2014 } });
    const e = await t.ok(CURRENT, { id: employeeId });
    expect(e.employee.highestEducation.level.code).toBe('S2');
  });

  it('refuses a duplicate diploma and a graduation year in the future', async () => {
    const dup = await t.gql(ADD, { input: { employeeId, levelId: levels.get('S1'), institution: 'Lain', graduationYear: 2014 } });
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'levelId', reason: 'DUPLICATE' });
    const future = await t.gql(ADD, { input: { employeeId, levelId: levels.get('S3'), institution: 'Undip', graduationYear: 2099 } });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'graduationYear' });
  });
});

describe('delete', () => {
  it('deletes a history record with its version, audited', async () => {
    const [r] = await t.sql<{ id: string; version: number }>(`select id, version from rank_history where employee_id = ? and tmt = '2099-04-01'`, [employeeId]);
    const res = await t.ok('mutation($id: ID!, $v: Int!) { deleteRankHistory(id: $id, version: $v) }', { id: r.id, v: r.version });
    expect(res.deleteRankHistory).toBe(true);
    const audit = await t.sql<{ action: string }>('select action from audit_entry where entity_id = ? order by occurred_at', [r.id]);
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'DELETE']);
  });
});

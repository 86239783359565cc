// 360-degree ratings (aggregate only) and the 9-box (ASN-RULES §4, §7).
import { yearOf } from '@asn-merit/common';
import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testToday, type GqlResponse, type TestApp } from './helpers.ts';
import { PASSWORD, account, buildTeam, hire, type Member, type Team } from './fixtures.ts';

type As = <T = any>(query: string, variables?: Record<string, unknown>) => Promise<GqlResponse<T>>;

let t: TestApp;
let team: Team;
const logins = new Map<string, As>();
const year = yearOf(testToday());
const period = 'Q1';
const VALUES = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'];

const ASSIGN = `mutation($input: AssignRatersInput!) { assign360Raters(input: $input) { id group rater { id } } }`;
const SUBMIT = `mutation($a: ID!, $s: [CoreValueScoreInput!]!) { submit360Rating(assignmentId: $a, scores: $s) { id submitted } }`;
const RESULT = `query($e: ID!, $y: Int!, $p: EvaluationPeriod!) { behaviour360Result(employeeId: $e, year: $y, period: $p) {
  minRaters groups { group raters released average averages { value average } reason } } }`;

async function as(member: Member): Promise<As> {
  let login = logins.get(member.id);
  if (!login) {
    if (!member.email) await account(t, member);
    login = await t.loginAs(member.email!, PASSWORD);
    logins.set(member.id, login);
  }
  return login;
}

async function rate(rater: Member, assignmentId: string, score: number) {
  const res = await (await as(rater))(SUBMIT, { a: assignmentId, s: VALUES.map((value) => ({ value, score })) });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

beforeAll(async () => {
  t = await startTestApp();
  team = await buildTeam(t, { staff: 5, functional: 1 });
});
afterAll(() => t.close());

describe('360-degree behaviour ratings', () => {
  it('refuses oneself in the peer group and raters added by the rated employee', async () => {
    const ratee = team.staff[0];
    const self = await t.gql(ASSIGN, { input: { rateeId: ratee.id, year, period, raters: [{ raterId: ratee.id, group: 'PEER' }] } });
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'raters.0.group', reason: 'SELF_NOT_PEER' });
    const byRatee = await (await as(ratee))(ASSIGN, { input: { rateeId: ratee.id, year, period, raters: [{ raterId: team.staff[1].id, group: 'PEER' }] } });
    expect(byRatee.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'RATEE_CANNOT_ADD_RATERS' });
    const future = await t.gql(ASSIGN, { input: { rateeId: ratee.id, year: 2099, period, raters: [{ raterId: team.staff[1].id, group: 'PEER' }] } });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
  });

  it('releases a peer average only from the minimum number of raters, and never one rater', async () => {
    const ratee = team.staff[0];
    const assigned = (await t.ok(ASSIGN, {
      input: { rateeId: ratee.id, year, period, raters: [
        { raterId: ratee.id, group: 'SELF' },
        { raterId: team.head.id, group: 'SUPERIOR' },
        { raterId: team.staff[1].id, group: 'PEER' },
        { raterId: team.staff[2].id, group: 'PEER' },
        { raterId: team.staff[3].id, group: 'PEER' },
      ] },
    })).assign360Raters;
    const byRater = new Map<string, string>(assigned.map((a: { id: string; rater: { id: string } }) => [a.rater.id, a.id]));
    const again = await t.gql(ASSIGN, { input: { rateeId: ratee.id, year, period, raters: [{ raterId: team.staff[1].id, group: 'PEER' }] } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DUPLICATE' });

    await rate(ratee, byRater.get(ratee.id)!, 5);
    await rate(team.head, byRater.get(team.head.id)!, 3);
    await rate(team.staff[1], byRater.get(team.staff[1].id)!, 2);
    await rate(team.staff[2], byRater.get(team.staff[2].id)!, 4);
    const twice = await (await as(team.staff[2]))(SUBMIT, { a: byRater.get(team.staff[2].id), s: VALUES.map((value) => ({ value, score: 1 })) });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ALREADY_SUBMITTED' });

    const partial = (await t.ok(RESULT, { e: ratee.id, y: year, p: period })).behaviour360Result;
    expect(partial.minRaters).toBe(3);
    const peer = partial.groups.find((g: { group: string }) => g.group === 'PEER');
    expect(peer).toMatchObject({ raters: 2, released: false, average: null, averages: [] });
    expect(partial.groups.find((g: { group: string }) => g.group === 'SELF')).toMatchObject({ released: true, average: 5 });
    expect(partial.groups.find((g: { group: string }) => g.group === 'SUPERIOR')).toMatchObject({ released: true, average: 3 });

    await rate(team.staff[3], byRater.get(team.staff[3].id)!, 3);
    const full = (await (await as(ratee))(RESULT, { e: ratee.id, y: year, p: period })).data.behaviour360Result;
    expect(full.groups.find((g: { group: string }) => g.group === 'PEER')).toMatchObject({ raters: 3, released: true, average: 3 });
  });

  it('exposes no individual score in the schema, and no rater list to the rated employee or analysts', async () => {
    const types = getMetadataStorage().objectTypes.map((o) => o.name);
    expect(types).not.toContain('Rating360Score');
    const assignmentFields = getMetadataStorage().fields.filter((f) => f.target.name === 'Rating360Assignment').map((f) => f.name);
    expect(assignmentFields.some((f) => /score/i.test(f))).toBe(false);
    const q = 'query($e: ID!, $y: Int!, $p: EvaluationPeriod!) { rating360Assignments(rateeId: $e, year: $y, period: $p) { rater { id } submitted } }';
    expect((await (await as(team.staff[0]))(q, { e: team.staff[0].id, y: year, p: period })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(q, { e: team.staff[0].id, y: year, p: period }, 'analyst')).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const admin = (await t.ok(q, { e: team.staff[0].id, y: year, p: period })).rating360Assignments;
    expect(admin).toHaveLength(5);
  });

  it('lets a rater see what they have to rate', async () => {
    const mine = (await (await as(team.staff[1]))('{ my360Assignments { ratee { id } group submitted } }')).data.my360Assignments;
    expect(mine).toEqual([{ ratee: { id: team.staff[0].id }, group: 'PEER', submitted: true }]);
  });
});

describe('talent 9-box (ASN-RULES §7)', () => {
  const PLACE = 'query($e: ID!) { talentPlacement(employeeId: $e) { box { box label actions } performance potential predikat potentialScore inSuccessionPool reasons legalBasis } }';

  async function prepare(member: Member, results: string, behaviour: string, potential: number) {
    const y = year - 1;
    const planId = (await t.ok('mutation($input: CreatePlanInput!) { createPerformancePlan(input: $input) { id } }', { input: { employeeId: member.id, year: y } })).createPerformancePlan.id;
    await t.ok('mutation($input: EvaluateInput!) { evaluatePerformance(input: $input) { id } }', { input: { planId, period: 'ANNUAL', resultRating: results, behaviourRating: behaviour } });
    const comp = (await t.ok('{ competencies(filter: { kind: MANAGERIAL }) { id } }')).competencies[0];
    await t.ok('mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id } }', {
      input: { employeeId: member.id, assessedOn: `${y}-04-01`, purpose: 'MAPPING', assessor: 'Tim Asesor', potentialScore: potential, scores: [{ competencyId: comp.id, level: 2 }] },
    });
  }

  it.each([
    ['DI_ATAS', 'DI_ATAS', 85, 9, true],
    ['SESUAI', 'SESUAI', 80, 8, true],
    ['DI_ATAS', 'DI_ATAS', 65, 7, true],
    ['DI_BAWAH', 'SESUAI', 90, 6, false],
    ['SESUAI', 'DI_ATAS', 60, 5, false],
    ['DI_ATAS', 'DI_ATAS', 30, 4, false],
    ['SESUAI', 'DI_BAWAH', 70, 3, false],
    ['SESUAI', 'SESUAI', 59, 2, false],
    ['DI_BAWAH', 'DI_BAWAH', 10, 1, false],
  ])('results %s, behaviour %s, potential %s -> box %s', async (results, behaviour, potential, box, pool) => {
    const m = await hire(t, { positionId: team.staffPositionId, rankCode: 'II/c', birthYear: 1992, cpnsYear: 2016 });
    await prepare(m, results as string, behaviour as string, potential as number);
    const p = (await t.ok(PLACE, { e: m.id })).talentPlacement;
    expect(p.box.box).toBe(box);
    expect(p.inSuccessionPool).toBe(pool);
    expect(p.box.actions.length).toBeGreaterThan(5);
    expect(p.legalBasis).toContain('3/2020');
  });

  it('says why an employee cannot be placed', async () => {
    const m = await hire(t, { positionId: team.staffPositionId, rankCode: 'II/c', birthYear: 1992, cpnsYear: 2016 });
    const p = (await t.ok(PLACE, { e: m.id })).talentPlacement;
    expect(p).toMatchObject({ box: null, reasons: ['Belum ada predikat kinerja tahunan', 'Belum ada skor potensial dari asesmen'] });
  });

  it('builds the grid in SQL exactly as the rule places each employee', async () => {
    const grid = (await t.ok('query($u: ID!) { talentGrid(unitId: $u, employeesPerBox: 100) { unplaced cells { box { box } count employees { id } } } }', { u: team.unitId })).talentGrid;
    const placed = grid.cells.flatMap((c: { box: { box: number }; employees: { id: string }[] }) => c.employees.map((e) => [e.id, c.box.box]));
    expect(placed.length).toBe(9);
    for (const [id, box] of placed) expect((await t.ok(PLACE, { e: id })).talentPlacement.box.box).toBe(box);
    expect(grid.cells.map((c: { count: number }) => c.count).reduce((a: number, b: number) => a + b, 0) + grid.unplaced).toBeGreaterThan(9);
    const pool = (await t.ok('query($u: ID!) { successionPool(unitId: $u, limit: 50) { total items { id } } }', { u: team.unitId })).successionPool;
    expect(pool.total).toBe(3);
  });

  it("lists one box's employees (the grid's count), and refuses a box number outside 1-9", async () => {
    const grid = (await t.ok('query($u: ID!) { talentGrid(unitId: $u, employeesPerBox: 100) { cells { box { box } count employees { id } } } }', { u: team.unitId })).talentGrid;
    const cell = grid.cells.find((c: { count: number }) => c.count > 0);
    const members = (await t.ok('query($u: ID!, $b: [Int!]!) { talentBoxMembers(unitId: $u, boxes: $b, limit: 50) { total items { id } } }', { u: team.unitId, b: [cell.box.box] })).talentBoxMembers;
    expect(members.total).toBe(cell.count);
    expect(members.items.map((e: { id: string }) => e.id).sort()).toEqual(cell.employees.map((e: { id: string }) => e.id).sort());
    const bad = await t.gql('query($u: ID!) { talentBoxMembers(unitId: $u, boxes: [9, 12]) { total } }', { u: team.unitId });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'boxes', reason: 'OUT_OF_RANGE' });
    expect(bad.errors?.[0].message).toContain('12');
  });

  it('agrees with the rule for every seeded employee of a government', async () => {
    const [gov] = await t.sql<{ id: string }>(`select id from government where code = '33.74'`);
    const grid = (await t.ok('query($g: ID!) { talentGrid(governmentId: $g, employeesPerBox: 30) { cells { box { box } employees { id } } } }', { g: gov.id })).talentGrid;
    const sample = grid.cells.flatMap((c: { box: { box: number }; employees: { id: string }[] }) => c.employees.slice(0, 4).map((e) => [e.id, c.box.box]));
    expect(sample.length).toBeGreaterThan(10);
    for (const [id, box] of sample) expect((await t.ok(PLACE, { e: id })).talentPlacement.box.box).toBe(box);
  });
});

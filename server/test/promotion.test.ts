// Promotion eligibility, position candidates, DUK and retirement (ASN-RULES §3, §8, §11) through the
// API against real PostgreSQL: worked examples on a known team, scoping per role, bad input, and
// the set-based SQL checked against the pure rules for every employee of the seeded data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type Viewer } from '../src/shared/auth.ts';
import { AppointmentService } from '../src/modules/promotion/appointment.service.ts';
import { PromotionService } from '../src/modules/promotion/promotion.service.ts';
import { wholeYears, yearOf } from '@asn-merit/common';
import { promotionDateOnOrAfter } from '../src/modules/promotion/promotion.rules.ts';
import { RetirementService } from '../src/modules/promotion/retirement.service.ts';
import { retirementDate } from '../src/modules/promotion/retirement.rules.ts';
import { AssessmentService } from '../src/modules/competency/index.ts';
import { TalentService } from '../src/modules/talent/index.ts';
import { PositionService } from '../src/modules/position/index.ts';
import { buildTeam, hire, type Team } from './fixtures.ts';
import { startTestApp, testToday, type TestApp } from './helpers.ts';

let t: TestApp;
let team: Team;
let semarang: string;
let tebingtinggi: string;
const y = yearOf(testToday());
const asOf = `${y}-06-15`;

const ELIGIBILITY = `query($id: ID!, $asOf: LocalDate) { rankPromotionEligibility(employeeId: $id, asOf: $asOf) {
  route eligible earliestTmt summary currentRank { code } nextRank { code }
  conditions { code passed actual required legalBasis passesOn } } }`;
const CANDIDATES = `query($p: ID!, $u: ID, $q: Boolean!, $limit: Int) { positionCandidates(positionId: $p, unitId: $u, qualified: $q, limit: $limit) {
  total qualifiedTotal notQualifiedTotal vacancies scoreFormula weights { code weight }
  items { employee { id } qualified score requirements { code passed actual required legalBasis } failedRequirements { code } components { code value weight } } } }`;

async function level(code: string): Promise<string> {
  return (await t.sql<{ id: string }>('select id from education_level where code = ?', [code]))[0].id;
}

async function education(employeeId: string, code: string, graduationYear: number) {
  await t.ok('mutation($input: AddEducationHistoryInput!) { addEducationHistory(input: $input) { id } }', {
    input: { employeeId, levelId: await level(code), institution: 'Universitas Diponegoro', graduationYear },
  });
}

/** An annual evaluation with the given ratings (SESUAI/SESUAI = Baik) for a past year. */
async function annual(employeeId: string, year: number, evaluatorId?: string) {
  const rating = 'SESUAI';
  const plan = await t.ok('mutation($input: CreatePlanInput!) { createPerformancePlan(input: $input) { id } }', {
    input: { employeeId, year, evaluatorId, targets: [{ description: 'Tersusunnya laporan kepegawaian', indicator: 'Jumlah laporan', target: '12 laporan' }] },
  });
  await t.ok('mutation($input: EvaluateInput!) { evaluatePerformance(input: $input) { id } }', {
    input: { planId: plan.createPerformancePlan.id, period: 'ANNUAL', resultRating: rating, behaviourRating: rating },
  });
}

const viewer = (over: Partial<Viewer> = {}): Viewer => ({ userId: '00000000-0000-0000-0000-000000000000', email: 'test@asnmerit.id', role: Role.SUPER_ADMIN, governmentId: null, unitId: null, unitPath: null, employeeId: null, ...over });
const cond = (e: { conditions: { code: string }[] }, code: string) => e.conditions.find((c) => c.code === code) as any;

beforeAll(async () => {
  t = await startTestApp();
  [{ id: semarang }] = await t.sql<{ id: string }>(`select id from government where code = '33.74'`);
  [{ id: tebingtinggi }] = await t.sql<{ id: string }>(`select id from government where code = '12.76'`);
  team = await buildTeam(t, { staff: 2, functional: 1 });
  // staff[0]: II/c since 2014-03-01 (D-III); head: III/d since 2000-03-01 (S-2); functional: Ahli Pertama III/a since 2018-03-01 (S-1).
  await education(team.staff[0].id, 'D3', 2013);
  await education(team.staff[1].id, 'D3', 2013);
  await education(team.head.id, 'S2', 1999);
  await education(team.functional[0].id, 'S1', 2017);
  // The head has no superior position in the test unit: a BKPP official evaluates.
  const [evaluator] = await t.sql<{ id: string }>(`select ph.employee_id as id from position_history ph join org_unit u on u.id = ph.unit_id where u.code = 'BKPP' and ph.end_date is null limit 1`);
  for (const m of [team.staff[0], team.staff[1], team.head]) {
    await annual(m.id, y - 1, m === team.head ? evaluator.id : undefined);
    await annual(m.id, y - 2, m === team.head ? evaluator.id : undefined);
  }
  for (let year = y - 4; year <= y - 1; year++) await annual(team.functional[0].id, year);
});
afterAll(() => t.close());

describe('rank promotion eligibility: the worked examples of §3 through the API', () => {
  it('is eligible after 4 years in rank with Baik twice, from the next 1st of the month', async () => {
    const e = (await t.ok(ELIGIBILITY, { id: team.staff[0].id, asOf })).rankPromotionEligibility;
    expect(e).toMatchObject({ route: 'REGULAR', eligible: true, earliestTmt: promotionDateOnOrAfter(asOf), currentRank: { code: 'II/c' }, nextRank: { code: 'II/d' } });
    expect(e.conditions.map((c: { code: string }) => c.code)).toEqual(['YEARS_IN_RANK', 'PERFORMANCE', 'DIPLOMA_CEILING', 'DISCIPLINE']);
    expect(cond(e, 'PERFORMANCE').actual).toBe(`${y - 1}: Baik, ${y - 2}: Baik`);
    expect(cond(e, 'DIPLOMA_CEILING').actual).toBe('Diploma III: paling tinggi III/c');
    expect(e.summary).toContain('Memenuhi syarat kenaikan pangkat ke II/d');
  });

  it('says on which date the 4 years are complete', async () => {
    const late = await hire(t, { positionId: team.staffPositionId, rankCode: 'II/c', birthYear: 1995, cpnsYear: y - 3 });
    await education(late.id, 'D3', y - 4);
    const e = (await t.ok(ELIGIBILITY, { id: late.id, asOf })).rankPromotionEligibility;
    expect(e.eligible).toBe(false);
    expect(cond(e, 'YEARS_IN_RANK')).toMatchObject({ passed: false, passesOn: `${y + 1}-03-01`, required: `4 tahun (sejak ${y + 1}-03-01)` });
    expect(cond(e, 'PERFORMANCE').passed).toBe(false); // never evaluated
    expect(e.earliestTmt).toBeNull();
  });

  it('needs ujian dinas tingkat II to cross into golongan IV, recorded as a qualification', async () => {
    const before = (await t.ok(ELIGIBILITY, { id: team.head.id, asOf })).rankPromotionEligibility;
    expect(before).toMatchObject({ eligible: false, nextRank: { code: 'IV/a' } });
    expect(cond(before, 'SERVICE_EXAM')).toMatchObject({ passed: false, required: 'ujian dinas tingkat II atau UKPPI' });
    expect(cond(before, 'DIPLOMA_CEILING')).toMatchObject({ passed: true, actual: 'Magister (S-2): paling tinggi IV/a' });
    await t.ok('mutation($input: AddQualificationInput!) { addQualification(input: $input) { id kind } }', { input: { employeeId: team.head.id, kind: 'UJIAN_DINAS_II', passedOn: '2010-05-20', certificateNumber: 'UD-II/2010/0042' } });
    const after = (await t.ok(ELIGIBILITY, { id: team.head.id, asOf })).rankPromotionEligibility;
    expect(after.eligible).toBe(true);
    expect(cond(after, 'SERVICE_EXAM')).toMatchObject({ passed: true, actual: 'lulus' });
  });

  it('holds a promotion while a disciplinary sanction is in force and says when it ends', async () => {
    const added = await t.ok('mutation($input: AddSanctionInput!) { addSanction(input: $input) { id version } }', {
      input: { employeeId: team.staff[1].id, level: 'SEDANG', description: 'Pemotongan tunjangan kinerja 25% selama 12 bulan', startDate: `${y - 1}-10-01`, endDate: `${y}-09-30`, barsPromotion: true },
    });
    const e = (await t.ok(ELIGIBILITY, { id: team.staff[1].id, asOf })).rankPromotionEligibility;
    expect(e.eligible).toBe(false);
    expect(cond(e, 'DISCIPLINE')).toMatchObject({ passed: false, passesOn: `${y}-10-01` });
    expect(e.earliestTmt).toBe(`${y}-10-01`);
    // Sanctions are personal data: the analyst sees none, the admin sees it.
    const seen = await t.gql('query($id: ID!) { employee(id: $id) { sanctions { description } qualifications { kind } } }', { id: team.staff[1].id }, 'analyst');
    expect(seen.data.employee.sanctions).toBeNull();
    expect((await t.ok('query($id: ID!) { employee(id: $id) { sanctions { description } } }', { id: team.staff[1].id })).employee.sanctions).toHaveLength(1);
    await t.ok('mutation($id: ID!, $v: Int!) { deleteSanction(id: $id, version: $v) }', { id: added.addSanction.id, v: added.addSanction.version });
    expect((await t.ok(ELIGIBILITY, { id: team.staff[1].id, asOf })).rankPromotionEligibility.eligible).toBe(true);
  });

  it('follows the credit-point route for a functional position (2 years, angka kredit)', async () => {
    const e = (await t.ok(ELIGIBILITY, { id: team.functional[0].id, asOf })).rankPromotionEligibility;
    expect(e.route).toBe('FUNCTIONAL');
    // Four whole years at Baik as Ahli Pertama: 4 x 12/12 x 100% x 12.5 = 50, the requirement for III/a -> III/b.
    expect(cond(e, 'CREDIT_POINTS')).toMatchObject({ passed: true, actual: '50 sejak TMT pangkat', required: '50' });
    expect(cond(e, 'YEARS_IN_RANK').required).toBe('2 tahun (sejak 2020-03-01)');
    expect(e.eligible).toBe(true);
  });

  it('refuses bad input with a clear error', async () => {
    const unknown = await t.gql(ELIGIBILITY, { id: '6f1c9a52-1d7e-4c43-9a55-1e2b3c4d5e6f' });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'employeeId' });
    const badDate = await t.gql(ELIGIBILITY, { id: team.staff[0].id, asOf: '2026-02-30' });
    expect(badDate.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(badDate.errors?.[0].message).toContain('asOf');
    const months = await t.gql('{ rankPromotionEligibilities(filter: WITHIN_MONTHS) { total } }');
    expect(months.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'months' });
    const otherGov = await t.gql('query($g: ID!) { rankPromotionEligibilities(governmentId: $g) { total } }', { g: tebingtinggi });
    expect(otherGov.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const dup = await t.gql('mutation($input: AddQualificationInput!) { addQualification(input: $input) { id } }', { input: { employeeId: team.head.id, kind: 'UJIAN_DINAS_II', passedOn: '2011-01-10' } });
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind', reason: 'DUPLICATE' });
    const future = await t.gql('mutation($input: AddQualificationInput!) { addQualification(input: $input) { id } }', { input: { employeeId: team.head.id, kind: 'PKA', passedOn: `${y + 1}-01-10` } });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'passedOn', reason: 'DATE_IN_FUTURE' });
    const byAnalyst = await t.gql('mutation($input: AddQualificationInput!) { addQualification(input: $input) { id } }', { input: { employeeId: team.head.id, kind: 'PKA', passedOn: '2015-01-10' } }, 'analyst');
    expect(byAnalyst.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('rank promotion eligibility lists', () => {
  const LIST = `query($u: ID, $f: EligibilityFilter, $m: Int, $limit: Int, $asOf: LocalDate) { rankPromotionEligibilities(unitId: $u, filter: $f, months: $m, limit: $limit, asOf: $asOf) {
    total items { employee { id } eligible earliestTmt conditions { code passed } } } }`;

  it('filters eligible, not eligible and eligible within N months, soonest first', async () => {
    const all = (await t.ok(LIST, { limit: 500, asOf })).rankPromotionEligibilities;
    const yes = (await t.ok(LIST, { f: 'ELIGIBLE', limit: 500, asOf })).rankPromotionEligibilities;
    const no = (await t.ok(LIST, { f: 'NOT_ELIGIBLE', limit: 500, asOf })).rankPromotionEligibilities;
    const soon = (await t.ok(LIST, { f: 'WITHIN_MONTHS', m: 24, limit: 500, asOf })).rankPromotionEligibilities;
    expect(yes.total).toBeGreaterThan(0);
    expect(no.total).toBeGreaterThan(0);
    expect(yes.total + no.total).toBe(all.total);
    expect(yes.items.every((e: { eligible: boolean }) => e.eligible)).toBe(true);
    expect(soon.total).toBeGreaterThan(yes.total);
    const limit = `${y + 2}-06-15`;
    expect(soon.items.every((e: { earliestTmt: string }) => e.earliestTmt && e.earliestTmt <= limit)).toBe(true);
    const dates = all.items.map((e: { earliestTmt: string | null }) => e.earliestTmt ?? '9999');
    expect([...dates].sort()).toEqual(dates);
  });

  it('covers a unit and below, and a unit admin only their unit', async () => {
    const mine = (await t.ok(LIST, { u: team.unitId, limit: 50, asOf })).rankPromotionEligibilities;
    expect(mine.items.map((e: { employee: { id: string } }) => e.employee.id)).toEqual(expect.arrayContaining([team.head.id, team.staff[0].id, team.functional[0].id]));
    const asUnit = (await t.ok(LIST, { limit: 500 }, 'unit')).rankPromotionEligibilities;
    const visible = (await t.ok(`{ employees(limit: 500, filter: { asnTypes: [PNS] }) { total items { id status } } }`, {}, 'unit')).employees;
    const inService = visible.items.filter((e: { status: string }) => ['AKTIF', 'CUTI', 'TUGAS_BELAJAR'].includes(e.status)).map((e: { id: string }) => e.id).sort();
    expect(asUnit.total).toBeGreaterThan(0);
    expect(asUnit.items.map((e: { employee: { id: string } }) => e.employee.id).sort()).toEqual(inService);
    const outside = await t.gql(LIST, { u: team.unitId }, 'unit');
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'unitId' });
  });

  it('issues the same number of SQL statements for 5 and for 50 employees', async () => {
    const q = `query($limit: Int) { rankPromotionEligibilities(limit: $limit) { items { employee { fullName currentRank { rank { code } } } currentRank { code } nextRank { name } conditions { code } } } }`;
    const five = await t.gql(q, { limit: 5 });
    const fifty = await t.gql(q, { limit: 50 });
    expect(fifty.data.rankPromotionEligibilities.items).toHaveLength(50);
    expect(fifty.extensions?.sqlStatements).toBe(five.extensions?.sqlStatements);
  });
});

describe('position candidates (§8, merit score)', () => {
  let jpt: string;

  beforeAll(async () => {
    jpt = (await t.ok('mutation($input: CreatePositionInput!) { createPosition(input: $input) { id } }', {
      input: { unitId: team.unitId, code: 'J-UJI-JPT', title: 'Asisten Uji', kind: 'JPT_PRATAMA', grade: 15, plannedHeadcount: 1 },
    })).createPosition.id;
  });

  it('shortlists who meets every requirement, with values and basis, ranked by score', async () => {
    const list = (await t.ok(CANDIDATES, { p: jpt, u: team.unitId, q: true })).positionCandidates;
    expect(list.vacancies).toBe(1);
    expect(list.weights).toEqual([{ code: 'jpm', weight: 40 }, { code: 'performance', weight: 25 }, { code: 'talent', weight: 15 }, { code: 'education', weight: 10 }, { code: 'rank', weight: 10 }]);
    const head = list.items.find((c: { employee: { id: string } }) => c.employee.id === team.head.id);
    expect(head).toBeDefined();
    const [born] = await t.sql<{ birth_date: string }>('select birth_date::text from employee where id = ?', [team.head.id]);
    const age = wholeYears(born.birth_date, testToday());
    expect(head.requirements.map((r: { code: string; passed: boolean }) => [r.code, r.passed])).toEqual([['PNS', true], ['EDUCATION', true], ['EXPERIENCE', true], ['PRIOR_POSITION', true], ['AGE', true], ['PERFORMANCE', true]]);
    expect(head.requirements.find((r: { code: string }) => r.code === 'AGE')).toMatchObject({ actual: `${age} tahun`, required: '≤ 56 tahun' });
    expect(head.requirements[0].legalBasis).toContain('PP 11/2017');
    const scores = list.items.map((c: { score: number }) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('lists separately who fails a hard requirement, with why', async () => {
    const list = (await t.ok(CANDIDATES, { p: jpt, u: team.unitId, q: false })).positionCandidates;
    const staff = list.items.find((c: { employee: { id: string } }) => c.employee.id === team.staff[0].id);
    expect(staff.qualified).toBe(false);
    expect(staff.failedRequirements.map((r: { code: string }) => r.code)).toEqual(['EDUCATION', 'PRIOR_POSITION']);
    expect(list.qualifiedTotal + list.notQualifiedTotal).toBeGreaterThanOrEqual(5);
  });

  it('refuses an unknown position and hides positions outside a unit admin\'s unit', async () => {
    expect((await t.gql(CANDIDATES, { p: '6f1c9a52-1d7e-4c43-9a55-1e2b3c4d5e6f', q: true })).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'positionId' });
    expect((await t.gql(CANDIDATES, { p: jpt, q: true }, 'unit')).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('keeps the statement count flat with the page size', async () => {
    const five = await t.gql(CANDIDATES, { p: jpt, q: false, limit: 5 });
    const fifty = await t.gql(CANDIDATES, { p: jpt, q: false, limit: 50 });
    expect(fifty.data.positionCandidates.items).toHaveLength(50);
    expect(fifty.extensions?.sqlStatements).toBe(five.extensions?.sqlStatements);
  });
});

describe('DUK', () => {
  const DUK = `query($u: ID, $limit: Int, $offset: Int) { duk(unitId: $u, limit: $limit, offset: $offset) { total csvPath items { number employee { id } rank { ordinal } rankTmt birthDate age } } }`;

  it('orders by rank then rank TMT, numbers the lines, and paginates', async () => {
    const page1 = (await t.ok(DUK, { limit: 100 })).duk;
    const page2 = (await t.ok(DUK, { limit: 100, offset: 100 })).duk;
    expect(page1.total).toBeGreaterThan(100);
    expect(page1.items.map((r: { number: number }) => r.number)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(page2.items[0].number).toBe(101);
    const all = [...page1.items, ...page2.items];
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1], all[i]];
      const ra = a.rank?.ordinal ?? -1;
      const rb = b.rank?.ordinal ?? -1;
      expect(ra > rb || (ra === rb && (a.rankTmt ?? '') <= (b.rankTmt ?? ''))).toBe(true);
    }
    expect(page1.items[0].birthDate).not.toBeNull();
    const analyst = (await t.ok(DUK, { limit: 3 }, 'analyst')).duk;
    expect(analyst.items.every((r: { birthDate: string | null }) => r.birthDate === null)).toBe(true);
  });

  it('downloads the whole list as CSV through the streaming endpoint, with the same token', async () => {
    const { duk } = await t.ok(DUK, { limit: 1 });
    const res = await fetch(`${t.url}${duk.csvPath}`, { headers: { authorization: `Bearer ${await t.token('gov')}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^No,NIP,Nama,Pangkat,Gol\/Ruang,TMT Pangkat/);
    expect(lines).toHaveLength(duk.total + 1);
    expect(lines[1].startsWith('1,')).toBe(true);
    expect((await fetch(`${t.url}${duk.csvPath}`)).status).toBe(401);
    const outside = await fetch(`${t.url}/export/duk.csv?unitId=${team.unitId}`, { headers: { authorization: `Bearer ${await t.token('unit')}` } });
    expect(outside.status).toBe(404);
    const bad = await fetch(`${t.url}/export/duk.csv?asOf=2026-13-01`, { headers: { authorization: `Bearer ${await t.token('gov')}` } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });
});

describe('retirement (§11)', () => {
  it('gives the age of the position held and the 1st of the month after', async () => {
    const e = (await t.ok('query($id: ID!) { employee(id: $id) { birthDate retirement { retirementAge retirementDate positionKind reasons legalBasis } } }', { id: team.head.id })).employee;
    expect(e.retirement).toMatchObject({ retirementAge: 58, positionKind: 'ADMINISTRATOR', retirementDate: retirementDate(e.birthDate, 58, true) });
    expect(e.retirement.legalBasis).toContain('UU 20/2023');
  });

  it('projects retirements per year and unit, consistent with the list', async () => {
    const p = (await t.ok('{ retirementProjection(years: 3) { fromYear toYear total byYear { year count } cells { year count unit { depth } } } }')).retirementProjection;
    expect(p.byYear.map((r: { year: number }) => r.year)).toEqual([y, y + 1, y + 2]);
    expect(p.total).toBeGreaterThan(0);
    expect(p.cells.every((c: { unit: { depth: number } | null }) => c.unit === null || c.unit.depth === 0)).toBe(true);
    const list = (await t.ok('query($from: LocalDate, $to: LocalDate) { retirements(from: $from, to: $to, limit: 1) { total } }', { from: testToday(), to: `${y + 2}-12-31` })).retirements;
    expect(list.total).toBe(p.total);
  });

  it('raises alerts: promotions due, retirements and PPPK contracts ending', async () => {
    const a = (await t.ok('{ hrAlerts(limit: 3) { promotionMonths promotionsDue promotions { eligible earliestTmt } retirementMonths retirementsDue retirements { retirementDate } contractMonths contractsEnding contracts { asnType contractEndDate } } }')).hrAlerts;
    expect(a).toMatchObject({ promotionMonths: 3, retirementMonths: 12, contractMonths: 6 });
    expect(a.promotionsDue).toBeGreaterThan(0);
    expect(a.contractsEnding).toBeGreaterThan(0);
    expect(a.contracts.every((c: { asnType: string }) => c.asnType !== 'PNS')).toBe(true);
    expect(a.promotions.length).toBeLessThanOrEqual(3);
  });
});

describe('the set-based SQL gives the same answers as the pure rules, for every employee', () => {
  // One test per date: each compares ~800 employees record by record too (minutes on a loaded machine).
  it.each([['today', () => asOf], ['on a date under the 2023-2025 period rules', () => '2024-03-10']])('rank promotion eligibility, %s', async (_label, dateOf) => {
    for (const date of [dateOf()]) {
      const ctx = t.app.contextFor(viewer());
      const service = new PromotionService(ctx);
      let compared = 0;
      const seen = new Set<string>();
      for (const governmentId of [semarang, tebingtinggi]) {
        const rows = await service.rows({ governmentId }, date, true);
        for (const row of rows) {
          const spec = service.explain(row, date);
          expect({ id: row.employee_id, eligible: row.eligible, earliest: row.earliest_tmt }).toEqual({ id: row.employee_id, eligible: spec.eligible, earliest: spec.earliestTmt });
          const flags: Record<string, boolean | null> = { YEARS_IN_RANK: row.years_ok, PERFORMANCE: row.perf_ok, DIPLOMA_CEILING: row.ceiling_ok, SERVICE_EXAM: row.exam_ok, CREDIT_POINTS: row.credit_ok, FUNCTIONAL_LEVEL: row.level_ok, DISCIPLINE: row.discipline_ok };
          for (const c of spec.conditions) if (c.code in flags) expect([row.employee_id, c.code, c.passed]).toEqual([row.employee_id, c.code, flags[c.code]]);
          // The record-by-record path (facts read without the set-based statement) agrees too.
          const single = await new PromotionService(t.app.contextFor(viewer())).eligibility(row.employee_id, date);
          expect({ id: row.employee_id, ...single }).toEqual({ id: row.employee_id, ...spec });
          for (const c of spec.conditions) seen.add(`${c.code}:${c.passed}`);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(400);
      // The seeded data exercises every condition both ways (the comparison above is not vacuous).
      // (Seeded sanctions and enough credit points belong to recent years only.)
      const codes = date === asOf ? ['YEARS_IN_RANK', 'PERFORMANCE', 'DIPLOMA_CEILING', 'SERVICE_EXAM', 'CREDIT_POINTS', 'DISCIPLINE'] : ['YEARS_IN_RANK', 'PERFORMANCE', 'DIPLOMA_CEILING', 'SERVICE_EXAM'];
      for (const code of codes) {
        expect(seen.has(`${code}:true`) && seen.has(`${code}:false`), `${code} at ${date}`).toBe(true);
      }
    }
  }, 600_000);

  it('position candidates: flags and score of the SQL equal the rule on its facts; JPM and 9-box equal their services', async () => {
    const ctx = t.app.contextFor(viewer());
    const service = new AppointmentService(ctx);
    const positions = await t.sql<{ id: string; kind: string }>(
      `select distinct on (p.kind) p.id, p.kind from position p where p.government_id = ? and p.kind in ('JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL') order by p.kind, p.code`,
      [semarang],
    );
    expect(positions).toHaveLength(4);
    const today = testToday();
    const outcomes = new Set<string>();
    for (const p of positions) {
      const position = await new PositionService(ctx).get(p.id);
      const { rule, target } = await service.ruleFor(position);
      const weights = await service.weights(semarang);
      const maxEdu = await service.maxEducationOrdinal();
      const rows = await service.rows(p.id, {}, today);
      expect(rows.length).toBeGreaterThan(100);
      let qualified = 0;
      for (const row of rows) {
        const spec = service.explain(row, rule, target, weights, maxEdu);
        expect([row.employee_id, row.qualified]).toEqual([row.employee_id, spec.qualified]);
        expect(Math.abs(row.score - spec.score)).toBeLessThanOrEqual(0.01);
        const flags: Record<string, boolean> = { PNS: row.pns_ok, EDUCATION: row.edu_ok, EXPERIENCE: row.exp_ok, PRIOR_POSITION: row.prior_ok, AGE: row.age_ok, MIN_RANK: row.rank_ok, PERFORMANCE: row.perf_ok };
        for (const r of spec.requirements) expect([row.employee_id, r.code, r.passed]).toEqual([row.employee_id, r.code, flags[r.code]]);
        for (const r of spec.requirements) outcomes.add(`${r.code}:${r.passed}`);
        if (row.qualified) qualified++;
      }
      expect(qualified, p.kind).toBeLessThan(rows.length);
      if (p.kind !== 'JPT_PRATAMA') expect(qualified, p.kind).toBeGreaterThan(0);
      // The facts the score uses agree with the JPM and 9-box services, for a sample.
      for (const row of rows.filter((r) => r.jpm !== null).slice(0, 15)) {
        const jpm = await new AssessmentService(t.app.contextFor(viewer())).jobPersonMatch(row.employee_id, p.id);
        expect([row.employee_id, row.jpm]).toEqual([row.employee_id, jpm.percent]);
      }
      for (const row of rows.slice(0, 15)) {
        const placement = await new TalentService(t.app.contextFor(viewer())).placement(row.employee_id, y);
        expect([row.employee_id, row.box]).toEqual([row.employee_id, placement.box?.box ?? null]);
      }
    }
    for (const code of ['PNS', 'EDUCATION', 'EXPERIENCE', 'PRIOR_POSITION', 'AGE', 'PERFORMANCE']) expect(outcomes.has(`${code}:true`) && outcomes.has(`${code}:false`), code).toBe(true);
  });

  it('retirement dates', async () => {
    const service = new RetirementService(t.app.contextFor(viewer()));
    for (const governmentId of [semarang, tebingtinggi]) {
      const page = await service.retirements({ governmentId }, '1900-01-01', '2200-12-31', 500, 0);
      expect(page.items.length).toBe(page.total);
      for (const row of page.items) {
        const one = await new RetirementService(t.app.contextFor(viewer())).forEmployee(row.employee_id);
        expect([row.employee_id, row.retirement_age, row.retirement_date]).toEqual([row.employee_id, one.retirementAge, one.retirementDate]);
      }
    }
  });
});

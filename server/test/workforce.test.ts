// Workforce planning (issue 13; ASN-RULES §10, §11) through the API against real PostgreSQL: the
// worked numbers of §10 on a known team, the workflow and versions, the roles, bad input (nothing
// half-written), and the set-based needs report and five-year plan checked against the pure rules
// for every seeded position, in a statement count independent of the scope's size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retirementAge, retirementDate } from '../src/modules/promotion/retirement.rules.ts';
import { NeedsService } from '../src/modules/workforce/needs.service.ts';
import { Role, type Viewer } from '../src/shared/auth.ts';
import { RoundingMode, WorkPeriod } from '../src/modules/workforce/workforce.enums.ts';
import { exitOf, fiveYearPlan, projectedNeed, ratioShortfall, settingsFrom, workloadAnalysis, type AbkSettingKey } from '../src/modules/workforce/workforce.rules.ts';
import { buildTeam, hire, type Team } from './fixtures.ts';
import { startTestApp, type As, type TestApp } from './helpers.ts';

let t: TestApp;
let team: Team;
let semarang: string;
let dinkesPosition: string;
const year = Number(new Date().toISOString().slice(0, 4));

const DEFAULTS: Record<AbkSettingKey, number> = {
  'abk.effectiveMinutesPerYear': 75_000, 'abk.multiplier.day': 250, 'abk.multiplier.week': 50, 'abk.multiplier.month': 12, 'abk.multiplier.year': 1,
  'abk.ej.bandA': 1, 'abk.ej.bandB': 0.9, 'abk.ej.bandC': 0.7, 'abk.ej.bandD': 0.5, 'abk.rounding': 0,
};
const S = settingsFrom((k) => DEFAULTS[k]);

const ANALYSIS = `id version status revision year notes tasks { id version ordinal volume period standardMinutes }
  computation { totalWorkloadMinutes effectiveMinutesPerYear requiredStaff requiredStaffRounded rounding bezetting formasi ej ejBand gap formasiGap
    terms { code value operands { code value } } tasks { taskId multiplier yearlyVolume workloadMinutes } }`;
const CREATE = `mutation($input: CreateWorkloadAnalysisInput!) { createWorkloadAnalysis(input: $input) { ${ANALYSIS} } }`;
const TRANSITION = `mutation($id: ID!, $input: WorkloadTransitionInput!) { transitionWorkloadAnalysis(id: $id, input: $input) { ${ANALYSIS} } }`;
const ADD_TASK = `mutation($input: AddWorkloadTaskInput!) { addWorkloadTask(input: $input) { id version } }`;

/** The worked example: 40 a day x 15 min + 30 a month x 50 min + 13 a week x 30 min = 187,500 minutes. */
const TASKS = [
  { description: 'Mengolah data kepegawaian', output: 'Data terolah', volume: 40, period: 'DAY', standardMinutes: 15 },
  { description: 'Menyusun laporan bulanan', output: 'Laporan', volume: 30, period: 'MONTH', standardMinutes: 50 },
  { description: 'Memverifikasi usulan mutasi', output: 'Usulan', volume: 13, period: 'WEEK', standardMinutes: 30 },
];

const viewer = (): Viewer => ({ userId: '00000000-0000-0000-0000-000000000000', email: 'test@asnmerit.id', role: Role.SUPER_ADMIN, governmentId: null, unitId: null, unitPath: null, employeeId: null });

const rowCounts = async () => (await t.sql<{ a: string; k: string; f: string; l: string }>(
  'select (select count(*) from workload_analysis) as a, (select count(*) from workload_task) as k, (select count(*) from formasi_proposal) as f, (select count(*) from formasi_proposal_line) as l',
))[0];

async function create(positionId: string, as: As = 'gov', tasks: unknown[] = TASKS, y = year) {
  return t.gql(CREATE, { input: { positionId, year: y, tasks } }, as);
}

beforeAll(async () => {
  t = await startTestApp();
  [{ id: semarang }] = await t.sql<{ id: string }>(`select id from government where code = '33.74'`);
  team = await buildTeam(t, { staff: 3, functional: 1 });
  [{ id: dinkesPosition }] = await t.sql<{ id: string }>(
    `select p.id from position p join org_unit u on u.id = p.unit_id where u.government_id = ? and u.code = 'DINKES' and p.kind = 'PELAKSANA' order by p.code limit 1`,
    [semarang],
  );
});
afterAll(() => t.close());

describe('§10 through the API: the worked numbers', () => {
  let id: string;
  it('computes workload, required staff, EJ, band and gaps with their terms', async () => {
    const res = await create(team.staffPositionId);
    expect(res.errors).toBeUndefined();
    const a = res.data.createWorkloadAnalysis;
    id = a.id;
    expect(a).toMatchObject({ status: 'DRAFT', revision: 1, year });
    expect(a.computation.tasks.map((x: any) => [x.multiplier, x.yearlyVolume, x.workloadMinutes])).toEqual([[250, 10_000, 150_000], [12, 360, 18_000], [50, 650, 19_500]]);
    // 187,500 / 75,000 = 2.50 -> 3; 3 holders: EJ 187,500 / (3 x 75,000) = 0.83 (band C); gap 0; formasi 10: -7
    expect(a.computation).toMatchObject({ totalWorkloadMinutes: 187_500, effectiveMinutesPerYear: 75_000, requiredStaff: 2.5, requiredStaffRounded: 3, rounding: 'NEAREST', bezetting: 3, formasi: 10, ej: 0.83, ejBand: 'C', gap: 0, formasiGap: -7 });
    expect(a.computation.terms.find((x: any) => x.code === 'REQUIRED_STAFF')).toEqual({ code: 'REQUIRED_STAFF', value: 2.5, operands: [{ code: 'TOTAL_WORKLOAD', value: 187_500 }, { code: 'EFFECTIVE_MINUTES', value: 75_000 }] });
  });

  it('takes the government\'s settings: 70,000 effective minutes make 2.68 staff', async () => {
    const s = await t.ok<{ settings: { key: string; setting: { version: number } }[] }>('{ settings { key setting { version } } }');
    await t.ok('mutation($input: SetSettingInput!) { setSetting(input: $input) { value } }', { input: { key: 'abk.effectiveMinutesPerYear', value: 70_000, governmentId: semarang } });
    const a = await t.ok(`query($id: ID!) { workloadAnalysis(id: $id) { computation { requiredStaff requiredStaffRounded } } }`, { id });
    expect(a.workloadAnalysis.computation).toEqual({ requiredStaff: 2.68, requiredStaffRounded: 3 });
    const v = (await t.sql<{ version: number }>(`select version from setting where key = 'abk.effectiveMinutesPerYear' and government_id = ?`, [semarang]))[0].version;
    await t.ok('mutation($input: SetSettingInput!) { setSetting(input: $input) { value } }', { input: { key: 'abk.effectiveMinutesPerYear', value: 75_000, governmentId: semarang, version: v } });
    expect(s.settings.some((x) => x.key === 'abk.multiplier.day')).toBe(true);
  });

  it('goes DRAFT -> REVIEWED -> APPROVED with who and when; approving twice is a CONFLICT; an approved analysis is not edited', async () => {
    let a = (await t.ok(`query($id: ID!) { workloadAnalysis(id: $id) { version } }`, { id })).workloadAnalysis;
    a = (await t.ok(TRANSITION, { id, input: { version: a.version, action: 'REVIEW' } })).transitionWorkloadAnalysis;
    expect(a.status).toBe('REVIEWED');
    a = (await t.ok(TRANSITION, { id, input: { version: a.version, action: 'APPROVE' } })).transitionWorkloadAnalysis;
    expect(a.status).toBe('APPROVED');
    const who = await t.ok(`query($id: ID!) { workloadAnalysis(id: $id) { reviewedByName approvedByName approvedAt } }`, { id });
    expect(who.workloadAnalysis.approvedByName).toBe('Admin BKPP Kota Semarang');
    expect(who.workloadAnalysis.approvedAt).toBeTruthy();
    const twice = await t.gql(TRANSITION, { id, input: { version: a.version, action: 'APPROVE' } });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_APPROVED' });
    const edit = await t.gql(ADD_TASK, { input: { analysisId: id, ...TASKS[0] } });
    expect(edit.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ABK_APPROVED_NEW_VERSION' });
    const task = a.tasks[0];
    const upd = await t.gql(`mutation($id: ID!, $input: UpdateWorkloadTaskInput!) { updateWorkloadTask(id: $id, input: $input) { id } }`, { id: task.id, input: { version: task.version, volume: 50 } });
    expect(upd.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ABK_APPROVED_NEW_VERSION' });
  });

  it('a new revision is drafted from the approved one; approving it supersedes the old; 2026 and 2027 coexist', async () => {
    const r = (await t.ok(`mutation($id: ID!) { reviseWorkloadAnalysis(id: $id) { ${ANALYSIS} } }`, { id })).reviseWorkloadAnalysis;
    expect(r).toMatchObject({ status: 'DRAFT', revision: 2 });
    expect(r.tasks).toHaveLength(3);
    const again = await t.gql(`mutation($id: ID!) { reviseWorkloadAnalysis(id: $id) { id } }`, { id });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ABK_OPEN_VERSION' });
    const task = r.tasks[0];
    await t.ok(`mutation($id: ID!, $input: UpdateWorkloadTaskInput!) { updateWorkloadTask(id: $id, input: $input) { id } }`, { id: task.id, input: { version: task.version, volume: 70 } });
    let v = (await t.ok(`query($id: ID!) { workloadAnalysis(id: $id) { version computation { requiredStaff } } }`, { id: r.id })).workloadAnalysis;
    // 70 x 250 x 15 = 262,500 + 37,500 = 300,000 minutes -> 4.00
    expect(v.computation.requiredStaff).toBe(4);
    v = (await t.ok(TRANSITION, { id: r.id, input: { version: v.version, action: 'REVIEW' } })).transitionWorkloadAnalysis;
    await t.ok(TRANSITION, { id: r.id, input: { version: v.version, action: 'APPROVE' } });
    const list = await t.ok(`query($p: ID!) { workloadAnalyses(filter: { positionId: $p }) { total items { revision status year } } }`, { p: team.staffPositionId });
    expect(list.workloadAnalyses.items.map((x: any) => [x.revision, x.status])).toEqual([[2, 'APPROVED'], [1, 'SUPERSEDED']]);
    const next = await create(team.staffPositionId, 'gov', TASKS, year + 1);
    expect(next.errors).toBeUndefined();
    expect(next.data.createWorkloadAnalysis).toMatchObject({ year: year + 1, revision: 1, status: 'DRAFT' });
  });
});

describe('roles', () => {
  it('employees see nothing of it', async () => {
    for (const q of ['{ workloadAnalyses { total } }', '{ workforceNeeds { year } }', '{ workforcePlan { fromYear } }', '{ formasiProposals { total } }', `{ approvedFormasi(year: ${year}) { total } }`]) {
      expect((await t.gql(q, {}, 'employee')).errors?.[0].extensions.code, q).toBe('FORBIDDEN');
    }
  });
  it('analysts read and write nothing', async () => {
    expect((await t.ok('{ workloadAnalyses(limit: 1) { total } }', {}, 'analyst')).workloadAnalyses.total).toBeGreaterThan(0);
    expect((await create(team.staffPositionId, 'analyst')).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
  it('unit admins draft and review their units\' analyses, never approve, and do not reach other units', async () => {
    const outside = await create(team.functionalPositionId, 'unit');
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'positionId' });
    const mine = await create(dinkesPosition, 'unit', TASKS, year + 1);
    expect(mine.errors).toBeUndefined();
    const a = (await t.ok(TRANSITION, { id: mine.data.createWorkloadAnalysis.id, input: { version: mine.data.createWorkloadAnalysis.version, action: 'REVIEW' } }, 'unit')).transitionWorkloadAnalysis;
    const approve = await t.gql(TRANSITION, { id: a.id, input: { version: a.version, action: 'APPROVE' } }, 'unit');
    expect(approve.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE' });
    const other = await t.gql(`query($id: ID!) { workloadAnalysis(id: $id) { id } }`, { id: (await t.sql<{ id: string }>('select id from workload_analysis where position_id = ?', [team.staffPositionId]))[0].id }, 'unit');
    expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
  it('another government\'s admin may not write on Semarang\'s positions or analyses', async () => {
    const before = await rowCounts();
    const res = await create(team.functionalPositionId, 'otherGov');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_GOVERNMENT', field: 'positionId' });
    const [{ id }] = await t.sql<{ id: string }>(`select id from workload_analysis where government_id = ? and status = 'DRAFT' limit 1`, [semarang]);
    const task = await t.gql(ADD_TASK, { input: { analysisId: id, ...TASKS[0] } }, 'otherGov');
    expect(task.errors?.[0].extensions.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect(await rowCounts()).toEqual(before);
  });
});

describe('bad input: each names the field, nothing half-written', () => {
  it.each([
    ['zero volume', [{ ...TASKS[0], volume: 0 }], 'tasks.0.volume'],
    ['negative volume', [{ ...TASKS[0], volume: -3 }], 'tasks.0.volume'],
    ['zero minutes', [TASKS[0], { ...TASKS[1], standardMinutes: 0 }], 'tasks.1.standardMinutes'],
    ['negative minutes', [{ ...TASKS[0], standardMinutes: -15 }], 'tasks.0.standardMinutes'],
    ['three decimals', [TASKS[0], { ...TASKS[1], volume: 1.005 }], 'tasks.1.volume'],
  ])('%s', async (_name, tasks, field) => {
    const before = await rowCounts();
    const res = await create(team.functionalPositionId, 'gov', tasks);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await rowCounts()).toEqual(before);
  });
  it('a period that is not one of the four', async () => {
    const before = await rowCounts();
    const res = await create(team.functionalPositionId, 'gov', [{ ...TASKS[0], period: 'HOUR' }]);
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/period/);
    expect(await rowCounts()).toEqual(before);
  });
  it('a review without tasks, a bad plan year, a duplicated scenario sector', async () => {
    const empty = (await t.ok(CREATE, { input: { positionId: team.functionalPositionId, year } })).createWorkloadAnalysis;
    const review = await t.gql(TRANSITION, { id: empty.id, input: { version: empty.version, action: 'REVIEW' } });
    expect(review.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tasks', reason: 'ABK_NO_TASKS' });
    expect((await t.gql(`{ workforcePlan(fromYear: ${year - 1}) { fromYear } }`)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromYear', reason: 'PLAN_YEAR_RANGE' });
    const dup = await t.gql(`{ workforcePlan(scenario: { sectorGrowth: [{ sector: KESEHATAN, percentPerYear: 2 }, { sector: KESEHATAN, percentPerYear: 3 }] }) { fromYear } }`);
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scenario.sectorGrowth.1.sector' });
  });
});

// ---- the set-based reports against the rules, for every seeded position ------------------------------

interface TaskRow { position_id: string; analysis_year: number; volume: string; period: WorkPeriod; standard_minutes: string }

async function approvedTasks(): Promise<Map<string, { year: number; tasks: { volume: number; period: WorkPeriod; standardMinutes: number }[] }[]>> {
  const rows = await t.sql<TaskRow & { analysis_id: string }>(
    `select wa.position_id, wa.year as analysis_year, wa.id as analysis_id, t.volume, t.period, t.standard_minutes
       from workload_analysis wa left join workload_task t on t.analysis_id = wa.id where wa.government_id = ? and wa.status = 'APPROVED'`,
    [semarang],
  );
  const out = new Map<string, Map<string, { year: number; tasks: { volume: number; period: WorkPeriod; standardMinutes: number }[] }>>();
  for (const r of rows) {
    const byAnalysis = out.get(r.position_id) ?? new Map();
    out.set(r.position_id, byAnalysis);
    const a = byAnalysis.get(r.analysis_id) ?? { year: r.analysis_year, tasks: [] };
    byAnalysis.set(r.analysis_id, a);
    if (r.volume !== null) a.tasks.push({ volume: Number(r.volume), period: r.period, standardMinutes: Number(r.standard_minutes) });
  }
  return new Map([...out].map(([k, v]) => [k, [...v.values()]]));
}

const pick = <T extends { year: number }>(list: T[], y: number): T | undefined =>
  [...list].sort((a, b) => (a.year <= y ? 0 : 1) - (b.year <= y ? 0 : 1) || (a.year <= y ? b.year - a.year : a.year - b.year))[0];

async function holders(): Promise<Map<string, { birthDate: string; contractEnd: string | null; age: number }[]>> {
  const table = (await t.sql<{ position_kind: string; functional_level: string | null; age: number }>('select position_kind, functional_level, age from retirement_age')).map((r) => ({ positionKind: r.position_kind, functionalLevel: r.functional_level, age: r.age }));
  const rows = await t.sql<{ position_id: string; employee_id: string; birth_date: string; contract_end_date: string | null; held_kind: string; held_level: string | null }>(
    `select ph.position_id, e.id as employee_id, to_char(e.birth_date, 'YYYY-MM-DD') as birth_date, to_char(e.contract_end_date, 'YYYY-MM-DD') as contract_end_date, held.kind as held_kind, held.functional_level as held_level
       from position_history ph join employee e on e.id = ph.employee_id
       cross join lateral (select p2.kind, p2.functional_level from position_history ph2 join position p2 on p2.id = ph2.position_id
                            where ph2.employee_id = e.id and ph2.start_date <= current_date and (ph2.end_date is null or ph2.end_date >= current_date) order by p2.grade desc, ph2.start_date limit 1) held
      where e.government_id = ? and ph.start_date <= current_date and (ph.end_date is null or ph.end_date >= current_date) and e.status in ('AKTIF', 'CUTI', 'TUGAS_BELAJAR')`,
    [semarang],
  );
  const out = new Map<string, { birthDate: string; contractEnd: string | null; age: number }[]>();
  for (const r of rows) {
    const age = retirementAge(r.held_kind, r.held_level, table) ?? retirementAge('PELAKSANA', null, table)!;
    const list = out.get(r.position_id) ?? [];
    list.push({ birthDate: r.birth_date, contractEnd: r.contract_end_date, age });
    out.set(r.position_id, list);
  }
  return out;
}

describe('the needs report', () => {
  it('agrees with the rules for every position of Kota Semarang', async () => {
    const tasks = await approvedTasks();
    const hold = await holders();
    const formasi = new Map((await t.sql<{ id: string; planned_headcount: number }>('select id, planned_headcount from position where government_id = ? and active', [semarang])).map((p) => [p.id, p.planned_headcount]));
    let checked = 0;
    const report = await new NeedsService(t.app.contextFor(viewer())).needs({ governmentId: semarang }, year, { limit: 100_000, offset: 0, top: 10, ratioLimit: 10 });
    expect(report.positions.items).toHaveLength(report.positions.total);
    for (const p of report.positions.items) {
      const abk = pick(tasks.get(p.positionId) ?? [], year);
      const bez = hold.get(p.positionId)?.length ?? 0;
      expect(p.bezetting, p.positionId).toBe(bez);
      expect(p.formasi).toBe(formasi.get(p.positionId));
      if (!abk) {
        expect(p.requiredStaff).toBeNull();
        continue;
      }
      const r = workloadAnalysis(abk.tasks, { bezetting: bez, formasi: p.formasi }, S);
      expect([p.positionId, p.requiredStaff, p.requiredStaffRounded, p.totalWorkloadMinutes, p.ej, p.ejBand, p.gap, p.formasiGap, p.analysisYear]).toEqual(
        [p.positionId, r.requiredStaff, r.requiredStaffRounded, r.totalWorkloadMinutes, r.ej, r.ejBand, r.gap, r.formasiGap, abk.year],
      );
      checked++;
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('shows health and education short, and answers in the same number of statements for a unit and the government', async () => {
    const q = `query($u: ID) { workforceNeeds(unitId: $u) { totals { gap shortage surplus analysed } bySector { key gap } byUnit { key label gap hasSubUnits } largestShortages { title unitName gap } } }`;
    const gov = await t.gql(q, {});
    const unit = await t.gql(q, { u: team.unitId });
    expect(gov.errors).toBeUndefined();
    expect(unit.errors).toBeUndefined();
    expect(gov.extensions?.sqlStatements).toBe(unit.extensions?.sqlStatements);
    const sectors = Object.fromEntries(gov.data.workforceNeeds.bySector.map((s: any) => [s.key, s.gap]));
    expect(sectors.KESEHATAN).toBeGreaterThan(0);
    expect(sectors.PENDIDIKAN).toBeGreaterThan(0);
    expect(unit.data.workforceNeeds.totals.analysed).toBeGreaterThanOrEqual(1);
  });

  it('"Puskesmas X has 1 doctor for 42,000 people; target 1 per 5,000: short 7"', async () => {
    const [dinkes] = await t.sql<{ id: string }>(`select id from org_unit where government_id = ? and code = 'DINKES'`, [semarang]);
    const unitId = (await t.ok('mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }', {
      input: { code: 'PKM-UJI', name: 'Puskesmas Uji', kind: 'PUSKESMAS', sector: 'KESEHATAN', parentId: dinkes.id, populationServed: 42_000 },
    })).createOrgUnit.id;
    const positionId = (await t.ok('mutation($input: CreatePositionInput!) { createPosition(input: $input) { id } }', {
      input: { unitId, code: 'J-PKM-UJI', title: 'Dokter Ahli Pertama', kind: 'FUNGSIONAL', functionalLevel: 'AHLI_PERTAMA', functionalFamily: 'Dokter', grade: 8, plannedHeadcount: 2 },
    })).createPosition.id;
    await hire(t, { positionId, rankCode: 'III/b', birthYear: 1990, cpnsYear: 2016 });
    const n = (await t.ok(`query($u: ID) { workforceNeeds(unitId: $u) { ratios { label unitName population staff targetStaffPer targetPopulation targetStaff targetStaffRounded shortfall populationPerStaff basis } } }`, { u: unitId })).workforceNeeds;
    const doctors = n.ratios.find((r: any) => r.label.startsWith('Dokter'));
    expect(doctors).toMatchObject({ unitName: 'Puskesmas Uji', population: 42_000, staff: 1, targetStaffPer: 1, targetPopulation: 5_000, targetStaff: 8.4, targetStaffRounded: 8, shortfall: 7, populationPerStaff: 42_000 });
    expect(doctors.basis).toMatch(/Permenkes/);
    const all = (await t.ok(`{ workforceNeeds(ratioLimit: 200) { ratios { population staff targetStaffPer targetPopulation targetStaff shortfall populationPerStaff } } }`)).workforceNeeds.ratios;
    for (const r of all) {
      expect(r).toMatchObject(((x) => ({ targetStaff: x.targetStaff, shortfall: x.shortfall, populationPerStaff: x.populationPerStaff }))(ratioShortfall(r.population, r.staff, { staff: r.targetStaffPer, perPopulation: r.targetPopulation }, RoundingMode.NEAREST)));
    }
  });
});

describe('the five-year plan', () => {
  const PLAN = `query($o: Int!, $s: PlanScenarioInput) { workforcePlan(limit: 100, offset: $o, scenario: $s) { fromYear toYear positionsWithoutAbk exportPath
    totals { totalRecruit years { year need recruit } } rows { total items { key positionId sector scenario bezetting requiredStaff totalRecruit
    years { year need staffStart retirements contractsEnding available recruit surplus staffEnd } } } } }`;

  it('agrees with the rules for every position (need - in service + retirements + PPPK contracts ending)', async () => {
    const tasks = await approvedTasks();
    const hold = await holders();
    let checked = 0;
    let recruits = 0;
    const plan = await new NeedsService(t.app.contextFor(viewer())).plan({ governmentId: semarang }, year, undefined, { limit: 0, offset: null });
    expect(plan).toMatchObject({ fromYear: year, toYear: year + 4 });
    expect(plan.rows.items).toHaveLength(plan.rows.total);
    for (const row of plan.rows.items) {
      const list = tasks.get(row.positionId)!;
      const held = hold.get(row.positionId) ?? [];
      const exits = held.map((h) => exitOf(retirementDate(h.birthDate, h.age, true), h.contractEnd, year));
      const years = [0, 1, 2, 3, 4].map((i) => {
        const y = year + i;
        const abk = pick(list, y)!;
        const r = workloadAnalysis(abk.tasks, { bezetting: 0, formasi: 0 }, S);
        return {
          year: y,
          need: projectedNeed(r.requiredStaff, abk.year, y, 0, RoundingMode.NEAREST).needRounded,
          retirements: exits.filter((e) => e.year === y && e.reason === 'RETIREMENT').length,
          contractsEnding: exits.filter((e) => e.year === y && e.reason === 'CONTRACT').length,
        };
      });
      const expected = fiveYearPlan(held.length, years).map(({ terms: _t, ...y }) => y);
      expect([row.positionId, row.years]).toEqual([row.positionId, expected]);
      expect(row.totalRecruit).toBe(expected.reduce((sum, y) => sum + y.recruit, 0));
      recruits += row.totalRecruit;
      checked++;
    }
    expect(plan.totals.totalRecruit).toBe(recruits);
    expect(plan.totals.years.map((y) => y.retirements + y.contractsEnding).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(checked).toBeGreaterThan(1000);
  });

  it('a scenario changes the projection without changing the ABK', async () => {
    const before = await rowCounts();
    const base = (await t.ok(PLAN, { o: 0 })).workforcePlan;
    const grown = (await t.ok(PLAN, { o: 0, s: { sectorGrowth: [{ sector: 'KESEHATAN', percentPerYear: 10 }], newUnits: [{ name: 'Puskesmas Baru Tembalang', sector: 'KESEHATAN', fromYear: year + 2, positions: [{ positionId: dinkesPosition, count: 3 }] }] } })).workforcePlan;
    expect(await rowCounts()).toEqual(before);
    const health = grown.rows.items.find((r: any) => r.sector === 'KESEHATAN' && !r.scenario && r.requiredStaff >= 1);
    const abkYear = year; // the seeded ABK are of this year
    expect(health.years.map((y: any) => y.need)).toEqual([0, 1, 2, 3, 4].map((i) => projectedNeed(health.requiredStaff, abkYear, year + i, 10, RoundingMode.NEAREST).needRounded));
    const fresh = grown.rows.items.find((r: any) => r.scenario);
    expect(fresh.years.map((y: any) => y.need)).toEqual([0, 0, 3, 3, 3]);
    expect(fresh.years.map((y: any) => y.recruit)).toEqual([0, 0, 3, 0, 0]);
    expect(grown.totals.years[4].need).toBeGreaterThan(base.totals.years[4].need);
    expect(grown.exportPath).toMatch(/scenario=/);
  });

  it('plans up to ten years (2026 to 2031: six), refusing more', async () => {
    const six = (await t.ok(`{ workforcePlan(years: 6, limit: 1) { fromYear toYear totals { years { year } } } }`)).workforcePlan;
    expect(six).toMatchObject({ fromYear: year, toYear: year + 5 });
    expect(six.totals.years.map((y: any) => y.year)).toEqual([0, 1, 2, 3, 4, 5].map((i) => year + i));
    expect((await t.gql(`{ workforcePlan(years: 11) { fromYear } }`)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'years' });
  });

  it('answers in the same number of statements for a unit and the government', async () => {
    const q = `query($u: ID) { workforcePlan(unitId: $u, limit: 5) { totals { totalRecruit } bySector { key } byUnit { key } rows { total } } }`;
    const gov = await t.gql(q, {});
    const unit = await t.gql(q, { u: team.unitId });
    expect(gov.errors).toBeUndefined();
    expect(gov.extensions?.sqlStatements).toBe(unit.extensions?.sqlStatements);
  });
});

describe('formasi proposals', () => {
  const PROPOSAL = 'id version year status lines { id count kind justification formasiBefore formasiAfter position { id plannedHeadcount } }';
  it('drafted from the plan, over the plan only with a justification, approved into the positions\' formasi (audited)', async () => {
    const exists = await t.gql(`mutation($input: CreateFormasiProposalInput!) { createFormasiProposal(input: $input) { id } }`, { input: { year } });
    expect(exists.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'FORMASI_EXISTS' });
    const p = (await t.ok(`mutation($input: CreateFormasiProposalInput!) { createFormasiProposal(input: $input) { ${PROPOSAL} } }`, { input: { year: year + 1 } })).createFormasiProposal;
    expect(p.status).toBe('DRAFT');
    const before = await rowCounts();
    const over = await t.gql(`mutation($id: ID!, $input: SetFormasiLinesInput!) { setFormasiProposalLines(id: $id, input: $input) { id } }`, {
      id: p.id, input: { version: p.version, lines: [{ positionId: team.staffPositionId, count: 20, kind: 'CPNS' }] },
    });
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines.0.justification', reason: 'FORMASI_OVER_PLAN' });
    expect(await rowCounts()).toEqual(before);
    const other = await t.gql(`mutation($id: ID!, $input: SetFormasiLinesInput!) { setFormasiProposalLines(id: $id, input: $input) { id } }`, {
      id: p.id, input: { version: p.version, lines: [{ positionId: (await t.sql<{ id: string }>(`select p.id from position p join government g on g.id = p.government_id where g.code = '12.76' limit 1`))[0].id, count: 1, kind: 'CPNS', justification: 'Kebutuhan pelayanan baru' }] },
    });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'lines.0.positionId' });
    let q = (await t.ok(`mutation($id: ID!, $input: SetFormasiLinesInput!) { setFormasiProposalLines(id: $id, input: $input) { ${PROPOSAL} } }`, {
      id: p.id, input: { version: p.version, lines: [{ positionId: team.staffPositionId, count: 12, kind: 'CPNS', major: 'Manajemen', justification: 'Perluasan layanan kepegawaian digital mulai tahun depan' }] },
    })).setFormasiProposalLines;
    q = (await t.ok(`mutation($id: ID!, $input: FormasiTransitionInput!) { transitionFormasiProposal(id: $id, input: $input) { ${PROPOSAL} } }`, { id: p.id, input: { version: q.version, action: 'SUBMIT' } })).transitionFormasiProposal;
    expect(q.status).toBe('SUBMITTED');
    const analyst = await t.gql(`mutation($id: ID!, $input: FormasiTransitionInput!) { transitionFormasiProposal(id: $id, input: $input) { id } }`, { id: p.id, input: { version: q.version, action: 'APPROVE' } }, 'analyst');
    expect(analyst.errors?.[0].extensions.code).toBe('FORBIDDEN');
    q = (await t.ok(`mutation($id: ID!, $input: FormasiTransitionInput!) { transitionFormasiProposal(id: $id, input: $input) { ${PROPOSAL} } }`, { id: p.id, input: { version: q.version, action: 'APPROVE' } })).transitionFormasiProposal;
    // 3 holders + 12 recruits = 15 > formasi 10
    expect(q.lines[0]).toMatchObject({ formasiBefore: 10, formasiAfter: 15, position: { plannedHeadcount: 15 } });
    const audit = await t.sql<{ changes: any }>(`select changes from audit_entry where entity_name = 'Position' and entity_id = ? and action = 'UPDATE'`, [team.staffPositionId]);
    expect(audit.some((a) => a.changes.plannedHeadcount?.before === 10 && a.changes.plannedHeadcount?.after === 15)).toBe(true);
    const twice = await t.gql(`mutation($id: ID!, $input: FormasiTransitionInput!) { transitionFormasiProposal(id: $id, input: $input) { id } }`, { id: p.id, input: { version: q.version, action: 'APPROVE' } });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_APPROVED' });
    const approved = (await t.ok(`query($y: Int!) { approvedFormasi(year: $y) { total items { positionId count kind major justification } } }`, { y: year + 1 }, 'analyst')).approvedFormasi;
    expect(approved.items).toEqual([{ positionId: team.staffPositionId, count: 12, kind: 'CPNS', major: 'Manajemen', justification: 'Perluasan layanan kepegawaian digital mulai tahun depan' }]);
  });
});

describe('the five-year plan as CSV and XLSX', () => {
  it('one row per position with the five years as columns, in the layout HR offices submit', async () => {
    const plan = (await t.ok(`query($u: ID) { workforcePlan(unitId: $u, limit: 1) { exportPath rows { total } } }`, { u: team.unitId })).workforcePlan;
    const headers = { authorization: `Bearer ${await t.token('analyst')}`, 'accept-language': 'id' };
    const csv = await fetch(`${t.url}${plan.exportPath}`, { headers });
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(lines[0]).toBe(['Kode jabatan', 'Nama jabatan', 'Jenis jabatan', 'Unit kerja', 'Sektor', 'Tahun ABK', 'Kebutuhan ABK', 'Bezetting', ...[0, 1, 2, 3, 4].map((i) => `Kebutuhan ${year + i}`), 'Jumlah', 'Pensiun (5 tahun)', 'PPPK berakhir (5 tahun)'].join(','));
    expect(lines).toHaveLength(plan.rows.total + 1);
    const xlsx = await fetch(`${t.url}${plan.exportPath.replace('.csv', '.xlsx')}`, { headers: { ...headers, 'accept-language': 'en' } });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(9).value).toBe(`To recruit ${year}`);
    expect(sheet.rowCount).toBe(plan.rows.total + 1);
    const employee = await fetch(`${t.url}${plan.exportPath}`, { headers: { authorization: `Bearer ${await t.token('employee')}` } });
    expect(employee.status).toBe(403);
  });
});

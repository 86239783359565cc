// SKP, continuous feedback, evaluations and the predikat matrix, the distribution report, credit
// points and follow-up, through the API with the roles that use them (ASN-RULES §3-§4).
import { yearOf } from '@asn-merit/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testToday, type GqlResponse, type TestApp } from './helpers.ts';
import { PASSWORD, account, buildTeam, hire, type Team } from './fixtures.ts';

type As = <T = any>(query: string, variables?: Record<string, unknown>) => Promise<GqlResponse<T>>;

let t: TestApp;
let team: Team;
let asHead: As;
let asStaff: As;
let asOtherStaff: As;
const year = yearOf(testToday()) - 1;

const CREATE_PLAN = `mutation($input: CreatePlanInput!) { createPerformancePlan(input: $input) { id version year positionTitle unitName evaluator { id } targets { id kind ordinal } } }`;
const EVALUATE = `mutation($input: EvaluateInput!) { evaluatePerformance(input: $input) { id version period predikat predikatLabel reasons legalBasis evaluator { id } } }`;
const UPDATE_EVAL = `mutation($id: ID!, $input: UpdateEvaluationInput!) { updatePerformanceEvaluation(id: $id, input: $input) { id version predikat } }`;

async function plan(employeeId: string, y = year): Promise<string> {
  const res = await t.ok(CREATE_PLAN, { input: { employeeId, year: y, targets: [{ description: 'Tersusunnya laporan kepegawaian', indicator: 'Jumlah laporan', target: '12 laporan' }] } });
  return res.createPerformancePlan.id;
}

beforeAll(async () => {
  t = await startTestApp();
  team = await buildTeam(t, { staff: 3, functional: 1 });
  await account(t, team.head);
  await account(t, team.staff[0]);
  await account(t, team.staff[1]);
  asHead = await t.loginAs(team.head.email!, PASSWORD);
  asStaff = await t.loginAs(team.staff[0].email!, PASSWORD);
  asOtherStaff = await t.loginAs(team.staff[1].email!, PASSWORD);
});
afterAll(() => t.close());

describe('plans (SKP)', () => {
  it('finds the superior of record from the position tree and snapshots position and unit', async () => {
    const res = await t.ok(CREATE_PLAN, { input: { employeeId: team.staff[0].id, year, targets: [{ description: 'Tersusunnya data pegawai', indicator: 'Persentase data mutakhir', target: '100%' }, { kind: 'ADDITIONAL', description: 'Tim pengadaan', indicator: 'Kegiatan', target: '2' }] } });
    const p = res.createPerformancePlan;
    expect(p.evaluator.id).toBe(team.head.id);
    expect(p.positionTitle).toBe('Pengolah Data Uji');
    expect(p.unitName).toMatch(/^Bidang Uji/);
    expect(p.targets.map((x: { kind: string; ordinal: number }) => [x.kind, x.ordinal])).toEqual([['MAIN', 1], ['ADDITIONAL', 2]]);
  });

  it('refuses a second plan for the same year', async () => {
    const res = await t.gql(CREATE_PLAN, { input: { employeeId: team.staff[0].id, year } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year', reason: 'DUPLICATE' });
  });
});

describe('continuous feedback', () => {
  it('lets the employee report progress and the superior answer; others cannot see the thread', async () => {
    const [p] = await t.sql<{ id: string }>('select id from performance_plan where employee_id = ? and year = ?', [team.staff[0].id, year]);
    const report = await asStaff('mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id kind percent author { id } } }', {
      input: { planId: p.id, text: 'Data 80% mutakhir', evidenceUrl: 'https://drive.example.go.id/data.xlsx', percent: 80 },
    });
    expect(report.errors).toBeUndefined();
    expect(report.data.reportProgress).toMatchObject({ kind: 'PROGRESS', percent: 80, author: { id: team.staff[0].id } });
    const notOwner = await asHead('mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }', { input: { planId: p.id, text: 'Atas nama pegawai' } });
    expect(notOwner.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PLAN_OWNER' });
    const feedback = await asHead('mutation($input: GiveFeedbackInput!) { giveFeedback(input: $input) { kind replyToId } }', { input: { replyToId: report.data.reportProgress.id, text: 'Bagus, lanjutkan' } });
    expect(feedback.data.giveFeedback).toEqual({ kind: 'FEEDBACK', replyToId: report.data.reportProgress.id });
    const selfFeedback = await asStaff('mutation($input: GiveFeedbackInput!) { giveFeedback(input: $input) { kind } }', { input: { replyToId: report.data.reportProgress.id, text: 'Saya menilai sendiri' } });
    expect(selfFeedback.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const thread = 'query($id: ID!) { performancePlan(id: $id) { progress { kind text } } }';
    expect((await asStaff(thread, { id: p.id })).data.performancePlan.progress).toHaveLength(2);
    expect((await asHead(thread, { id: p.id })).data.performancePlan.progress).toHaveLength(2);
    expect((await t.gql(thread, { id: p.id }, 'gov')).data.performancePlan.progress).toHaveLength(2);
    const analyst = await t.gql(thread, { id: p.id }, 'analyst');
    expect(analyst.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const colleague = await asOtherStaff(thread, { id: p.id });
    expect(colleague.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('evaluations and the predikat matrix (ASN-RULES §4)', () => {
  const cases: [string, string, string][] = [
    ['DI_ATAS', 'DI_BAWAH', 'KURANG'],
    ['DI_ATAS', 'SESUAI', 'BAIK'],
    ['DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK'],
    ['SESUAI', 'DI_BAWAH', 'KURANG'],
    ['SESUAI', 'SESUAI', 'BAIK'],
    ['SESUAI', 'DI_ATAS', 'BAIK'],
    ['DI_BAWAH', 'DI_BAWAH', 'SANGAT_KURANG'],
    ['DI_BAWAH', 'SESUAI', 'BUTUH_PERBAIKAN'],
    ['DI_BAWAH', 'DI_ATAS', 'BUTUH_PERBAIKAN'],
  ];

  it('gives every cell of the matrix through the API (the superior rates)', async () => {
    for (const [i, [results, behaviour, predikat]] of cases.entries()) {
      const member = await hire(t, { positionId: team.staffPositionId, rankCode: 'II/c', birthYear: 1991, cpnsYear: 2015 });
      const planId = await plan(member.id, year - (i % 3));
      const res = await asHead(EVALUATE, { input: { planId, period: 'ANNUAL', resultRating: results, behaviourRating: behaviour } });
      expect(res.errors).toBeUndefined();
      expect(res.data.evaluatePerformance).toMatchObject({ predikat, evaluator: { id: team.head.id } });
      expect(res.data.evaluatePerformance.reasons[0]).toContain('predikat');
    }
  });

  it('refuses a second annual evaluation for the same year, and a period that has not begun', async () => {
    const [p] = await t.sql<{ id: string }>('select id from performance_plan where employee_id = ? and year = ?', [team.staff[0].id, year]);
    const first = await asHead(EVALUATE, { input: { planId: p.id, period: 'ANNUAL', resultRating: 'SESUAI', behaviourRating: 'SESUAI' } });
    expect(first.data.evaluatePerformance.predikat).toBe('BAIK');
    const second = await asHead(EVALUATE, { input: { planId: p.id, period: 'ANNUAL', resultRating: 'DI_ATAS', behaviourRating: 'DI_ATAS' } });
    expect(second.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period', reason: 'DUPLICATE' });
    const futurePlan = await plan(team.staff[0].id, 2099);
    const future = await asHead(EVALUATE, { input: { planId: futurePlan, period: 'Q1', resultRating: 'SESUAI', behaviourRating: 'SESUAI' } });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period', reason: 'PERIOD_NOT_STARTED' });
    const unknown = await asHead(EVALUATE, { input: { planId: p.id, period: 'Q5', resultRating: 'SESUAI', behaviourRating: 'SESUAI' } });
    expect(unknown.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an evaluation by someone who is not the superior of record', async () => {
    const [p] = await t.sql<{ id: string }>('select id from performance_plan where employee_id = ? and year = ?', [team.staff[0].id, year]);
    const peer = await asOtherStaff(EVALUATE, { input: { planId: p.id, period: 'Q1', resultRating: 'SESUAI', behaviourRating: 'SESUAI' } });
    expect(peer.errors?.[0].extensions.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    const self = await asStaff(EVALUATE, { input: { planId: p.id, period: 'Q1', resultRating: 'DI_ATAS', behaviourRating: 'DI_ATAS' } });
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_SUPERIOR_OF_RECORD' });
    const onBehalf = await t.gql(EVALUATE, { input: { planId: p.id, period: 'Q1', resultRating: 'SESUAI', behaviourRating: 'SESUAI', evaluatorId: team.staff[2].id } });
    expect(onBehalf.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'evaluatorId', reason: 'NOT_SUPERIOR_OF_RECORD' });
    const rows = await t.sql('select 1 from performance_evaluation where plan_id = ? and period = ?', [p.id, 'Q1']);
    expect(rows).toHaveLength(0);
  });

  it('recomputes the predikat when a rating changes, and proposes a recognition for Sangat Baik', async () => {
    const member = await hire(t, { positionId: team.staffPositionId, rankCode: 'II/c', birthYear: 1991, cpnsYear: 2015 });
    const planId = await plan(member.id);
    const ev = (await asHead(EVALUATE, { input: { planId, period: 'ANNUAL', resultRating: 'SESUAI', behaviourRating: 'SESUAI' } })).data.evaluatePerformance;
    const up = await asHead(UPDATE_EVAL, { id: ev.id, input: { version: ev.version, resultRating: 'DI_ATAS', behaviourRating: 'DI_ATAS' } });
    expect(up.data.updatePerformanceEvaluation).toMatchObject({ predikat: 'SANGAT_BAIK', version: ev.version + 1 });
    const rec = await t.ok('query($id: ID!) { employee(id: $id) { recognitions { year status basis } annualEvaluations { year predikat } } }', { id: member.id });
    expect(rec.employee.recognitions).toEqual([{ year, status: 'PROPOSED', basis: expect.stringContaining('Sangat Baik') }]);
    expect(rec.employee.annualEvaluations).toEqual([{ year, predikat: 'SANGAT_BAIK' }]);
    const down = await asHead(UPDATE_EVAL, { id: ev.id, input: { version: ev.version + 1, behaviourRating: 'DI_BAWAH' } });
    expect(down.data.updatePerformanceEvaluation.predikat).toBe('KURANG');
    const after = await t.ok('query($id: ID!) { employee(id: $id) { recognitions { year } } }', { id: member.id });
    expect(after.employee.recognitions).toEqual([]);
    const stale = await asHead(UPDATE_EVAL, { id: ev.id, input: { version: ev.version, resultRating: 'SESUAI' } });
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
  });
});

describe('distribution within an organisation (SE MenPANRB 3/2023)', () => {
  it('reports whether a unit respects the bound of its organisation rating', async () => {
    const small = await buildTeam(t, { staff: 0, functional: 0 });
    // Ten employees rated in one year: 8 Sangat Baik, 2 Baik.
    const y = year - 3;
    for (let i = 0; i < 10; i++) {
      const m = await hire(t, { positionId: small.staffPositionId, rankCode: 'II/c', birthYear: 1990, cpnsYear: 2012 });
      const planId = await plan(m.id, y);
      const [r, b] = i < 8 ? ['DI_ATAS', 'DI_ATAS'] : ['SESUAI', 'SESUAI'];
      await t.ok(EVALUATE, { input: { planId, period: 'ANNUAL', resultRating: r, behaviourRating: b } });
    }
    const REPORT = 'query($u: ID!, $y: Int!) { performanceDistribution(unitId: $u, year: $y) { organizationRating total compliant counts { predikat count percent } checks { description passed count percent } reasons } }';
    const none = (await t.ok(REPORT, { u: small.unitId, y })).performanceDistribution;
    expect(none).toMatchObject({ organizationRating: null, total: 10, compliant: false });
    await t.ok('mutation($input: SetOrganizationRatingInput!) { setOrganizationRating(input: $input) { rating } }', { input: { unitId: small.unitId, year: y, rating: 'ISTIMEWA' } });
    const istimewa = (await t.ok(REPORT, { u: small.unitId, y })).performanceDistribution;
    expect(istimewa.counts.find((c: { predikat: string }) => c.predikat === 'SANGAT_BAIK')).toEqual({ predikat: 'SANGAT_BAIK', count: 8, percent: 80 });
    expect(istimewa.checks).toEqual([{ description: 'Paling banyak 70% pegawai Sangat Baik', passed: false, count: 8, percent: 80 }]);
    expect(istimewa.compliant).toBe(false);
    await t.ok('mutation($input: SetOrganizationRatingInput!) { setOrganizationRating(input: $input) { rating } }', { input: { unitId: small.unitId, year: y, rating: 'BAIK' } });
    const baik = (await t.ok(REPORT, { u: small.unitId, y })).performanceDistribution;
    expect(baik.checks.map((c: { passed: boolean }) => c.passed)).toEqual([false, true]);
    expect(baik.reasons[0]).toContain('Butuh Perbaikan');
  });
});

describe('credit points (ASN-RULES §3)', () => {
  it('gives 2.08 for two months at Baik as Ahli Pertama', async () => {
    const m = await hire(t, { positionId: team.functionalPositionId, rankCode: 'III/a', birthYear: 1993, cpnsYear: 2019, startDate: `${year}-11-01` });
    const planId = await plan(m.id);
    await t.ok(EVALUATE, { input: { planId, period: 'ANNUAL', resultRating: 'SESUAI', behaviourRating: 'SESUAI' } });
    const cp = (await t.ok('query($e: ID!) { creditPoints(employeeId: $e) { year predikat total segments { level months coefficient percent points formula } legalBasis } }', { e: m.id })).creditPoints;
    expect(cp.find((c: { year: number }) => c.year === year)).toMatchObject({
      predikat: 'BAIK',
      total: 2.08,
      segments: [{ level: 'AHLI_PERTAMA', months: 2, coefficient: 12.5, percent: 100, points: 2.08, formula: '2/12 x 100% x 12.5 = 2.08' }],
    });
  });
});

describe('follow-up', () => {
  it('lists who still lacks a follow-up and plans coaching with training from the competency gaps', async () => {
    const m = await hire(t, { positionId: team.staffPositionId, rankCode: 'II/c', birthYear: 1990, cpnsYear: 2013 });
    const planId = await plan(m.id);
    await t.ok(EVALUATE, { input: { planId, period: 'ANNUAL', resultRating: 'DI_BAWAH', behaviourRating: 'SESUAI' } });
    const comps = (await t.ok('{ competencies(filter: { kind: MANAGERIAL }) { id code } }')).competencies;
    await t.ok('mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id } }', {
      input: { employeeId: m.id, assessedOn: `${year}-05-01`, purpose: 'MAPPING', assessor: 'Tim Asesor', scores: comps.map((c: { id: string; code: string }) => ({ competencyId: c.id, level: c.code === 'M.04' ? 1 : 2 })) },
    });
    const PENDING = 'query($u: ID!, $y: Int!) { pendingFollowUps(unitId: $u, year: $y, limit: 100) { total items { employee { id } predikat need } } }';
    const before = (await t.ok(PENDING, { u: team.unitId, y: year })).pendingFollowUps;
    expect(before.items).toContainEqual({ employee: { id: m.id }, predikat: 'BUTUH_PERBAIKAN', need: 'COACHING' });
    const reviewDate = `${yearOf(testToday()) + 1}-03-31`;
    const CREATE = 'mutation($input: CreateCoachingPlanInput!) { createCoachingPlan(input: $input) { goals status reviewDate recommendedTraining mentor { id } } }';
    const res = await t.ok(CREATE, { input: { employeeId: m.id, year, goals: 'Memperbaiki ketepatan waktu laporan', mentorId: team.head.id, reviewDate } });
    expect(res.createCoachingPlan).toMatchObject({ status: 'OPEN', mentor: { id: team.head.id }, reviewDate });
    // Pelaksana standard: level 1 everywhere; S.01 was not assessed, so it is the one gap.
    expect(res.createCoachingPlan.recommendedTraining).toEqual(['Pelatihan Perekat Bangsa (S.01): dari level 0 ke level 1']);
    const after = (await t.ok(PENDING, { u: team.unitId, y: year })).pendingFollowUps;
    expect(after.items.find((i: { employee: { id: string } }) => i.employee.id === m.id)).toBeUndefined();
    const notNeeded = await t.gql(CREATE, { input: { employeeId: team.staff[0].id, year, goals: 'Tidak perlu sebenarnya', mentorId: team.head.id, reviewDate } });
    expect(notNeeded.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year', reason: 'NOT_NEEDED' });
  });
});

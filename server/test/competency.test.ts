// Competency dictionary, position standards, assessments and the job-person match (ASN-RULES §5-§6).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers.ts';
import { buildTeam, type Team } from './fixtures.ts';

let t: TestApp;
let team: Team;
let comps: { id: string; code: string }[];

const CREATE = `mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id version scores { competency { code } level } } }`;
const JPM = `query($e: ID!, $p: ID) { jobPersonMatch(employeeId: $e, positionId: $p) {
  percent purpose category { code label } gaps { competency { code } required assessed gap } comparisons { competency { code } required assessed } reasons legalBasis } }`;

/** Scores for M.01..M.08, S.01 in that order. */
const scores = (levels: number[]) => levels.map((level, i) => ({ competencyId: comps[i].id, level }));

beforeAll(async () => {
  t = await startTestApp();
  team = await buildTeam(t, { staff: 2, functional: 1 });
  comps = (await t.ok('{ competencies(filter: { kind: MANAGERIAL }) { id code } }')).competencies;
  comps.push(...(await t.ok('{ competencies(filter: { kind: SOCIOCULTURAL }) { id code } }')).competencies);
});
afterAll(() => t.close());

describe('dictionary and standards (ASN-RULES §5)', () => {
  it('holds M.01-M.08 and S.01, each with five level descriptions', async () => {
    const all = (await t.ok('{ competencies { code name kind levelDescriptions legalBasis government { id } } }')).competencies;
    expect(all.filter((c: { government: unknown }) => !c.government).map((c: { code: string }) => c.code)).toEqual(['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08', 'S.01']);
    for (const c of all) expect(c.levelDescriptions).toHaveLength(5);
    expect(all[0].legalBasis).toContain('38/2017');
  });

  it('gives a position the typical levels of its kind until edited, then stores its own', async () => {
    const q = 'query($id: ID!) { position(id: $id) { competencyStandard { competency { code } requiredLevel isDefault } } }';
    const admin = (await t.ok(q, { id: team.headPositionId })).position.competencyStandard;
    expect(admin).toHaveLength(9);
    expect(admin.every((s: { requiredLevel: number; isDefault: boolean }) => s.requiredLevel === 3 && s.isDefault)).toBe(true);
    const functional = (await t.ok(q, { id: team.functionalPositionId })).position.competencyStandard;
    expect(new Set(functional.map((s: { requiredLevel: number }) => s.requiredLevel))).toEqual(new Set([1]));

    const set = 'mutation($p: ID!, $c: ID!, $l: Int!) { setPositionCompetency(positionId: $p, competencyId: $c, requiredLevel: $l) { competency { code } requiredLevel isDefault } }';
    const bad = await t.gql(set, { p: team.functionalPositionId, c: comps[4].id, l: 6 });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requiredLevel' });
    const edited = (await t.ok(set, { p: team.functionalPositionId, c: comps[4].id, l: 2 })).setPositionCompetency;
    expect(edited).toHaveLength(9);
    expect(edited.find((s: { competency: { code: string } }) => s.competency.code === 'M.05')).toEqual({ competency: { code: 'M.05' }, requiredLevel: 2, isDefault: false });
    expect(edited.filter((s: { isDefault: boolean }) => !s.isDefault)).toHaveLength(9);
  });

  it('lets a government define technical competencies with five levels', async () => {
    const input = { code: 'T.UJI', name: 'Manajemen Data Kepegawaian', description: 'Mengelola data kepegawaian secara akurat', levelDescriptions: ['a1x', 'b2x', 'c3x', 'd4x', 'e5x'] };
    const ok = await t.ok('mutation($input: CreateCompetencyInput!) { createCompetency(input: $input) { code kind government { code } } }', { input });
    expect(ok.createCompetency).toEqual({ code: 'T.UJI', kind: 'TECHNICAL', government: { code: '33.74' } });
    const four = await t.gql('mutation($input: CreateCompetencyInput!) { createCompetency(input: $input) { id } }', { input: { ...input, code: 'T.UJI2', levelDescriptions: ['a1x', 'b2x', 'c3x', 'd4x'] } });
    expect(four.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'levelDescriptions' });
  });
});

describe('assessments and JPM (ASN-RULES §6)', () => {
  it('computes 88.89% (Cukup Optimal) for an Administrator assessed 24 of 27 levels, with the gaps', async () => {
    await t.ok(CREATE, { input: { employeeId: team.head.id, assessedOn: '2025-05-10', purpose: 'MAPPING', assessor: 'UPT Penilaian Kompetensi BKN', potentialScore: 82, scores: scores([3, 3, 3, 2, 3, 2, 3, 2, 3]) } });
    const r = (await t.ok(JPM, { e: team.head.id })).jobPersonMatch;
    expect(r.percent).toBe(88.89);
    expect(r.category).toEqual({ code: 'CUKUP_OPTIMAL', label: 'Cukup Optimal' });
    expect(r.gaps.map((g: { competency: { code: string }; gap: number }) => [g.competency.code, g.gap])).toEqual([['M.04', 1], ['M.06', 1], ['M.08', 1]]);
    expect(r.comparisons).toHaveLength(9);
    expect(r.legalBasis).toContain('38/2017');
  });

  it('uses the selection thresholds for a selection assessment (80% Memenuhi Syarat, 68% Masih Memenuhi)', async () => {
    const staff = team.staff[0];
    // Pelaksana standard: nine competencies at level 1 (sum 9). All 1 except two missing -> 7/9 = 77.78% -> Masih Memenuhi Syarat.
    await t.ok(CREATE, { input: { employeeId: staff.id, assessedOn: '2025-06-01', purpose: 'SELECTION', assessor: 'Assessment Center BKPP', scores: scores([1, 1, 1, 1, 1, 1, 1]) } });
    const r = (await t.ok(JPM, { e: staff.id })).jobPersonMatch;
    expect(r).toMatchObject({ purpose: 'SELECTION', percent: 77.78, category: { code: 'MASIH_MEMENUHI_SYARAT' } });
    expect(r.reasons.join(' ')).toContain('tidak dinilai');
    // Against the Administrator position instead: 7/27 = 25.93% -> Kurang Memenuhi Syarat.
    const other = (await t.ok(JPM, { e: staff.id, p: team.headPositionId })).jobPersonMatch;
    expect(other).toMatchObject({ percent: 25.93, category: { code: 'KURANG_MEMENUHI_SYARAT' } });
  });

  it('refuses a level outside 1-5, naming the score, and writes nothing', async () => {
    const before = await t.sql<{ n: string }>('select count(*) as n from assessment');
    const res = await t.gql(CREATE, { input: { employeeId: team.staff[1].id, assessedOn: '2025-06-01', purpose: 'MAPPING', assessor: 'Tim Asesor', scores: scores([1, 6]) } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scores.1.level' });
    const zero = await t.gql(CREATE, { input: { employeeId: team.staff[1].id, assessedOn: '2025-06-01', purpose: 'MAPPING', assessor: 'Tim Asesor', scores: scores([0]) } });
    expect(zero.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scores.0.level' });
    const after = await t.sql<{ n: string }>('select count(*) as n from assessment');
    expect(after[0].n).toBe(before[0].n);
  });

  it('refuses a competency scored twice and a date in the future', async () => {
    const dup = await t.gql(CREATE, { input: { employeeId: team.staff[1].id, assessedOn: '2025-06-01', purpose: 'MAPPING', assessor: 'Tim Asesor', scores: [{ competencyId: comps[0].id, level: 2 }, { competencyId: comps[0].id, level: 3 }] } });
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scores', reason: 'DUPLICATE' });
    const future = await t.gql(CREATE, { input: { employeeId: team.staff[1].id, assessedOn: '2099-01-01', purpose: 'MAPPING', assessor: 'Tim Asesor', scores: scores([2]) } });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assessedOn' });
  });

  it('computes the unit JPM in SQL exactly as the rule does for each employee', async () => {
    const [dinkes] = await t.sql<{ id: string }>(`select u.id from org_unit u join government g on g.id = u.government_id where g.code = '33.74' and u.code = 'DINKES'`);
    const page = (await t.ok(`query($u: ID!) { unitJobPersonMatch(unitId: $u, limit: 500) { total items { employee { id } position { id } percent category { code } gaps { competency { code } gap } } } }`, { u: dinkes.id })).unitJobPersonMatch;
    expect(page.total).toBeGreaterThan(3);
    for (const row of page.items.slice(0, 25)) {
      const single = (await t.ok(JPM, { e: row.employee.id, p: row.position.id })).jobPersonMatch;
      expect(row.percent).toBe(single.percent);
      expect(row.category?.code ?? null).toBe(single.category?.code ?? null);
      expect(row.gaps.map((g: { competency: { code: string } }) => g.competency.code).sort()).toEqual(single.gaps.map((g: { competency: { code: string } }) => g.competency.code).sort());
    }
  });

  it('follows an edited JPM threshold (editable reference table), changed by a super admin only', async () => {
    const cats = (await t.ok('{ jpmCategories { id version purpose code minPercent } }')).jpmCategories;
    const cukup = cats.find((c: { code: string }) => c.code === 'CUKUP_OPTIMAL');
    const UPDATE = 'mutation($id: ID!, $v: Int!, $m: Float!) { updateJpmCategory(id: $id, input: { version: $v, minPercent: $m }) { minPercent version } }';
    expect((await t.gql(UPDATE, { id: cukup.id, v: cukup.version, m: 90 })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(UPDATE, { id: cukup.id, v: cukup.version, m: 120 }, 'super')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'minPercent' });
    await t.ok(UPDATE, { id: cukup.id, v: cukup.version, m: 89 }, 'super');
    expect((await t.ok(JPM, { e: team.head.id })).jobPersonMatch.category.code).toBe('KURANG_OPTIMAL');
    await t.ok(UPDATE, { id: cukup.id, v: cukup.version + 1, m: 78 }, 'super');
    expect((await t.ok(JPM, { e: team.head.id })).jobPersonMatch.category.code).toBe('CUKUP_OPTIMAL');
  });

  it('keeps analysts read-only and unit admins inside their unit', async () => {
    const res = await t.gql(CREATE, { input: { employeeId: team.staff[1].id, assessedOn: '2025-06-01', purpose: 'MAPPING', assessor: 'Tim Asesor', scores: scores([2]) } }, 'analyst');
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const unit = await t.gql(CREATE, { input: { employeeId: team.staff[1].id, assessedOn: '2025-06-01', purpose: 'MAPPING', assessor: 'Tim Asesor', scores: scores([2]) } }, 'unit');
    expect(unit.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});

// Public satisfaction surveys (SKM) and transparency through the GraphQL API against real
// PostgreSQL: the worked numbers of ASN-RULES §9, validation, idempotency, limits, the
// aggregate-only rule, roles and scoping, and statement counts. Feedback: feedback.test.ts.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testToday, type As, type TestApp } from './helpers.ts';

let t: TestApp;
let semarang: string;
let tebingtinggi: string;
let kecamatan: string; // a Semarang kecamatan (outside Dinas Kesehatan)
let puskesmas: string; // a puskesmas below Dinas Kesehatan (the unit admin's subtree)
const today = testToday();
const year = today.slice(0, 4);

const CREATE_SURVEY = `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) {
  id version status minimumSample acceptingResponses responseCount unit { name } service { name } } }`;
const SUBMIT = 'mutation($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { receiptCode surveyId submittedOn duplicate } }';
const INDEX = `query($id: ID!) { surveyIndex(surveyId: $id) {
  responses population minimumSample sampleReached minimumResponses withheld index ikm grade gradeLabel
  elements { code name nrr weightedNrr ikm grade gradeLabel } weakestElements { code nrr } } }`;

const answers = (score: number, overrides: Record<string, unknown> = {}) => ({ u1: score, u2: score, u3: score, u4: score, u5: score, u6: score, u7: score, u8: score, u9: score, ...overrides });

async function createSurvey(input: Record<string, unknown> = {}, as: As = 'gov'): Promise<{ id: string; version: number; minimumSample: number }> {
  const data = await t.ok(CREATE_SURVEY, { input: { unitId: kecamatan, title: 'SKM uji', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, population: 100, ...input } }, as);
  return data.createSurvey;
}

function submit(surveyId: string, answerSheet: Record<string, unknown>, extra: Record<string, unknown> = {}, app: TestApp = t) {
  return app.gql(SUBMIT, { input: { surveyId, idempotencyKey: randomUUID(), answers: answerSheet, ...extra } }, 'anonymous');
}

beforeAll(async () => {
  t = await startTestApp({ PUBLIC_RATE_LIMIT_MAX: '100000' });
  [{ id: semarang }] = await t.sql<{ id: string }>(`select id from government where code = '33.74'`);
  [{ id: tebingtinggi }] = await t.sql<{ id: string }>(`select id from government where code = '12.76'`);
  [{ id: kecamatan }] = await t.sql<{ id: string }>(`select id from org_unit where government_id = ? and kind = 'KECAMATAN' order by name limit 1`, [semarang]);
  [{ id: puskesmas }] = await t.sql<{ id: string }>(
    `select u.id from org_unit u join org_unit d on u.path like d.path || '%' where d.code = 'DINKES' and d.government_id = ? and u.kind = 'PUSKESMAS' order by u.name limit 1`,
    [semarang],
  );
});
afterAll(() => t.close());

describe('questionnaire (public)', () => {
  it('has the nine elements with the standard wording and four options each, and the profile lists', async () => {
    const data = await t.ok('{ surveyQuestionnaire { elements { code name question options { score label } legalBasis } ageBands { value label } educations { value } occupations { value } sexes { value } suggestionMaxLength } }', {}, 'anonymous');
    const q = data.surveyQuestionnaire;
    expect(q.elements.map((e: { code: string }) => e.code)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
    expect(q.elements.every((e: { options: unknown[] }) => e.options.length === 4)).toBe(true);
    const cost = q.elements[3];
    expect(cost.name).toBe('Biaya/Tarif');
    expect(cost.question).toMatch(/kewajaran biaya\/tarif/);
    expect(cost.options.map((o: { label: string }) => o.label)).toEqual(['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis']);
    expect(q.elements[0].legalBasis).toMatch(/14 Tahun 2017/);
    expect(q.sexes.map((s: { value: string }) => s.value)).toEqual(['MALE', 'FEMALE']);
    expect(q.ageBands.length).toBeGreaterThan(3);
    expect(q.suggestionMaxLength).toBe(1000);
  });
});

describe('IKM (ASN-RULES §9 worked numbers, through the API)', () => {
  it('gives 75.00, grade C, when every answer is 3', async () => {
    const survey = await createSurvey({ title: 'SKM semua 3' });
    for (let i = 0; i < 5; i++) expect((await submit(survey.id, answers(3))).errors).toBeUndefined();
    const { surveyIndex: idx } = await t.ok(INDEX, { id: survey.id }, 'anonymous');
    expect(idx).toMatchObject({ responses: 5, withheld: false, index: 3, ikm: 75, grade: 'C', gradeLabel: 'Kurang Baik', population: 100, minimumSample: 80, sampleReached: false });
    expect(idx.elements).toHaveLength(9);
    for (const e of idx.elements) expect(e).toMatchObject({ nrr: 3, ikm: 75, grade: 'C' });
    expect(idx.elements[0].weightedNrr).toBeCloseTo(3 / 9, 12);
  });

  it('gives 100.00, grade A, when every answer is 4 (exact 1/9)', async () => {
    const survey = await createSurvey({ title: 'SKM semua 4' });
    for (let i = 0; i < 5; i++) await submit(survey.id, answers(4));
    const { surveyIndex: idx } = await t.ok(INDEX, { id: survey.id }, 'anonymous');
    expect(idx).toMatchObject({ ikm: 100, grade: 'A', gradeLabel: 'Sangat Baik' });
  });

  it('puts the weakest elements first', async () => {
    const survey = await createSurvey({ title: 'SKM campuran' });
    for (let i = 0; i < 5; i++) await submit(survey.id, answers(4, { u3: 2, u8: i < 3 ? 1 : 2 }));
    const { surveyIndex: idx } = await t.ok(INDEX, { id: survey.id }, 'gov');
    expect(idx.weakestElements.slice(0, 2).map((e: { code: string }) => e.code)).toEqual(['U8', 'U3']);
    expect(idx.weakestElements[0].nrr).toBeCloseTo(1.4, 12);
    expect(idx.ikm).toBe(Math.round(((7 * 4 + 2 + 1.4) / 9) * 25 * 100) / 100);
  });

  it.each([
    [100, 80],
    [1000, 278],
    [10_000_000, 384],
  ])('shows the Krejcie-Morgan minimum sample: N = %s -> %s', async (population, sample) => {
    const survey = await createSurvey({ title: `SKM N=${population}`, population });
    expect(survey.minimumSample).toBe(sample);
    const { surveyIndex: idx } = await t.ok(INDEX, { id: survey.id }, 'anonymous');
    expect(idx).toMatchObject({ minimumSample: sample, sampleReached: false, responses: 0 });
  });

  it('reports the sample reached when the responses reach it', async () => {
    const survey = await createSurvey({ title: 'SKM kecil', population: 5 });
    expect(survey.minimumSample).toBe(5);
    for (let i = 0; i < 5; i++) await submit(survey.id, answers(3));
    const data = await t.ok('query($id: ID!) { survey(id: $id) { responseCount sampleReached index { ikm } } }', { id: survey.id });
    expect(data.survey).toEqual({ responseCount: 5, sampleReached: true, index: { ikm: 75 } });
  });
});

describe('submitSurveyResponse validation', () => {
  let open: string;
  beforeAll(async () => {
    open = (await createSurvey({ title: 'SKM validasi' })).id;
  });

  it.each([
    ['an answer of 5', { answers: answers(3, { u5: 5 }) }, 'answers.u5', 'VALIDATION_SCORE'],
    ['an answer of 0', { answers: answers(3, { u1: 0 }) }, 'answers.u1', 'VALIDATION_SCORE'],
    ['a missing element', { answers: { ...answers(3), u9: undefined } }, 'answers.u9', 'VALIDATION_IS_DEFINED'],
    ['a null element', { answers: answers(3, { u2: null }) }, 'answers.u2', 'VALIDATION_IS_DEFINED'],
    ['an unknown profile value', { answers: answers(3), profile: { education: 'PHD' } }, 'profile.education', 'VALIDATION_IS_IN'],
    ['a suggestion too long', { answers: answers(3), suggestion: 'x'.repeat(1001) }, 'suggestion', 'VALIDATION_MAX_LENGTH'],
    ['a bad idempotency key', { answers: answers(3), idempotencyKey: 'a b' }, 'idempotencyKey', 'VALIDATION_MATCHES'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, input, field, reason) => {
    const res = await t.gql(SUBMIT, { input: { surveyId: open, idempotencyKey: randomUUID(), ...input } }, 'anonymous');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(res.errors?.[0].extensions.problems).toHaveLength(1);
  });

  it('accepts a full profile and a suggestion', async () => {
    const res = await submit(open, answers(3), { profile: { ageBand: 'AGE_30_39', sex: 'FEMALE', education: 'S1_D4', occupation: 'WIRAUSAHA' }, suggestion: 'Antrean daring, mohon.' });
    expect(res.errors).toBeUndefined();
    expect(res.data.submitSurveyResponse).toMatchObject({ surveyId: open, submittedOn: today, duplicate: false });
    expect(res.data.submitSurveyResponse.receiptCode).toMatch(/^SKM-[0-9A-F]{10}$/);
  });

  it('refuses a closed survey, one outside its period, and an unknown one', async () => {
    const closed = await createSurvey({ title: 'SKM tutup' });
    await t.ok('mutation($id: ID!, $v: Int!) { updateSurvey(id: $id, input: { version: $v, status: CLOSED }) { status acceptingResponses } }', { id: closed.id, v: closed.version });
    expect((await submit(closed.id, answers(3))).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'surveyId', reason: 'SURVEY_CLOSED' });
    const past = await createSurvey({ title: 'SKM lalu', periodStart: '2020-01-01', periodEnd: '2020-12-31' });
    expect((await submit(past.id, answers(3))).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'surveyId', reason: 'SURVEY_CLOSED' });
    expect((await submit(randomUUID(), answers(3))).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'surveyId' });
  });

  it('stores nothing identifying with a response', async () => {
    const columns = await t.sql<{ column_name: string }>(`select column_name from information_schema.columns where table_name = 'survey_response' order by ordinal_position`);
    expect(columns.map((c) => c.column_name)).toEqual(
      ['id', 'government_id', 'survey_id', 'submitted_on', 'idempotency_key', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9', 'age_band', 'sex', 'education', 'occupation', 'suggestion'],
    );
    // Not audited either: an audit entry would hold the answers with a request id and a time.
    const [audit] = await t.sql<{ n: string }>(`select count(*) as n from audit_entry where entity_name = 'SurveyResponse'`);
    expect(Number(audit.n)).toBe(0);
  });
});

describe('idempotency', () => {
  it('counts a retried submission once and returns the first receipt', async () => {
    const survey = await createSurvey({ title: 'SKM ulang' });
    const input = { surveyId: survey.id, idempotencyKey: `retry-${randomUUID()}`, answers: answers(3), profile: { sex: 'MALE' } };
    const first = await t.ok(SUBMIT, { input }, 'anonymous');
    const again = await t.ok(SUBMIT, { input }, 'anonymous');
    expect(again.submitSurveyResponse).toEqual({ ...first.submitSurveyResponse, duplicate: true });
    const { surveyIndex: idx } = await t.ok(INDEX, { id: survey.id }, 'anonymous');
    expect(idx.responses).toBe(1);
  });

  it('refuses the same key with different answers with CONFLICT', async () => {
    const survey = await createSurvey({ title: 'SKM konflik' });
    const key = `conflict-${randomUUID()}`;
    await t.ok(SUBMIT, { input: { surveyId: survey.id, idempotencyKey: key, answers: answers(3) } }, 'anonymous');
    const res = await t.gql(SUBMIT, { input: { surveyId: survey.id, idempotencyKey: key, answers: answers(4) } }, 'anonymous');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
  });
});

describe('abuse limits', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startTestApp({ PUBLIC_RATE_LIMIT_MAX: '3', BODY_LIMIT: '4kb' });
  });
  afterAll(() => limited.close());

  it('rate-limits public mutations per client with RATE_LIMITED', async () => {
    const survey = (await limited.ok(CREATE_SURVEY, { input: { unitId: kecamatan, title: 'SKM batas', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, population: 100 } })).createSurvey;
    for (let i = 0; i < 3; i++) expect((await submit(survey.id, answers(3), {}, limited)).errors).toBeUndefined();
    const res = await submit(survey.id, answers(3), {}, limited);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'RATE_LIMITED' });
    expect(res.errors?.[0].extensions.params).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    // Feedback shares the budget of public mutations.
    const feedback = await limited.gql('mutation { submitFeedback(input: { unitId: "' + kecamatan + '", category: COMPLAINT, text: "Antrean terlalu panjang sekali." }) { trackingCode } }', {}, 'anonymous');
    expect(feedback.errors?.[0].extensions.code).toBe('RATE_LIMITED');
  });

  it('throttles guessing feedback tracking codes, not looking up a real one', async () => {
    const real = (await limited.ok<{ feedbacks: { items: { trackingCode: string }[] } }>('{ feedbacks(limit: 1) { items { trackingCode } } }')).feedbacks.items[0].trackingCode;
    const look = (code: string) => limited.gql(`{ feedbackStatus(trackingCode: "${code}") { status } }`, {}, 'anonymous');
    for (let i = 0; i < 3; i++) expect((await look(`ADU-ZZZZZZZZZ${i + 2}`)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await look('ADU-ZZZZZZZZZ9')).errors?.[0].extensions.code).toBe('RATE_LIMITED');
    // Misses have their own budget: someone with their real code still gets the answer.
    expect((await look(real)).errors).toBeUndefined();
  });

  it('refuses an oversized body with PAYLOAD_TOO_LARGE, not a crash', async () => {
    const res = await fetch(`${limited.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SUBMIT, variables: { input: { surveyId: randomUUID(), idempotencyKey: randomUUID(), answers: answers(3), suggestion: 'x'.repeat(10_000) } } }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('aggregate only', () => {
  it('has no GraphQL type that carries a single response', async () => {
    const data = await t.ok('{ __schema { types { name fields { name } } } }', {}, 'anonymous');
    const types = data.__schema.types as { name: string; fields: { name: string }[] | null }[];
    expect(types.map((ty) => ty.name)).not.toContain('SurveyResponse');
    // (Employee.ageBand is an employee's own masked age, not a respondent's.)
    const carrying = types.filter((ty) => ty.name !== 'Employee' && ty.fields?.some((f) => ['u1', 'idempotencyKey', 'ageBand'].includes(f.name))).map((ty) => ty.name);
    expect(carrying).toEqual([]);
  });

  it('withholds results below the minimum number of responses', async () => {
    const survey = await createSurvey({ title: 'SKM sedikit' });
    for (let i = 0; i < 4; i++) await submit(survey.id, answers(i === 0 ? 1 : 4));
    for (const as of ['anonymous', 'analyst', 'gov'] as const) {
      const { surveyIndex: idx } = await t.ok(INDEX, { id: survey.id }, as);
      expect(idx).toMatchObject({ responses: 4, minimumResponses: 5, withheld: true, index: null, ikm: null, grade: null, elements: [], weakestElements: [] });
    }
    await submit(survey.id, answers(4));
    expect((await t.ok(INDEX, { id: survey.id }, 'anonymous')).surveyIndex.withheld).toBe(false);
  });

  it('follows a government\'s own minimum (setting survey.minResponsesForResults)', async () => {
    const survey = await createSurvey({ title: 'SKM ambang' });
    for (let i = 0; i < 5; i++) await submit(survey.id, answers(3));
    await t.ok('mutation($g: ID!) { setSetting(input: { key: "survey.minResponsesForResults", value: 10, governmentId: $g }) { value } }', { g: semarang });
    try {
      expect((await t.ok(INDEX, { id: survey.id }, 'anonymous')).surveyIndex).toMatchObject({ minimumResponses: 10, withheld: true });
      const low = await t.gql('mutation($g: ID!) { setSetting(input: { key: "survey.minResponsesForResults", value: 1, governmentId: $g }) { value } }', { g: semarang });
      expect(low.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
    } finally {
      await t.ok('mutation($g: ID!) { setSetting(input: { key: "survey.minResponsesForResults", value: 5, governmentId: $g }) { value } }', { g: semarang });
    }
  });

  it('lists suggestions as text only, to administrators only', async () => {
    const survey = await createSurvey({ title: 'SKM saran' });
    await submit(survey.id, answers(3), { suggestion: 'Mohon tambah loket.' });
    await submit(survey.id, answers(2));
    const Q = 'query($id: ID!) { surveySuggestions(surveyId: $id) { total items } }';
    expect((await t.ok(Q, { id: survey.id })).surveySuggestions).toEqual({ total: 1, items: ['Mohon tambah loket.'] });
    expect((await t.gql(Q, { id: survey.id }, 'analyst')).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(Q, { id: survey.id }, 'anonymous')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('transparency (public)', () => {
  const INDICES = `query($scope: SurveyScope, $period: DateRange, $group: SurveyIndexGroup) { surveyIndices(scope: $scope, period: $period, groupBy: $group) {
    group surveyId unitId unitName governmentName year surveys responses withheld minimumResponses ikm grade gradeLabel previousIkm ikmChange elements { code nrr } } }`;

  it('gives IKM per unit and year to anyone, aggregate only', async () => {
    const res = await t.gql(INDICES, { scope: { governmentId: semarang }, period: { from: `${Number(year) - 2}-01-01` }, group: 'UNIT' }, 'anonymous');
    expect(res.errors).toBeUndefined();
    const rows = res.data.surveyIndices as { unitName: string; year: number; responses: number; withheld: boolean; minimumResponses: number; ikm: number | null; grade: string | null; elements: unknown[] }[];
    expect(rows.length).toBeGreaterThan(20);
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set([Number(year) - 2, Number(year) - 1, Number(year)]));
    for (const r of rows) {
      expect(r.withheld).toBe(r.responses < r.minimumResponses);
      if (r.withheld) expect(r).toMatchObject({ ikm: null, grade: null, elements: [] });
      else expect(r.grade).toMatch(/^[A-D]$/);
    }
    // Only aggregates travel: no respondent field exists, so none can be asked for.
    const bad = await t.gql('{ surveyIndices { responses respondents { sex } } }', {}, 'anonymous');
    expect(bad.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('matches one hand-written GROUP BY (the rules are the specification of the SQL)', async () => {
    const res = await t.ok(INDICES, { scope: { governmentId: semarang }, period: { from: `${Number(year) - 1}-01-01`, to: `${Number(year) - 1}-12-31` }, group: 'UNIT' }, 'anonymous');
    const raw = await t.sql<{ unit_id: string; n: string; ikm: string }>(
      `select s.unit_id, count(*) as n, round((avg(r.u1) + avg(r.u2) + avg(r.u3) + avg(r.u4) + avg(r.u5) + avg(r.u6) + avg(r.u7) + avg(r.u8) + avg(r.u9)) / 9 * 25, 2) as ikm
         from survey_response r join survey s on s.id = r.survey_id
        where s.government_id = ? and s.period_end >= ? and s.period_start <= ? group by s.unit_id`,
      [semarang, `${Number(year) - 1}-01-01`, `${Number(year) - 1}-12-31`],
    );
    const byUnit = new Map(raw.map((r) => [r.unit_id, r]));
    let compared = 0;
    for (const row of res.surveyIndices as { unitId: string; responses: number; ikm: number | null }[]) {
      const r = byUnit.get(row.unitId);
      expect(row.responses).toBe(Number(r?.n ?? 0));
      if (row.ikm !== null) {
        expect(row.ikm).toBeCloseTo(Number(r!.ikm), 2);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('shows the trend from one year to the next, per government', async () => {
    const res = await t.ok(INDICES, { scope: { governmentId: semarang }, period: { from: `${Number(year) - 2}-01-01` }, group: 'GOVERNMENT' }, 'anonymous');
    const rows = res.surveyIndices as { year: number; ikm: number; previousIkm: number | null; ikmChange: number | null }[];
    expect(rows.map((r) => r.year)).toEqual([Number(year) - 2, Number(year) - 1, Number(year)]);
    expect(rows[0].previousIkm).toBeNull();
    expect(rows[1].previousIkm).toBe(rows[0].ikm);
    expect(rows[2].ikmChange).toBeCloseTo(rows[2].ikm - rows[1].ikm, 2);
  });

  it('computes every unit of a government in a fixed number of statements', async () => {
    // (Three years: all five, with the elements, are over the cost limit without a login.)
    const period = { from: `${Number(year) - 2}-01-01` };
    const big = await t.gql(INDICES, { scope: { governmentId: semarang }, period, group: 'UNIT' }, 'anonymous');
    const small = await t.gql(INDICES, { scope: { governmentId: tebingtinggi }, period, group: 'UNIT' }, 'anonymous');
    expect(big.data.surveyIndices.length).toBeGreaterThan(small.data.surveyIndices.length * 2);
    expect(big.extensions?.sqlStatements).toBeLessThanOrEqual(4);
    expect(big.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
  });

  it('reads a page of surveys with their index in the same statements for 5 or 50 rows', async () => {
    const q = 'query($n: Int!) { surveys(limit: $n) { items { title responseCount sampleReached minimumSample unit { name } service { name } index { ikm grade elements { code } } } } }';
    const five = await t.gql(q, { n: 5 });
    const fifty = await t.gql(q, { n: 50 });
    expect(fifty.data.surveys.items).toHaveLength(50);
    expect(fifty.extensions?.sqlStatements).toBe(five.extensions?.sqlStatements);
  });

  it('lists active services for the public feedback form', async () => {
    const data = await t.ok('{ serviceDirectory(q: "KTP", limit: 5) { total items { serviceId serviceName unitId unitName governmentId governmentName } } }', {}, 'anonymous');
    expect(data.serviceDirectory.total).toBeGreaterThan(5);
    expect(data.serviceDirectory.items).toHaveLength(5);
    for (const s of data.serviceDirectory.items) expect(s).toMatchObject({ serviceName: expect.stringMatching(/KTP/), unitName: expect.any(String), governmentName: expect.stringMatching(/^Pemerintah Kota/) });
  });

  it('lists open surveys for the public form', async () => {
    const data = await t.ok('{ publicSurveys(limit: 500) { total items { id title unitName serviceName governmentName periodStart periodEnd } } }', {}, 'anonymous');
    expect(data.publicSurveys.total).toBeGreaterThan(10);
    for (const s of data.publicSurveys.items) expect(s.periodStart <= today && today <= s.periodEnd).toBe(true);
  });

  it('keeps the total on a page past the end of the public lists', async () => {
    for (const field of ['publicSurveys', 'serviceDirectory']) {
      const first = await t.ok<Record<string, { total: number }>>(`{ ${field}(limit: 1) { total } }`, {}, 'anonymous');
      const past = await t.ok<Record<string, { total: number; items: unknown[] }>>(`query($o: Int!) { ${field}(limit: 5, offset: $o) { total items { __typename } } }`, { o: first[field].total + 10 }, 'anonymous');
      expect(past[field].items, field).toEqual([]);
      expect(past[field].total, field).toBe(first[field].total);
    }
  });
});

describe('roles and scoping', () => {
  it('lets a unit admin manage services and surveys of their subtree only', async () => {
    const service = await t.ok('mutation($u: ID!) { createPublicService(input: { unitId: $u, name: "Pelayanan Imunisasi" }) { id name version unit { id } } }', { u: puskesmas }, 'unit');
    expect(service.createPublicService.unit.id).toBe(puskesmas);
    const survey = await t.ok(CREATE_SURVEY, { input: { serviceId: service.createPublicService.id, title: 'SKM Imunisasi', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, population: 1000 } }, 'unit');
    expect(survey.createSurvey).toMatchObject({ minimumSample: 278, service: { name: 'Pelayanan Imunisasi' }, acceptingResponses: true });
    const outside = await t.gql(CREATE_SURVEY, { input: { unitId: kecamatan, title: 'SKM luar', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, population: 10 } }, 'unit');
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(outside.errors?.[0].extensions.code);
    expect(outside.errors?.[0].extensions.field).toBe('unitId');
    const list = await t.ok('{ surveys(limit: 500) { total items { unit { id } } } publicServices(limit: 500) { total } }', {}, 'unit');
    const [{ n }] = await t.sql<{ n: string }>(`select count(*) as n from survey s join org_unit u on u.id = s.unit_id where u.path like (select path from org_unit where id = (select unit_id from app_user where email = 'dinkes@semarangkota.go.id')) || '%'`);
    expect(list.surveys.total).toBe(Number(n));
  });

  it('hides one government\'s surveys from another and keeps analysts read-only', async () => {
    const survey = await createSurvey({ title: 'SKM Semarang' });
    expect((await t.gql('query($id: ID!) { survey(id: $id) { id } }', { id: survey.id }, 'otherGov')).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await t.ok('query($id: ID!) { survey(id: $id) { id index { responses } } }', { id: survey.id }, 'analyst')).survey.id).toBe(survey.id);
    const write = await t.gql(CREATE_SURVEY, { input: { unitId: kecamatan, title: 'SKM analis', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, population: 10 } }, 'analyst');
    expect(write.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql('{ surveys { total } }', {}, 'employee')).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql('{ surveys { total } }', {}, 'anonymous')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('checks the period and refuses a stale version', async () => {
    const survey = await createSurvey({ title: 'SKM periode' });
    const UPDATE = 'mutation($id: ID!, $input: UpdateSurveyInput!) { updateSurvey(id: $id, input: $input) { version periodEnd } }';
    const inverted = await t.gql(UPDATE, { id: survey.id, input: { version: survey.version, periodEnd: `${Number(year) - 1}-12-31` } });
    expect(inverted.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodEnd', reason: 'RANGE_INVERTED' });
    await t.ok(UPDATE, { id: survey.id, input: { version: survey.version, population: 200 } });
    expect((await t.gql(UPDATE, { id: survey.id, input: { version: survey.version, population: 300 } })).errors?.[0].extensions.code).toBe('CONFLICT');
  });
});

// Public feedback (pengaduan) through the GraphQL API against real PostgreSQL: anonymous
// submission with a tracking code, the public status view, the staff workflow and its allowed
// steps, scoping of feedback and its contact, and overdue feedback against the target.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testToday, type TestApp } from './helpers.ts';

let t: TestApp;
let semarang: string;
let kecamatan: string; // a Semarang kecamatan (outside Dinas Kesehatan)
const today = testToday();

beforeAll(async () => {
  t = await startTestApp({ PUBLIC_RATE_LIMIT_MAX: '100000' });
  [{ id: semarang }] = await t.sql<{ id: string }>(`select id from government where code = '33.74'`);
  [{ id: kecamatan }] = await t.sql<{ id: string }>(`select id from org_unit where government_id = ? and kind = 'KECAMATAN' order by name limit 1`, [semarang]);
});
afterAll(() => t.close());

describe('feedback (pengaduan)', () => {
  const SUBMIT_FEEDBACK = 'mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { trackingCode receivedAt dueDate } }';
  const STATUS = 'query($code: String!) { feedbackStatus(trackingCode: $code) { trackingCode status receivedAt startedAt closedAt answer } }';
  const TRANSITION = 'mutation($id: ID!, $input: FeedbackTransitionInput!) { transitionFeedback(id: $id, input: $input) { status version answer answeredBy { displayName } daysTaken withinTarget overdue closedAt } }';
  const feedbackId = async (code: string) => (await t.sql<{ id: string }>('select id from feedback where tracking_code = ?', [code]))[0].id;

  it('takes anonymous feedback, gives a tracking code, and follows it through the workflow', async () => {
    const [service] = await t.sql<{ id: string; unit_id: string }>(`select id, unit_id from public_service where unit_id = ?`, [kecamatan]);
    const sent = await t.ok(SUBMIT_FEEDBACK, { input: { serviceId: service.id, category: 'COMPLAINT', text: 'Antrean KTP-el sangat panjang setiap pagi.', contact: 'warga@example.id' } }, 'anonymous');
    const code = sent.submitFeedback.trackingCode as string;
    expect(code).toMatch(/^ADU-[2-9A-Z]{10}$/);
    expect(sent.submitFeedback.dueDate > today).toBe(true);
    expect((await t.ok(STATUS, { code: code.toLowerCase() }, 'anonymous')).feedbackStatus).toMatchObject({ trackingCode: code, status: 'RECEIVED', startedAt: null, answer: null });

    const id = await feedbackId(code);
    const staff = await t.ok('query($id: ID!) { feedback(id: $id) { version status contact unit { id } service { id } targetDays daysTaken dueDate overdue } }', { id });
    expect(staff.feedback).toMatchObject({ version: 1, status: 'RECEIVED', contact: 'warga@example.id', unit: { id: kecamatan }, service: { id: service.id }, targetDays: 14, daysTaken: 0, overdue: false });

    const skip = await t.gql(TRANSITION, { id, input: { version: 1, status: 'ANSWERED', answer: 'Sudah kami tambah loketnya.' } });
    expect(skip.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status', reason: 'TRANSITION_NOT_ALLOWED' });
    const started = await t.ok(TRANSITION, { id, input: { version: 1, status: 'IN_PROGRESS' } });
    expect(started.transitionFeedback).toMatchObject({ status: 'IN_PROGRESS', version: 2 });
    const noAnswer = await t.gql(TRANSITION, { id, input: { version: 2, status: 'ANSWERED' } });
    expect(noAnswer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answer', reason: 'REQUIRED' });
    const answered = await t.ok(TRANSITION, { id, input: { version: 2, status: 'ANSWERED', answer: 'Mulai bulan ini loket KTP-el dibuka dua.' } });
    expect(answered.transitionFeedback).toMatchObject({ status: 'ANSWERED', answer: 'Mulai bulan ini loket KTP-el dibuka dua.', answeredBy: { displayName: 'Admin BKPP Kota Semarang' }, daysTaken: 0, withinTarget: true, overdue: false });
    const back = await t.gql(TRANSITION, { id, input: { version: 3, status: 'IN_PROGRESS' } });
    expect(back.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });

    const status = await t.ok(STATUS, { code }, 'anonymous');
    expect(status.feedbackStatus).toMatchObject({ status: 'ANSWERED', answer: 'Mulai bulan ini loket KTP-el dibuka dua.' });
    expect(status.feedbackStatus.closedAt).not.toBeNull();
    // The public view has the state, dates and answer only: nothing else can be asked for.
    for (const field of ['contact', 'text', 'unit { id }', 'answeredBy { email }']) {
      expect((await t.gql(`query($code: String!) { feedbackStatus(trackingCode: $code) { ${field} } }`, { code }, 'anonymous')).errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('validates feedback input naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ unitId: kecamatan, category: 'COMPLAINT', text: 'pendek' }, 'text'],
      [{ unitId: kecamatan, category: 'COMPLAINT', text: 'x'.repeat(2001) }, 'text'],
      [{ unitId: kecamatan, category: 'SUGGESTION', text: 'Mohon jam layanan diperpanjang.', contact: 'bukan kontak' }, 'contact'],
      [{ category: 'SUGGESTION', text: 'Mohon jam layanan diperpanjang.' }, 'unitId'],
    ];
    for (const [input, field] of cases) {
      const res = await t.gql(SUBMIT_FEEDBACK, { input }, 'anonymous');
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await t.gql(SUBMIT_FEEDBACK, { input: { unitId: randomUUID(), category: 'APPRECIATION', text: 'Terima kasih atas pelayanannya.' } }, 'anonymous')).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'unitId' });
    expect((await t.gql(STATUS, { code: 'nonsense' }, 'anonymous')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'trackingCode' });
    expect((await t.gql(STATUS, { code: 'ADU-2222222222' }, 'anonymous')).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'trackingCode' });
  });

  it('shows feedback and its contact only to the staff of its unit or government', async () => {
    const sent = await t.ok(SUBMIT_FEEDBACK, { input: { unitId: kecamatan, category: 'SUGGESTION', text: 'Mohon disediakan kursi roda di kantor.', contact: '081234567890' } }, 'anonymous');
    const id = await feedbackId(sent.submitFeedback.trackingCode);
    const Q = 'query($id: ID!) { feedback(id: $id) { contact } }';
    expect((await t.ok(Q, { id })).feedback.contact).toBe('081234567890');
    expect((await t.gql(Q, { id }, 'unit')).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await t.gql(Q, { id }, 'otherGov')).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await t.gql(Q, { id }, 'analyst')).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql('{ feedbacks { total } }', {}, 'anonymous')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const mine = await t.ok('{ feedbacks(limit: 500) { total items { unit { id } } } }', {}, 'unit');
    const [{ n }] = await t.sql<{ n: string }>(`select count(*) as n from feedback f join org_unit u on u.id = f.unit_id where u.path like (select path from org_unit where id = (select unit_id from app_user where email = 'dinkes@semarangkota.go.id')) || '%'`);
    expect(mine.feedbacks.total).toBe(Number(n));
  });

  it('lists overdue feedback against the government\'s target', async () => {
    const sent = await t.ok(SUBMIT_FEEDBACK, { input: { unitId: kecamatan, category: 'COMPLAINT', text: 'Surat pindah belum selesai sebulan.' } }, 'anonymous');
    await t.sql(`update feedback set created_at = now() - interval '20 days' where tracking_code = ?`, [sent.submitFeedback.trackingCode]);
    const OVERDUE = '{ overdueFeedback(limit: 500) { total items { trackingCode status overdue daysTaken targetDays dueDate } } }';
    const before = (await t.ok(OVERDUE)).overdueFeedback;
    expect(before.items.map((f: { trackingCode: string }) => f.trackingCode)).toContain(sent.submitFeedback.trackingCode);
    for (const f of before.items) expect(f).toMatchObject({ overdue: true, status: expect.stringMatching(/^(RECEIVED|IN_PROGRESS)$/) });
    expect(before.items.every((f: { daysTaken: number; targetDays: number }) => f.daysTaken > f.targetDays)).toBe(true);
    // Seeded data holds feedback in every state.
    const states = await t.sql<{ status: string }>(`select distinct status from feedback order by status`);
    expect(states.map((s) => s.status)).toEqual(['ANSWERED', 'IN_PROGRESS', 'RECEIVED', 'REJECTED']);

    await t.ok('mutation($g: ID!) { setSetting(input: { key: "survey.feedbackTargetDays", value: 30, governmentId: $g }) { value } }', { g: semarang });
    const after = (await t.ok(OVERDUE)).overdueFeedback;
    expect(after.items.map((f: { trackingCode: string }) => f.trackingCode)).not.toContain(sent.submitFeedback.trackingCode);
    expect(after.total).toBeLessThan(before.total);
    const filtered = await t.ok('{ feedbacks(filter: { overdue: false, statuses: [RECEIVED] }, limit: 500) { items { overdue } } }');
    expect(filtered.feedbacks.items.every((f: { overdue: boolean }) => !f.overdue)).toBe(true);
  });
});

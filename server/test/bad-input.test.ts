// Bad input is never an internal error: text PostgreSQL cannot store, dates it cannot hold or that
// make no sense, and an explicit null for a field that may not be empty are each refused with
// BAD_USER_INPUT naming the field, by one check in front of every resolver (shared/input-guard.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type As, type GqlResponse, type TestApp } from './helpers.ts';

let t: TestApp;
let employee: { id: string; version: number; nip: string };
let rankId: string;
let history: { id: string; version: number };

const UPDATE_EMPLOYEE = 'mutation($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { id version } }';

function refused(res: GqlResponse, field: string, reason?: string): void {
  expect(res.status, JSON.stringify(res.errors)).toBeLessThan(500);
  const ext = res.errors?.[0]?.extensions;
  expect(ext?.code, JSON.stringify(res.errors)).toBe('BAD_USER_INPUT');
  expect(ext?.field, JSON.stringify(res.errors)).toBe(field);
  if (reason) expect(ext?.reason).toBe(reason);
}

beforeAll(async () => {
  t = await startTestApp();
  [employee] = await t.sql(`select e.id, e.version, e.nip from employee e join government g on g.id = e.government_id where g.code = '33.74' and e.asn_type = 'PNS' and exists (select 1 from rank_history where employee_id = e.id) order by e.nip limit 1`);
  [{ id: rankId }] = await t.sql(`select id from rank where code = 'III/b'`);
  [history] = await t.sql(`select id, version from rank_history where employee_id = ? order by tmt limit 1`, [employee.id]);
});
afterAll(() => t.close());

describe('text PostgreSQL cannot store', () => {
  it('refuses a NUL character in any string argument, also anonymously', async () => {
    refused(await t.gql('query($q: String) { serviceDirectory(q: $q) { total } }', { q: 'x\u0000' }, 'anonymous'), 'q', 'NUL_CHARACTER');
    refused(await t.gql('{ serviceDirectory(q: "x\\u0000") { total } }', {}, 'anonymous'), 'q', 'NUL_CHARACTER');
    refused(await t.gql('query($f: EmployeeFilter) { employees(filter: $f) { total } }', { f: { q: 'Budi\u0000' } }), 'q');
    refused(await t.gql(UPDATE_EMPLOYEE, { id: employee.id, input: { version: employee.version, birthPlace: 'Sema\u0000rang' } }), 'birthPlace', 'NUL_CHARACTER');
    refused(await t.gql('mutation($e: String!) { login(email: $e, password: "SalahSandi2026") { token } }', { e: 'a\u0000@x.go.id' }, 'anonymous'), 'email', 'NUL_CHARACTER');
    refused(await t.gql('mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { trackingCode } }', { input: { unitId: '00000000-0000-0000-0000-000000000000', category: 'COMPLAINT', text: 'Keluhan panjang sekali\u0000 tentang antrean' } }, 'anonymous'), 'text', 'NUL_CHARACTER');
  });

  it('refuses a lone UTF-16 surrogate in an e-mail (and any text)', async () => {
    const input = { email: 'uji\uD800@semarangkota.go.id', displayName: 'Akun Uji', password: 'RahasiaUji2026', role: 'ANALYST' };
    refused(await t.gql('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input }), 'email', 'MALFORMED_TEXT');
    refused(await t.gql('mutation($e: String!) { login(email: $e, password: "SalahSandi2026") { token } }', { e: 'a\uDC00b@x.go.id' }, 'anonymous'), 'email', 'MALFORMED_TEXT');
    refused(await t.gql(UPDATE_EMPLOYEE, { id: employee.id, input: { version: employee.version, email: 'budi\uDBFF@x.go.id' } }), 'email', 'MALFORMED_TEXT');
    // A proper pair (an emoji) is text.
    const ok = await t.gql('query($q: String) { serviceDirectory(q: $q) { total } }', { q: 'KTP \uD83D\uDE00' }, 'anonymous');
    expect(ok.errors).toBeUndefined();
  });
});

describe('ids', () => {
  it('answers an id that is not a UUID with BAD_USER_INPUT, also where a query builder lets the database error through', async () => {
    const [plan] = await t.sql<{ version: number }>(`select version from performance_plan limit 1`);
    const res = await t.gql('mutation($id: ID!, $input: UpdatePlanInput!) { updatePerformancePlan(id: $id, input: $input) { id } }', { id: '', input: { version: plan.version, status: 'DRAFT' } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MALFORMED_VALUE' });
  });
});

describe('dates', () => {
  it('refuses dates outside 1900-2100 naming the field, at any depth', async () => {
    refused(await t.gql('mutation($id: ID!, $input: UpdateRankHistoryInput!) { updateRankHistory(id: $id, input: $input) { id } }', { id: history.id, input: { version: history.version, decreeDate: '0000-01-01' } }), 'decreeDate', 'DATE_OUT_OF_RANGE');
    refused(await t.gql('mutation($input: AddRankHistoryInput!) { addRankHistory(input: $input) { id } }', { input: { employeeId: employee.id, rankId, tmt: '2020-04-01', decreeDate: '0000-01-01' } }), 'decreeDate', 'DATE_OUT_OF_RANGE');
    refused(await t.gql('mutation($input: AddRankHistoryInput!) { addRankHistory(input: $input) { id } }', { input: { employeeId: employee.id, rankId, tmt: '9999-12-31' } }), 'tmt', 'DATE_OUT_OF_RANGE');
    refused(await t.gql(UPDATE_EMPLOYEE, { id: employee.id, input: { version: employee.version, birthDate: '1899-12-31' } }), 'birthDate', 'DATE_OUT_OF_RANGE');
    const create = { nip: '199107142016032001', asnType: 'PNS', fullName: 'Rina Uji', sex: 'FEMALE', birthDate: '1991-07-14', tmtCpns: '2016-03-01', initialRank: { rankId, tmt: '2016-03-01', decreeDate: '0000-01-01' } };
    refused(await t.gql('mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }', { input: create }), 'initialRank.decreeDate', 'DATE_OUT_OF_RANGE');
    refused(await t.gql('query($f: EmployeeFilter) { employees(filter: $f) { total } }', { f: { birthDate: { from: '0000-01-01' } } }), 'birthDate.from');
    refused(await t.gql('query($f: AuditFilter) { auditEntries(filter: $f) { total } }', { f: { from: '0001-01-01T00:00:00Z' } }), 'from', 'DATE_OUT_OF_RANGE');
    refused(await t.gql('{ auditEntries(filter: { to: "2200-01-01T00:00:00Z" }) { total } }'), 'to');
  });

  it('accepts the ends of the range', async () => {
    for (const d of ['1900-01-01', '2100-12-31']) {
      const res = await t.gql('query($f: EmployeeFilter) { employees(filter: $f) { total } }', { f: { birthDate: { from: d } } });
      expect(res.errors, d).toBeUndefined();
    }
  });
});

describe('explicit null', () => {
  it('refuses null for a field of updateEmployee that may not be empty, and changes nothing', async () => {
    for (const field of ['nip', 'birthDate', 'status', 'fullName', 'sex', 'asnType']) {
      refused(await t.gql(UPDATE_EMPLOYEE, { id: employee.id, input: { version: employee.version, [field]: null } }), field, 'REQUIRED');
    }
    const [after] = await t.sql<{ version: number; nip: string }>('select version, nip from employee where id = ?', [employee.id]);
    expect(after).toEqual({ version: employee.version, nip: employee.nip });
    // Fields that may be empty are cleared by null, as before.
    const cleared = await t.gql(UPDATE_EMPLOYEE, { id: employee.id, input: { version: employee.version, backTitle: null } });
    expect(cleared.errors).toBeUndefined();
  });

  it('refuses null for required fields of other update inputs too', async () => {
    const [h] = await t.sql<{ id: string; version: number }>(`select id, version from rank_history where id = ?`, [history.id]);
    refused(await t.gql('mutation($id: ID!, $input: UpdateRankHistoryInput!) { updateRankHistory(id: $id, input: $input) { id } }', { id: h.id, input: { version: h.version, rankId: null } }), 'rankId', 'REQUIRED');
    const [u] = await t.sql<{ id: string; version: number }>(`select id, version from app_user where email = 'analis@semarangkota.go.id'`);
    refused(await t.gql('mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }', { id: u.id, input: { version: u.version, role: null } }), 'role', 'REQUIRED');
  });

  it('reports every problem of one input at once', async () => {
    const res = await t.gql(UPDATE_EMPLOYEE, { id: employee.id, input: { version: employee.version, nip: null, birthPlace: 'a\u0000', tmtPns: '0000-01-01' } });
    expect(res.errors?.[0].extensions.problems?.map((p) => [p.field, p.reason])).toEqual([
      ['nip', 'REQUIRED'],
      ['birthPlace', 'NUL_CHARACTER'],
      ['tmtPns', 'DATE_OUT_OF_RANGE'],
    ]);
  });

  it.each(['super', 'gov', 'unit', 'analyst', 'employee', 'anonymous'] as As[])('never answers these with an internal error, as %s', async (as) => {
    const res = await t.gql(UPDATE_EMPLOYEE, { id: employee.id, input: { version: employee.version, nip: null, email: 'x\uD800' } }, as);
    expect(res.errors?.[0].extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
  });
});

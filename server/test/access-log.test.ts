// Accountability (UU PDP 27/2022): deletions keep the values they removed in the audit trail; sign-ins
// go to the sign-in log, not the audit trail; failed logins, refused mutations, full reads of personal
// data and exports go to the access log, readable by the government's administrators, which names
// fields and never holds their values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { formatNip } from '../src/modules/employee/employee.rules.ts';
import { Sex } from '../src/modules/employee/employee.enums.ts';
import { startTestApp, type As, type TestApp } from './helpers.ts';

let t: TestApp;
let semarang: string;
let tebing: string;

const LOG = `query($f: AccessLogFilter, $limit: Int! = 100) { accessLog(filter: $f, limit: $limit) {
  total items { id occurredAt action governmentId actorId actorEmail actorRole actorGovernmentId operation entityName entityId fields reason rowCount clientIp requestId } } }`;

async function log(filter: Record<string, unknown>, as: As = 'gov') {
  await t.app.accessLog.drain();
  return (await t.ok(LOG, { f: filter }, as)).accessLog as { total: number; items: Record<string, any>[] };
}

beforeAll(async () => {
  t = await startTestApp();
  const govs = await t.sql<{ id: string; code: string }>(`select id, code from government`);
  semarang = govs.find((g) => g.code === '33.74')!.id;
  tebing = govs.find((g) => g.code === '12.76')!.id;
});
afterAll(() => t.close());

describe('audit trail', () => {
  it('keeps every audited value of a deleted record, so the deletion can be read back', async () => {
    const birthDate = '1991-07-14';
    const nip = formatNip(birthDate, 2016, 3, Sex.FEMALE, 777);
    const { createEmployee } = await t.ok('mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id version } }', {
      input: { nip, asnType: 'PNS', fullName: 'Rina Hapus', sex: 'FEMALE', birthDate, tmtCpns: '2016-03-01', nik: '3374015407910001', address: 'Jl. Pemuda 1 Semarang', birthPlace: 'Semarang' },
    });
    await t.ok('mutation($id: ID!, $v: Int!) { deleteEmployee(id: $id, version: $v) }', { id: createEmployee.id, v: createEmployee.version });
    const { auditEntries } = await t.ok('query($f: AuditFilter) { auditEntries(filter: $f) { items { action actorEmail changes } } }', { f: { entityName: 'Employee', entityId: createEmployee.id, actions: ['DELETE'] } });
    expect(auditEntries.items).toHaveLength(1);
    const { changes, actorEmail } = auditEntries.items[0];
    expect(actorEmail).toBe('bkpp@semarangkota.go.id');
    expect(changes).toMatchObject({
      nip: { before: nip, after: null },
      fullName: { before: 'Rina Hapus', after: null },
      birthDate: { before: birthDate, after: null },
      status: { before: 'AKTIF', after: null },
      government: { before: semarang, after: null },
      tmtCpns: { before: '2016-03-01', after: null },
    });
    // Every audited column is there, also those that were empty.
    expect(changes).toHaveProperty('tmtPns', { before: null, after: null });
    expect(changes).not.toHaveProperty('version');
  });

  it('keeps the deleted values of a record deleted by id only (a history row)', async () => {
    const [e] = await t.sql<{ id: string }>(`select e.id from employee e where e.government_id = ? limit 1`, [semarang]);
    const [level] = await t.sql<{ id: string }>(`select id from education_level where code = 'D3'`);
    const added = await t.ok('mutation($input: AddEducationHistoryInput!) { addEducationHistory(input: $input) { id version } }', { input: { employeeId: e.id, levelId: level.id, institution: 'Politeknik Negeri Semarang', major: 'Akuntansi', graduationYear: 2005 } });
    await t.ok('mutation($id: ID!, $v: Int!) { deleteEducationHistory(id: $id, version: $v) }', { id: added.addEducationHistory.id, v: added.addEducationHistory.version });
    const [entry] = await t.sql<{ changes: Record<string, { before: unknown }> }>(`select changes from audit_entry where entity_id = ? and action = 'DELETE'`, [added.addEducationHistory.id]);
    expect(entry.changes).toMatchObject({ institution: { before: 'Politeknik Negeri Semarang' }, major: { before: 'Akuntansi' }, graduationYear: { before: 2005 }, employee: { before: e.id }, level: { before: level.id } });
  });

  it('holds no sign-ins: logins do not show up as changes of the account', async () => {
    await t.token('gov');
    await t.token('unit');
    const rows = await t.sql(`select changes from audit_entry where entity_name = 'User' and changes -> 'lastLoginAt' is not null`);
    expect(rows).toEqual([]);
    const byNobody = await t.sql(`select id from audit_entry where entity_name = 'User' and actor_id is null`);
    expect(byNobody).toEqual([]);
  });
});

describe('sign-in log', () => {
  it('records successful and failed logins, with the e-mail tried and why, never the password', async () => {
    await t.token('analyst');
    const wrong = await t.gql('mutation { login(email: "Analis@semarangkota.go.id", password: "SalahSandi2026") { token } }', {}, 'anonymous', { 'x-request-id': 'uji-login-1' });
    expect(wrong.errors?.[0].extensions.reason).toBe('INVALID_CREDENTIALS');
    await t.gql('mutation { login(email: "tidak.ada@semarangkota.go.id", password: "SalahSandi2026") { token } }', {}, 'anonymous');
    const { items } = await log({ actions: ['SIGN_IN', 'SIGN_IN_FAILED'], actorEmail: 'analis@semarangkota.go.id' });
    const [failed, ok] = items;
    expect(ok).toMatchObject({ action: 'SIGN_IN', actorEmail: 'analis@semarangkota.go.id', actorRole: 'ANALYST', governmentId: semarang, operation: 'login', clientIp: expect.stringMatching(/127\.0\.0\.1/) });
    expect(failed).toMatchObject({ action: 'SIGN_IN_FAILED', actorId: ok.actorId, reason: 'WRONG_PASSWORD', governmentId: semarang, requestId: 'uji-login-1' });
    // An unknown e-mail belongs to no government: the super admin sees it, a government admin does not.
    const unknown = await log({ actorEmail: 'tidak.ada@semarangkota.go.id' }, 'super');
    expect(unknown.items[0]).toMatchObject({ action: 'SIGN_IN_FAILED', reason: 'UNKNOWN_EMAIL', actorId: null, governmentId: null });
    expect((await log({ actorEmail: 'tidak.ada@semarangkota.go.id' })).total).toBe(0);
    const all = JSON.stringify(await t.sql('select * from access_log'));
    expect(all).not.toContain('SalahSandi2026');
    expect(all).not.toContain('MeritDemo2026');
  });
});

describe('access log', () => {
  it('records refused mutations: who, which operation and record, why', async () => {
    const [e] = await t.sql<{ id: string; version: number }>(`select id, version from employee where government_id = ? limit 1`, [semarang]);
    const UPD = 'mutation($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { id } }';
    const res = await t.gql(UPD, { id: e.id, input: { version: e.version, fullName: 'Coba Ubah' } }, 'analyst');
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const anon = await t.gql(UPD, { id: e.id, input: { version: e.version, fullName: 'Coba Ubah' } }, 'anonymous', { authorization: 'Bearer rusak' });
    expect(anon.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const { items } = await log({ actions: ['MUTATION_REFUSED'], entityId: e.id }, 'super');
    expect(items.map((i) => [i.actorRole, i.operation, i.entityName, i.reason])).toEqual([
      [null, 'updateEmployee', 'Employee', 'TOKEN_INVALID'],
      ['ANALYST', 'updateEmployee', 'Employee', 'ROLE'],
    ]);
    expect(items[1]).toMatchObject({ actorEmail: 'analis@semarangkota.go.id', actorGovernmentId: semarang, governmentId: semarang });
    // Semarang's admin sees their analyst's attempt; the anonymous one belongs to no government.
    expect((await log({ actions: ['MUTATION_REFUSED'], entityId: e.id })).items.map((i) => i.actorRole)).toEqual(['ANALYST']);
    // The refused write changed nothing, and left no audit entry.
    expect(await t.sql(`select 1 from audit_entry where entity_id = ? and action = 'UPDATE'`, [e.id])).toEqual([]);
  });

  it('records which personal fields of which record were shown in full, once per request, never the values', async () => {
    const [e] = await t.sql<{ id: string; nik: string; address: string | null }>(`select id, nik, address from employee where government_id = ? and nik is not null and address is not null limit 1`, [semarang]);
    await t.ok('query($id: ID!) { employee(id: $id) { id nik address phone birthDate displayName } again: employee(id: $id) { nik } }', { id: e.id }, 'gov', ).then(() => undefined);
    const { items } = await log({ actions: ['PERSONAL_DATA_READ'], entityId: e.id });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ entityName: 'Employee', operation: 'query employee', actorEmail: 'bkpp@semarangkota.go.id', governmentId: semarang });
    expect(items[0].fields).toEqual(expect.arrayContaining(['address', 'birthDate', 'nik']));
    expect(items[0].fields).not.toContain('displayName');
    const raw = JSON.stringify(await t.sql('select * from access_log where entity_id = ?', [e.id]));
    expect(raw).not.toContain(e.nik);
    expect(raw).not.toContain(e.address);
  });

  it('logs a super admin reading a government\'s employees for that government; masked reads are not full reads', async () => {
    const { employees } = await t.ok('query($f: EmployeeFilter) { employees(filter: $f, limit: 3, sort: [{ field: NIP }]) { items { id nik } } }', { f: { governmentId: semarang } }, 'super');
    const ids = employees.items.map((i: { id: string }) => i.id);
    const { items } = await log({ actions: ['PERSONAL_DATA_READ'], actorEmail: 'superadmin@asnmerit.id' });
    expect(items.filter((i) => ids.includes(i.entityId)).map((i) => i.governmentId)).toEqual([semarang, semarang, semarang]);
    // The analyst sees NIK masked: nothing shown in full, nothing logged.
    await t.ok('query($f: EmployeeFilter) { employees(filter: $f, limit: 3) { items { id nik phone } } }', {}, 'analyst');
    expect((await log({ actions: ['PERSONAL_DATA_READ'], actorEmail: 'analis@semarangkota.go.id' })).total).toBe(0);
    // An employee reading their own record is not an access to someone else's data.
    await t.ok('{ me { employee { nik address } } }', {}, 'employee');
    expect((await log({ actions: ['PERSONAL_DATA_READ'], actorEmail: 'pegawai@semarangkota.go.id' })).total).toBe(0);
  });

  it('records exports: the list, its columns and its rows', async () => {
    const res = await fetch(`${t.url}/export/list/employees.csv?variables=${encodeURIComponent(JSON.stringify({ filter: { asnTypes: ['PPPK'] } }))}`, { headers: { authorization: `Bearer ${await t.token('gov')}` } });
    const rows = Papa.parse<string[]>((await res.text()).replace(/^\uFEFF/, '').trim()).data;
    const duk = await fetch(`${t.url}/export/duk.csv`, { headers: { authorization: `Bearer ${await t.token('gov')}` } });
    await duk.text();
    const { items } = await log({ actions: ['EXPORT'] });
    const [dukEntry, list] = items;
    expect(list).toMatchObject({ operation: 'export employees', entityName: 'employees', rowCount: rows.length - 1, governmentId: semarang, actorEmail: 'bkpp@semarangkota.go.id', reason: null });
    expect(list.fields).toEqual(expect.arrayContaining(['nip', 'displayName', 'age']));
    expect(dukEntry).toMatchObject({ operation: 'export duk', entityName: 'duk', governmentId: semarang });
    expect(dukEntry.rowCount).toBeGreaterThan(10);
  });

  it('is read by super and government admins, each government its own, and exports like the other lists', async () => {
    await t.token('otherGov');
    const theirs = await log({}, 'otherGov');
    expect(theirs.total).toBeGreaterThan(0);
    expect(theirs.items.every((i) => i.governmentId === tebing)).toBe(true);
    const ours = await log({});
    expect(ours.items.every((i) => i.governmentId === semarang)).toBe(true);
    for (const as of ['unit', 'analyst', 'employee'] as const) expect((await t.gql(LOG, {}, as)).errors?.[0].extensions.code, as).toBe('FORBIDDEN');
    const page = await t.ok('query { accessLog(limit: 2, offset: 1) { total limit offset items { id } } }');
    expect(page.accessLog.items).toHaveLength(2);
    const csv = await fetch(`${t.url}/export/list/access.csv?variables=${encodeURIComponent(JSON.stringify({ filter: { actions: ['SIGN_IN'] } }))}`, { headers: { authorization: `Bearer ${await t.token('gov')}`, 'accept-language': 'en' } });
    expect(csv.status).toBe(200);
    const lines = Papa.parse<string[]>((await csv.text()).replace(/^\uFEFF/, '').trim()).data;
    expect(lines[0].slice(0, 3)).toEqual(['Time', 'Kind', 'Actor']);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l[1] === 'SIGN_IN')).toBe(true);
  });
});

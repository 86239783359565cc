// User administration and the audit trail as the panel reads them: one account, filters by unit
// and ids, sorting, and one audit entry by id, each within the caller's government.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let unitId: string;
let otherUnitId: string;
let unitAdminId: string;

const CREATE = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id email } }';
const USERS = 'query($f: UserFilter, $s: [UserSort!], $limit: Int! = 25) { users(filter: $f, sort: $s, limit: $limit) { total items { id email displayName role lastLoginAt active unit { id } } } }';

beforeAll(async () => {
  t = await startTestApp();
  const units = await t.sql<{ id: string; code: string }>(
    `select u.id, u.code from org_unit u join government g on g.id = u.government_id where g.code = '33.74' and u.code in ('BKPP', 'DINKES') order by u.code`,
  );
  unitId = units.find((u) => u.code === 'BKPP')!.id;
  otherUnitId = units.find((u) => u.code === 'DINKES')!.id;
  unitAdminId = (await t.ok(CREATE, { input: { email: 'admin.bkpp.uji@semarangkota.go.id', displayName: 'Zaenal Admin BKPP', password: 'RahasiaUji2026', role: 'UNIT_ADMIN', unitId } })).createUser.id;
});
afterAll(() => t.close());

describe('users (administration)', () => {
  it('reads one account of the caller\'s government, and hides the others', async () => {
    const { user } = await t.ok('query($id: ID!) { user(id: $id) { id email role unit { id } government { code } } }', { id: unitAdminId });
    expect(user).toMatchObject({ email: 'admin.bkpp.uji@semarangkota.go.id', role: 'UNIT_ADMIN', unit: { id: unitId }, government: { code: '33.74' } });
    const other = await t.gql('query($id: ID!) { user(id: $id) { id } }', { id: unitAdminId }, 'otherGov');
    expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const analyst = await t.gql('query($id: ID!) { user(id: $id) { id } }', { id: unitAdminId }, 'analyst');
    expect(analyst.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('reports a bad e-mail and a weak password together, each on its field', async () => {
    const res = await t.gql(CREATE, { input: { email: 'bukan-email', displayName: 'Admin Uji', password: 'pendek', role: 'UNIT_ADMIN', unitId } });
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions.problems?.map((p) => [p.field, p.reason])).toEqual([
      ['email', 'VALIDATION_IS_EMAIL'],
      ['password', 'VALIDATION_PASSWORD'],
    ]);
    const noDigit = await t.gql(CREATE, { input: { email: 'admin.uji2@semarangkota.go.id', displayName: 'Admin Uji', password: 'hanyahurufsaja', role: 'UNIT_ADMIN', unitId } });
    expect(noDigit.errors?.[0].extensions).toMatchObject({ field: 'password', reason: 'VALIDATION_PASSWORD' });
    const update = await t.gql('mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }', { id: unitAdminId, input: { version: 1, password: '1234567890' } });
    expect(update.errors?.[0].extensions).toMatchObject({ field: 'password', reason: 'VALIDATION_PASSWORD' });
  });

  it('filters by unit and by ids', async () => {
    const byUnit = await t.ok(USERS, { f: { unitId } });
    expect(byUnit.users.items.map((u: { id: string }) => u.id)).toEqual([unitAdminId]);
    const dinkes = await t.ok(USERS, { f: { unitId: otherUnitId } });
    expect(dinkes.users.items.every((u: { unit: { id: string } }) => u.unit.id === otherUnitId)).toBe(true);
    const byIds = await t.ok(USERS, { f: { ids: [unitAdminId] } });
    expect(byIds.users).toMatchObject({ total: 1, items: [{ id: unitAdminId }] });
    // Another government's account is not found by id either.
    const theirs = await t.ok(USERS, { f: { ids: [unitAdminId] } }, 'otherGov');
    expect(theirs.users.total).toBe(0);
  });

  it('sorts by name, role and last login (never-logged-in accounts last)', async () => {
    const byName = await t.ok(USERS, { s: [{ field: 'DISPLAY_NAME', order: 'DESC' }] });
    const names = byName.users.items.map((u: { displayName: string }) => u.displayName);
    expect(names[0]).toBe('Zaenal Admin BKPP');
    expect(names).toEqual([...names].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
    const byRole = await t.ok(USERS, { s: [{ field: 'ROLE', order: 'ASC' }] });
    const roles = byRole.users.items.map((u: { role: string }) => u.role);
    expect(roles).toEqual([...roles].sort());
    for (const order of ['ASC', 'DESC']) {
      const byLogin = await t.ok(USERS, { s: [{ field: 'LAST_LOGIN_AT', order }] });
      const logins = byLogin.users.items.map((u: { lastLoginAt: string | null }) => u.lastLoginAt);
      expect(logins.at(-1)).toBeNull();
      expect(logins[0]).not.toBeNull();
    }
  });

  it('exports the list with its sort', async () => {
    const res = await fetch(`${t.url}/export/list/users.csv?variables=${encodeURIComponent(JSON.stringify({ filter: { roles: ['UNIT_ADMIN'] }, sort: [{ field: 'EMAIL', order: 'DESC' }] }))}`, {
      headers: { authorization: `Bearer ${await t.token('gov')}` },
    });
    expect(res.status).toBe(200);
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^Email,Nama,Peran/);
    const emails = lines.slice(1).map((l) => l.split(',')[0]);
    expect(emails.length).toBeGreaterThan(1);
    expect(emails).toEqual([...emails].sort().reverse());
  });
});

describe('audit trail', () => {
  it('reads one entry with its changes, within the caller\'s government', async () => {
    const { updateUser } = await t.ok('mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { version } }', {
      id: unitAdminId,
      input: { version: 1, displayName: 'Zaenal Admin BKPP (ubah)' },
    });
    expect(updateUser.version).toBe(2);
    const { auditEntries } = await t.ok('query($f: AuditFilter) { auditEntries(filter: $f) { items { id action } } }', { f: { entityName: 'User', entityId: unitAdminId, actions: ['UPDATE'] } });
    const id = auditEntries.items[0].id;
    const { auditEntry } = await t.ok('query($id: ID!) { auditEntry(id: $id) { id action entityName entityId actorEmail changes } }', { id });
    expect(auditEntry).toMatchObject({ id, action: 'UPDATE', entityName: 'User', entityId: unitAdminId, actorEmail: 'bkpp@semarangkota.go.id' });
    expect(auditEntry.changes.displayName).toEqual({ before: 'Zaenal Admin BKPP', after: 'Zaenal Admin BKPP (ubah)' });
    expect(auditEntry.changes).not.toHaveProperty('passwordHash');
    for (const [as, code] of [['otherGov', 'NOT_FOUND'], ['analyst', 'FORBIDDEN']] as const) {
      const res = await t.gql('query($id: ID!) { auditEntry(id: $id) { id } }', { id }, as);
      expect(res.errors?.[0].extensions.code).toBe(code);
    }
    const bad = await t.gql('query { auditEntry(id: "not-a-uuid") { id } }');
    expect(bad.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});

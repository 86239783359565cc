// Employees through the GraphQL API against real PostgreSQL: create, validation, scoping,
// optimistic locking, audit, and the statement count of nested lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let rankIIIa: string;
let semarangPosition: { id: string; unitId: string };
let dinkesPosition: string;

const CREATE = `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) {
  id nip version displayName birthDate currentRank { rank { code } tmt } currentPosition { id title } currentUnit { name }
} }`;

function employeeInput(overrides: Record<string, unknown> = {}) {
  return {
    nip: '198609262015051001',
    asnType: 'PNS',
    fullName: 'Bambang Sutrisno',
    backTitle: 'S.Kom.',
    sex: 'MALE',
    birthDate: '1986-09-26',
    birthPlace: 'Semarang',
    nik: '3374012609860001',
    tmtCpns: '2015-05-01',
    tmtPns: '2016-05-01',
    email: 'Bambang.S@example.id',
    ...overrides,
  };
}

beforeAll(async () => {
  t = await startTestApp();
  const ranks = await t.ok<{ ranks: { id: string; code: string }[] }>('{ ranks(scheme: PNS) { id code } }');
  rankIIIa = ranks.ranks.find((r) => r.code === 'III/a')!.id;
  const pos = await t.ok('{ positions(limit: 1, filter: { kinds: [PELAKSANA] }) { items { id unit { id } } } }');
  semarangPosition = { id: pos.positions.items[0].id, unitId: pos.positions.items[0].unit.id };
  const [dinkes] = await t.sql<{ id: string }>(
    `select p.id from position p join org_unit u on u.id = p.unit_id join government g on g.id = p.government_id
      where g.code = '33.74' and u.path like (select path from org_unit where code = 'DINKES' and government_id = g.id) || '%' and p.kind = 'PELAKSANA' limit 1`,
  );
  dinkesPosition = dinkes.id;
});

afterAll(() => t.close());

describe('createEmployee', () => {
  it('creates an employee with the first rank and placement in one transaction', async () => {
    const data = await t.ok(CREATE, {
      input: employeeInput({ initialRank: { rankId: rankIIIa, tmt: '2015-05-01', decreeNumber: '813.2/001/2015' }, initialPlacement: { positionId: semarangPosition.id, startDate: '2015-05-01' } }),
    });
    const e = data.createEmployee;
    expect(e.version).toBe(1);
    expect(e.displayName).toBe('Bambang Sutrisno, S.Kom.');
    expect(e.currentRank).toEqual({ rank: { code: 'III/a' }, tmt: '2015-05-01' });
    expect(e.currentPosition.id).toBe(semarangPosition.id);

    // Audited in the same transaction: the employee, the rank and the placement.
    const audit = await t.sql<{ entity_name: string; action: string; actor_email: string }>(
      `select entity_name, action, actor_email from audit_entry where entity_id = ? or changes->'employee'->>'after' = ? order by entity_name`,
      [e.id, e.id],
    );
    expect(audit.map((a) => [a.entity_name, a.action])).toEqual([
      ['Employee', 'CREATE'],
      ['PositionHistory', 'CREATE'],
      ['RankHistory', 'CREATE'],
    ]);
    expect(audit.every((a) => a.actor_email === 'bkpp@semarangkota.go.id')).toBe(true);
  });

  it('refuses a bad NIP with BAD_USER_INPUT naming the nip field, and writes nothing', async () => {
    const before = await t.sql<{ n: string }>('select count(*) as n from employee');
    const res = await t.gql(CREATE, { input: employeeInput({ nip: '198609262015051002', birthDate: '1986-09-27' }) });
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions.field).toBe('nip');
    expect(res.errors?.[0].extensions.reason).toBe('NIP_BIRTH_DATE_MISMATCH');
    expect(res.errors?.[0].message).toContain('NIP says born 1986-09-26 but the date of birth is 1986-09-27');
    const after = await t.sql<{ n: string }>('select count(*) as n from employee');
    expect(after[0].n).toBe(before[0].n);
  });

  it('reports every NIP problem at once', async () => {
    const res = await t.gql(CREATE, { input: employeeInput({ nip: '198609262016062002' }) });
    const problems = res.errors?.[0].extensions.problems?.map((p) => p.reason);
    expect(problems).toEqual(['NIP_SEX_MISMATCH', 'NIP_TMT_CPNS_MISMATCH']);
  });

  it('refuses a malformed NIP at the input layer with the field named', async () => {
    const res = await t.gql(CREATE, { input: employeeInput({ nip: '12345' }) });
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions.field).toBe('nip');
    expect(res.errors?.[0].message).toMatch(/nip: .*18 digits/);
  });

  it('refuses a duplicate NIP in the same government', async () => {
    const res = await t.gql(CREATE, { input: employeeInput() });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nip', reason: 'DUPLICATE' });
  });

  it('rolls back the employee when the placement is refused', async () => {
    const [other] = await t.sql<{ id: string }>(`select p.id from position p join government g on g.id = p.government_id where g.code = '12.76' limit 1`);
    const res = await t.gql(CREATE, { input: employeeInput({ nip: '199001012020011001', birthDate: '1990-01-01', tmtCpns: '2020-01-01', tmtPns: null, initialPlacement: { positionId: other.id, startDate: '2020-01-01' } }) });
    expect(res.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(res.errors?.[0].extensions.field).toBe('initialPlacement.positionId');
    const rows = await t.sql(`select 1 from employee where nip = '199001012020011001'`);
    expect(rows).toHaveLength(0);
  });
});

describe('updateEmployee', () => {
  it('applies an update with the current version and refuses a stale one with CONFLICT', async () => {
    const created = await t.ok(CREATE, { input: employeeInput({ nip: '199203152018032001', sex: 'FEMALE', birthDate: '1992-03-15', tmtCpns: '2018-03-01', tmtPns: '2019-03-01', fullName: 'Sri Wahyuni', nik: null, email: null }) });
    const id = created.createEmployee.id;
    const UPDATE = 'mutation($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { id version phone } }';
    const first = await t.ok(UPDATE, { id, input: { version: 1, phone: '081234567890' } });
    expect(first.updateEmployee.version).toBe(2);
    const stale = await t.gql(UPDATE, { id, input: { version: 1, phone: '081200000000' } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const [row] = await t.sql<{ phone: string; version: number }>('select phone, version from employee where id = ?', [id]);
    expect(row).toEqual({ phone: '081234567890', version: 2 });
    const audit = await t.sql<{ changes: Record<string, unknown> }>(`select changes from audit_entry where entity_id = ? and action = 'UPDATE'`, [id]);
    expect(audit).toEqual([{ changes: { phone: { before: null, after: '081234567890' } } }]);
  });

  it('re-checks the NIP against a changed birth date', async () => {
    const [e] = await t.sql<{ id: string; version: number }>(`select id, version from employee where nip = '198609262015051001'`);
    const res = await t.gql('mutation($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { id } }', { id: e.id, input: { version: e.version, birthDate: '1986-09-25' } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nip', reason: 'NIP_BIRTH_DATE_MISMATCH' });
  });
});

describe('roles and scope', () => {
  it('needs a login', async () => {
    const res = await t.gql('{ employees { total } }', {}, 'anonymous');
    expect(res.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('shows a unit admin only employees placed in their unit', async () => {
    const all = await t.ok('{ employees(limit: 500) { total items { id currentUnit { path: id } } } }', {}, 'gov');
    const unit = await t.ok('{ employees(limit: 500) { total items { id } } }', {}, 'unit');
    expect(unit.employees.total).toBeGreaterThan(0);
    expect(unit.employees.total).toBeLessThan(all.employees.total);
    const [{ n }] = await t.sql<{ n: string }>(
      `select count(distinct ph.employee_id) as n from position_history ph join org_unit u on u.id = ph.unit_id
        where u.path like (select path from org_unit ou join government g on g.id = ou.government_id where ou.code = 'DINKES' and g.code = '33.74') || '%'
          and ph.start_date <= current_date and (ph.end_date is null or ph.end_date >= current_date)`,
    );
    expect(unit.employees.total).toBe(Number(n));
  });

  it('answers NOT_FOUND when a unit admin asks for an employee outside their unit', async () => {
    const [outside] = await t.sql<{ id: string }>(`select id from employee where nip = '198609262015051001'`);
    const res = await t.gql('query($id: ID!) { employee(id: $id) { id } }', { id: outside.id }, 'unit');
    expect(res.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('lets a unit admin create an employee only into their unit', async () => {
    const input = employeeInput({ nip: '199505052020121001', birthDate: '1995-05-05', tmtCpns: '2020-12-01', tmtPns: null, nik: null, email: null });
    const outside = await t.gql(CREATE, { input: { ...input, initialPlacement: { positionId: semarangPosition.id, startDate: '2020-12-01' } } }, 'unit');
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'initialPlacement.positionId' });
    const missing = await t.gql(CREATE, { input }, 'unit');
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'initialPlacement.positionId' });
    const inside = await t.gql(CREATE, { input: { ...input, initialPlacement: { positionId: dinkesPosition, startDate: '2020-12-01' } } }, 'unit');
    expect(inside.errors).toBeUndefined();
  });

  it('keeps governments apart', async () => {
    const other = await t.ok('{ employees(limit: 1) { total items { government { code } } } }', {}, 'otherGov');
    expect(other.employees.items[0].government.code).toBe('12.76');
    const [semarang] = await t.sql<{ id: string }>(`select e.id from employee e join government g on g.id = e.government_id where g.code = '33.74' limit 1`);
    const res = await t.gql('query($id: ID!) { employee(id: $id) { id } }', { id: semarang.id }, 'otherGov');
    expect(res.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('masks personal data for analysts and refuses their writes', async () => {
    const q = '{ employees(limit: 5, filter: { q: "1986092620150510" }) { items { nip nik birthDate address email age ageBand } } }';
    const admin = await t.ok(q, {}, 'gov');
    const analyst = await t.ok(q, {}, 'analyst');
    expect(admin.employees.items[0]).toMatchObject({ nik: '3374012609860001', birthDate: '1986-09-26', email: 'bambang.s@example.id' });
    // The age and the NIP's first eight digits give the birth date away: an age band and a masked NIP.
    expect(analyst.employees.items[0]).toMatchObject({ nip: '********2015051001', nik: '3374**********01', birthDate: null, address: null, email: 'b***@example.id', age: null, ageBand: '40-44' });
    const res = await t.gql(CREATE, { input: employeeInput({ nip: '199001012020011001' }) }, 'analyst');
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('shows an employee account only its own record, in full', async () => {
    const res = await t.ok('{ employees(limit: 10) { total items { id nik } } me { employee { id } } }', {}, 'employee');
    expect(res.employees.total).toBe(1);
    expect(res.employees.items[0].id).toBe(res.me.employee.id);
    expect(res.employees.items[0].nik).toMatch(/^\d{16}$/);
  });
});

describe('lists', () => {
  it('filters, sorts and paginates with a total', async () => {
    const q = `query($f: EmployeeFilter, $o: Int) { employees(filter: $f, limit: 10, offset: $o, sort: [{ field: BIRTH_DATE, order: ASC }]) { total items { id } } }`;
    const page1 = await t.ok(q, { f: { asnTypes: ['PNS'], age: { min: 30, max: 50 } }, o: 0 });
    const page2 = await t.ok(q, { f: { asnTypes: ['PNS'], age: { min: 30, max: 50 } }, o: 10 });
    expect(page1.employees.total).toBe(page2.employees.total);
    expect(page1.employees.items).toHaveLength(10);
    expect(new Set([...page1.employees.items, ...page2.employees.items].map((i: { id: string }) => i.id)).size).toBe(20);
    const [{ n }] = await t.sql<{ n: string }>(
      `select count(*) as n from employee e join government g on g.id = e.government_id where g.code = '33.74' and asn_type = 'PNS'
        and birth_date <= current_date - interval '30 years' and birth_date > current_date - interval '51 years'`,
    );
    expect(page1.employees.total).toBe(Number(n));
  });

  it('refuses an inverted range naming the field', async () => {
    const res = await t.gql('{ employees(filter: { age: { min: 50, max: 30 } }) { total } }');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'age', reason: 'RANGE_INVERTED' });
  });

  it('refuses a page larger than the maximum', async () => {
    const res = await t.gql('{ employees(limit: 100000) { total } }');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  });

  it('issues the same number of SQL statements for 5 and for 50 employees in a nested query', async () => {
    // Placed employees only, so every nested relation has rows in both cases.
    const q = `query($n: Int!) { employees(limit: $n, filter: { placed: true }) { total items {
      id nip displayName government { name }
      currentRank { tmt rank { code } }
      currentPosition { title unit { name government { code } } }
      currentUnit { name }
      highestEducation { level { code } }
      rankHistory { tmt rank { code } }
      positionHistory { startDate position { title } }
    } } }`;
    const five = await t.gql(q, { n: 5 });
    const fifty = await t.gql(q, { n: 50 });
    expect(five.errors).toBeUndefined();
    expect(fifty.data.employees.items).toHaveLength(50);
    expect(five.extensions?.sqlStatements).toBeGreaterThan(3);
    expect(fifty.extensions?.sqlStatements).toBe(five.extensions?.sqlStatements);
  });
});

// What each role sees of an employee, on every path that leads to one (UU PDP 27/2022). The test
// walks the schema for every field returning an Employee, reaches each through real data as every
// role, and checks every Employee object of every answer against the rule, computed here from the
// database independently of the server's implementation.
import { getNamedType, isEnumType, isNonNullType, isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../src/schema.ts';
import { EMPLOYEE_FIELDS, EmployeeView } from '../src/modules/employee/employee.access.ts';
import { maskDigits, maskEmail, maskNip } from '../src/modules/employee/employee.rules.ts';
import { COST_ROLES } from '../src/config.ts';
import { DEMO_USERS } from '../src/db/seeders/index.ts';
import { startTestApp, type As, type TestApp } from './helpers.ts';

let t: TestApp;
let schema: GraphQLSchema;
const ROLES: Exclude<As, 'anonymous'>[] = ['super', 'gov', 'unit', 'analyst', 'employee', 'otherGov'];
const EMAIL: Record<string, string> = {
  super: DEMO_USERS[0].email,
  gov: 'bkpp@semarangkota.go.id',
  unit: 'dinkes@semarangkota.go.id',
  analyst: 'analis@semarangkota.go.id',
  employee: 'pegawai@semarangkota.go.id',
  otherGov: 'bkpsdm@tebingtinggikota.go.id',
};

interface Viewer {
  role: string;
  governmentId: string | null;
  unitPath: string | null;
  employeeId: string | null;
}
const viewers = new Map<string, Viewer>();

interface Row {
  id: string;
  government_id: string;
  nip: string;
  nik: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  birth_date: string;
  birth_place: string | null;
  paths: string[];
}
const rows = new Map<string, Row>();

async function employeeRow(id: string): Promise<Row> {
  let r = rows.get(id);
  if (!r) {
    const [found] = await t.sql<Row>(
      `select e.id, e.government_id, e.nip, e.nik, e.phone, e.email, e.address, e.birth_date::text as birth_date, e.birth_place,
              coalesce(array(select u.path from position_history ph join org_unit u on u.id = ph.unit_id
                              where ph.employee_id = e.id and ph.start_date <= current_date and (ph.end_date is null or ph.end_date >= current_date)), '{}') as paths
         from employee e where e.id = ?`,
      [id],
    );
    r = found;
    rows.set(id, r);
  }
  return r;
}

/** The rule, restated from the README's security section. */
function expectedView(as: string, e: Row): EmployeeView {
  const v = viewers.get(as)!;
  if (v.role === 'SUPER_ADMIN') return EmployeeView.FULL;
  if (v.governmentId && v.governmentId !== e.government_id) return EmployeeView.DIRECTORY;
  if (v.role === 'GOV_ADMIN') return EmployeeView.FULL;
  if (v.role === 'UNIT_ADMIN') return e.paths.some((p) => p.startsWith(v.unitPath!)) ? EmployeeView.FULL : EmployeeView.DIRECTORY;
  if (v.role === 'EMPLOYEE') return v.employeeId === e.id ? EmployeeView.FULL : EmployeeView.DIRECTORY;
  return EmployeeView.MASKED;
}

/** Every field of Employee, composite ones probed with __typename. */
function employeeSelection(): string {
  const type = schema.getType('Employee') as GraphQLObjectType;
  return Object.values(type.getFields())
    .map((f) => (isObjectType(getNamedType(f.type)) ? `${f.name} { __typename }` : f.name))
    .join(' ');
}

/** Paths (shortest first) from Query to every field returning an Employee, passing through at most one Employee. */
function employeePaths(): { key: string; path: GraphQLField<unknown, unknown>[] }[] {
  const found = new Map<string, GraphQLField<unknown, unknown>[]>();
  const visited = new Set<string>();
  const queue: { type: GraphQLObjectType; path: GraphQLField<unknown, unknown>[]; throughEmployee: number }[] = [{ type: schema.getQueryType()!, path: [], throughEmployee: 0 }];
  while (queue.length) {
    const { type, path, throughEmployee } = queue.shift()!;
    if (path.length > 6) continue;
    for (const f of Object.values(type.getFields())) {
      const target = getNamedType(f.type);
      if (!isObjectType(target)) continue;
      const key = `${type.name}.${f.name}`;
      const next = [...path, f];
      if (target.name === 'Employee') {
        if (!found.has(key)) found.set(key, next);
        if (throughEmployee < 1) queue.push({ type: target, path: next, throughEmployee: 1 });
        continue;
      }
      if (visited.has(key) || next.filter((x) => getNamedType(x.type).name === target.name).length > 1) continue;
      visited.add(key);
      queue.push({ type: target, path: next, throughEmployee });
    }
  }
  return [...found].map(([key, path]) => ({ key, path }));
}

/** Values for the required arguments of the paths, per role (ids the role can reach). */
let args: (as: string) => Record<string, Record<string, unknown>>;

function queryOf(path: GraphQLField<unknown, unknown>[], as: string): string | null {
  const given = args(as);
  let inner = `{ __typename ${employeeSelection()} }`;
  for (let i = path.length - 1; i >= 0; i--) {
    const f = path[i];
    const values: string[] = [];
    for (const a of f.args) {
      const v = given[f.name]?.[a.name];
      if (v !== undefined) values.push(`${a.name}: ${isEnumType(getNamedType(a.type)) ? String(v) : JSON.stringify(v)}`);
      else if (a.name === 'limit') values.push('limit: 5');
      else if (isNonNullType(a.type) && a.defaultValue === undefined) return null;
    }
    // An Employee on the way (employee(id).coachingPlans.mentor) is checked like the last one.
    const here = i > 0 && getNamedType(path[i - 1].type).name === 'Employee' ? employeeSelection() : '';
    inner = `{ __typename ${here} ${f.name}${values.length ? `(${values.join(', ')})` : ''} ${inner} }`;
  }
  return inner;
}

/** Every Employee object in an answer (found by __typename). */
function employeesIn(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const v of value) employeesIn(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.__typename === 'Employee') out.push(o);
    for (const v of Object.values(o)) employeesIn(v, out);
  }
  return out;
}

beforeAll(async () => {
  // Every field of every employee on every path, as one request each: far over the panel's cost
  // limits, which are not what this test is about.
  const unlimited = Object.fromEntries(COST_ROLES.map((r) => [`COST_LIMIT_${r}`, '100000000']));
  t = await startTestApp(unlimited);
  schema = await createSchema();
  for (const [as, email] of Object.entries(EMAIL)) {
    const [u] = await t.sql<{ role: string; government_id: string | null; path: string | null; employee_id: string | null }>(
      'select u.role, u.government_id, ou.path, u.employee_id from app_user u left join org_unit ou on ou.id = u.unit_id where u.email = ?',
      [email],
    );
    viewers.set(as, { role: u.role, governmentId: u.government_id, unitPath: u.path, employeeId: u.employee_id });
  }
  const unit = viewers.get('unit')!;
  const inUnit = `exists (select 1 from position_history ph join org_unit u on u.id = ph.unit_id where ph.employee_id = %s and ph.start_date <= current_date and (ph.end_date is null or ph.end_date >= current_date) and u.path like '${unit.unitPath}%%')`;
  const within = (col: string) => inUnit.replace('%s', col).replace('%%', '%');
  // A plan and an evaluation of someone in the unit admin's unit whose evaluator is outside it.
  const [plan] = await t.sql<{ id: string; employee_id: string }>(`select p.id, p.employee_id from performance_plan p where ${within('p.employee_id')} and not ${within('p.evaluator_id')} limit 1`);
  const [evaluation] = await t.sql<{ id: string }>(`select v.id from performance_evaluation v where ${within('v.employee_id')} and not ${within('v.evaluator_id')} limit 1`);
  const [assessment] = await t.sql<{ id: string }>(`select a.id from assessment a where ${within('a.employee_id')} limit 1`);
  const [position] = await t.sql<{ id: string }>(`select p.id from position p join org_unit u on u.id = p.unit_id where u.path like '${unit.unitPath}%' and p.kind = 'PENGAWAS' limit 1`);
  const [rated] = await t.sql<{ employee_id: string; year: number; period: string }>(`select r.ratee_id as employee_id, r.year, r.period from rating360_assignment r where ${within('r.ratee_id')} limit 1`);
  const self = viewers.get('employee')!.employeeId!;
  const target = plan?.employee_id ?? self;
  expect(plan, 'the demo data has a plan evaluated from outside the unit').toBeDefined();
  expect(evaluation).toBeDefined();
  args = (as) => {
    const who = as === 'employee' ? self : target;
    return {
      employee: { id: who },
      jobPersonMatch: { employeeId: who },
      rankPromotionEligibility: { employeeId: who },
      talentPlacement: { employeeId: who },
      behaviour360Result: { employeeId: rated?.employee_id ?? who, period: rated?.period ?? 'ANNUAL', year: rated?.year ?? 2025 },
      assessment: { id: assessment?.id },
      performanceEvaluation: { id: evaluation.id },
      performancePlan: { id: plan.id },
      pendingFollowUps: { unitId: viewers.get('unit')!.unitPath!.split('/').filter(Boolean).at(-1), year: 2025 },
      positionCandidates: { positionId: position.id },
    };
  };
});
afterAll(async () => {
  await t?.close();
});

describe('what each role sees of an employee', () => {
  it('lists every field of Employee in the rule, and every field below the directory card is nullable', () => {
    const type = schema.getType('Employee') as GraphQLObjectType;
    for (const f of Object.values(type.getFields())) {
      const rule = EMPLOYEE_FIELDS[f.name];
      expect(rule, `Employee.${f.name} has no entry in EMPLOYEE_FIELDS`).toBeDefined();
      if (rule.min > EmployeeView.DIRECTORY) expect(isNonNullType(f.type), `Employee.${f.name} must be nullable (hidden below ${EmployeeView[rule.min]})`).toBe(false);
    }
    expect(Object.keys(EMPLOYEE_FIELDS).sort()).toEqual(Object.keys(type.getFields()).sort());
  });

  it('answers every path to an employee, as every role, with only what the rule allows', async () => {
    const paths = employeePaths();
    expect(paths.length).toBeGreaterThan(25);
    const seen = { [EmployeeView.DIRECTORY]: new Set<string>(), [EmployeeView.MASKED]: new Set<string>(), [EmployeeView.FULL]: new Set<string>() };
    const reached = new Set<string>();
    for (const { key, path } of paths) {
      for (const as of ROLES) {
        const query = queryOf(path, as);
        expect(query, `no arguments known for ${key} (${path.map((f) => f.name).join('.')}): add them to args()`).not.toBeNull();
        const res = await t.gql(query!, {}, as);
        for (const err of res.errors ?? []) {
          expect(['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT'], `${key} as ${as}: ${err.message}`).toContain(err.extensions.code);
        }
        for (const o of employeesIn(res.data)) {
          reached.add(key);
          const row = await employeeRow(o.id as string);
          const view = expectedView(as, row);
          seen[view].add(`${as}:${key}`);
          const where = `${key} as ${as}, employee ${row.id} (${EmployeeView[view]})`;
          for (const [field, rule] of Object.entries(EMPLOYEE_FIELDS)) {
            if (view < rule.min) expect(o[field], `${where}: ${field} must be hidden`).toBeNull();
          }
          if (view >= EmployeeView.MASKED) expect(o.rankHistory, `${where}: rankHistory visible`).not.toBeNull();
          const raw = { nip: row.nip, nik: row.nik, phone: row.phone, email: row.email, birthDate: row.birth_date, address: row.address, birthPlace: row.birth_place };
          if (view === EmployeeView.FULL) {
            for (const [field, value] of Object.entries(raw)) expect(o[field], `${where}: ${field} in full`).toBe(value ?? null);
          } else {
            expect(o.nip, where).toBe(maskNip(row.nip));
            expect(o.nip).not.toContain(row.nip.slice(0, 8));
            if (view === EmployeeView.MASKED) {
              expect(o.nik, where).toBe(row.nik ? maskDigits(row.nik, 4, 2) : null);
              expect(o.email, where).toBe(row.email ? maskEmail(row.email) : null);
              expect(o.ageBand, where).toMatch(/^\d+-\d+$/);
            }
          }
        }
      }
    }
    // Every relation is exercised with data, and the three views each occur.
    const unreached = paths.map((p) => p.key).filter((k) => !reached.has(k));
    expect(unreached.length, `paths that returned no employee for any role: ${unreached.join(', ')}`).toBeLessThanOrEqual(4);
    expect(seen[EmployeeView.DIRECTORY].has('unit:PerformancePlan.evaluator')).toBe(true);
    expect(seen[EmployeeView.DIRECTORY].has('employee:Rating360Assignment.ratee') || seen[EmployeeView.DIRECTORY].has('employee:PerformancePlan.evaluator')).toBe(true);
    expect(seen[EmployeeView.MASKED].size).toBeGreaterThan(10);
    expect(seen[EmployeeView.FULL].size).toBeGreaterThan(10);
  });
});

describe('the holes of the review stay closed', () => {
  it('gives a unit admin no personal data or HR record of an evaluator outside their unit', async () => {
    const { performancePlan: plan } = args('unit');
    const res = await t.gql(
      `query($id: ID!) { performancePlan(id: $id) { evaluator { id displayName nik birthDate address phone email sanctions { id } annualEvaluations { id } } } }`,
      { id: plan.id },
      'unit',
    );
    expect(res.errors).toBeUndefined();
    const ev = res.data.performancePlan.evaluator;
    expect(ev.displayName).toBeTruthy();
    expect([ev.nik, ev.birthDate, ev.address, ev.phone, ev.email, ev.sanctions, ev.annualEvaluations]).toEqual([null, null, null, null, null, null, null]);
    const direct = await t.gql(`query($id: ID!) { employee(id: $id) { id } }`, { id: ev.id }, 'unit');
    expect(direct.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it("gives an employee no colleague's HR record through 360 assignments or an evaluator chain", async () => {
    const res = await t.gql(
      `{ my360Assignments { ratee { id annualEvaluations { predikat } coachingPlans { id } educationHistory { id } } }
         me { employee { annualEvaluations { evaluator { id annualEvaluations { predikat evaluator { id } } } } } } }`,
      {},
      'employee',
    );
    expect(res.errors).toBeUndefined();
    const self = viewers.get('employee')!.employeeId;
    for (const a of res.data.my360Assignments) {
      if (a.ratee.id === self) continue;
      expect([a.ratee.annualEvaluations, a.ratee.coachingPlans, a.ratee.educationHistory]).toEqual([null, null, null]);
    }
    for (const ev of res.data.me.employee.annualEvaluations ?? []) {
      if (ev.evaluator && ev.evaluator.id !== self) expect(ev.evaluator.annualEvaluations).toBeNull();
    }
  });

  it("keeps an analyst from an employee's birth date: NIP, age, retirement date, filters and sorts", async () => {
    const id = args('analyst').employee.id as string;
    const row = await employeeRow(id);
    const res = await t.gql(`query($id: ID!) { employee(id: $id) { nip age ageBand birthDate retirement { retirementDate retirementYear reasons } } }`, { id }, 'analyst');
    expect(res.errors).toBeUndefined();
    const e = res.data.employee;
    expect(e.nip.startsWith('********')).toBe(true);
    expect(e.age).toBeNull();
    expect(e.birthDate).toBeNull();
    expect(e.ageBand).toMatch(/^\d+-\d+$/);
    expect(e.retirement.retirementDate).toBeNull();
    expect(e.retirement.retirementYear).toBeGreaterThan(2025);
    expect(JSON.stringify(e.retirement.reasons)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // The bisection of the review: a birth-date range on one id.
    const bisect = await t.gql(`query($id: ID!) { employees(filter: { ids: [$id], birthDate: { from: "1980-01-01" } }) { total } }`, { id }, 'analyst');
    expect(bisect.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'birthDate', reason: 'MASKED_FIELD' });
    const sorted = await t.gql(`{ employees(sort: [{ field: BIRTH_DATE }]) { total } }`, {}, 'analyst');
    expect(sorted.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sort' });
    const byAge = await t.gql(`{ employees(filter: { age: { min: 41, max: 41 } }) { total } }`, {}, 'analyst');
    expect(byAge.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'age', reason: 'MASKED_AGE_BAND' });
    const band = await t.gql(`{ employees(filter: { age: { min: 40, max: 44 } }) { total } }`, {}, 'analyst');
    expect(band.errors).toBeUndefined();
    const days = await t.gql(`{ retirements(from: "2027-03-01", to: "2027-03-31") { total } }`, {}, 'analyst');
    expect(days.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from', reason: 'MASKED_YEARS_ONLY' });
    const years = await t.gql(`{ retirements(from: "2027-01-01", to: "2028-12-31") { items { retirementDate retirementYear employee { age } } } }`, {}, 'analyst');
    expect(years.errors).toBeUndefined();
    for (const r of years.data.retirements.items) expect([r.retirementDate, r.employee.age]).toEqual([null, null]);
    const duk = await t.gql(`{ duk(limit: 5) { items { birthDate age } } }`, {}, 'analyst');
    for (const r of duk.data.duk.items) expect([r.birthDate, r.age]).toEqual([null, null]);
    const candidates = await t.gql(`query($p: ID!) { positionCandidates(positionId: $p, asOf: "2026-01-15") { total } }`, { p: args('analyst').positionCandidates.positionId }, 'analyst');
    expect(candidates.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
    // The exported list agrees with the API.
    const csv = await fetch(`${t.url}/export/list/employees.csv?variables=${encodeURIComponent(JSON.stringify({ filter: { ids: [id] } }))}`, { headers: { authorization: `Bearer ${await t.token('analyst')}` } });
    const text = await csv.text();
    expect(text).not.toContain(row.nip);
    expect(text).not.toContain(row.birth_date);
    // An administrator still sees it all.
    const gov = await t.ok<{ employee: { nip: string; birthDate: string; age: number; retirement: { retirementDate: string } } }>(`query($id: ID!) { employee(id: $id) { nip birthDate age retirement { retirementDate } } }`, { id }, 'gov');
    expect(gov.employee.nip).toBe(row.nip);
    expect(gov.employee.birthDate).toBe(row.birth_date);
    expect(gov.employee.retirement.retirementDate).toMatch(/^\d{4}-\d{2}-01$/);
  });
});

// CSV export of any list from the server: the list's own query, page by page, with the caller's
// token (same filters, scoping and authorization as the API), streamed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { startTestApp, type As, type TestApp } from './helpers.ts';

let t: TestApp;

async function download(name: string, variables?: unknown, as: As = 'gov', lang = 'id'): Promise<{ status: number; rows: string[][]; body: string }> {
  const qs = variables === undefined ? '' : `?variables=${encodeURIComponent(JSON.stringify(variables))}`;
  const headers: Record<string, string> = { 'accept-language': lang };
  if (as !== 'anonymous') headers.authorization = `Bearer ${await t.token(as)}`;
  const res = await fetch(`${t.url}/export/list/${name}.csv${qs}`, { headers });
  const body = await res.text();
  const rows = res.headers.get('content-type')?.includes('text/csv') ? Papa.parse<string[]>(body.replace(/^\uFEFF/, '').trim()).data : [];
  return { status: res.status, rows, body };
}

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('list export', () => {
  it('exports every employee the filter matches, beyond one page, with localized headers', async () => {
    const { employees } = await t.ok('{ employees(limit: 1) { total } }');
    const all = await download('employees');
    expect(all.status).toBe(200);
    expect(all.rows[0].slice(0, 3)).toEqual(['NIP', 'Nama', 'Jenis ASN']);
    expect(all.rows).toHaveLength(employees.total + 1);
    const en = await download('employees', {}, 'gov', 'en');
    expect(en.rows[0].slice(0, 3)).toEqual(['NIP', 'Name', 'ASN type']);
  });

  it('applies the filter and sort of the list', async () => {
    const filter = { asnTypes: ['PPPK'] };
    const { employees } = await t.ok('query($f: EmployeeFilter) { employees(filter: $f, limit: 500, sort: [{ field: FULL_NAME }]) { total items { nip } } }', { f: filter });
    const csv = await download('employees', { filter, sort: [{ field: 'FULL_NAME', order: 'ASC' }] });
    expect(csv.rows.slice(1).map((r) => r[0])).toEqual(employees.items.map((e: { nip: string }) => e.nip));
    expect(csv.rows.slice(1).every((r) => r[2] === 'PPPK')).toBe(true);
  });

  it('pages through long lists (more units than one page)', async () => {
    const { orgUnits } = await t.ok('{ orgUnits(limit: 1) { total } }', {}, 'super');
    expect(orgUnits.total).toBeGreaterThan(500);
    const csv = await download('units', {}, 'super');
    expect(csv.rows).toHaveLength(orgUnits.total + 1);
    expect(new Set(csv.rows.slice(1).map((r) => `${r[0]}|${r[6]}`)).size).toBe(orgUnits.total);
  });

  it('keeps the role\'s scope: a unit admin exports only their unit', async () => {
    const { employees } = await t.ok('{ employees(limit: 1) { total } }', {}, 'unit');
    const csv = await download('employees', {}, 'unit');
    expect(csv.rows).toHaveLength(employees.total + 1);
    const { employees: all } = await t.ok('{ employees(limit: 1) { total } }');
    expect(employees.total).toBeLessThan(all.total);
  });

  it('treats an explicit null filter as no filter (API and export)', async () => {
    const { orgUnits } = await t.ok('{ orgUnits(filter: null, limit: 1) { total } }', {}, 'super');
    expect(orgUnits.total).toBeGreaterThan(500);
    expect((await download('units', { filter: null }, 'super')).rows).toHaveLength(orgUnits.total + 1);
  });

  it('answers bad requests with the API\'s errors', async () => {
    expect((await download('employees', {}, 'anonymous')).status).toBe(401);
    expect((await download('nothing')).status).toBe(404);
    const badFilter = await download('employees', { filter: { asnTypes: ['X'] } });
    expect(badFilter.status).toBe(400);
    expect(JSON.parse(badFilter.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const badJson = await fetch(`${t.url}/export/list/employees.csv?variables=%7Bnope`, { headers: { authorization: `Bearer ${await t.token('gov')}` } });
    expect(badJson.status).toBe(400);
    expect(((await badJson.json()) as { errors: { extensions: { field: string } }[] }).errors[0].extensions.field).toBe('variables');
    // Feedback carries senders' contacts: the analyst may not export it, as the API refuses the list.
    const analyst = await download('feedback', {}, 'analyst');
    expect(analyst.status).toBe(403);
  });
});

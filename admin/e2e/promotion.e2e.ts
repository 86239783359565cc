// Promotion, succession and the seniority list in the panel (issues 4 and 6), in headless Chromium
// against the real server: why an employee is or is not eligible for the next rank, the ranked
// candidates of a position and their requirements, the DUK and its CSV download, and the
// qualifications and history forms with the server's errors next to the fields.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, baseUrl, launch, login, newPage, shot } from './browser';

const ADMIN = 'bkpp@semarangkota.go.id';
let browser: Browser;
let token: string;

/** GraphQL as the government admin, to pick the records the tests open. */
async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0].message);
  return body.data;
}

beforeAll(async () => {
  browser = await launch();
  const { login: session } = await api<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: ADMIN, p: DEMO_PASSWORD });
  token = session.token;
});
afterAll(async () => {
  await browser?.close();
});

/** The react-admin input box (label, input, helper/error text) holding the input `name`. */
const fieldBox = (page: Page, name: string) => page.getByRole('dialog').locator('.MuiFormControl-root', { has: page.locator(`input[name="${name}"]`) });

interface EmployeeRow {
  id: string;
  qualifications: { kind: string }[];
  rankHistory: { tmt: string }[];
  rankPromotion: { route: string };
}

async function pnsEmployees(): Promise<EmployeeRow[]> {
  const { employees } = await api<{ employees: { items: EmployeeRow[] } }>(
    '{ employees(limit: 40, filter: { asnTypes: [PNS] }) { items { id qualifications { kind } rankHistory { tmt } rankPromotion { route } } } }',
  );
  return employees.items;
}

describe('rank promotion on the employee page', () => {
  it('answers eligible or not, and lists every condition with the values compared and the legal basis', async () => {
    const employee = (await pnsEmployees()).find((e) => e.rankPromotion.route === 'REGULAR')!;
    const page = await newPage(browser);
    await login(page, ADMIN);
    await page.goto(`${baseUrl()}/#/employees/${employee.id}/show`);
    await page.getByRole('tab', { name: 'Kenaikan pangkat' }).click();
    await expect.poll(() => page.getByTestId('promotion-verdict').innerText()).toMatch(/^(Memenuhi|Belum memenuhi) syarat kenaikan pangkat$/);
    await page.getByRole('columnheader', { name: 'Nilai pegawai' }).waitFor();
    await page.getByRole('columnheader', { name: 'Yang disyaratkan' }).waitFor();
    const years = page.locator('[data-condition="YEARS_IN_RANK"]');
    await years.waitFor();
    expect(await years.innerText()).toContain('Paling singkat 4 tahun dalam pangkat');
    expect(await years.innerText()).toContain('PP 99/2000');
    await page.locator('[data-condition="DIPLOMA_CEILING"]').getByText('PP 99/2000 pasal 18').waitFor();
    await page.getByText('Batas usia pensiun').first().waitFor();
    await page.getByText('UU 20/2023 tentang ASN pasal 55').waitFor();
    await shot(page, '30-employee-rank-promotion');

    // Asked for a date ten years on, the answer is computed for that date.
    const later = `${new Date().getFullYear() + 10}-01-01`;
    await page.getByTestId('promotion-as-of').fill(later);
    await page.getByText(`Per tanggal: 1 Januari ${new Date().getFullYear() + 10}`).waitFor();
    await page.context().close();
  });
});

describe('candidates of a position', () => {
  it('ranks the qualified candidates by merit score, explains each one, and lists those failing a requirement', async () => {
    const { positions } = await api<{ positions: { items: { id: string }[] } }>('{ positions(limit: 10, filter: { kinds: [ADMINISTRATOR, PENGAWAS] }) { items { id } } }');
    let positionId = '';
    for (const p of positions.items) {
      const { positionCandidates } = await api<{ positionCandidates: { qualifiedTotal: number; notQualifiedTotal: number } }>(
        'query($id: ID!) { positionCandidates(positionId: $id, limit: 1) { qualifiedTotal notQualifiedTotal } }',
        { id: p.id },
      );
      if (positionCandidates.qualifiedTotal > 0 && positionCandidates.notQualifiedTotal > 0) {
        positionId = p.id;
        break;
      }
    }
    expect(positionId).not.toBe('');

    const page = await newPage(browser);
    await login(page, ADMIN);
    await page.goto(`${baseUrl()}/#/positions/${positionId}/show`);
    await page.getByText('Formasi dan pemangku').waitFor();
    await page.getByRole('tab', { name: 'Kandidat' }).click();
    const first = page.getByTestId('candidate-row').first();
    await first.waitFor();
    expect(await first.locator('td').nth(1).innerText()).toBe('1');
    expect(await first.innerText()).toMatch(/\b\d{18}\b/);
    await page.getByTestId('score-formula').getByText('JPM').waitFor();

    await first.getByRole('button', { name: 'Lihat syarat dan skor' }).click();
    await page.getByRole('heading', { name: 'Syarat jabatan' }).waitFor();
    await page.getByRole('heading', { name: 'Unsur skor' }).waitFor();
    const requirement = page.locator('[data-condition="EDUCATION"]').first();
    await requirement.waitFor();
    expect(await requirement.innerText()).toContain('Pendidikan paling rendah');
    expect(await requirement.innerText()).toContain('PP 11/2017');
    await shot(page, '31-position-candidates');

    await page.getByRole('button', { name: /^Belum memenuhi syarat/ }).click();
    await page.getByRole('columnheader', { name: 'Syarat yang belum terpenuhi' }).waitFor();
    await page.getByTestId('candidate-row').first().locator('.MuiChip-colorError').first().waitFor();
    await shot(page, '32-position-candidates-not-qualified');
    await page.context().close();
  });
});

describe('DUK', () => {
  it('lists the seniority order of the government and downloads all of it as CSV', async () => {
    const page = await newPage(browser);
    await login(page, ADMIN);
    await page.getByRole('menuitem', { name: 'DUK' }).click();
    await expect.poll(() => page.locator('#react-admin-title').innerText()).toBe('Daftar Urut Kepangkatan');
    const firstRow = page.locator('table tbody tr').first();
    await firstRow.waitFor();
    expect(await firstRow.locator('td').first().innerText()).toBe('1');
    const total = Number((await page.getByText(/^\d+ pegawai/).innerText()).match(/^(\d+)/)![1]);
    expect(total).toBeGreaterThan(100);
    await shot(page, '33-duk');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^DUK-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^No,NIP,Nama,Pangkat/);
    // Every PNS of the list, not only the page shown.
    expect(lines.length - 1).toBe(total);
    expect(lines[1]).toMatch(/^1,\d{18},/);
    await page.context().close();
  });
});

describe('qualifications and history forms', () => {
  it('shows the server refusing a future date next to the date field, then saves the fixed qualification', async () => {
    const employee = (await pnsEmployees()).find((e) => !e.qualifications.some((q) => q.kind === 'UKPPI'))!;
    const page = await newPage(browser);
    await login(page, ADMIN);
    await page.goto(`${baseUrl()}/#/employees/${employee.id}/show`);
    await page.getByRole('tab', { name: 'Kualifikasi & disiplin' }).click();
    await page.getByRole('heading', { name: 'Ujian dinas, UKPPI dan pelatihan kepemimpinan' }).waitFor();
    await page.getByRole('button', { name: 'Tambah' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Jenis' }).click();
    await page.getByRole('option', { name: /^UKPPI/ }).click();
    await dialog.locator('input[name="passedOn"]').fill(`${new Date().getFullYear() + 1}-06-01`);
    await dialog.locator('input[name="certificateNumber"]').fill('UKPPI/E2E/001');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => fieldBox(page, 'passedOn').innerText()).toContain('Tanggal tidak boleh di masa depan');
    await shot(page, '34-qualification-future-date');

    await dialog.locator('input[name="passedOn"]').fill('2024-03-01');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByTestId('qualifications').getByRole('row', { name: /UKPPI\/E2E\/001/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('1 Maret 2024');
    await shot(page, '35-qualification-added');
    await page.context().close();
  });

  it('refuses a second rank with the same TMT next to the TMT field', async () => {
    const employee = (await pnsEmployees()).find((e) => e.rankHistory.length > 0)!;
    const tmt = employee.rankHistory[0].tmt;
    const page = await newPage(browser);
    await login(page, ADMIN);
    await page.goto(`${baseUrl()}/#/employees/${employee.id}/show`);
    await page.getByRole('tab', { name: 'Riwayat pangkat' }).click();
    await page.getByRole('button', { name: 'Tambah' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Pangkat' }).click();
    await page.getByRole('option').first().click();
    await dialog.locator('input[name="tmt"]').fill(tmt);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => fieldBox(page, 'tmt').innerText()).toContain('bertumpang tindih');
    await shot(page, '36-rank-history-overlap');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await page.context().close();
  });
});

describe('editing what the promotion rules read', () => {
  interface StandardEntry {
    requiredLevel: number;
    isDefault: boolean;
    competency: { id: string; code: string };
  }
  interface CandidateJpm {
    jpm: number | null;
    employee: { id: string; nip: string };
  }
  const standardOf = async (positionId: string) =>
    (await api<{ position: { competencyStandard: StandardEntry[] } }>('query($id: ID!) { position(id: $id) { competencyStandard { requiredLevel isDefault competency { id code } } } }', { id: positionId })).position
      .competencyStandard;
  const candidatesOf = async (positionId: string, limit = 10) =>
    (
      await api<{ positionCandidates: { items: CandidateJpm[] } }>('query($id: ID!, $limit: Int!) { positionCandidates(positionId: $id, qualified: true, limit: $limit) { items { jpm employee { id nip } } } }', {
        id: positionId,
        limit,
      })
    ).positionCandidates.items;
  const percent = (n: number) => `${n.toLocaleString('id-ID', { maximumFractionDigits: 2 })}%`;

  it("changes a level of the position's competency standard and the candidates' JPM follows", async () => {
    // A position whose first-page candidates include one with a JPM below 100%: raising a level lowers it.
    const { positions } = await api<{ positions: { items: { id: string }[] } }>('{ positions(limit: 30, filter: { kinds: [ADMINISTRATOR, PENGAWAS] }) { items { id } } }');
    let positionId = '';
    let candidate: CandidateJpm | undefined;
    for (const p of positions.items) {
      candidate = (await candidatesOf(p.id)).find((c) => c.jpm != null && c.jpm < 100);
      if (candidate) {
        positionId = p.id;
        break;
      }
    }
    expect(candidate).toBeDefined();
    const before = await standardOf(positionId);
    const entry = before.find((s) => s.requiredLevel < 5)!;
    expect(entry).toBeDefined();

    const page = await newPage(browser);
    await login(page, ADMIN);
    await page.goto(`${baseUrl()}/#/positions/${positionId}/show`);
    await page.getByRole('tab', { name: 'Standar kompetensi' }).click();
    const row = page.locator(`[data-competency="${entry.competency.code}"]`);
    await row.waitFor();
    expect(await row.getByTestId('required-level').innerText()).toBe(String(entry.requiredLevel));
    await page.getByRole('button', { name: 'Tambah kompetensi' }).waitFor();
    await row.getByRole('button', { name: 'Ubah' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Ubah level yang disyaratkan' }).waitFor();
    await dialog.getByRole('combobox', { name: 'Level yang disyaratkan' }).click();
    await page.getByRole('option', { name: '5', exact: true }).click();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row.getByTestId('required-level').innerText()).toBe('5');
    // The position now has its own standard: no level is marked default, each can be removed.
    expect(await page.getByTestId('competency-standard').getByText('bawaan').count()).toBe(0);
    expect(await row.getByRole('button', { name: 'Hapus' }).count()).toBe(1);
    await shot(page, '37-position-standard-edited');

    const after = (await candidatesOf(positionId, 200)).find((c) => c.employee.id === candidate!.employee.id)!;
    expect(after.jpm).toBeLessThan(candidate!.jpm!);
    // The first page of candidates shows the JPM against the new standard (the candidate, when
    // still on that page; the order may have changed with the scores).
    const firstPage = await candidatesOf(positionId);
    const shown = firstPage.find((c) => c.employee.id === candidate!.employee.id) ?? firstPage.find((c) => c.jpm != null)!;
    await page.getByRole('tab', { name: 'Kandidat' }).click();
    const candidateRow = page.getByTestId('candidate-row').filter({ hasText: shown.employee.nip });
    await candidateRow.waitFor();
    await expect.poll(() => candidateRow.locator('td').nth(6).innerText()).toBe(percent(shown.jpm!));
    await shot(page, '38-position-candidates-after-standard-edit');
    await page.context().close();
  });

  it('removes a competency from the standard and adds it back with another level', async () => {
    const { positions } = await api<{ positions: { items: { id: string }[] } }>('{ positions(limit: 5, filter: { kinds: [PELAKSANA] }) { items { id } } }');
    const positionId = positions.items[0].id;
    const { competencies } = await api<{ competencies: { id: string; code: string; name: string }[] }>('{ competencies { id code name } }');
    const standard = await standardOf(positionId);
    const removed = standard[standard.length - 1];
    const competency = competencies.find((c) => c.id === removed.competency.id)!;
    const page = await newPage(browser);
    await login(page, ADMIN);
    await page.goto(`${baseUrl()}/#/positions/${positionId}/show/standard`);
    const row = page.locator(`[data-competency="${competency.code}"]`);
    await row.waitFor();
    if (removed.isDefault) {
      // Default levels are not stored: setting one (to the same level) gives the position its own standard.
      expect(await row.getByRole('button', { name: 'Hapus' }).count()).toBe(0);
      await row.getByRole('button', { name: 'Ubah' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    await row.getByRole('button', { name: 'Hapus' }).click();
    await page.getByRole('button', { name: 'Konfirmasi' }).click();
    await row.waitFor({ state: 'detached' });
    expect((await standardOf(positionId)).some((s) => s.competency.id === competency.id)).toBe(false);

    const level = removed.requiredLevel === 3 ? 4 : 3;
    await page.getByRole('button', { name: 'Tambah kompetensi' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Kompetensi', exact: true }).fill(competency.code);
    await page.getByRole('option', { name: `${competency.code} ${competency.name}` }).click();
    await dialog.getByRole('combobox', { name: 'Level yang disyaratkan' }).click();
    await page.getByRole('option', { name: String(level), exact: true }).click();
    await shot(page, '39-position-standard-add');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row.getByTestId('required-level').innerText()).toBe(String(level));
    expect((await standardOf(positionId)).find((s) => s.competency.id === competency.id)?.requiredLevel).toBe(level);
    await page.context().close();
  });

  it('offers an analyst no edit actions on the standard, the qualifications or an assessment', async () => {
    const { positions } = await api<{ positions: { items: { id: string }[] } }>('{ positions(limit: 1, filter: { kinds: [PELAKSANA] }) { items { id } } }');
    const { assessments } = await api<{ assessments: { items: { id: string; employee: { id: string } }[] } }>('{ assessments(limit: 1) { items { id employee { id } } } }');
    const page = await newPage(browser);
    await login(page, 'analis@semarangkota.go.id');
    await page.goto(`${baseUrl()}/#/positions/${positions.items[0].id}/show/standard`);
    await page.getByTestId('competency-standard').waitFor();
    expect(await page.getByRole('button', { name: 'Tambah kompetensi' }).count()).toBe(0);
    expect(await page.getByTestId('competency-standard').getByRole('button').count()).toBe(0);
    await page.goto(`${baseUrl()}/#/employees/${assessments.items[0].employee.id}/show`);
    await page.getByRole('tab', { name: 'Kualifikasi & disiplin' }).click();
    await page.getByRole('heading', { name: 'Ujian dinas, UKPPI dan pelatihan kepemimpinan' }).waitFor();
    expect(await page.locator('main').getByRole('button', { name: /^(Ubah|Hapus|Tambah)$/ }).count()).toBe(0);
    await page.goto(`${baseUrl()}/#/assessments/${assessments.items[0].id}/show`);
    await page.getByText('Dibandingkan dengan jabatan').waitFor();
    expect(await page.getByRole('link', { name: 'Ubah', exact: true }).count()).toBe(0);
    await page.context().close();
  });

  it('corrects a qualification in the dialog it was added with, the server refusing a future date next to the field', async () => {
    const { employees } = await api<{ employees: { items: { id: string; qualifications: { id: string; kind: string; certificateNumber: string | null }[] }[] } }>(
      '{ employees(limit: 60, filter: { asnTypes: [PNS] }) { items { id qualifications { id kind certificateNumber } } } }',
    );
    const employee = employees.items.find((e) => e.qualifications.length > 0)!;
    expect(employee).toBeDefined();
    const page = await newPage(browser);
    await login(page, ADMIN);
    await page.goto(`${baseUrl()}/#/employees/${employee.id}/show`);
    await page.getByRole('tab', { name: 'Kualifikasi & disiplin' }).click();
    const table = page.getByTestId('qualifications');
    await table.waitFor();
    await table.locator('tbody tr').first().getByRole('button', { name: 'Ubah' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Ubah kualifikasi' }).waitFor();
    // Prefilled; the kind cannot be changed.
    expect(await dialog.locator('input[name="passedOn"]').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await dialog.getByText('Jenis kualifikasi tidak dapat diubah').waitFor();
    await dialog.locator('input[name="passedOn"]').fill(`${new Date().getFullYear() + 1}-01-15`);
    await dialog.locator('input[name="certificateNumber"]').fill('KOREKSI/E2E/777');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => fieldBox(page, 'passedOn').innerText()).toContain('Tanggal tidak boleh di masa depan');
    await shot(page, '40-qualification-edit-future-date');

    await dialog.locator('input[name="passedOn"]').fill('2023-02-01');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = table.getByRole('row', { name: /KOREKSI\/E2E\/777/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('1 Februari 2023');
    await shot(page, '41-qualification-edited');
    await page.context().close();
  });
});

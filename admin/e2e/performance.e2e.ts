// Assessments (with the job-person match) and performance evaluations in the panel.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, login, newPage, shot } from './browser';

const ADMIN = 'bkpp@semarangkota.go.id';
const ANALYST = 'analis@semarangkota.go.id';
const thisYear = new Date().getFullYear();

/** The react-admin input box (label, input, helper/error text) holding the input `name`. */
const fieldBox = (dialog: Locator, page: Page, name: string) => dialog.locator('.MuiFormControl-root', { has: page.locator(`input[name="${name}"]`) });

/** GraphQL with the session of the browser page (another administrator's change, made meanwhile). */
async function apiInPage<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return page.evaluate(
    async ({ query, variables }) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${localStorage.getItem('asn-merit.token')}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = await res.json();
      if (body.errors?.length) throw new Error(body.errors[0].message);
      return body.data;
    },
    { query, variables },
  ) as Promise<T>;
}

/** An employee whose plan for this year has no annual evaluation yet. */
async function employeeToRate(page: Page): Promise<string> {
  const { performancePlans } = await apiInPage<{ performancePlans: { items: { employee: { id: string }; evaluations: { period: string }[] }[] } }>(
    page,
    'query($y: Int!) { performancePlans(filter: { year: $y }, limit: 50) { items { employee { id } evaluations { period } } } }',
    { y: thisYear },
  );
  return performancePlans.items.find((p) => !p.evaluations.some((e) => e.period === 'ANNUAL'))!.employee.id;
}

/** Picks an option of the select labelled `label` in the dialog. */
async function choose(page: Page, dialog: Locator, label: string, option: string): Promise<void> {
  await dialog.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

let rated: string;

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('competencies and performance', () => {
  it('lists assessments and shows one with its JPM and gaps', async () => {
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id');
    await page.goto(`${baseUrl()}/#/assessments`);
    await page.locator('table tbody tr').first().waitFor();
    await shot(page, '10-assessments');
    await page.locator('table tbody tr').first().click();
    await page.getByText('Dibandingkan dengan jabatan').waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/\d+(,\d+)?%/);
    expect(text).toMatch(/Optimal|Memenuhi Syarat/);
    expect(text).toContain('PermenPANRB 38/2017');
    await shot(page, '11-assessment-jpm');
    await page.context().close();
  });

  it('lists annual evaluations and shows why a predikat was given', async () => {
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id');
    await page.goto(`${baseUrl()}/#/evaluations`);
    await page.locator('table tbody tr').first().waitFor();
    expect(await page.locator('table tbody tr').first().innerText()).toContain('Tahunan');
    await shot(page, '12-evaluations');
    await page.locator('table tbody tr').first().click();
    await page.getByText('memberi predikat').waitFor();
    await shot(page, '13-evaluation');
    await page.context().close();
  });

  it("shows an employee's ratings, plan and talent box on their page", async () => {
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id');
    await page.goto(`${baseUrl()}/#/evaluations`);
    await page.locator('table tbody tr').first().waitFor();
    await page.locator('table tbody tr').first().click();
    await page.getByText('memberi predikat').waitFor();
    const nip = (await page.locator('main').innerText()).match(/\b\d{18}\b/)![0];
    await page.goto(`${baseUrl()}/#/employees`);
    await page.locator('input[name="q"]').fill(nip);
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(1);
    await page.locator('table tbody tr').first().click();
    await page.getByRole('tab', { name: 'Kinerja' }).click();
    await page.getByRole('heading', { name: 'Predikat kinerja tahunan' }).waitFor();
    await shot(page, '14-employee-performance');
    await page.getByRole('tab', { name: 'Talenta' }).click();
    await page.getByText('Dasar hukum: PermenPANRB 3/2020').waitFor();
    await shot(page, '15-employee-talent');
    await page.context().close();
  });

  it('lets a government admin record an annual evaluation and shows the predikat with its reasons', async () => {
    const page = await newPage(browser);
    await login(page, ADMIN);
    rated = await employeeToRate(page);
    await page.goto(`${baseUrl()}/#/employees/${rated}/show`);
    await page.getByRole('tab', { name: 'Kinerja' }).click();
    await page.getByRole('heading', { name: `SKP ${thisYear}` }).waitFor();

    // A target added to the plan, then removed again.
    await page.getByRole('button', { name: 'Tambah target' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.locator('textarea[name="description"]').fill('Menyusun laporan uji E2E');
    await dialog.locator('textarea[name="indicator"]').fill('Jumlah laporan uji yang disusun');
    await dialog.locator('input[name="target"]').fill('3 laporan');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const targetRow = page.getByRole('row', { name: /Menyusun laporan uji E2E/ });
    await targetRow.waitFor();
    await targetRow.getByRole('button', { name: 'Hapus' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /konfirmasi|ya/i }).click();
    await targetRow.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Catat evaluasi' }).click();
    dialog = page.getByRole('dialog');
    await choose(page, dialog, 'Periode', 'Tahunan');
    await choose(page, dialog, 'Hasil kerja', 'Di Atas Ekspektasi');
    await choose(page, dialog, 'Perilaku kerja', 'Di Atas Ekspektasi');
    await dialog.locator('textarea[name="notes"]').fill('Evaluasi tahunan dari uji E2E');
    await shot(page, '16-evaluate-dialog');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const result = page.getByRole('status').filter({ hasText: 'Evaluasi Tahunan' });
    await result.waitFor();
    const text = await result.innerText();
    expect(text).toContain('predikat Sangat Baik');
    expect(text).toContain('memberi predikat');
    // The plan lists the annual rating; a Sangat Baik year proposes a recognition to decide.
    await page.getByText('Tahunan: Sangat Baik').waitFor();
    await page.getByRole('button', { name: 'Setujui' }).waitFor();
    await shot(page, '17-evaluation-predikat');
    await page.context().close();
  });

  it("shows the server's refusal next to the field (a second annual evaluation)", async () => {
    const page = await newPage(browser);
    await login(page, ADMIN);
    await page.goto(`${baseUrl()}/#/employees/${rated}/show`);
    await page.getByRole('tab', { name: 'Kinerja' }).click();
    await page.getByRole('button', { name: 'Catat evaluasi' }).click();
    const dialog = page.getByRole('dialog');
    await choose(page, dialog, 'Periode', 'Tahunan');
    await choose(page, dialog, 'Hasil kerja', 'Sesuai Ekspektasi');
    await choose(page, dialog, 'Perilaku kerja', 'Sesuai Ekspektasi');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => fieldBox(dialog, page, 'period').innerText()).toContain('Nilai ini sudah dipakai');
    await shot(page, '18-evaluation-duplicate-period');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await page.context().close();
  });

  it('corrects an evaluation, refusing a stale version', async () => {
    const page = await newPage(browser);
    await login(page, ADMIN);
    const { performanceEvaluations } = await apiInPage<{ performanceEvaluations: { items: { id: string }[] } }>(
      page,
      'query($e: ID!) { performanceEvaluations(filter: { employeeId: $e, period: ANNUAL, year: ' + thisYear + ' }, limit: 1) { items { id } } }',
      { e: rated },
    );
    const id = performanceEvaluations.items[0].id;
    await page.goto(`${baseUrl()}/#/evaluations/${id}/show`);
    await page.getByText('memberi predikat').waitFor();
    await page.getByRole('button', { name: 'Koreksi' }).click();
    const dialog = page.getByRole('dialog');
    await choose(page, dialog, 'Perilaku kerja', 'Sesuai Ekspektasi');
    // Someone else corrects the notes meanwhile: this form's version is stale.
    const { performanceEvaluation } = await apiInPage<{ performanceEvaluation: { version: number } }>(page, 'query($id: ID!) { performanceEvaluation(id: $id) { version } }', { id });
    await apiInPage(page, 'mutation($id: ID!, $i: UpdateEvaluationInput!) { updatePerformanceEvaluation(id: $id, input: $i) { id } }', { id, i: { version: performanceEvaluation.version, notes: 'Dikoreksi di tempat lain' } });
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText()).toContain('diubah oleh pengguna lain');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await page.reload();
    await page.getByText('Dikoreksi di tempat lain').waitFor();
    await page.getByRole('button', { name: 'Koreksi' }).click();
    await choose(page, dialog, 'Perilaku kerja', 'Sesuai Ekspektasi');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('memberi predikat Baik').waitFor();
    await shot(page, '19-evaluation-corrected');
    await page.context().close();
  });

  it("sets a unit's organisation rating next to its distribution check", async () => {
    const page = await newPage(browser);
    await login(page, ADMIN);
    await page.goto(`${baseUrl()}/#/units`);
    await page.locator('table tbody tr').first().click();
    await page.getByRole('tab', { name: 'Kinerja organisasi' }).click();
    await page.getByRole('heading', { name: /Predikat kinerja organisasi/ }).waitFor();
    await page.getByRole('button', { name: 'Tetapkan predikat organisasi' }).click();
    const dialog = page.getByRole('dialog');
    await choose(page, dialog, 'Predikat kinerja organisasi', 'Istimewa');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: /Predikat kinerja organisasi \d{4}: Istimewa/ }).waitFor();
    await shot(page, '20-unit-organisation-rating');
    await page.context().close();
  });

  it('gives an analyst no performance actions', async () => {
    const page = await newPage(browser);
    await login(page, ANALYST);
    await page.goto(`${baseUrl()}/#/employees/${rated}/show`);
    await page.getByRole('tab', { name: 'Kinerja' }).click();
    await page.getByRole('heading', { name: `SKP ${thisYear}` }).waitFor();
    await page.getByText(/^Tahunan: /).first().waitFor();
    for (const name of ['Catat evaluasi', 'Tambah target', 'Buat SKP', 'Setujui', 'Tolak', 'Hapus']) expect(await page.getByRole('button', { name }).count()).toBe(0);
    await shot(page, '21-analyst-performance');
    await page.goto(`${baseUrl()}/#/evaluations`);
    await page.locator('table tbody tr').first().click();
    await page.getByText('memberi predikat').waitFor();
    expect(await page.getByRole('button', { name: 'Koreksi' }).count()).toBe(0);
    await page.goto(`${baseUrl()}/#/units`);
    await page.locator('table tbody tr').first().click();
    await page.getByRole('tab', { name: 'Kinerja organisasi' }).click();
    await page.getByRole('heading', { name: /Predikat kinerja organisasi/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Tetapkan predikat organisasi' }).count()).toBe(0);
    await page.context().close();
  });
});

describe('editing an assessment', () => {
  interface JpmResult {
    percent: number;
    comparisons: { competency: { id: string; code: string; name: string }; assessed: number }[];
  }
  interface AssessmentRow {
    id: string;
    version: number;
    employee: { id: string };
  }

  /** GraphQL with the token of the session the page logged in with. */
  const gql = async <T,>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors[0].message);
    return body.data;
  };
  const jpmOf = async (token: string, a: AssessmentRow) =>
    (
      await gql<{ jobPersonMatch: JpmResult }>(
        token,
        'query($e: ID!, $a: ID) { jobPersonMatch(employeeId: $e, assessmentId: $a) { percent comparisons { competency { id code name } assessed } } }',
        { e: a.employee.id, a: a.id },
      )
    ).jobPersonMatch;
  const percent = (n: number) => `${n.toLocaleString('id-ID')}%`;

  it('shows the server refusing a future date next to the field, says when someone else saved first, and the JPM follows a changed level', async () => {
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id');
    const token = (await page.evaluate(() => localStorage.getItem('asn-merit.token')))!;
    // An assessment whose JPM is below 100%, so that one level more or less moves it.
    const { assessments } = await gql<{ assessments: { items: AssessmentRow[] } }>(token, '{ assessments(limit: 30) { items { id version employee { id } } } }');
    let assessment: AssessmentRow | undefined;
    let jpm: JpmResult | undefined;
    for (const a of assessments.items) {
      const m = await jpmOf(token, a);
      if (m.percent > 0 && m.percent < 100 && m.comparisons.some((c) => c.assessed > 0)) {
        assessment = a;
        jpm = m;
        break;
      }
    }
    expect(assessment).toBeDefined();

    await page.goto(`${baseUrl()}/#/assessments/${assessment!.id}/show`);
    await page.getByText(percent(jpm!.percent)).first().waitFor();
    await page.getByRole('link', { name: 'Ubah', exact: true }).click();
    await page.waitForURL((url) => url.hash === `#/assessments/${assessment!.id}`);
    const dateBox = page.locator('.MuiFormControl-root', { has: page.locator('input[name="assessedOn"]') });
    const assessedOn = await page.locator('input[name="assessedOn"]').inputValue();
    expect(assessedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // The server refuses a date in the future; the message stands next to the date.
    await page.locator('input[name="assessedOn"]').fill(`${new Date().getFullYear() + 1}-03-01`);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => dateBox.innerText()).toContain('Tanggal tidak boleh di masa depan');
    await shot(page, '16-assessment-edit-future-date');

    // Someone else saves the assessment meanwhile: this form's version is stale.
    await gql(token, 'mutation($id: ID!, $v: Int!) { updateAssessment(id: $id, input: { version: $v, notes: "Dikoreksi oleh pengguna lain (e2e)" }) { id version } }', {
      id: assessment!.id,
      v: assessment!.version,
    });
    await page.locator('input[name="assessedOn"]').fill(assessedOn);
    await page.locator('input[name="assessor"]').fill('UPT Penilaian Kompetensi BKN (koreksi)');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Data telah diubah oleh pengguna lain').waitFor();
    await shot(page, '17-assessment-edit-conflict');

    // Reloaded (the current version), one level of a competency of the standard changes.
    await page.reload();
    await page.locator('input[name="notes"], textarea[name="notes"]').first().waitFor();
    await expect.poll(() => page.locator('textarea[name="notes"]').first().inputValue()).toContain('pengguna lain');
    const target = jpm!.comparisons.find((c) => c.assessed > 0)!;
    const level = target.assessed > 1 ? target.assessed - 1 : target.assessed + 1;
    await page.getByRole('combobox', { name: `${target.competency.code} ${target.competency.name}` }).click();
    await page.getByRole('option', { name: String(level), exact: true }).click();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL((url) => url.hash === `#/assessments/${assessment!.id}/show`);

    const after = await jpmOf(token, assessment!);
    expect(after.percent).not.toBe(jpm!.percent);
    expect(after.comparisons.find((c) => c.competency.id === target.competency.id)!.assessed).toBe(level);
    await page.getByText(percent(after.percent)).first().waitFor();
    await shot(page, '18-assessment-edited-jpm');
    await page.context().close();
  });
});

// The public side of the product, in headless Chromium against the real server: an anonymous
// visitor rates a service and sees the result move, sends a complaint and follows it while an
// officer answers it in the panel, and reads the transparency page. No login for the public.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, login, newPage, shot } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Anonymous GraphQL, as the public pages call it. */
async function publicApi<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0].message);
  return body.data;
}

describe('public survey (no login)', () => {
  it('lets an anonymous visitor rate a service, shows a receipt, and counts the response in the result', async () => {
    // The open survey with the most responses, so its IKM is already shown (not withheld).
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
    const { surveyIndices } = await publicApi<{ surveyIndices: { surveyId: string; responses: number; withheld: boolean }[] }>(
      'query($p: DateRange) { surveyIndices(period: $p, groupBy: SURVEY) { surveyId responses withheld } }',
      { p: { from: today, to: today } },
    );
    const { publicSurveys } = await publicApi<{ publicSurveys: { items: { id: string; serviceName: string; unitName: string }[] } }>('query { publicSurveys(limit: 500) { items { id serviceName unitName } } }');
    // Both cities have a civil-registry office with the same services: pick a survey whose label is unique.
    const label = (s: { serviceName: string; unitName: string }) => `${s.serviceName} · ${s.unitName}`;
    const labels = publicSurveys.items.map(label);
    const open = new Set(publicSurveys.items.filter((s) => labels.filter((l) => l === label(s)).length === 1).map((s) => s.id));
    const best = surveyIndices.filter((r) => open.has(r.surveyId)).sort((a, b) => b.responses - a.responses)[0];
    const survey = publicSurveys.items.find((s) => s.id === best.surveyId)!;
    const before = best.responses;

    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/#/publik`);
    await page.getByRole('link', { name: /Survei Kepuasan Masyarakat/ }).click();
    await page.getByRole('heading', { name: 'Survei Kepuasan Masyarakat' }).waitFor();
    expect(page.url()).not.toContain('login');

    await page.getByLabel('Layanan yang dinilai').fill(survey.unitName);
    await page.getByRole('option', { name: `${survey.serviceName} · ${survey.unitName}` }).click();
    // Sending before answering everything is refused on the page.
    await page.locator('[data-element="U1"] input[value="3"]').check();
    await page.getByRole('button', { name: 'Kirim penilaian' }).click();
    await page.getByRole('alert').getByText('Jawab kesembilan pertanyaan terlebih dahulu.').waitFor();
    for (const [i, code] of ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'].entries()) {
      await page.locator(`[data-element="${code}"] input[value="${code === 'U4' ? 4 : i % 3 === 0 ? 4 : 3}"]`).check();
    }
    // The cost question runs from "Sangat mahal" to "Gratis".
    await page.locator('[data-element="U4"]').getByText('Gratis').waitFor();
    await page.getByLabel('Usia').click();
    await page.getByRole('option', { name: '30-39 tahun' }).click();
    await page.getByLabel('Saran (boleh dikosongkan)').fill('Antrean sudah tertib, terima kasih.');
    await shot(page, '20-public-survey-form');

    await page.getByRole('button', { name: 'Kirim penilaian' }).click();
    await page.getByTestId('survey-receipt').waitFor();
    expect(await page.getByTestId('receipt-code').innerText()).toMatch(/^SKM-[0-9A-F]{10}$/);
    await expect.poll(() => page.getByTestId('result-responses').innerText()).toBe(String(before + 1));
    await shot(page, '21-public-survey-receipt');

    const after = (await publicApi<{ surveyIndex: { responses: number; ikm: number | null } }>('query($id: ID!) { surveyIndex(surveyId: $id) { responses ikm } }', { id: survey.id })).surveyIndex;
    expect(after.responses).toBe(before + 1);
    // The index shown includes the new response.
    expect(after.ikm).not.toBeNull();
    await page.getByTestId('survey-result').getByText(after.ikm!.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 })).waitFor();
    await page.context().close();
  });

  it('shows IKM per unit and year on the transparency page', async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/#/publik/transparansi`);
    await page.getByTestId('transparency-table').waitFor();
    expect(await page.getByTestId('transparency-table').locator('tbody tr').count()).toBeGreaterThan(20);
    await page.getByText('Pemerintah Kota Semarang').first().waitFor();
    // Last year's annual predikat per unit: counts only, small units withheld.
    const predikat = page.getByTestId('predikat-table').first();
    await predikat.waitFor();
    await predikat.getByText('Semua unit').waitFor();
    await predikat.getByRole('columnheader', { name: 'Sangat Baik' }).waitFor();
    await shot(page, '22-public-transparency');
    await page.context().close();
  });
});

describe('public feedback and its follow-up', () => {
  it('gives a tracking code, lets an officer answer it in the panel, and shows the answer to the public', async () => {
    const visitor = await newPage(browser);
    await visitor.goto(`${baseUrl()}/#/publik/pengaduan`);
    await visitor.getByLabel('Layanan').fill('Pembuatan KTP-el');
    await visitor.getByRole('option').first().click();
    await visitor.getByLabel('Isi pengaduan atau saran').fill('Antrean perekaman KTP-el sangat panjang setiap Senin pagi.');
    await visitor.getByLabel('Kontak (boleh dikosongkan)').fill('warga.semarang@example.id');
    await visitor.getByRole('button', { name: 'Kirim' }).click();
    const code = (await visitor.getByTestId('tracking-code').innerText()).trim();
    expect(code).toMatch(/^ADU-[2-9A-Z]{10}$/);
    await shot(visitor, '23-public-feedback-code');
    await visitor.getByRole('link', { name: 'Lihat status' }).click();
    await visitor.getByTestId('feedback-status').getByText('Diterima').first().waitFor();

    const officer = await newPage(browser);
    await login(officer, 'bkpp@semarangkota.go.id');
    await officer.goto(`${baseUrl()}/#/feedback`);
    await officer.locator('input[name="q"]').fill(code);
    await expect.poll(() => officer.locator('table tbody tr').count()).toBe(1);
    await officer.locator('table tbody tr').first().click();
    await officer.getByText('warga.semarang@example.id').waitFor();
    await officer.getByRole('link', { name: 'Tindak lanjuti' }).click();
    await officer.getByRole('button', { name: 'Simpan' }).click();
    await officer.getByText('Diproses').first().waitFor();
    await officer.getByRole('link', { name: 'Tindak lanjuti' }).click();
    await officer.getByRole('combobox', { name: 'Status berikutnya' }).click();
    await officer.getByRole('option', { name: 'Dijawab' }).click();
    await officer.locator('textarea[name="answer"]').fill('Mulai pekan depan loket perekaman dibuka dua pada hari Senin.');
    await officer.getByRole('button', { name: 'Simpan' }).click();
    await officer.getByText('Mulai pekan depan loket perekaman dibuka dua pada hari Senin.').waitFor();
    await officer.getByText('Dijawab').first().waitFor();
    await shot(officer, '24-feedback-answered-panel');
    await officer.context().close();

    await visitor.reload();
    await visitor.getByText('Mulai pekan depan loket perekaman dibuka dua pada hari Senin.').waitFor();
    await visitor.getByTestId('feedback-status').getByText('Dijawab').first().waitFor();
    await shot(visitor, '25-public-feedback-answered');
    await visitor.context().close();
  });
});

// Workforce planning in the panel: the needs page (units by gap, sectors, the five-year plan and
// its workbook), the ABK of a position (a new revision edited in place, totals live) and the
// formasi proposal workflow.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, login, newPage, shot } from './browser';

let browser: Browser;
let token: string | undefined;

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
  token = (await api<{ login: { token: string } }>('mutation { login(email: "bkpp@semarangkota.go.id", password: "MeritDemo2026") { token } }')).login.token;
});
afterAll(async () => {
  await browser?.close();
});

const year = new Date().getFullYear();

describe('workforce planning', () => {
  it('shows the needs of Kota Semarang by unit and sector, opens a unit, and downloads the five-year plan', async () => {
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id');
    await page.getByRole('menuitem', { name: 'Kebutuhan ASN' }).click();
    await page.getByTestId('needs-totals').waitFor();
    expect(await page.getByTestId('need-unit').count()).toBeGreaterThan(5);
    await page.getByTestId('need-bars').first().getByText('Kesehatan').waitFor();
    await page.getByText('Kekurangan terbesar').waitFor();
    await page.getByText(`Rekrut ${year + 4}`).first().waitFor();
    await page.getByTestId(`recruit-${year}`).first().waitFor();
    await shot(page, '70-workforce-needs');

    const before = await page.getByTestId('need-unit').count();
    await page.getByTestId('need-unit').filter({ hasText: 'Dinas Kesehatan' }).click();
    await expect.poll(async () => (await page.getByTestId('need-unit').filter({ hasText: 'Puskesmas' }).count())).toBeGreaterThan(0);
    expect(await page.getByTestId('need-unit').count()).not.toBe(before);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh XLSX' }).click();
    expect((await download).suggestedFilename()).toMatch(/^rencana-kebutuhan-\d{4}-\d{4}\.xlsx$/);
    await page.context().close();
  });

  it('drafts a new revision of a position\'s ABK, edits a task in place with live totals, and saves it', async () => {
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id');
    const { workloadAnalyses } = await api<{ workloadAnalyses: { items: { position: { id: string } }[] } }>('{ workloadAnalyses(limit: 1, filter: { statuses: [APPROVED] }) { items { position { id } } } }');
    await page.goto(`${baseUrl()}/#/positions/${workloadAnalyses.items[0].position.id}/show/abk`);
    const tab = page.getByTestId('workload');
    await tab.getByText('Disetujui').first().waitFor();
    await tab.getByRole('button', { name: 'Revisi baru' }).click();
    await page.getByRole('button', { name: 'Konfirmasi' }).click();
    await tab.getByText(`${year} · Revisi 2 · Draf`).waitFor();
    const live = page.getByTestId('live-totals');
    const first = await live.innerText();
    const volume = tab.getByLabel('Volume').first();
    await volume.fill(String(Number(await volume.inputValue()) * 3 + 7));
    await expect.poll(() => live.innerText()).not.toBe(first);
    await tab.getByRole('button', { name: 'Simpan' }).first().click();
    await page.getByText('Data telah diperbarui').or(page.getByText('Elemen diperbarui')).first().waitFor();
    await shot(page, '71-workforce-abk');
    await page.context().close();
  });

  it('submits and approves the formasi proposal; the positions\' formasi change', async () => {
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id');
    await page.getByRole('menuitem', { name: 'Usulan formasi' }).click();
    const proposal = page.getByTestId('proposal').filter({ hasText: `Usulan ${year}` });
    await proposal.getByText('Draf').waitFor();
    await proposal.getByRole('button', { name: 'Ajukan' }).click();
    await page.getByRole('button', { name: 'Konfirmasi' }).click();
    await proposal.getByText('Diajukan').waitFor();
    await proposal.getByRole('button', { name: 'Setujui' }).click();
    await page.getByRole('button', { name: 'Konfirmasi' }).click();
    await proposal.getByText('Disetujui').waitFor();
    await proposal.getByText(/Formasi \d+ → \d+/).first().waitFor();
    await shot(page, '72-workforce-formasi');
    await page.context().close();
  });
});

// Documents in the panel: an employee finds their SKs on a phone, views and downloads them; an
// administrator uploads a file onto a rank history entry and sees a refused file's reason.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, baseUrl, launch, login, newPage, shot } from './browser';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(path.join(tmpdir(), 'asn-merit-e2e-docs-'));
});
afterAll(async () => {
  await browser?.close();
});

async function api<T>(email: string, query: string): Promise<T> {
  const login = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: email, p: DEMO_PASSWORD } }),
  });
  const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
  const res = await fetch(`${baseUrl()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
  return ((await res.json()) as { data: T }).data;
}

describe('documents', () => {
  it('shows an employee their own documents on a phone, to view and to download', async () => {
    const page = await newPage(browser, { width: 390, height: 844 });
    await login(page, 'pegawai@semarangkota.go.id');
    await page.goto(`${baseUrl()}/#/my-documents`);
    await page.getByText('Dokumen saya').first().waitFor();
    const rows = page.getByTestId('document-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(1);
    await page.getByText('SK Kenaikan Pangkat').first().waitFor();
    await shot(page, '80-my-documents-phone');

    const first = rows.filter({ hasText: 'SK Kenaikan Pangkat' }).first();
    const [download] = await Promise.all([page.waitForEvent('download'), first.getByTestId('document-download').click()]);
    const saved = path.join(dir, 'sk.pdf');
    await download.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');

    await first.getByTestId('document-view').click();
    await page.getByTestId('document-preview').waitFor();
    await page.context().close();
  });

  it("lets an administrator attach a decree to a rank history entry, and says why a wrong file is refused", async () => {
    const me = await api<{ me: { employee: { id: string; fullName: string } } }>('pegawai@semarangkota.go.id', '{ me { employee { id fullName } } }');
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id');
    await page.goto(`${baseUrl()}/#/employees/${me.me.employee.id}/show/documents`);
    await page.getByRole('tab', { name: 'Dokumen' }).waitFor();
    await page.getByText('SK Kenaikan Pangkat').first().waitFor();
    const before = await page.locator('tbody tr').count();

    const upload = async (file: string, content: Buffer) => {
      await page.getByRole('button', { name: 'Unggah dokumen' }).click();
      await page.getByLabel('Catatan riwayat').click();
      await page.getByRole('option', { name: /^Riwayat pangkat/ }).first().click();
      await page.getByLabel('Jenis dokumen').click();
      await page.getByRole('option', { name: 'SK Kenaikan Pangkat' }).click();
      const p = path.join(dir, file);
      writeFileSync(p, content);
      await page.locator('input[type="file"]').setInputFiles(p);
      await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
    };

    // A program renamed to .pdf: refused with the panel's wording, nothing added.
    await upload('virus.pdf', Buffer.from('MZ\x90\x00\x03\x00\x00\x00program', 'latin1'));
    await page.getByText('Berkas program (executable) tidak pernah diterima').waitFor();
    await shot(page, '81-document-refused');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    await upload('SK baru.pdf', Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1'));
    await page.getByText('Dokumen diunggah').waitFor();
    await page.getByText('SK baru.pdf').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(before + 1);
    await shot(page, '82-document-uploaded');
    await page.context().close();
  });
});

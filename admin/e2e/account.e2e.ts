// The super admin's governments, and any user changing their own password.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DEMO_PASSWORD, launch, login, newPage, shot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('governments', () => {
  it('lets the super admin register a government, with the server refusing a bad code on its field', async () => {
    const page = await newPage(browser);
    await login(page, 'superadmin@asnmerit.id');
    await page.getByRole('menuitem', { name: 'Instansi' }).click();
    await page.locator('table tbody tr', { hasText: 'Kota Semarang' }).waitFor();
    await page.locator('table tbody tr', { hasText: 'Kota Tebingtinggi' }).waitFor();
    await page.goto(`${baseUrl()}/#/governments/create`);
    await page.locator('input[name="code"]').fill('33 72');
    await page.locator('input[name="name"]').fill('Pemerintah Kota Surakarta');
    await page.getByRole('combobox', { name: 'Jenis' }).click();
    await page.getByRole('option', { name: 'Kota' }).click();
    await page.locator('input[name="province"]').fill('Jawa Tengah');
    await page.getByRole('button', { name: 'Simpan' }).click();
    const codeField = page.locator('.MuiFormControl-root', { has: page.locator('input[name="code"]') });
    await expect.poll(() => codeField.innerText()).toContain('Format tidak sesuai');
    await shot(page, '70-government-bad-code');
    await page.locator('input[name="code"]').fill('33.72');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/#\/governments\/[^/]+\/show/);
    await page.getByText('Pemerintah Kota Surakarta').first().waitFor();
    await page.getByText('Jawa Tengah').waitFor();
    await page.context().close();
  });

  it('is the super admin\'s alone', async () => {
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id');
    await page.getByRole('menuitem', { name: 'Dasbor' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Instansi' }).count()).toBe(0);
    await page.context().close();
  });
});

describe('own password', () => {
  it('changes the password after checking the current one and the rule, and the new one logs in', async () => {
    const page = await newPage(browser);
    await login(page, 'bkpsdm@tebingtinggikota.go.id');
    await page.getByRole('button', { name: /Admin BKPSDM|profil/i }).click();
    await page.getByRole('menuitem', { name: 'Ganti kata sandi' }).click();
    const dialog = page.getByRole('dialog');
    const field = (name: string) => dialog.locator('.MuiFormControl-root', { has: page.locator(`input[name="${name}"]`) });
    await dialog.locator('input[name="currentPassword"]').fill('bukan-sandi-123');
    await dialog.locator('input[name="newPassword"]').fill('pendek');
    await dialog.locator('input[name="repeatPassword"]').fill('pendek');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => field('currentPassword').innerText()).toContain('Kata sandi saat ini salah');
    await dialog.locator('input[name="currentPassword"]').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    // The server's rule message (the helper text under the field reads '10 sampai 200 ...' without it).
    await expect.poll(() => field('newPassword').innerText()).toContain('Kata sandi 10 sampai 200 karakter, berisi huruf dan angka');
    await dialog.locator('input[name="newPassword"]').fill('SandiBaru2026x');
    await dialog.locator('input[name="repeatPassword"]').fill('SandiBaru2026y');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => field('repeatPassword').innerText()).toContain('Tidak sama dengan kata sandi baru');
    await shot(page, '71-change-password-errors');
    await dialog.locator('input[name="repeatPassword"]').fill('SandiBaru2026x');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Kata sandi telah diganti').waitFor();
    // The change revoked the session's token; the panel signed in again with the new password.
    await page.goto(`${baseUrl()}/#/employees`);
    await page.locator('table tbody tr').first().waitFor();
    expect(page.url()).toMatch(/#\/employees/);
    await page.context().close();

    const again = await newPage(browser);
    await login(again, 'bkpsdm@tebingtinggikota.go.id', DEMO_PASSWORD, { expectFailure: true });
    await again.getByText('Email atau kata sandi salah').first().waitFor();
    await login(again, 'bkpsdm@tebingtinggikota.go.id', 'SandiBaru2026x');
    await again.getByRole('menuitem', { name: 'Dasbor' }).waitFor();
    await again.context().close();
  });
});

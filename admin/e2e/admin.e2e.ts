// An HR officer's path through the panel, in headless Chromium against the real server.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, login, newPage, shot } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function listTotal(page: Page): Promise<number> {
  // react-admin's pagination shows "1-25 dari 123" (id) / "1-25 of 123" (en).
  const text = await page.locator('.MuiTablePagination-displayedRows').first().innerText();
  return Number(text.split(/\s+/).pop()!.replace(/\D/g, ''));
}

describe('login', () => {
  it('refuses a wrong password with a clear message', async () => {
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id', 'wrong-password-1', { expectFailure: true });
    await page.getByText('Email atau kata sandi salah').first().waitFor();
    await shot(page, '01-login-wrong-password');
    await page.context().close();
  });

  it('logs a government admin in to the dashboard, in Bahasa Indonesia', async () => {
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id');
    await page.getByText('Manajemen ASN berbasis sistem merit').waitFor();
    await page.getByText('Admin BKPP Kota Semarang').first().waitFor();
    await shot(page, '02-dashboard-gov-admin');
    await page.context().close();
  });
});

describe('employees', () => {
  it('filters the list by name', async () => {
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id');
    await page.goto(`${baseUrl()}/#/employees`);
    await page.locator('table tbody tr').first().waitFor();
    const all = await listTotal(page);
    const firstName = (await page.locator('table tbody tr').first().locator('td').nth(1).innerText()).split(/[ ,]/)[0];
    await page.locator('input[name="q"]').fill(firstName);
    await expect.poll(() => listTotal(page)).toBeLessThan(all);
    const rows = await page.locator('table tbody tr').allInnerTexts();
    for (const r of rows) expect(r.toLowerCase()).toContain(firstName.toLowerCase());
    await shot(page, '03-employees-filtered');
    // The export holds every matching employee (from the server, not the page the browser has).
    const filtered = await listTotal(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor', exact: true }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv[0]).toMatch(/^NIP,Nama,Jenis ASN/);
    expect(csv).toHaveLength(filtered + 1);
    expect(download.suggestedFilename()).toMatch(/^employees-\d{4}-\d{2}-\d{2}\.csv$/);
    await page.context().close();
  });

  it('exports only the ticked rows', async () => {
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id');
    await page.goto(`${baseUrl()}/#/employees`);
    const rows = page.locator('table tbody tr');
    await rows.nth(2).waitFor();
    const nips = [await rows.nth(0).locator('td').nth(1).innerText(), await rows.nth(2).locator('td').nth(1).innerText()];
    await rows.nth(0).locator('input[type="checkbox"]').check();
    await rows.nth(2).locator('input[type="checkbox"]').check();
    await page.getByText('2 item terpilih').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor yang dipilih' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv).toHaveLength(3);
    expect(csv.slice(1).map((line) => line.split(',')[0].replace(/"/g, '')).sort()).toEqual([...nips].sort());
    await shot(page, '03b-employees-bulk-export');
    await page.context().close();
  });

  it('shows the server NIP error on the NIP field, then saves once it is fixed', async () => {
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id');
    await page.goto(`${baseUrl()}/#/employees/create`);
    await page.locator('input[name="fullName"]').fill('Rahmat Hidayat');
    // NIP says male (digit 15 = 1); the form says female.
    await page.locator('input[name="nip"]').fill('199103142019031005');
    await page.getByRole('combobox', { name: 'Jenis kelamin' }).click();
    await page.getByRole('option', { name: 'Perempuan' }).click();
    await page.locator('input[name="birthDate"]').fill('1991-03-14');
    await page.locator('input[name="tmtCpns"]').fill('2019-03-01');
    await page.getByRole('button', { name: 'Simpan' }).click();
    // The message sits in the NIP field's own box, not only in a notification.
    const nipField = page.locator('.MuiFormControl-root', { has: page.locator('input[name="nip"]') });
    await expect.poll(() => nipField.innerText()).toContain('Jenis kelamin pada NIP (digit 15) tidak sama');
    await shot(page, '04-employee-create-bad-nip');

    await page.getByRole('combobox', { name: 'Jenis kelamin' }).click();
    await page.getByRole('option', { name: 'Laki-laki' }).click();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('199103142019031005').first().waitFor();
    await shot(page, '05-employee-created');

    await page.goto(`${baseUrl()}/#/employees`);
    await page.locator('input[name="q"]').fill('199103142019031005');
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(1);
    await expect.poll(() => page.locator('table tbody tr').first().innerText()).toContain('Rahmat Hidayat');
    await page.context().close();
  });
});

describe('roles', () => {
  it('shows a unit admin only their unit', async () => {
    const gov = await newPage(browser);
    await login(gov, 'bkpp@semarangkota.go.id');
    await gov.goto(`${baseUrl()}/#/employees`);
    const all = await listTotal(gov);
    await gov.context().close();

    const page = await newPage(browser);
    await login(page, 'dinkes@semarangkota.go.id');
    await page.goto(`${baseUrl()}/#/employees`);
    await page.locator('table tbody tr').first().waitFor();
    const mine = await listTotal(page);
    expect(mine).toBeGreaterThan(0);
    expect(mine).toBeLessThan(all);
    await shot(page, '06-employees-unit-admin');
    await page.context().close();
  });

  it('gives an analyst no create or edit actions and masked personal data', async () => {
    const page = await newPage(browser);
    await login(page, 'analis@semarangkota.go.id');
    await page.goto(`${baseUrl()}/#/employees`);
    await page.locator('table tbody tr').first().waitFor();
    expect(await page.getByRole('link', { name: 'Buat' }).count()).toBe(0);
    await page.locator('table tbody tr').first().click();
    await page.getByText('Profil').first().waitFor();
    expect(await page.getByRole('link', { name: 'Ubah', exact: true }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Data pribadi' }).click();
    await page.getByText(/\d{4}\*{10}\d{2}/).waitFor();
    await shot(page, '07-analyst-masked');
    await page.context().close();
  });

  it('switches the panel to English', async () => {
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id');
    await page.getByText('Manajemen ASN berbasis sistem merit').waitFor();
    await page.getByRole('button', { name: /bahasa|language/i }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText('Merit-based civil service management').waitFor();
    await shot(page, '08-dashboard-english');
    // The choice survives a reload.
    await page.reload();
    await page.getByText('Merit-based civil service management').waitFor();
    await page.context().close();
  });
});

// Accounts, the audit trail, settings and the competency dictionary in the panel, in headless
// Chromium against the real server: a government admin creates a unit admin (the server's field
// errors first), finds their change in the audit log with its before/after values, changes a rule
// value (an invalid one first, then a stale one); an analyst reads the settings only.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { afterListQuery, baseUrl, launch, login, newPage, shot } from './browser';

const ADMIN = 'bkpp@semarangkota.go.id';
const NEW_ADMIN = 'admin.puskesmas.e2e@semarangkota.go.id';
const NEW_PASSWORD = 'RahasiaUji2026';
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// The page of the running test, kept for a screenshot when it fails.
let current: Page | undefined;
async function open(): Promise<Page> {
  current = await newPage(browser);
  return current;
}
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && current && !current.isClosed()) await shot(current, `pages-failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`);
  current = undefined;
});

/** The react-admin input box (label, input, helper/error text) holding the input `name`. */
const fieldBox = (scope: Page | ReturnType<Page['getByRole']>, page: Page, name: string) => scope.locator('.MuiFormControl-root', { has: page.locator(`input[name="${name}"]`) });

/** GraphQL with the session of the browser page (another administrator's change, made meanwhile). */
async function apiInPage<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
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

describe('users', () => {
  it('lets a government admin create a unit admin, with the server\'s errors on the fields first', async () => {
    const page = await open();
    await login(page, ADMIN);
    await page.getByRole('menuitem', { name: 'Pengguna' }).click();
    await page.locator('table tbody tr').first().waitFor();
    await page.getByRole('link', { name: 'Buat' }).click();

    await page.locator('input[name="email"]').fill('bukan-email');
    await page.locator('input[name="displayName"]').fill('Admin Puskesmas Uji');
    // Unit admin is the default role; its unit is required.
    await page.getByRole('combobox', { name: 'Unit kerja' }).fill('Dinas Kesehatan');
    await page.getByRole('option', { name: 'Dinas Kesehatan', exact: true }).click();
    await page.locator('input[name="password"]').fill('pendek');
    await page.getByRole('button', { name: 'Simpan' }).click();
    // Both problems come back from the server at once, each in its field's own box.
    await expect.poll(() => fieldBox(page, page, 'email').innerText()).toContain('Alamat email tidak valid');
    await expect.poll(() => fieldBox(page, page, 'password').innerText()).toContain('Kata sandi 10 sampai 200 karakter, berisi huruf dan angka');
    await shot(page, 'pages-01-user-create-errors');

    await page.locator('input[name="email"]').fill(NEW_ADMIN);
    await page.locator('input[name="password"]').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL((url) => url.hash === '#/users' || url.hash.startsWith('#/users?'));
    await page.locator('input[name="q"]').fill('puskesmas.e2e');
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(1);
    const row = await page.locator('table tbody tr').first().innerText();
    expect(row).toContain(NEW_ADMIN);
    expect(row).toContain('Admin unit');
    expect(row).toContain('Dinas Kesehatan');
    // The password is never shown, anywhere.
    expect(await page.content()).not.toContain(NEW_PASSWORD);
    await shot(page, 'pages-02-user-created');

    // The new account works.
    const other = await newPage(browser);
    await login(other, NEW_ADMIN, NEW_PASSWORD);
    await other.getByText('Admin Puskesmas Uji').first().waitFor();
    await other.context().close();
    await page.context().close();
  });

  it('filters by role and exports the list from the server', async () => {
    const page = await open();
    await login(page, ADMIN);
    await page.goto(`${baseUrl()}/#/users`);
    await page.locator('table tbody tr').first().waitFor();
    await page.getByRole('combobox', { name: 'Peran' }).click();
    await page.getByRole('option', { name: 'Admin unit' }).click();
    await expect.poll(() => decodeURIComponent(page.url())).toContain('"role":"UNIT_ADMIN"');
    await expect.poll(async () => (await page.locator('table tbody tr').allInnerTexts()).every((r) => r.includes('Admin unit'))).toBe(true);
    // Sorted by name (by the server), descending: the export keeps the list's order.
    const sortByName = page.locator('[data-field="displayName"]');
    const column = async (n: number) => (await page.locator(`table tbody tr td:nth-child(${n})`).allInnerTexts()).map((t) => t.trim());
    const sortedNames = async (order: 'asc' | 'desc') => {
      const names = await column(3); // after the tick box and the e-mail
      const sorted = [...names].sort((a, b) => a.localeCompare(b));
      return names.length > 1 && names.join('|') === (order === 'asc' ? sorted : sorted.reverse()).join('|');
    };
    await sortByName.click();
    await expect.poll(() => sortByName.getAttribute('class')).toMatch(/Mui-active.*directionAsc/);
    await expect.poll(() => sortedNames('asc')).toBe(true);
    await sortByName.click();
    await expect.poll(() => sortByName.getAttribute('class')).toMatch(/Mui-active.*directionDesc/);
    await expect.poll(() => sortedNames('desc')).toBe(true);
    expect(page.url()).toMatch(/sort=displayName/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor', exact: true }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv[0]).toMatch(/^Email,Nama,Peran/);
    expect(csv.slice(1).every((line) => line.includes('UNIT_ADMIN'))).toBe(true);
    expect(csv.slice(1).map((line) => line.split(',')[0])).toEqual(await column(2));
    await page.context().close();
  });
});

describe('audit log', () => {
  it('shows the admin their own change to the account, with the values before and after', async () => {
    const page = await open();
    await login(page, ADMIN);
    await page.goto(`${baseUrl()}/#/users`);
    await page.locator('input[name="q"]').fill('puskesmas.e2e');
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(1);
    await page.locator('table tbody tr').first().click();
    await page.locator('input[name="displayName"]').fill('Admin Puskesmas Uji Coba');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL((url) => url.hash.startsWith('#/users'));
    await page.locator('table tbody tr', { hasText: 'Admin Puskesmas Uji Coba' }).click();

    // "Riwayat perubahan" opens the audit log filtered on this account.
    await page.getByRole('link', { name: 'Riwayat perubahan' }).click();
    await page.waitForURL((url) => url.hash.startsWith('#/audit'));
    // Created, renamed: newest first. (Its sign-ins are in the access log, not the change trail.)
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(2);
    const rows = await page.locator('table tbody tr').allInnerTexts();
    expect(rows[0]).toMatch(/Diubah[\s\S]*Pengguna[\s\S]*bkpp@semarangkota\.go\.id[\s\S]*Nama/);
    expect(rows.join('\n')).not.toMatch(/Terakhir masuk/);
    expect(rows[1]).toMatch(/Dibuat[\s\S]*Pengguna[\s\S]*bkpp@semarangkota\.go\.id/);
    // Indonesian dates: "23 November 2026 pukul 20.26".
    expect(rows[0]).toMatch(/\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/);
    await shot(page, 'pages-03-audit-filtered');

    // (on its time: the record id cell links to the account itself)
    await page.locator('table tbody tr').first().locator('td').nth(1).click();
    const table = page.getByRole('table', { name: 'Perubahan' });
    await table.waitFor();
    const change = table.getByRole('row', { name: /Nama/ });
    await expect.poll(() => change.innerText()).toMatch(/Admin Puskesmas Uji\s+Admin Puskesmas Uji Coba/);
    expect(await page.content()).not.toContain('passwordHash');
    await shot(page, 'pages-04-audit-before-after');
    await page.context().close();
  });

  it('lists the trail newest first, filtered by record type, and links an employee to its history', async () => {
    const page = await open();
    await login(page, ADMIN);
    await page.getByRole('menuitem', { name: 'Jejak audit' }).click();
    await page.locator('table tbody tr').first().waitFor();
    // (filters apply after a pause; the first page may already be all accounts: wait for the filtered answer)
    const total = await afterListQuery(page, '"entityName":"User"', async () => {
      await page.getByRole('combobox', { name: 'Jenis data' }).click();
      await page.getByRole('option', { name: 'Pengguna', exact: true }).click();
    });
    await expect.poll(() => decodeURIComponent(page.url())).toContain('"entityName":"User"');
    expect((await page.locator('table tbody tr').allInnerTexts()).every((r) => r.includes('Pengguna'))).toBe(true);
    // The export has every matching entry (not only this page), from the server.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor', exact: true }).click()]);
    const rows = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0]).toMatch(/^Waktu,Pelaku,Peran,Aksi,Entitas/);
    expect(rows).toHaveLength(total + 1);
    expect(rows.slice(1).every((r) => r.includes(',User,'))).toBe(true);

    await page.getByRole('menuitem', { name: 'Pegawai' }).click();
    await page.getByRole('columnheader', { name: 'NIP' }).waitFor();
    await page.locator('table tbody tr td:nth-child(2)', { hasText: /^\d{18}$/ }).first().click();
    await page.getByRole('link', { name: 'Riwayat perubahan' }).click();
    await page.waitForURL((url) => url.hash.startsWith('#/audit'));
    const id = decodeURIComponent(page.url()).match(/"entityId":"([^"]+)"/)?.[1];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await expect.poll(() => page.locator('input[name="entityId"]').inputValue()).toBe(id);
    await page.context().close();
  });
});

describe('settings', () => {
  it('lets a government admin change a rule value for their government, refusing an invalid one on the field', async () => {
    const page = await open();
    await login(page, ADMIN);
    await page.getByRole('menuitem', { name: 'Pengaturan' }).click();
    await page.getByRole('tab', { name: 'Aturan umum' }).waitFor();
    const row = page.locator('tr', { hasText: 'alerts.contractMonths' });
    await expect.poll(() => row.innerText()).toMatch(/\b6\b[\s\S]*1 – 24[\s\S]*Bawaan nasional/);

    await page.getByRole('button', { name: 'Ubah alerts.contractMonths' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="value"]').fill('99');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => fieldBox(dialog, page, 'value').innerText()).toContain('Nilai harus antara 1 dan 24');
    await shot(page, 'pages-05-setting-invalid');

    await dialog.locator('input[name="value"]').fill('9');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => row.innerText()).toMatch(/\b9\b[\s\S]*Nilai instansi/);
    await shot(page, 'pages-06-setting-saved');
    await page.context().close();
  });

  it('says so when someone else changed the row meanwhile, and shows their value', async () => {
    const page = await open();
    await login(page, ADMIN);
    await page.goto(`${baseUrl()}/#/pengaturan`);
    const row = page.locator('tr', { hasText: 'alerts.contractMonths' });
    await expect.poll(() => row.innerText()).toMatch(/\b9\b/);
    await page.getByRole('button', { name: 'Ubah alerts.contractMonths' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="value"]').fill('12');

    // Another administrator saves the same rule first.
    const governmentId = await page.evaluate(() => JSON.parse(localStorage.getItem('asn-merit.user')!).government.id as string);
    const { settings } = await apiInPage<{ settings: { key: string; setting: { version: number } }[] }>(page, 'query($g: ID) { settings(governmentId: $g) { key setting { version } } }', { g: governmentId });
    const version = settings.find((s) => s.key === 'alerts.contractMonths')!.setting.version;
    await apiInPage(page, 'mutation($i: SetSettingInput!) { setSetting(input: $i) { value } }', { i: { key: 'alerts.contractMonths', value: 10, governmentId, version } });

    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText()).toContain('diubah oleh pengguna lain');
    await shot(page, 'pages-07-setting-conflict');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await expect.poll(() => row.innerText()).toMatch(/\b10\b/);
    await page.context().close();
  });

  it('shows the national reference tables read-only to a government admin', async () => {
    const page = await open();
    await login(page, ADMIN);
    await page.goto(`${baseUrl()}/#/pengaturan/ikmGrades`);
    await page.getByText('hanya super admin yang dapat mengubahnya').waitFor();
    await page.locator('tr', { hasText: 'Sangat Baik' }).waitFor();
    expect(await page.locator('button[aria-label^="Ubah"]').count()).toBe(0);
    await page.context().close();
  });
});

describe('competency dictionary', () => {
  it('lists the national competencies and lets a government admin define a technical one', async () => {
    const page = await open();
    await login(page, ADMIN);
    await page.getByRole('menuitem', { name: 'Kamus kompetensi' }).click();
    await page.locator('table tbody tr', { hasText: 'M.08' }).waitFor();
    expect(await page.locator('table tbody tr', { hasText: 'S.01' }).innerText()).toContain('Sosial kultural');
    await page.getByRole('link', { name: 'Buat' }).click();
    await page.locator('input[name="code"]').fill('T.E2E');
    await page.locator('input[name="name"]').fill('Pengelolaan Data Kepegawaian');
    await page.locator('textarea[name="description"]').fill('Kemampuan mengelola data kepegawaian secara akurat dan tepat waktu.');
    const levels = ['Memahami jenis data', 'Mengisi data dengan benar', 'Memeriksa kelengkapan data', 'Menganalisis data', 'Merancang tata kelola data'];
    for (const [i, text] of levels.entries()) await page.locator(`textarea[name="levelDescriptions.${i}"]`).fill(text);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Merancang tata kelola data').waitFor();
    await page.getByText('Pemerintah Kota Semarang').first().waitFor();
    await page.getByRole('link', { name: 'Ubah', exact: true }).waitFor();
    await shot(page, 'pages-08-competency-created');
    await page.context().close();
  });
});

describe('analyst', () => {
  it('reads the settings without edit actions, and has no users or audit menu', async () => {
    const page = await open();
    await login(page, 'analis@semarangkota.go.id');
    await page.getByRole('menuitem', { name: 'Pengaturan' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Pengguna' }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: 'Jejak audit' }).count()).toBe(0);
    await page.getByRole('menuitem', { name: 'Pengaturan' }).click();
    await page.getByText('Anda hanya dapat membaca pengaturan ini').waitFor();
    await page.locator('tr', { hasText: 'alerts.contractMonths' }).waitFor();
    expect(await page.locator('button[aria-label^="Ubah"]').count()).toBe(0);
    await shot(page, 'pages-09-analyst-settings');
    await page.getByRole('tab', { name: 'Distribusi predikat' }).click();
    await page.getByText('hanya super admin yang dapat mengubahnya').waitFor();
    expect(await page.locator('button[aria-label^="Ubah"]').count()).toBe(0);
    await page.context().close();
  });
});

describe('bulk actions on accounts', () => {
  it('deactivates the ticked accounts after confirmation, and a deactivated account can no longer log in', async () => {
    const page = await open();
    await login(page, ADMIN);
    await page.goto(`${baseUrl()}/#/users`);
    await page.locator('input[name="q"]').fill(NEW_ADMIN);
    const row = page.locator('table tbody tr', { hasText: NEW_ADMIN });
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(1);
    await row.locator('input[type="checkbox"]').check();
    await page.getByText('1 item terpilih').waitFor();
    await page.getByRole('button', { name: 'Nonaktifkan' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /konfirmasi|ya/i }).click();
    await page.getByText('1 data telah diperbarui').waitFor();
    await shot(page, 'pages-users-bulk-deactivated');
    await page.context().close();

    const other = await open();
    await login(other, NEW_ADMIN, NEW_PASSWORD, { expectFailure: true });
    await other.getByText(/Email atau kata sandi salah|nonaktif/i).first().waitFor();
    await other.locator('input[name="password"]').waitFor();
    expect(other.url()).toContain('#/login');
    await other.context().close();
  });
});

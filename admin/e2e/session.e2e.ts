// What each role finds in the menu, and what happens when a session ends.
import { SignJWT } from 'jose';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_JWT_SECRET } from './global-setup';
import { baseUrl, launch, login, newPage, shot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function menu(page: Page): Promise<string[]> {
  await page.getByRole('menuitem', { name: 'Dasbor' }).waitFor();
  return (await page.locator('.RaSidebar-fixed [role="menuitem"]').allInnerTexts()).map((t) => t.trim());
}

const ALL_ADMIN = ['Dasbor', 'Pegawai', 'Unit kerja', 'Jabatan', 'Asesmen kompetensi', 'Evaluasi kinerja', 'Survei (SKM)', 'Layanan', 'Pengaduan', 'DUK', 'Kotak talenta', 'Kamus kompetensi', 'Pengaturan'];
// Accounts and the audit trail: super and government admins only.
const ACCOUNTS = ['Pengguna', 'Jejak audit'];

describe('menu by role', () => {
  const cases: { email: string; role: string; has: string[]; hasNot: string[] }[] = [
    { email: 'superadmin@asnmerit.id', role: 'SUPER_ADMIN', has: [...ALL_ADMIN, ...ACCOUNTS], hasNot: [] },
    { email: 'bkpp@semarangkota.go.id', role: 'GOV_ADMIN', has: [...ALL_ADMIN, ...ACCOUNTS], hasNot: [] },
    { email: 'dinkes@semarangkota.go.id', role: 'UNIT_ADMIN', has: ALL_ADMIN, hasNot: ACCOUNTS },
    // Read-only: no complaints (they hold senders' contacts).
    { email: 'analis@semarangkota.go.id', role: 'ANALYST', has: ALL_ADMIN.filter((m) => m !== 'Pengaduan'), hasNot: ['Pengaduan', ...ACCOUNTS] },
    // An employee sees their own record, assessments and evaluations, nothing of the organisation.
    { email: 'pegawai@semarangkota.go.id', role: 'EMPLOYEE', has: ['Dasbor', 'Pegawai', 'Asesmen kompetensi', 'Evaluasi kinerja'], hasNot: ['Unit kerja', 'Jabatan', 'Survei (SKM)', 'Layanan', 'Pengaduan', 'DUK', 'Kotak talenta', 'Kamus kompetensi', 'Pengaturan', ...ACCOUNTS] },
  ];
  for (const c of cases) {
    it(`gives ${c.role} the menu of their role`, async () => {
      const page = await newPage(browser);
      await login(page, c.email);
      const items = await menu(page);
      for (const m of c.has) expect(items, `${c.role} should see ${m}`).toContain(m);
      for (const m of c.hasNot) expect(items, `${c.role} should not see ${m}`).not.toContain(m);
      await shot(page, `50-menu-${c.role.toLowerCase()}`);
      await page.context().close();
    });
  }

  it('shows an employee their own record only', async () => {
    const page = await newPage(browser);
    await login(page, 'pegawai@semarangkota.go.id');
    await page.getByRole('menuitem', { name: 'Pegawai' }).click();
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(1);
    await page.locator('table tbody tr').first().click();
    await page.getByText('Profil').first().waitFor();
    // Nothing on the page failed to load for lack of rights.
    expect(await page.getByText(/tidak berhak|akses ditolak|forbidden/i).count()).toBe(0);
    await shot(page, '51-employee-own-record');
    await page.context().close();
  });
});

describe('session end', () => {
  it('sends the user back to the login page with a clear message when the session has expired', async () => {
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id');
    await page.getByRole('menuitem', { name: 'Pegawai' }).waitFor();
    // The browser knows when the session ends (from the login answer): move that moment into the past.
    await page.evaluate(() => {
      const user = JSON.parse(localStorage.getItem('asn-merit.user')!);
      localStorage.setItem('asn-merit.user', JSON.stringify({ ...user, expiresAt: new Date(Date.now() - 1000).toISOString() }));
    });
    await page.getByRole('menuitem', { name: 'Pegawai' }).click();
    await page.waitForURL(/#\/login/);
    await page.getByText('Sesi Anda telah berakhir. Silakan masuk kembali.').waitFor();
    await shot(page, '52-session-expired');
    await page.context().close();
  });

  it('logs out with the same message when the server refuses an expired token', async () => {
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id');
    await page.getByRole('menuitem', { name: 'Pegawai' }).waitFor();
    const userId = await page.evaluate(() => JSON.parse(localStorage.getItem('asn-merit.user')!).id as string);
    const past = Math.floor(Date.now() / 1000) - 60;
    const expired = await new SignJWT({ role: 'GOV_ADMIN' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer('asn-merit')
      .setIssuedAt(past - 3600)
      .setExpirationTime(past)
      .sign(new TextEncoder().encode(E2E_JWT_SECRET));
    await page.evaluate((token) => localStorage.setItem('asn-merit.token', token), expired);
    await page.goto(`${baseUrl()}/#/employees`);
    await page.waitForURL(/#\/login/);
    await page.getByText('Sesi Anda telah berakhir. Silakan masuk kembali.').waitFor();
    await page.context().close();
  });

  it('logs out from the user menu', async () => {
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id');
    await page.getByRole('button', { name: /Admin BKPP Kota Semarang|profil/i }).click();
    await page.getByRole('menuitem', { name: 'Keluar' }).click();
    await page.waitForURL(/#\/login/);
    expect(await page.evaluate(() => localStorage.getItem('asn-merit.token'))).toBeNull();
    await page.context().close();
  });
});

describe('tablet', () => {
  it('fits lists, records and reports in a tablet screen (wide tables scroll inside their card)', async () => {
    const page = await newPage(browser, { width: 820, height: 1180 });
    await login(page, 'bkpp@semarangkota.go.id');
    for (const [path, ready] of [
      ['/employees', 'table tbody tr'],
      ['/positions', 'table tbody tr'],
      ['/duk', 'table tbody tr'],
      ['/talenta', '[data-box="9"]'],
      ['/', '.MuiCard-root'],
    ] as const) {
      await page.goto(`${baseUrl()}/#${path}`);
      await page.locator(ready).first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    await page.goto(`${baseUrl()}/#/employees`);
    await page.locator('table tbody tr').first().click();
    await page.getByText('Profil').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await shot(page, '53-tablet-employee');
    await page.context().close();
  });
});

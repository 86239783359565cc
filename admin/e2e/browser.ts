// Chromium driven by playwright-core. `npx playwright install` cannot work offline, so the browser
// is, in order: CHROMIUM_PATH, Debian's /usr/bin/chromium when installed, or the build shipped
// inside the @sparticuz/chromium npm package (unpacked to the temp folder on first use), so that
// `npm install && npm test` needs nothing else. Screenshots go to admin/test-results/ for review.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const SHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test-results/screenshots');
export const DEMO_PASSWORD = 'MeritDemo2026';

// Flags for a closed network: without the background-networking ones Chromium keeps dialling
// Google's hosts and has its connections refused.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'];

export async function browserExecutable(): Promise<{ path: string; source: string; args: string[] }> {
  if (process.env.CHROMIUM_PATH) return { path: process.env.CHROMIUM_PATH, source: 'CHROMIUM_PATH', args: FLAGS };
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', source: 'Debian chromium', args: FLAGS };
  const { default: packaged } = await import('@sparticuz/chromium');
  // Its own flags are tuned for AWS Lambda (single process, no web security): keep only the ones
  // its build needs to render here (software GL), and add ours.
  const keep = packaged.args.filter((a) => /^--(use-gl|use-angle|enable-unsafe-swiftshader|no-zygote|font-render-hinting)/.test(a));
  return { path: await packaged.executablePath(), source: '@sparticuz/chromium', args: [...FLAGS, ...keep] };
}

export async function launch(): Promise<Browser> {
  const exe = await browserExecutable();
  return chromium.launch({ executablePath: exe.path, args: exe.args });
}

export async function newPage(browser: Browser, opts: { width?: number; height?: number; locale?: string } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1366, height: opts.height ?? 860 }, locale: opts.locale ?? 'id-ID', timezoneId: 'Asia/Jakarta' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

export function baseUrl(): string {
  return inject('baseUrl');
}

/** Logs in through the login page; unless told otherwise, waits until the panel has opened. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD, opts: { expectFailure?: boolean } = {}): Promise<void> {
  await page.goto(`${baseUrl()}/#/login`);
  await page.locator('input[name="username"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  if (!opts.expectFailure) await page.waitForURL((url) => !url.hash.startsWith('#/login'));
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** The total react-admin's pagination shows ("1-25 dari 123" / "1-25 of 123"). */
export async function shownTotal(page: Page): Promise<number> {
  const text = await page.locator('.MuiTablePagination-displayedRows').first().innerText();
  return Number(text.split(/\s+/).pop()!.replace(/\D/g, ''));
}

/**
 * Runs `action` (a filter chosen, a search typed) and waits for what it causes: the list query
 * whose request carries `marker` answered, and the pagination showing that answer's total. Waiting
 * on a row's text alone can pass on the old rows when they happen to match the new filter too.
 */
export async function afterListQuery(page: Page, marker: string, action: () => Promise<void>): Promise<number> {
  const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes(marker));
  await action();
  const body = (await (await answered).json()) as { data?: Record<string, { total?: number }> };
  const total = Object.values(body.data ?? {})[0]?.total;
  if (typeof total !== 'number') throw new Error(`the list query carrying ${marker} returned no total`);
  await expect.poll(() => shownTotal(page)).toBe(total);
  return total;
}

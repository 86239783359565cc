// Debian's Chromium driven by playwright-core (no browser download: `npx playwright install`
// cannot work offline). Screenshots go to admin/test-results/ for review.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const SHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test-results/screenshots');
export const DEMO_PASSWORD = 'MeritDemo2026';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'],
  });
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

// Typing into a list's search as soon as it shows, while the page is still settling (its first
// query, the filter choices and the URL sync in flight), on a CPU slowed down six times: the text
// must stay in the box and the list must follow it, as for a real user on a busy office laptop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, login, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function slowCpu(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

const rowsText = (page: Page) => page.locator('table tbody tr').allInnerTexts();

describe('list search while the page settles', () => {
  for (const [resource, text] of [
    ['employees', 'an'],
    ['users', 'semarangkota'],
    ['services', 'an'],
  ] as const) {
    it(`keeps what is typed into the ${resource} search before the list has loaded`, async () => {
      const page = await newPage(browser);
      await login(page, 'bkpp@semarangkota.go.id');
      await slowCpu(page, 6);
      await page.goto(`${baseUrl()}/#/${resource}`);
      const search = page.locator('input[name="q"]');
      await search.waitFor();
      // Key by key, as a person types, before the first rows are on screen.
      await search.pressSequentially(text, { delay: 40 });
      await expect.poll(() => page.evaluate(() => decodeURIComponent(window.location.hash))).toContain(`"q":"${text}"`);
      expect(await search.inputValue()).toBe(text);
      await page.locator('table tbody tr').first().waitFor();
      await expect.poll(async () => (await rowsText(page)).every((r) => r.toLowerCase().includes(text.toLowerCase()))).toBe(true);
      await page.context().close();
    });
  }
});

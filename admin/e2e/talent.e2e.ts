// The 9-box page: counts per box for a government and for a unit, and the employees of a box.
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

const boxCount = async (page: Page, box: number) => Number((await page.locator(`[data-box="${box}"] .box-count`).innerText()).replace(/\D/g, ''));

async function boxCounts(page: Page): Promise<number[]> {
  await page.locator('[data-box="9"]').waitFor();
  const counts: number[] = [];
  for (let b = 1; b <= 9; b++) counts.push(await boxCount(page, b));
  return counts;
}

describe('talent grid (9-box)', () => {
  it("draws a government's 9-box and lists the employees of the box clicked", async () => {
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id');
    await page.getByRole('menuitem', { name: 'Kotak talenta' }).click();
    await page.getByText('Kotak talenta (9-box)').first().waitFor();
    const counts = await boxCounts(page);
    const placed = counts.reduce((a, b) => a + b, 0);
    expect(placed).toBeGreaterThan(0);
    await page.getByText(`${placed.toLocaleString('id-ID')} pegawai terpetakan`).waitFor();

    // The fullest box among 7-9 (the succession pool): its list holds exactly that many employees.
    const box = [7, 8, 9].reduce((best, b) => (counts[b - 1] > counts[best - 1] ? b : best), 9);
    await page.locator(`[data-box="${box}"]`).click();
    expect(page.url()).toContain(`box=${box}`);
    const members = page.getByTestId('talent-members');
    await members.getByText(`Kotak ${box} ·`).waitFor();
    await members.getByText('Rekomendasi:').waitFor();
    await expect.poll(async () => (await members.locator('.MuiTablePagination-displayedRows').innerText()).split(/\s+/).pop()).toBe(String(counts[box - 1]));
    await shot(page, '60-talent-grid');

    // A name opens the employee, whose talent tab places them in the same box.
    const first = members.locator('tbody tr').first().getByRole('link');
    const name = await first.innerText();
    await first.click();
    await page.waitForURL(/#\/employees\/[^/]+\/show/);
    await page.getByText(name).first().waitFor();
    await page.context().close();
  });

  it("shows a unit admin their unit's boxes only, and the same numbers when the government admin picks that unit", async () => {
    const unit = await newPage(browser);
    await login(unit, 'dinkes@semarangkota.go.id');
    await unit.goto(`${baseUrl()}/#/talenta`);
    const mine = await boxCounts(unit);
    await unit.context().close();

    const gov = await newPage(browser);
    await login(gov, 'bkpp@semarangkota.go.id');
    await gov.goto(`${baseUrl()}/#/talenta`);
    const all = await boxCounts(gov);
    expect(mine.reduce((a, b) => a + b, 0)).toBeLessThan(all.reduce((a, b) => a + b, 0));
    await gov.getByLabel('Unit kerja').fill('Dinas Kesehatan');
    await gov.getByRole('option', { name: 'Dinas Kesehatan', exact: true }).click();
    await expect.poll(() => boxCounts(gov)).toEqual(mine);
    await shot(gov, '61-talent-grid-unit');
    await gov.context().close();
  });
});

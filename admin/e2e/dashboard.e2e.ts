// The dashboard's charts in headless Chromium against the real server and demo data: real numbers
// that agree with each other and with the lists, each role's own scope, links to the records.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, login, newPage, shot } from './browser';

let browser: Browser;
let govTotal = 0;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const CHARTS = ['composition', 'headcount-unit', 'headcount-rank', 'predikat', 'promotions', 'retirements', 'ikm'];

const chart = (page: Page, name: string) => page.locator(`[data-chart="${name}"]`);

/** Waits until a chart has loaded (no skeleton), then returns it. */
async function loaded(page: Page, name: string) {
  const card = chart(page, name);
  await card.waitFor();
  await expect.poll(() => card.getAttribute('aria-busy'), { timeout: 15_000 }).toBeNull();
  return card;
}

/** The numbers a chart shows, from the `data-value` of each visible value (the text is formatted). */
async function values(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
}

/** "2.580" (id) or "2,580" (en) as a number. */
const parse = (text: string) => Number(text.replace(/[^\d]/g, ''));

async function statEmployees(page: Page): Promise<number> {
  const value = page.locator('[data-stat="employees"] [data-value]');
  await value.waitFor();
  return Number(await value.getAttribute('data-value'));
}

async function sum(page: Page, selector: string): Promise<number> {
  return (await values(page, selector)).reduce((s, n) => s + n, 0);
}

describe('dashboard of a government admin', () => {
  it('shows every chart with real numbers that agree with each other and with the employee list', async () => {
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id');
    for (const name of CHARTS) await loaded(page, name);
    const employees = await statEmployees(page);
    expect(employees).toBeGreaterThan(100);

    // Composition: the total, and the ASN-type and sex segments each summing to it.
    const composition = chart(page, 'composition');
    const total = parse(await composition.getByTestId('headcount-total').innerText());
    expect(total).toBe(employees); // the demo data has everyone in service
    expect(await sum(page, '[data-chart="composition"] [data-group="ASN_TYPE"] li [data-value]')).toBe(total);
    expect(await sum(page, '[data-chart="composition"] [data-group="SEX"] li [data-value]')).toBe(total);
    await composition.getByText('PNS', { exact: true }).waitFor();
    // Numbers are written the Indonesian way (2.580), and the date too.
    expect(await composition.getByTestId('headcount-total').innerText()).toBe(total.toLocaleString('id-ID'));
    expect(await composition.locator('[data-role="subtitle"]').innerText()).toMatch(/Pemerintah Kota Semarang · per \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/);
    govTotal = total;

    // By unit (every top-level unit, the rest summed) and by rank: the same total.
    expect(await sum(page, '[data-chart="headcount-unit"] li [data-value]')).toBe(total);
    expect(await sum(page, '[data-chart="headcount-rank"] li [data-value]')).toBe(total);
    const ranks = await chart(page, 'headcount-rank').locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(ranks.indexOf('PNS:III/a')).toBeLessThan(ranks.indexOf('PNS:III/b'));
    expect(ranks.indexOf('PNS:IV/a')).toBeLessThan(ranks.findIndex((k) => k?.startsWith('PPPK:')));

    // Predikat of last year: the five counts add up to the number rated.
    const year = new Date().getFullYear() - 1;
    const predikat = chart(page, 'predikat');
    const subtitle = await predikat.locator('[data-role="subtitle"]').innerText();
    expect(subtitle).toContain(`Tahun ${year}`);
    const rated = parse(subtitle.match(/([\d.]+) pegawai dinilai/)![1]);
    expect(rated).toBeGreaterThan(0);
    expect(await sum(page, '[data-chart="predikat"] ul[aria-label] > li [data-value]')).toBe(rated);
    expect(await predikat.getByRole('img').first().getAttribute('aria-label')).toMatch(/Sangat Baik [\d.]+ \(/);

    // Promotions due: a count and names linking to the employees.
    const due = parse(await chart(page, 'promotions').getByTestId('promotions-due').innerText());
    expect(due).toBeGreaterThan(0);
    expect(await chart(page, 'promotions').locator('a[href*="/employees/"]').count()).toBe(Math.min(due, 8));

    // Retirements: five years, adding up to the total.
    const retirements = chart(page, 'retirements');
    const columns = await retirements.locator('[role="img"] [data-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    const thisYear = new Date().getFullYear();
    expect(columns).toEqual([0, 1, 2, 3, 4].map((i) => String(thisYear + i)));
    expect(await sum(page, '[data-chart="retirements"] [role="img"] [data-value]')).toBe(parse(await retirements.getByTestId('retirements-total').innerText()));

    // IKM per unit: values between 25 and 100, each with its trend described.
    const ikm = await values(page, '[data-chart="ikm"] tbody [data-value]');
    expect(ikm.length).toBeGreaterThan(0);
    expect(ikm.every((v) => v >= 25 && v <= 100)).toBe(true);
    expect(await chart(page, 'ikm').locator('svg[role="img"]').first().getAttribute('aria-label')).toMatch(/^IKM .+ per tahun: \d{4} \d+,\d\d/);

    await shot(page, '40-dashboard-gov-admin');
    await page.context().close();
  });

  it('opens the employee when a promotion-due name is clicked', async () => {
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id');
    const card = await loaded(page, 'promotions');
    const first = card.locator('a[href*="/employees/"]').first();
    const name = await first.innerText();
    const href = (await first.getAttribute('href'))!;
    const id = href.match(/employees\/([0-9a-f-]{36})\/show/)![1];
    await first.click();
    await page.waitForURL((url) => url.hash === `#/employees/${id}/show`);
    await page.getByText(name).first().waitFor();
    await page.getByRole('tab', { name: 'Riwayat pangkat' }).waitFor();
    await shot(page, '41-dashboard-promotion-opens-employee');
    await page.context().close();
  });

  it('reads on a tablet in the dark theme, and in English', async () => {
    const page = await newPage(browser, { width: 820, height: 1180 });
    await login(page, 'bkpp@semarangkota.go.id');
    await page.evaluate(() => localStorage.setItem('RaStore.theme', '"dark"'));
    await page.reload();
    for (const name of CHARTS) await loaded(page, name);
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // Text is light on the dark cards.
    const color = await chart(page, 'composition').getByTestId('headcount-total').evaluate((e) => getComputedStyle(e).color);
    const [r, g, b] = color.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeGreaterThan(600);
    await shot(page, '42-dashboard-tablet-dark');

    await page.getByRole('button', { name: /bahasa|language/i }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await chart(page, 'composition').getByText('Workforce composition').waitFor();
    await chart(page, 'headcount-rank').getByText('Employees by rank (golongan)').waitFor();
    await expect.poll(() => chart(page, 'composition').getByTestId('headcount-total').innerText(), { timeout: 15_000 }).toBe(govTotal.toLocaleString('en-GB'));
    expect(await chart(page, 'composition').locator('[data-role="subtitle"]').innerText()).toMatch(/as of \d{1,2} [A-Z][a-z]+ \d{4}/);
    await shot(page, '43-dashboard-english');
    await page.context().close();
  });
});

describe('dashboard of other roles', () => {
  it('shows a unit admin the numbers of their own unit only', async () => {
    const page = await newPage(browser);
    await login(page, 'dinkes@semarangkota.go.id');
    for (const name of CHARTS) await loaded(page, name);
    const employees = await statEmployees(page);
    const composition = chart(page, 'composition');
    const total = parse(await composition.getByTestId('headcount-total').innerText());
    expect(total).toBe(employees);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(govTotal);
    for (const name of CHARTS) expect(await chart(page, name).locator('[data-role="subtitle"]').innerText()).toContain('Dinas Kesehatan');
    // The unit chart breaks Dinas Kesehatan down into its sub-units; no other department appears.
    const units = await chart(page, 'headcount-unit').locator('li').allInnerTexts();
    expect(units.some((u) => /Puskesmas|Bidang|Sekretariat|RSUD/.test(u))).toBe(true);
    expect(units.some((u) => u.includes('Dinas Pendidikan'))).toBe(false);
    expect(await sum(page, '[data-chart="headcount-unit"] li [data-value]')).toBe(total);
    expect(await sum(page, '[data-chart="headcount-rank"] li [data-value]')).toBe(total);
    // Their promotions due are people of their unit: the first one opens in their employee list.
    await shot(page, '44-dashboard-unit-admin');
    // Their promotions due are people of their unit: the first one opens (a unit admin sees no one else).
    const first = chart(page, 'promotions').locator('a[href*="/employees/"]').first();
    if (await first.count()) {
      const name = await first.innerText();
      await first.click();
      await page.waitForURL((url) => /#\/employees\/[0-9a-f-]{36}\/show$/.test(url.hash));
      await page.getByText(name).first().waitFor();
      await page.getByRole('tab', { name: 'Riwayat pangkat' }).waitFor();
    }
    await page.context().close();
  });

  it('shows an employee account only the public charts, without errors', async () => {
    const page = await newPage(browser);
    await login(page, 'pegawai@semarangkota.go.id');
    await loaded(page, 'predikat');
    await loaded(page, 'ikm');
    for (const name of ['composition', 'headcount-unit', 'headcount-rank', 'promotions', 'retirements']) expect(await chart(page, name).count()).toBe(0);
    expect(await page.locator('[data-chart] .MuiAlert-standardError').count()).toBe(0);
    await shot(page, '45-dashboard-employee');
    await page.context().close();
  });
});

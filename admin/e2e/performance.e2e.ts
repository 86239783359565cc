// Assessments (with the job-person match) and performance evaluations in the panel.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, login, newPage, shot } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('competencies and performance', () => {
  it('lists assessments and shows one with its JPM and gaps', async () => {
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id');
    await page.goto(`${baseUrl()}/#/assessments`);
    await page.locator('table tbody tr').first().waitFor();
    await shot(page, '10-assessments');
    await page.locator('table tbody tr').first().click();
    await page.getByText('Dibandingkan dengan jabatan').waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/\d+(,\d+)?%/);
    expect(text).toMatch(/Optimal|Memenuhi Syarat/);
    expect(text).toContain('PermenPANRB 38/2017');
    await shot(page, '11-assessment-jpm');
    await page.context().close();
  });

  it('lists annual evaluations and shows why a predikat was given', async () => {
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id');
    await page.goto(`${baseUrl()}/#/evaluations`);
    await page.locator('table tbody tr').first().waitFor();
    expect(await page.locator('table tbody tr').first().innerText()).toContain('Tahunan');
    await shot(page, '12-evaluations');
    await page.locator('table tbody tr').first().click();
    await page.getByText('memberi predikat').waitFor();
    await shot(page, '13-evaluation');
    await page.context().close();
  });

  it("shows an employee's ratings, plan and talent box on their page", async () => {
    const page = await newPage(browser);
    await login(page, 'bkpp@semarangkota.go.id');
    await page.goto(`${baseUrl()}/#/evaluations`);
    await page.locator('table tbody tr').first().waitFor();
    await page.locator('table tbody tr').first().click();
    await page.getByText('memberi predikat').waitFor();
    const nip = (await page.locator('main').innerText()).match(/\b\d{18}\b/)![0];
    await page.goto(`${baseUrl()}/#/employees`);
    await page.locator('input[name="q"]').fill(nip);
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(1);
    await page.locator('table tbody tr').first().click();
    await page.getByRole('tab', { name: 'Kinerja' }).click();
    await page.getByRole('heading', { name: 'Predikat kinerja tahunan' }).waitFor();
    await shot(page, '14-employee-performance');
    await page.getByRole('tab', { name: 'Talenta' }).click();
    await page.getByText('Dasar hukum: PermenPANRB 3/2020').waitFor();
    await shot(page, '15-employee-talent');
    await page.context().close();
  });
});

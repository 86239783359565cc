import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('smoke', () => {
  it('runs', async () => {
    const n = await t.gql(`{ workforceNeeds { year totals { positions analysed requiredStaff requiredStaffRounded bezetting formasi gap shortage surplus } bySector { key gap shortage surplus } largestShortages { title unitName gap } largestSurpluses { title unitName gap } ratios { unitName label population staff targetStaff shortfall populationPerStaff } ratiosTotal positions(limit: 3) { total } } }`.replace('positions(limit: 3) { total }', 'positions { total items { title requiredStaff ej ejBand gap } }'));
    console.log(JSON.stringify(n).slice(0, 3000));
    const p = await t.gql(`{ workforcePlan(limit: 3) { fromYear toYear totals { years { year need staffStart retirements contractsEnding recruit surplus } totalRecruit } bySector { key totalRecruit } rows { total items { title bezetting requiredStaff years { year need recruit retirements } } } positionsWithoutAbk exportPath } }`);
    console.log(JSON.stringify(p).slice(0, 3000));
  });
});

// Public transparency of annual predikat: aggregate counts per unit, no login, small units withheld.
import { yearOf } from '@asn-merit/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testToday, type TestApp } from './helpers.ts';

let t: TestApp;
let semarang: string;
const year = yearOf(testToday()) - 1;
const Q = `query($g: ID!, $y: Int!, $u: ID) { predikatDistribution(governmentId: $g, year: $y, unitId: $u) {
  year governmentName minimumUnitSize legalBasis
  government { unitId unitName total withheld counts { predikat label count percent } }
  units { unitId unitName total withheld counts { predikat count percent } } } }`;

beforeAll(async () => {
  t = await startTestApp();
  [{ id: semarang }] = await t.sql<{ id: string }>(`select id from government where code = '33.74'`);
});
afterAll(() => t.close());

describe('public annual predikat distribution', () => {
  it('counts every annual predikat of the government, per top-level unit, without login', async () => {
    const res = await t.gql(Q, { g: semarang, y: year }, 'anonymous');
    expect(res.errors).toBeUndefined();
    const d = res.data.predikatDistribution;
    const [{ n }] = await t.sql<{ n: string }>(`select count(*) as n from performance_evaluation where period = 'ANNUAL' and year = ? and government_id = ?`, [year, semarang]);
    expect(d.government.total).toBe(Number(n));
    expect(d.government.counts.map((c: { predikat: string }) => c.predikat)).toEqual(['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']);
    expect(d.government.counts.reduce((s: number, c: { count: number }) => s + c.count, 0)).toBe(Number(n));
    expect(d.minimumUnitSize).toBe(10);
    expect(d.legalBasis).toContain('SE MenPANRB 3/2023');
    const shown = d.units.filter((u: { withheld: boolean }) => !u.withheld);
    const hidden = d.units.filter((u: { withheld: boolean }) => u.withheld);
    expect(shown.length).toBeGreaterThan(0);
    expect(hidden.length).toBeGreaterThan(0);
    for (const u of shown) {
      expect(u.total).toBeGreaterThanOrEqual(10);
      expect(u.counts.reduce((s: number, c: { count: number }) => s + c.count, 0)).toBe(u.total);
    }
    // A withheld unit discloses nothing but its name.
    for (const u of hidden) expect(u).toMatchObject({ total: null, counts: [] });
  });

  it('breaks a unit down into its sub-units', async () => {
    const top = (await t.gql(Q, { g: semarang, y: year }, 'anonymous')).data.predikatDistribution.units.find((u: { withheld: boolean }) => !u.withheld);
    const d = (await t.gql(Q, { g: semarang, y: year, u: top.unitId }, 'anonymous')).data.predikatDistribution;
    expect(d.government).toMatchObject({ unitId: top.unitId, total: top.total });
  });

  it('follows the government\'s minimum unit size setting', async () => {
    await t.ok('mutation($i: SetSettingInput!) { setSetting(input: $i) { key value } }', { i: { governmentId: semarang, key: 'transparency.minUnitSize', value: 1000 } });
    const d = (await t.gql(Q, { g: semarang, y: year }, 'anonymous')).data.predikatDistribution;
    expect(d.minimumUnitSize).toBe(1000);
    expect(d.units.every((u: { withheld: boolean }) => u.withheld)).toBe(true);
  });

  it('refuses an unknown government, a year out of range and a malformed id', async () => {
    expect((await t.gql(Q, { g: '6f1c9a52-1d7e-4c43-9a55-1e2b3c4d5e6f', y: year }, 'anonymous')).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'governmentId' });
    expect((await t.gql(Q, { g: semarang, y: 1999 }, 'anonymous')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect((await t.gql(Q, { g: 'abc', y: year }, 'anonymous')).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'governmentId' });
  });
});

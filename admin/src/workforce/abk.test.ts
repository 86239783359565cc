// The panel's live totals follow ASN-RULES §10 (the server's rules are the authority once saved).
import { describe, expect, it } from 'vitest';
import { abkValues, taskMinutes, totals } from './abk';

const values = abkValues([]);

describe('live ABK totals', () => {
  it('uses the §10 defaults when the settings are not loaded: 75,000 minutes, 250/50/12/1', () => {
    expect(values).toEqual({ effective: 75_000, multipliers: { DAY: 250, WEEK: 50, MONTH: 12, YEAR: 1 }, roundUp: false });
  });
  it('40 a day x 15 + 30 a month x 50 + 13 a week x 30 = 187,500 minutes: 2.50 staff, 3 people, EJ 0.83 with 3 holders', () => {
    const tasks = [
      { volume: 40, period: 'DAY' as const, standardMinutes: 15 },
      { volume: 30, period: 'MONTH' as const, standardMinutes: 50 },
      { volume: 13, period: 'WEEK' as const, standardMinutes: 30 },
    ];
    expect(tasks.map((t) => taskMinutes(t, values))).toEqual([150_000, 18_000, 19_500]);
    expect(totals(tasks, values, 3)).toEqual({ total: 187_500, required: 2.5, rounded: 3, ej: 0.83 });
  });
  it('rounds up when the government says so, and has no EJ without holders', () => {
    const up = abkValues([{ key: 'abk.rounding', value: 1 }]);
    expect(totals([{ volume: 1, period: 'YEAR', standardMinutes: 75_750 }], up, 0)).toEqual({ total: 75_750, required: 1.01, rounded: 2, ej: null });
  });
});

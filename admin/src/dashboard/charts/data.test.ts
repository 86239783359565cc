import { describe, expect, it } from 'vitest';
import { addMonths, dateIn } from '@asn-merit/common';
import { barPercent, lastCompletedYear, linePoints, share, topWithRest } from './data';

describe('chart helpers', () => {
  it('computes shares with one decimal and no division by zero', () => {
    expect(share(1, 3)).toBe(33.3);
    expect(share(322, 344)).toBe(93.6);
    expect(share(5, 0)).toBe(0);
  });

  it('scales bars to the largest value, keeping small non-zero bars visible', () => {
    expect(barPercent(50, 100)).toBe(50);
    expect(barPercent(0, 100)).toBe(0);
    expect(barPercent(1, 1000)).toBe(1.5);
    expect(barPercent(3, 0)).toBe(0);
  });

  it('keeps the first items and sums the rest, so the total is unchanged', () => {
    const items = [5, 4, 3, 2, 1].map((value, i) => ({ key: String(i), label: `U${i}`, value }));
    const out = topWithRest(items, 3, (count, value) => ({ key: 'rest', label: `${count} lainnya`, value }));
    expect(out.map((d) => [d.label, d.value])).toEqual([['U0', 5], ['U1', 4], ['U2', 3], ['2 lainnya', 3]]);
    expect(topWithRest(items, 5, () => ({ key: '', label: '', value: 0 }))).toBe(items);
  });

  it('knows the last completed year and adds calendar months', () => {
    expect(lastCompletedYear('2026-11-21')).toBe(2025);
    expect(addMonths('2026-11-21', 3)).toBe('2027-02-21');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it("takes today's date on Jakarta's calendar (UTC+7)", () => {
    expect(dateIn(new Date('2026-11-21T16:59:59Z'))).toBe('2026-11-21');
    expect(dateIn(new Date('2026-11-21T17:00:00Z'))).toBe('2026-11-22');
    expect(dateIn(new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01');
  });

  it('splits a line where values are missing', () => {
    const runs = linePoints([80, 90, null, 100], 30, 10, 80, 100);
    expect(runs).toEqual([[{ x: 0, y: 10 }, { x: 10, y: 5 }], [{ x: 30, y: 0 }]]);
  });
});

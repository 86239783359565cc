import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, dateIn, daysBetween, firstOfMonthOnOrAfter, firstOfNextMonth, fixedClock, isIsoDate, today, wholeMonths, wholeYears } from './dates.ts';

describe('calendar dates', () => {
  it('takes today in Asia/Jakarta, not in UTC', () => {
    // 18:30 UTC on 4 Dec is 01:30 WIB on 5 Dec.
    expect(dateIn(new Date('2026-12-04T18:30:00Z'))).toBe('2026-12-05');
    expect(dateIn(new Date('2026-12-04T16:59:00Z'))).toBe('2026-12-04');
    expect(today(fixedClock('2027-01-01'))).toBe('2027-01-01');
    expect(today(fixedClock(new Date('2026-12-31T17:00:00Z')))).toBe('2027-01-01');
  });

  it('recognises real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('26-01-01')).toBe(false);
    expect(isIsoDate('2026-1-1')).toBe(false);
  });

  it('adds days, months and years like PostgreSQL intervals', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
    // 29 Feb falls back to 28 Feb in a common year.
    expect(addYears('2000-02-29', 1)).toBe('2001-02-28');
    expect(addYears('1968-05-12', 58)).toBe('2026-05-12');
  });

  it('counts whole years and months as age() does', () => {
    expect(wholeYears('1986-09-26', '2026-09-25')).toBe(39);
    expect(wholeYears('1986-09-26', '2026-09-26')).toBe(40);
    expect(wholeYears('2000-02-29', '2001-02-28')).toBe(0);
    expect(wholeYears('2000-02-29', '2001-03-01')).toBe(1);
    expect(wholeMonths('2026-01-31', '2026-02-28')).toBe(0);
    expect(wholeMonths('2026-01-31', '2026-03-31')).toBe(2);
    expect(wholeMonths('2015-05-01', '2026-12-04')).toBe(139);
    expect(daysBetween('2026-12-01', '2026-12-05')).toBe(4);
    expect(daysBetween('2026-12-05', '2026-12-01')).toBe(-4);
  });

  it('finds the first of a month (promotion and retirement take effect on one)', () => {
    expect(firstOfNextMonth('2026-12-15')).toBe('2027-01-01');
    expect(firstOfNextMonth('2026-12-01')).toBe('2027-01-01');
    expect(firstOfMonthOnOrAfter('2026-12-01')).toBe('2026-12-01');
    expect(firstOfMonthOnOrAfter('2026-12-02')).toBe('2027-01-01');
  });
});

import { describe, expect, it } from 'vitest';
import { dayEnd, dayStart } from './dates';

describe('audit date range', () => {
  it('covers whole days in the local time zone', () => {
    const start = new Date(dayStart('2026-11-23'));
    const end = new Date(dayEnd('2026-11-23'));
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours(), start.getMinutes()]).toEqual([2026, 10, 23, 0, 0]);
    expect([end.getDate(), end.getHours(), end.getMinutes(), end.getSeconds()]).toEqual([23, 23, 59, 59]);
    expect(end.getTime() - start.getTime()).toBe(24 * 3600 * 1000 - 1);
  });
});

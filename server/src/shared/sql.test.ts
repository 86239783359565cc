import { describe, expect, it } from 'vitest';
import { placementActive, sql, where } from './sql.ts';

describe('sql tagged template', () => {
  it('binds every value where it is written, splicing nested fragments with their own values', () => {
    const active = placementActive('ph', '2026-12-04');
    const q = sql`select 1 from position_history ph where ${active} and ph.unit_id = ${'u-1'} and ph.employee_id in (${sql.list(['a', 'b'])})`;
    expect(q.text).toBe('select 1 from position_history ph where ph.start_date <= ? and (ph.end_date is null or ph.end_date >= ?) and ph.unit_id = ? and ph.employee_id in (?, ?)');
    expect(q.values).toEqual(['2026-12-04', '2026-12-04', 'u-1', 'a', 'b']);
  });

  it('joins conditions, matches nothing for an empty list, and gives QueryBuilder its arguments', () => {
    expect(sql.and([sql`a = ${1}`, null, false, sql`b = ${2}`])).toEqual(sql`(a = ${1}) and (b = ${2})`);
    expect(sql.and([]).text).toBe('true');
    expect(sql`x in (${sql.list([])})`.text).toBe('x in (null)');
    expect(where(sql`e.id = ${'x'}`)).toEqual(['e.id = ?', ['x']]);
    // A value is never text, even when it looks like SQL.
    expect(sql`name = ${"'; drop table employee; --"}`.text).toBe('name = ?');
  });
});

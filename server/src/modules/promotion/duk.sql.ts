// Daftar Urut Kepangkatan (DUK): the PNS of a scope in seniority order, set-based. Order (PP 15/1979,
// BKN practice): rank (higher first) and its TMT (earlier first), position (higher class first,
// earlier TMT first), length of service, leadership training, education, age (older first).
import { sql, type Sql } from '../../shared/sql.ts';
import { monthsBetweenSql, yearsBetweenSql } from './appointment.sql.ts';

export const LEADERSHIP_ORDER = ['PKN_I', 'PKN_II', 'PKA', 'PKP'] as const;

export const DUK_ORDER = sql.raw(`d.rank_ordinal desc nulls last, d.rank_tmt asc nulls last, d.position_class desc nulls last, d.position_start asc nulls last,
  d.service_months desc, d.leadership_level desc, d.leadership_on asc nulls last, d.education_ordinal desc nulls last, d.graduation_year asc nulls last,
  d.birth_date asc, d.full_name, d.employee_id`);

/** The DUK of `ids` (a query yielding employee ids) as of a date. */
export function dukSql(ids: Sql, asOf: string): Sql {
  const leadership = sql.raw(LEADERSHIP_ORDER.map((k) => `'${k}'`).join(', '));
  return sql`
  with params as (select ${asOf}::date as as_of),
  base as (
    select e.id as employee_id, e.nip, e.full_name, e.front_title, e.back_title, e.birth_date, e.sex,
           ${yearsBetweenSql('e.birth_date', 'params.as_of')} as age,
           rk.rank_id, rk.code as rank_code, rk.name as rank_name, rk.ordinal as rank_ordinal, rk.tmt as rank_tmt,
           pos.position_id, pos.title as position_title, pos.grade as position_class, pos.start_date as position_start, pos.unit_id, pos.unit_name,
           e.tmt_cpns, greatest(0, coalesce(${monthsBetweenSql('e.tmt_cpns', 'params.as_of')}, 0)) as service_months,
           coalesce(lt.level, 0) as leadership_level, lt.kind as leadership_kind, lt.passed_on as leadership_on,
           edu.code as education_code, edu.name as education_name, edu.ordinal as education_ordinal, edu.major, edu.graduation_year
      from employee e
      cross join params
      left join lateral (select rh.rank_id, r.code, r.name, r.ordinal, rh.tmt from rank_history rh join rank r on r.id = rh.rank_id
                          where rh.employee_id = e.id and rh.tmt <= params.as_of order by rh.tmt desc limit 1) rk on true
      left join lateral (select ph.position_id, p.title, p.grade, ph.start_date, ph.unit_id, u.name as unit_name
                           from position_history ph join position p on p.id = ph.position_id join org_unit u on u.id = ph.unit_id
                          where ph.employee_id = e.id and ph.start_date <= params.as_of and (ph.end_date is null or ph.end_date >= params.as_of)
                          order by p.grade desc, ph.start_date limit 1) pos on true
      left join lateral (select q.kind, q.passed_on, ${sql.raw(String(LEADERSHIP_ORDER.length))} - array_position(array[${leadership}]::text[], q.kind) + 1 as level
                           from qualification q where q.employee_id = e.id and q.passed_on <= params.as_of and q.kind in (${leadership})
                          order by level desc, q.passed_on limit 1) lt on true
      left join lateral (select l.code, l.name, l.ordinal, eh.major, eh.graduation_year from education_history eh join education_level l on l.id = eh.level_id
                          where eh.employee_id = e.id and eh.graduation_year <= extract(year from params.as_of)
                          order by l.ordinal desc, eh.graduation_year limit 1) edu on true
     where e.id in (${ids})
  )
  select d.*, row_number() over (order by ${DUK_ORDER}) as number from base d`;
}

// Set-based SQL of the promotion rules. The pure functions of promotion.rules.ts are the spec; the
// tests compare both for every employee of the seeded data.
import { FUNCTIONAL_YEARS, REGULAR_YEARS } from './promotion.rules.ts';

/** The first promotion date on or after a date expression, under the rules in force then (§3). */
export function promotionDateSql(date: string): string {
  return `(select min(g)::date from generate_series(date_trunc('month', (${date}) - 1) + interval '1 month', date_trunc('month', (${date}) - 1) + interval '13 months', interval '1 month') g
    where g >= date '2025-10-01' or (g >= date '2023-01-01' and extract(month from g)::int % 2 = 0) or (g < date '2023-01-01' and extract(month from g)::int in (4, 10)))`;
}

/**
 * One row of facts and rule flags per employee of `scopeSql` (a query yielding `id`s of employees),
 * as of `params.as_of`. Placeholders: as_of, y1 (last year), y2 (the year before).
 */
export function eligibilitySql(scopeSql: string): string {
  return `
  with params as (select ?::date as as_of, ?::int as y1, ?::int as y2),
  facts as (
    select e.id as employee_id, e.full_name, e.asn_type, e.status, params.as_of,
           cr.rank_id as cur_rank_id, cr.tmt as cur_tmt, r.code as cur_code, r.name as cur_name, r.golongan as cur_golongan, r.ordinal as cur_ordinal,
           nr.id as next_id, nr.code as next_code, nr.name as next_name, nr.golongan as next_golongan, nr.ordinal as next_ordinal,
           cl.ordinal as ceiling_ordinal, cl.code as ceiling_code, cl.education as ceiling_education,
           params.y1, p1.predikat as p1, params.y2, p2.predikat as p2,
           coalesce(q.ud1, false) as ud1, coalesce(q.ud2, false) as ud2, coalesce(q.ukppi, false) as ukppi,
           sanc.description as sanction_desc, sanc.end_date as sanction_end,
           fn.functional_level, req.required_points, req.requires_level,
           coalesce(cp.points, 0)::float8 as credit_points
      from employee e
      cross join params
      left join lateral (select rh.rank_id, rh.tmt from rank_history rh where rh.employee_id = e.id and rh.tmt <= params.as_of order by rh.tmt desc limit 1) cr on true
      left join rank r on r.id = cr.rank_id
      left join rank nr on nr.scheme = r.scheme and nr.ordinal = r.ordinal + 1
      left join lateral (select c.ordinal, c.code, l.name as education from education_history eh
                           join education_level l on l.id = eh.level_id join rank c on c.id = l.pns_rank_ceiling_id
                          where eh.employee_id = e.id and eh.graduation_year <= extract(year from params.as_of)
                          order by c.ordinal desc, l.ordinal desc limit 1) cl on true
      left join performance_evaluation p1 on p1.employee_id = e.id and p1.period = 'ANNUAL' and p1.year = params.y1
      left join performance_evaluation p2 on p2.employee_id = e.id and p2.period = 'ANNUAL' and p2.year = params.y2
      left join lateral (select bool_or(x.kind = 'UJIAN_DINAS_I') as ud1, bool_or(x.kind = 'UJIAN_DINAS_II') as ud2, bool_or(x.kind = 'UKPPI') as ukppi
                           from qualification x where x.employee_id = e.id and x.passed_on <= params.as_of) q on true
      left join lateral (select s.description, s.end_date from disciplinary_sanction s
                          where s.employee_id = e.id and s.bars_promotion and s.start_date <= params.as_of and (s.end_date is null or s.end_date >= params.as_of)
                          order by s.end_date desc nulls first limit 1) sanc on true
      left join lateral (select p.functional_level from position_history ph join position p on p.id = ph.position_id
                          where ph.employee_id = e.id and ph.start_date <= params.as_of and (ph.end_date is null or ph.end_date >= params.as_of)
                            and p.kind = 'FUNGSIONAL' and p.functional_level is not null
                          order by ph.start_date desc limit 1) fn on true
      left join credit_point_requirement req on req.functional_level = fn.functional_level and req.from_rank_id = cr.rank_id
      left join lateral (
        -- Credit points since the current rank's TMT: a month counts when the functional position
        -- covers its first day; each year's months x its annual predikat conversion x the level's coefficient.
        select round(sum(mm.months / 12.0 * conv.percent / 100.0 * coef.coefficient)::numeric, 2) as points
          from (select extract(year from m)::int as yr, p.functional_level as lvl, count(*) as months
                  from position_history ph
                  join position p on p.id = ph.position_id and p.kind = 'FUNGSIONAL' and p.functional_level is not null
                  cross join lateral generate_series(
                    greatest(date_trunc('month', ph.start_date - 1), date_trunc('month', cr.tmt - 1)) + interval '1 month',
                    least(coalesce(ph.end_date, params.as_of), params.as_of)::timestamp, interval '1 month') m
                 where ph.employee_id = e.id and req.id is not null
                 group by 1, 2) mm
          join performance_evaluation ev on ev.employee_id = e.id and ev.period = 'ANNUAL' and ev.year = mm.yr
          join credit_point_conversion conv on conv.predikat = ev.predikat
          join credit_point_coefficient coef on coef.functional_level = mm.lvl) cp on true
     where e.id in (${scopeSql})
  ),
  routed as (
    select f.*,
           case when f.asn_type <> 'PNS' or f.status in ('PENSIUN', 'BERHENTI') or f.cur_rank_id is null or f.next_id is null then 'NONE'
                when f.required_points is not null then 'FUNCTIONAL' else 'REGULAR' end as route
      from facts f
  ),
  flagged as (
    select x.*,
           (x.cur_tmt + (case when x.route = 'FUNCTIONAL' then ${FUNCTIONAL_YEARS} else ${REGULAR_YEARS} end) * interval '1 year')::date as years_due,
           coalesce(x.p1 in ('SANGAT_BAIK', 'BAIK') and x.p2 in ('SANGAT_BAIK', 'BAIK'), false) as perf_ok,
           (x.route <> 'REGULAR' or coalesce(x.next_ordinal <= x.ceiling_ordinal, false)) as ceiling_ok,
           (x.route <> 'REGULAR'
             or not ((x.cur_golongan = 'II' and x.next_golongan = 'III') or (x.cur_golongan = 'III' and x.next_golongan = 'IV'))
             or (x.cur_golongan = 'II' and (x.ud1 or x.ukppi)) or (x.cur_golongan = 'III' and (x.ud2 or x.ukppi))) as exam_ok,
           (x.route <> 'FUNCTIONAL' or x.credit_points >= x.required_points) as credit_ok,
           (x.route <> 'FUNCTIONAL' or x.requires_level is null) as level_ok,
           (x.sanction_desc is null) as discipline_ok
      from routed x
  )
  select f.*,
         (f.years_due <= f.as_of) as years_ok,
         (f.route <> 'NONE' and f.years_due <= f.as_of and f.perf_ok and f.ceiling_ok and f.exam_ok and f.credit_ok and f.level_ok and f.discipline_ok) as eligible,
         case when f.route = 'NONE' then null
              when f.perf_ok and f.ceiling_ok and f.exam_ok and f.credit_ok and f.level_ok and (f.discipline_ok or f.sanction_end is not null)
                then ${promotionDateSql(`greatest(f.as_of, f.years_due, case when f.discipline_ok then f.as_of else f.sanction_end + 1 end)`)}
              else null end as earliest_tmt
    from flagged f`;
}

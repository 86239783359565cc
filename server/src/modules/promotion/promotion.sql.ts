// Set-based SQL of the promotion rules. The pure functions of promotion.rules.ts are the spec; the
// tests compare both for every employee of the seeded data.
import { sql, type Sql } from '../../shared/sql.ts';
import { FUNCTIONAL_YEARS, REGULAR_YEARS } from './promotion.rules.ts';

/** The first promotion date on or after a date expression, under the rules in force then (§3). */
export function promotionDateSql(date: string): Sql {
  return sql.raw(`(select min(g)::date from generate_series(date_trunc('month', (${date}) - 1) + interval '1 month', date_trunc('month', (${date}) - 1) + interval '13 months', interval '1 month') g
    where g >= date '2025-10-01' or (g >= date '2023-01-01' and extract(month from g)::int % 2 = 0) or (g < date '2023-01-01' and extract(month from g)::int in (4, 10)))`);
}

/**
 * One row of facts and rule flags per employee of `ids` (a query yielding `id`s of employees), as of
 * `asOf`, judging the predikat of `y1` (last year) and `y2` (the year before). Each fact is read for the whole scope at once (DISTINCT ON / GROUP BY over its table,
 * then hash joins): no per-employee subquery, so the cost grows with the data, not with loops.
 */
export function eligibilitySql(ids: Sql, asOf: string, y1: number, y2: number): Sql {
  return sql`
  with params as (select ${asOf}::date as as_of, ${y1}::int as y1, ${y2}::int as y2),
  emp as materialized (select e.id, e.full_name, e.asn_type, e.status from employee e where e.id in (${ids})),
  cr as (select distinct on (rh.employee_id) rh.employee_id, rh.rank_id, rh.tmt
           from rank_history rh join emp on emp.id = rh.employee_id cross join params
          where rh.tmt <= params.as_of order by rh.employee_id, rh.tmt desc),
  cl as (select distinct on (eh.employee_id) eh.employee_id, c.ordinal, c.code, l.name as education
           from education_history eh join emp on emp.id = eh.employee_id join education_level l on l.id = eh.level_id
           join rank c on c.id = l.pns_rank_ceiling_id cross join params
          where eh.graduation_year <= extract(year from params.as_of) order by eh.employee_id, c.ordinal desc, l.ordinal desc),
  pr as (select v.employee_id, max(v.predikat) filter (where v.year = params.y1) as p1, max(v.predikat) filter (where v.year = params.y2) as p2
           from performance_evaluation v join emp on emp.id = v.employee_id cross join params
          where v.period = 'ANNUAL' and v.year in (params.y1, params.y2) group by v.employee_id),
  qx as (select x.employee_id, bool_or(x.kind = 'UJIAN_DINAS_I') as ud1, bool_or(x.kind = 'UJIAN_DINAS_II') as ud2, bool_or(x.kind = 'UKPPI') as ukppi
           from qualification x join emp on emp.id = x.employee_id cross join params where x.passed_on <= params.as_of group by x.employee_id),
  sx as (select distinct on (s.employee_id) s.employee_id, s.description, s.end_date
           from disciplinary_sanction s join emp on emp.id = s.employee_id cross join params
          where s.bars_promotion and s.start_date <= params.as_of and (s.end_date is null or s.end_date >= params.as_of)
          order by s.employee_id, s.end_date desc nulls first),
  fn as (select distinct on (ph.employee_id) ph.employee_id, p.functional_level
           from position_history ph join emp on emp.id = ph.employee_id join position p on p.id = ph.position_id cross join params
          where p.kind = 'FUNGSIONAL' and p.functional_level is not null and ph.start_date <= params.as_of and (ph.end_date is null or ph.end_date >= params.as_of)
          order by ph.employee_id, ph.start_date desc),
  -- Credit points since the current rank's TMT (§3): a month counts when a functional position
  -- covers its first day; per year, months/12 x that year's predikat conversion x the level's
  -- coefficient. Months are counted per year arithmetically (month indexes), not generated.
  cpx as (
    select ph.employee_id,
           round(sum(greatest(0, least(b.ib, y.y * 12 + 11) - greatest(b.ia, y.y * 12) + 1) * conv.percent::numeric * coef.coefficient::numeric) / 1200, 2) as points
      from position_history ph
      join emp on emp.id = ph.employee_id
      join cr on cr.employee_id = ph.employee_id
      join position p on p.id = ph.position_id and p.kind = 'FUNGSIONAL' and p.functional_level is not null
      cross join params
      cross join lateral (
        select (extract(year from d.a) * 12 + extract(month from d.a) - 1)::int as ia, (extract(year from d.e) * 12 + extract(month from d.e) - 1)::int as ib
          from (select date_trunc('month', greatest(ph.start_date, cr.tmt) - 1) + interval '1 month' as a,
                       least(coalesce(ph.end_date, params.as_of), params.as_of) as e) d) b
      cross join lateral generate_series(b.ia / 12, b.ib / 12) y(y)
      join performance_evaluation ev on ev.employee_id = ph.employee_id and ev.period = 'ANNUAL' and ev.year = y.y
      join credit_point_conversion conv on conv.predikat = ev.predikat
      join credit_point_coefficient coef on coef.functional_level = p.functional_level
     where b.ia <= b.ib
     group by ph.employee_id),
  facts as (
    select emp.id as employee_id, emp.full_name, emp.asn_type, emp.status, params.as_of,
           cr.rank_id as cur_rank_id, cr.tmt as cur_tmt, r.code as cur_code, r.name as cur_name, r.golongan as cur_golongan, r.ordinal as cur_ordinal,
           nr.id as next_id, nr.code as next_code, nr.name as next_name, nr.golongan as next_golongan, nr.ordinal as next_ordinal,
           cl.ordinal as ceiling_ordinal, cl.code as ceiling_code, cl.education as ceiling_education,
           params.y1, pr.p1, params.y2, pr.p2,
           coalesce(qx.ud1, false) as ud1, coalesce(qx.ud2, false) as ud2, coalesce(qx.ukppi, false) as ukppi,
           sx.description as sanction_desc, sx.end_date as sanction_end,
           fn.functional_level, req.required_points, req.requires_level,
           (case when req.id is null then 0 else coalesce(cpx.points, 0) end)::float8 as credit_points
      from emp
      cross join params
      left join cr on cr.employee_id = emp.id
      left join rank r on r.id = cr.rank_id
      left join rank nr on nr.scheme = r.scheme and nr.ordinal = r.ordinal + 1
      left join cl on cl.employee_id = emp.id
      left join pr on pr.employee_id = emp.id
      left join qx on qx.employee_id = emp.id
      left join sx on sx.employee_id = emp.id
      left join fn on fn.employee_id = emp.id
      left join credit_point_requirement req on req.functional_level = fn.functional_level and req.from_rank_id = cr.rank_id
      left join cpx on cpx.employee_id = emp.id
  ),
  routed as (
    select f.*,
           case when f.asn_type <> 'PNS' or f.status in ('PENSIUN', 'BERHENTI') or f.cur_rank_id is null or f.next_id is null then 'NONE'
                when f.required_points is not null then 'FUNCTIONAL' else 'REGULAR' end as route
      from facts f
  ),
  flagged as (
    select x.*,
           (x.cur_tmt + (case when x.route = 'FUNCTIONAL' then ${sql.raw(String(FUNCTIONAL_YEARS))} else ${sql.raw(String(REGULAR_YEARS))} end) * interval '1 year')::date as years_due,
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

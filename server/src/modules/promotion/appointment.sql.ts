// Set-based facts, requirement flags and merit score of every candidate for one position
// (appointment.rules.ts is the spec; tests compare both for every employee).
import { sql, type Sql } from '../../shared/sql.ts';
import { standardSql } from '../competency/index.ts';
import { PREDIKAT_POINTS } from './appointment.rules.ts';

/** Whole months from a to b, like `wholeMonths` of promotion.rules.ts. */
export const monthsBetweenSql = (a: string, b: string): Sql =>
  sql.raw(`((extract(year from ${b}) - extract(year from ${a})) * 12 + extract(month from ${b}) - extract(month from ${a}) - case when extract(day from ${b}) < extract(day from ${a}) then 1 else 0 end)::int`);

/** Whole years from a to b, like `wholeYears`. */
export const yearsBetweenSql = (a: string, b: string): Sql =>
  sql.raw(`(extract(year from ${b}) - extract(year from ${a}) - case when (extract(month from ${b}), extract(day from ${b})) < (extract(month from ${a}), extract(day from ${a})) then 1 else 0 end)::int`);

/** A position `p` is one of the kinds in the jsonb array `kinds` (notation of appointment.rules.ts). */
const kindIn = (kinds: string): Sql =>
  sql.raw(`exists (select 1 from jsonb_array_elements_text(${kinds}) k where k in ('*', p.kind, p.kind || ':*', p.kind || ':' || coalesce(p.functional_level, '')))`);

/** Months in positions of some kinds, periods cut at the date (an open period runs to it). */
const monthsInKinds = (kinds: string): Sql => sql`(
  select coalesce(sum(greatest(0, ${monthsBetweenSql('ph.start_date', 'least(coalesce(ph.end_date + 1, params.as_of), params.as_of)')})), 0)::int
    from position_history ph join position p on p.id = ph.position_id
   where ph.employee_id = e.id and ph.start_date < params.as_of and ${kindIn(kinds)})`;

const predikatPoints = (expr: string): Sql => sql.raw(`case ${expr} ${Object.entries(PREDIKAT_POINTS).map(([p, v]) => `when '${p}' then ${v}`).join(' ')} else 0 end`);

export interface CandidateParams {
  asOf: string;
  positionId: string;
  weights: { jpm: number; performance: number; talent: number; education: number; rank: number };
  /** Potential cut-offs of the talent boxes. */
  high: number;
  medium: number;
}

/** Every candidate among `ids` (a query yielding employee ids) for the position, with flags and score. */
export function candidatesSql(ids: Sql, { asOf, positionId, weights: w, high, medium }: CandidateParams): Sql {
  return sql`
  with params as (select ${asOf}::date as as_of, ${positionId}::uuid as position_id, ${w.jpm}::float8 as w_jpm, ${w.performance}::float8 as w_perf, ${w.talent}::float8 as w_talent,
                         ${w.education}::float8 as w_edu, ${w.rank}::float8 as w_rank, ${high}::float8 as pot_high, ${medium}::float8 as pot_medium),
  tp as (select p.id, p.kind, p.min_education_id, p.min_rank_id from position p join params on p.id = params.position_id),
  req as (select ar.experience_years, ar.experience_kinds, ar.prior_kinds, ar.prior_years, ar.max_age, ar.performance_years, ar.pns_only, el.ordinal as edu_ordinal
            from appointment_requirement ar join tp on ar.position_kind = tp.kind left join education_level el on el.id = ar.min_education_id),
  need as (select nullif(greatest(coalesce((select edu_ordinal from req), 0), coalesce((select el.ordinal from tp join education_level el on el.id = tp.min_education_id), 0)), 0) as edu_ordinal,
                  r.ordinal as rank_ordinal, r.scheme as rank_scheme, r.code as rank_code
             from (select 1) one left join tp on true left join rank r on r.id = tp.min_rank_id),
  std as (${standardSql(sql`select position_id from params`)}),
  facts as (
    select e.id as employee_id, e.full_name, e.asn_type,
           ${yearsBetweenSql('e.birth_date', 'params.as_of')} as age,
           edu.code as edu_code, edu.name as edu_name, edu.ordinal as edu_ordinal,
           greatest(0, ${monthsBetweenSql(`coalesce(e.tmt_cpns, (select min(h.start_date) from position_history h where h.employee_id = e.id), params.as_of)`, 'params.as_of')}) as service_months,
           ${monthsInKinds('req.experience_kinds')} as experience_months,
           ${monthsInKinds('req.prior_kinds')} as prior_months,
           rk.code as rank_code, rk.ordinal as rank_ordinal, rk.scheme as rank_scheme, (select max(x.ordinal) from rank x where x.scheme = coalesce(rk.scheme, 'PNS')) as max_rank_ordinal,
           perf.years as predikat, perf.good, perf.latest,
           jpm.percent as jpm, box.box
      from employee e
      cross join params
      left join req on true
      left join lateral (select l.code, l.name, l.ordinal from education_history eh join education_level l on l.id = eh.level_id
                          where eh.employee_id = e.id and eh.graduation_year <= extract(year from params.as_of) order by l.ordinal desc limit 1) edu on true
      left join lateral (select r.code, r.ordinal, r.scheme from rank_history rh join rank r on r.id = rh.rank_id
                          where rh.employee_id = e.id and rh.tmt <= params.as_of order by rh.tmt desc limit 1) rk on true
      left join lateral (
        select json_agg(json_build_object('year', y, 'predikat', ev.predikat) order by y desc) as years,
               count(*) filter (where ev.predikat in ('SANGAT_BAIK', 'BAIK')) = count(*) as good,
               (array_agg(ev.predikat order by y desc))[1] as latest
          from generate_series(extract(year from params.as_of)::int - greatest(coalesce(req.performance_years, 1), 1), extract(year from params.as_of)::int - 1) y
          left join performance_evaluation ev on ev.employee_id = e.id and ev.period = 'ANNUAL' and ev.year = y) perf on true
      left join lateral (select a.id from assessment a where a.employee_id = e.id and a.assessed_on <= params.as_of order by a.assessed_on desc, a.created_at desc limit 1) la on true
      left join lateral (select case when la.id is not null and sum(std.required_level) > 0
                                     then round(least(100, sum(coalesce(s.level, 0))::numeric * 100 / sum(std.required_level)), 2)::float8 end as percent
                           from std left join assessment_score s on s.assessment_id = la.id and s.competency_id = std.competency_id) jpm on true
      left join lateral (
        select b.box from (select v.predikat from performance_evaluation v where v.employee_id = e.id and v.period = 'ANNUAL' and v.year <= extract(year from params.as_of)
                            order by v.year desc limit 1) lp
          join talent_performance_level tpl on tpl.predikat = lp.predikat
          join lateral (select a.potential_score from assessment a where a.employee_id = e.id and a.potential_score is not null
                           and a.assessed_on <= make_date(extract(year from params.as_of)::int, 12, 31) order by a.assessed_on desc, a.created_at desc limit 1) pot on true
          join talent_box b on b.performance = tpl.performance
                and b.potential = case when pot.potential_score >= params.pot_high then 'TINGGI' when pot.potential_score >= params.pot_medium then 'MENENGAH' else 'RENDAH' end) box on true
     where e.id in (${ids})
       and not exists (select 1 from position_history h where h.employee_id = e.id and h.position_id = params.position_id
                         and h.start_date <= params.as_of and (h.end_date is null or h.end_date >= params.as_of))
  ),
  judged as (
    select f.*,
           (coalesce(not req.pns_only, true) or f.asn_type = 'PNS') as pns_ok,
           (need.edu_ordinal is null or coalesce(f.edu_ordinal >= need.edu_ordinal, false)) as edu_ok,
           (coalesce(req.experience_years, 0) = 0
             or (case when req.experience_kinds @> '["*"]'::jsonb then f.service_months else f.experience_months end) >= req.experience_years * 12) as exp_ok,
           (req.prior_kinds is null or jsonb_array_length(req.prior_kinds) = 0 or f.prior_months >= req.prior_years * 12) as prior_ok,
           (req.max_age is null or f.age <= req.max_age) as age_ok,
           (need.rank_ordinal is null or coalesce(f.rank_scheme = need.rank_scheme and f.rank_ordinal >= need.rank_ordinal, false)) as rank_ok,
           (coalesce(req.performance_years, 0) = 0 or f.good) as perf_ok,
           round(((coalesce(f.jpm, 0) * params.w_jpm
                   + (${predikatPoints('f.latest')}) * params.w_perf
                   + coalesce(f.box, 0) / 9.0 * 100 * params.w_talent
                   + coalesce(f.edu_ordinal, 0)::float8 / (select max(ordinal) from education_level) * 100 * params.w_edu
                   + coalesce(f.rank_ordinal, 0)::float8 / f.max_rank_ordinal * 100 * params.w_rank)
                  / nullif(params.w_jpm + params.w_perf + params.w_talent + params.w_edu + params.w_rank, 0))::numeric, 2)::float8 as score
      from facts f cross join params left join req on true cross join need
  )
  select j.*, (j.pns_ok and j.edu_ok and j.exp_ok and j.prior_ok and j.age_ok and j.rank_ok and j.perf_ok) as qualified from judged j`;
}

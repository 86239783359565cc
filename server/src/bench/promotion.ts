// Issue 4's bench: rank promotion eligibility of a whole city through GraphQL, against one
// hand-written SQL statement computing the same flags (the floor). Both return the first page
// (soonest TMT first) and the total; the bench checks they agree before timing them.
import { report, time, type Harness } from './harness.ts';

const API = `query($f: EligibilityFilter, $limit: Int) { rankPromotionEligibilities(filter: $f, limit: $limit) { total
  items { employee { id nip fullName } eligible earliestTmt currentRank { code } nextRank { code } conditions { code passed actual required } } } }`;

/**
 * Independent formulation (per-table CTEs with DISTINCT ON and GROUP BY instead of laterals). Valid
 * for dates from 1 October 2025, when any 1st of a month is a promotion date.
 */
const RAW = (filter: string) => `
  with params as (select current_date as as_of, extract(year from current_date)::int - 1 as y1, extract(year from current_date)::int - 2 as y2),
  emp as (select e.id, e.full_name from employee e join government g on g.id = e.government_id and g.code = '33.74'
           where e.asn_type = 'PNS' and e.status in ('AKTIF', 'CUTI', 'TUGAS_BELAJAR')),
  cr as (select distinct on (rh.employee_id) rh.employee_id, rh.rank_id, rh.tmt, r.ordinal, r.golongan, r.scheme
           from rank_history rh join emp on emp.id = rh.employee_id join rank r on r.id = rh.rank_id cross join params
          where rh.tmt <= params.as_of order by rh.employee_id, rh.tmt desc),
  nx as (select cr.employee_id, n.ordinal, n.golongan from cr join rank n on n.scheme = cr.scheme and n.ordinal = cr.ordinal + 1),
  cl as (select eh.employee_id, max(c.ordinal) as ordinal from education_history eh join emp on emp.id = eh.employee_id
           join education_level l on l.id = eh.level_id join rank c on c.id = l.pns_rank_ceiling_id cross join params
          where eh.graduation_year <= extract(year from params.as_of) group by 1),
  pf as (select v.employee_id, count(*) filter (where v.predikat in ('SANGAT_BAIK', 'BAIK')) = 2 as ok
           from performance_evaluation v join emp on emp.id = v.employee_id cross join params
          where v.period = 'ANNUAL' and v.year in (params.y1, params.y2) group by 1),
  qx as (select x.employee_id, bool_or(x.kind in ('UJIAN_DINAS_I', 'UKPPI')) as ud1, bool_or(x.kind in ('UJIAN_DINAS_II', 'UKPPI')) as ud2
           from qualification x join emp on emp.id = x.employee_id cross join params where x.passed_on <= params.as_of group by 1),
  sx as (select s.employee_id, bool_or(s.end_date is null) as open, max(s.end_date) as until
           from disciplinary_sanction s join emp on emp.id = s.employee_id cross join params
          where s.bars_promotion and s.start_date <= params.as_of and (s.end_date is null or s.end_date >= params.as_of) group by 1),
  fn as (select distinct on (ph.employee_id) ph.employee_id, p.functional_level
           from position_history ph join emp on emp.id = ph.employee_id join position p on p.id = ph.position_id cross join params
          where p.kind = 'FUNGSIONAL' and p.functional_level is not null and ph.start_date <= params.as_of and (ph.end_date is null or ph.end_date >= params.as_of)
          order by ph.employee_id, ph.start_date desc),
  cp as (select ph.employee_id, round(sum(greatest(0, least(ix.ib, y * 12 + 11) - greatest(ix.ia, y * 12) + 1) * conv.percent::numeric * coef.coefficient::numeric) / 1200, 2) as points
           from position_history ph join emp on emp.id = ph.employee_id join cr on cr.employee_id = ph.employee_id
           join position p on p.id = ph.position_id and p.kind = 'FUNGSIONAL' and p.functional_level is not null cross join params
           cross join lateral (select (extract(year from a) * 12 + extract(month from a) - 1)::int as ia, (extract(year from z) * 12 + extract(month from z) - 1)::int as ib
                                 from (select date_trunc('month', greatest(ph.start_date, cr.tmt) - 1) + interval '1 month' as a, least(coalesce(ph.end_date, params.as_of), params.as_of) as z) d) ix
           cross join lateral generate_series(ix.ia / 12, ix.ib / 12) y
           join performance_evaluation ev on ev.employee_id = ph.employee_id and ev.period = 'ANNUAL' and ev.year = y
           join credit_point_conversion conv on conv.predikat = ev.predikat join credit_point_coefficient coef on coef.functional_level = p.functional_level
          where ix.ia <= ix.ib group by 1),
  j as materialized (
    select emp.id, emp.full_name, params.as_of,
           (cr.tmt + (case when rq.required_points is not null then 2 else 4 end) * interval '1 year')::date as due,
           coalesce(pf.ok, false) as perf_ok,
           (rq.required_points is not null or coalesce(nx.ordinal <= cl.ordinal, false)) as ceiling_ok,
           (rq.required_points is not null or not ((cr.golongan = 'II' and nx.golongan = 'III') or (cr.golongan = 'III' and nx.golongan = 'IV'))
             or (cr.golongan = 'II' and coalesce(qx.ud1, false)) or (cr.golongan = 'III' and coalesce(qx.ud2, false))) as exam_ok,
           (rq.required_points is null or coalesce(cp.points, 0) >= rq.required_points) as credit_ok,
           (rq.required_points is null or rq.requires_level is null) as level_ok,
           sx.employee_id is null as discipline_ok, sx.open, sx.until,
           cr.employee_id is not null and nx.employee_id is not null as has_route
      from emp cross join params
      left join cr on cr.employee_id = emp.id left join nx on nx.employee_id = emp.id left join cl on cl.employee_id = emp.id
      left join pf on pf.employee_id = emp.id left join qx on qx.employee_id = emp.id left join sx on sx.employee_id = emp.id
      left join fn on fn.employee_id = emp.id left join credit_point_requirement rq on rq.functional_level = fn.functional_level and rq.from_rank_id = cr.rank_id
      left join cp on cp.employee_id = emp.id
  ),
  r as materialized (
    select j.*, (j.has_route and j.due <= j.as_of and j.perf_ok and j.ceiling_ok and j.exam_ok and j.credit_ok and j.level_ok and j.discipline_ok) as eligible,
           case when j.has_route and j.perf_ok and j.ceiling_ok and j.exam_ok and j.credit_ok and j.level_ok and (j.discipline_ok or not j.open)
                then (date_trunc('month', greatest(j.as_of, j.due, coalesce(j.until + 1, j.as_of)) - interval '1 day') + interval '1 month')::date end as earliest_tmt
      from j
  )
  select r.id, r.eligible, r.earliest_tmt, count(*) over () as total from r where ${filter}
   order by r.earliest_tmt asc nulls last, r.full_name, r.id limit 50`;

export async function run(h: Harness): Promise<void> {
  for (const [label, filter, where] of [['all PNS', 'ALL', 'true'], ['eligible only', 'ELIGIBLE', 'r.eligible']] as const) {
    const api = await h.gql(API, { f: filter, limit: 50 });
    const raw = await h.sql<{ id: string; eligible: boolean; earliest_tmt: string | null; total: string }>(RAW(where));
    const page = api.data.rankPromotionEligibilities;
    const same = page.total === Number(raw[0]?.total ?? 0) && JSON.stringify(page.items.map((i: { employee: { id: string } }) => i.employee.id)) === JSON.stringify(raw.map((r) => r.id));
    if (!same) throw new Error(`the API and the hand-written SQL disagree (${label}): totals ${page.total} and ${raw[0]?.total}`);
    const tApi = await time(() => h.gql(API, { f: filter, limit: 50 }), 9, 2);
    const tRaw = await time(() => h.sql(RAW(where)), 9, 2);
    report(
      `rankPromotionEligibilities, Kota Semarang, ${label}: ${page.total} PNS, first page of 50 (${api.sqlStatements} SQL statements per request; answers agree)`,
      [['hand-written SQL (one statement)', tRaw], ['GraphQL rankPromotionEligibilities(limit: 50)', tApi]],
      'hand-written SQL (one statement)',
    );
  }
}

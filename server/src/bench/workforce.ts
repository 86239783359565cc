// Issue 13's bench: the staffing needs and the five-year plan of a whole city through GraphQL,
// each against one hand-written SQL statement computing the same numbers (the floor). The plan's
// statement is an independent formulation: the recursion "staff at the end of a year = max(need,
// staff at its start - exits)" in closed form with window functions (a running maximum) instead of
// the API's recursive CTE. The bench checks the numbers agree before timing them.
import { report, time, type Harness } from './harness.ts';

const NEEDS = `query { workforceNeeds(limit: 10) { totals { requiredStaffRounded bezetting gap shortage surplus } bySector { key requiredStaffRounded bezetting gap } } }`;
const PLAN = `query { workforcePlan(limit: 10) { totals { totalRecruit years { year need retirements contractsEnding recruit } } bySector { key totalRecruit } } }`;

/** Per position: the approved ABK of this year (else the nearest), holders in service today; default settings. */
const BASE = `
  with gov as (select id from government where code = '33.74'),
  pos as (select p.id, u.sector from position p join org_unit u on u.id = p.unit_id where p.government_id = (select id from gov) and p.active),
  abk as (select distinct on (wa.position_id) wa.position_id, wa.id, wa.year from workload_analysis wa
           where wa.government_id = (select id from gov) and wa.status = 'APPROVED'
           order by wa.position_id, (wa.year <= extract(year from current_date)) desc, abs(wa.year - extract(year from current_date))),
  req as (select a.position_id, a.year, round(coalesce(sum(t.volume * case t.period when 'DAY' then 250 when 'WEEK' then 50 when 'MONTH' then 12 else 1 end * t.standard_minutes), 0) / 75000, 2) as required2
            from abk a left join workload_task t on t.analysis_id = a.id group by 1, 2),
  held as (select ph.position_id, ph.employee_id from position_history ph join employee e on e.id = ph.employee_id
            where e.government_id = (select id from gov) and e.status in ('AKTIF', 'CUTI', 'TUGAS_BELAJAR')
              and ph.start_date <= current_date and (ph.end_date is null or ph.end_date >= current_date)),
  bez as (select position_id, count(*) as n from held group by 1),
  pn as (select pos.id, pos.sector, round(req.required2)::int as need, coalesce(bez.n, 0)::int as bez
           from pos join req on req.position_id = pos.id left join bez on bez.position_id = pos.id)`;

const NEEDS_SQL = `${BASE}
  select sector, sum(need)::int as need, sum(bez)::int as bez, sum(need - bez)::int as gap from pn group by sector order by sector`;

const PLAN_SQL = `${BASE},
  top as (select distinct on (ph.employee_id) ph.employee_id, p.kind, p.functional_level
            from position_history ph join position p on p.id = ph.position_id
           where ph.employee_id in (select employee_id from held) and ph.start_date <= current_date and (ph.end_date is null or ph.end_date >= current_date)
           order by ph.employee_id, p.grade desc, ph.start_date),
  age as (select top.employee_id, coalesce(x.age, k.age, g.age) as age from top
            left join retirement_age x on x.position_kind = top.kind and x.functional_level = top.functional_level
            left join retirement_age k on k.position_kind = top.kind and k.functional_level is null
            left join retirement_age g on g.position_kind = 'PELAKSANA' and g.functional_level is null),
  leaving as (select h.position_id, e.contract_end_date as c,
                     (date_trunc('month', e.birth_date + age.age * interval '1 year') + interval '1 month')::date as r
                from held h join employee e on e.id = h.employee_id join age on age.employee_id = h.employee_id),
  exits as (select position_id, greatest(extract(year from current_date)::int, extract(year from least(r, c))::int) as y,
                   count(*) filter (where c is null or c >= r) as ret, count(*) filter (where c < r) as con from leaving group by 1, 2),
  grid as (select pn.id, pn.sector, gs.y, case when gs.y < extract(year from current_date)::int then pn.bez else pn.need end as a,
                  coalesce(ex.ret, 0) + coalesce(ex.con, 0) as e, coalesce(ex.ret, 0) as ret, coalesce(ex.con, 0) as con
             from pn cross join generate_series(extract(year from current_date)::int - 1, extract(year from current_date)::int + 4) as gs(y)
             left join exits ex on ex.position_id = pn.id and ex.y = gs.y),
  cum as (select g.*, sum(e) over (partition by id order by y) as l from grid g),
  run as (select c.*, max(a + l) over (partition by id order by y) as m from cum c),
  ends as (select r.*, r.m - r.l as staff_end, lag(r.m - r.l) over (partition by id order by y) as prev_end from run r)
  select y as year, sum(a)::int as need, sum(ret)::int as retirements, sum(con)::int as contracts, sum(greatest(0, a - (prev_end - e)))::int as recruit
    from ends where prev_end is not null group by y order by y`;

export async function run(h: Harness): Promise<void> {
  const needs = await h.gql<{ workforceNeeds: { totals: { requiredStaffRounded: number; bezetting: number }; bySector: { key: string; requiredStaffRounded: number; bezetting: number; gap: number }[] } }>(NEEDS);
  const rawNeeds = await h.sql<{ sector: string; need: number; bez: number; gap: number }>(NEEDS_SQL);
  const api = new Map(needs.data.workforceNeeds.bySector.map((s) => [s.key, [s.requiredStaffRounded, s.bezetting, s.gap]]));
  const differ = rawNeeds.filter((r) => JSON.stringify(api.get(r.sector)) !== JSON.stringify([r.need, r.bez, r.gap]));
  if (differ.length) throw new Error(`workforceNeeds and the hand-written SQL disagree for ${differ.map((d) => d.sector).join(', ')}`);
  report(
    `workforceNeeds, Kota Semarang: ${needs.data.workforceNeeds.totals.requiredStaffRounded} staff needed, ${needs.data.workforceNeeds.totals.bezetting} in post (${needs.sqlStatements} SQL statements per request; numbers agree)`,
    [['hand-written SQL (one statement)', await time(() => h.sql(NEEDS_SQL), 7, 2)], ['GraphQL workforceNeeds', await time(() => h.gql(NEEDS), 7, 2)]],
    'hand-written SQL (one statement)',
  );

  const plan = await h.gql<{ workforcePlan: { totals: { totalRecruit: number; years: { year: number; need: number; retirements: number; contractsEnding: number; recruit: number }[] } } }>(PLAN);
  const rawPlan = await h.sql<{ year: number; need: number; retirements: number; contracts: number; recruit: number }>(PLAN_SQL);
  const mine = JSON.stringify(plan.data.workforcePlan.totals.years.map((y) => [y.year, y.need, y.retirements, y.contractsEnding, y.recruit]));
  const theirs = JSON.stringify(rawPlan.map((y) => [y.year, y.need, y.retirements, y.contracts, y.recruit]));
  if (mine !== theirs) throw new Error(`workforcePlan and the hand-written SQL disagree: ${mine} vs ${theirs}`);
  report(
    `workforcePlan, Kota Semarang, ${rawPlan[0]?.year}-${rawPlan.at(-1)?.year}: ${plan.data.workforcePlan.totals.totalRecruit} to recruit (${plan.sqlStatements} SQL statements per request; numbers agree)`,
    [['hand-written SQL (one statement, window functions)', await time(() => h.sql(PLAN_SQL), 5, 1)], ['GraphQL workforcePlan', await time(() => h.gql(PLAN), 5, 1)]],
    'hand-written SQL (one statement, window functions)',
  );
}

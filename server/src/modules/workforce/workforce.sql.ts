// Staffing needs and the five-year plan of a unit (with sub-units) or a government, set-based: one
// statement each, whatever the number of units and positions. workforce.rules.ts is the
// specification (a test runs both over every seeded position). Numbers are PostgreSQL `numeric`,
// rounded half up to two decimals as the rules do.
import { placementActive, sql, type Sql } from '../../shared/sql.ts';
import type { ReportScope } from './workforce.access.ts';
import { likePrefix } from './workforce.access.ts';
import { RoundingMode } from './workforce.enums.ts';
import type { AbkSettings } from './workforce.rules.ts';

export interface NeedsArgs {
  scope: ReportScope;
  settings: AbkSettings;
  year: number;
  today: string;
}

const whole = (s: AbkSettings, value: Sql): Sql => (s.rounding === RoundingMode.UP ? sql`ceil(${value})::int` : sql`round(${value})::int`);

/** The multiplier of a task's period, from the settings. */
const multiplier = (s: AbkSettings): Sql =>
  sql`(case t.period when 'DAY' then ${s.multipliers.DAY}::numeric when 'WEEK' then ${s.multipliers.WEEK}::numeric when 'MONTH' then ${s.multipliers.MONTH}::numeric else ${s.multipliers.YEAR}::numeric end)`;

/** Active positions of the scope (`pos`), holders in service today (`bez`), approved analyses with workload (`abk_all`). */
function positionsCte(a: Omit<NeedsArgs, 'year'>): Sql {
  const { scope, settings: s } = a;
  return sql`
  pos as (
    select p.id, p.code, p.title, p.kind, p.functional_family, p.planned_headcount as formasi, u.id as unit_id, u.name as unit_name, u.path as unit_path, u.sector
      from position p join org_unit u on u.id = p.unit_id
     where p.government_id = ${scope.governmentId} and p.active and u.path like ${likePrefix(scope.prefix)}
  ),
  bez as (
    select ph.position_id, count(*)::int as n
      from position_history ph join employee e on e.id = ph.employee_id
     where ph.position_id in (select id from pos) and ${placementActive('ph', a.today)} and e.status in ('AKTIF', 'CUTI', 'TUGAS_BELAJAR')
     group by ph.position_id
  ),
  abk_all as (
    select wa.position_id, wa.id, wa.year, coalesce(sum(t.volume * ${multiplier(s)} * t.standard_minutes), 0) as workload
      from workload_analysis wa left join workload_task t on t.analysis_id = wa.id
     where wa.government_id = ${scope.governmentId} and wa.status = 'APPROVED' and wa.position_id in (select id from pos)
     group by wa.position_id, wa.id, wa.year
  )`;
}

/** Per position (`pn`): the ABK of the year, required staff, EJ and band, gaps (as workloadAnalysis()). */
function positionNeedsCte(a: NeedsArgs): Sql {
  const s = a.settings;
  const eff = sql`${s.effectiveMinutesPerYear}::numeric`;
  return sql`${positionsCte(a)},
  chosen as (
    -- The approved analysis used for the year: the latest of that year or before, else the earliest after.
    select distinct on (x.position_id) x.* from abk_all x
     order by x.position_id, (x.year <= ${a.year}::int) desc, case when x.year <= ${a.year}::int then -x.year else x.year end
  ),
  req as (
    select pos.*, coalesce(bez.n, 0) as bezetting, ab.id as analysis_id, ab.year as analysis_year, ab.workload, round(ab.workload / ${eff}, 2) as required2
      from pos left join bez on bez.position_id = pos.id left join chosen ab on ab.position_id = pos.id
  ),
  pn as (
    select r.id, r.code, r.title, r.kind, r.functional_family, r.formasi, r.unit_id, r.unit_name, r.unit_path, r.sector, r.bezetting,
           r.analysis_id, r.analysis_year, r.workload, r.required2, ${whole(s, sql`r.required2`)} as required_rounded,
           case when r.analysis_id is not null and r.bezetting > 0 then round(r.workload / (r.bezetting * ${eff}), 2) end as ej
      from req r
  ),
  pn2 as (
    select pn.*,
           case when pn.ej is null then null when pn.ej > ${s.bands.a}::numeric then 'A' when pn.ej >= ${s.bands.b}::numeric then 'B'
                when pn.ej >= ${s.bands.c}::numeric then 'C' when pn.ej >= ${s.bands.d}::numeric then 'D' else 'E' end as ej_band,
           pn.required_rounded - pn.bezetting as gap, pn.required_rounded - pn.formasi as formasi_gap
      from pn
  )`;
}

/** A ratio's family matches a position's: equal (case-insensitive), or a prefix when it ends in `*` ("Guru*"); none matches all. */
const familyMatches = (ratio: Sql, position: Sql): Sql =>
  sql`(${ratio} is null or (right(${ratio}, 1) = '*' and lower(${position}) like lower(left(${ratio}, -1)) || '%') or lower(${position}) = lower(${ratio}))`;

/** The unit directly below the scope that a unit path lies in (or the scope unit itself). */
const childOf = (scope: ReportScope, path: Sql): Sql =>
  scope.unitId ? sql`coalesce(nullif(split_part(${path}, '/', ${scope.depth + 3}), ''), ${scope.unitId})::uuid` : sql`nullif(split_part(${path}, '/', 2), '')::uuid`;

const GROUP_SUMS = sql`count(*)::int as positions, count(analysis_id)::int as analysed,
  coalesce(sum(required2) filter (where analysis_id is not null), 0) as required_staff,
  coalesce(sum(required_rounded) filter (where analysis_id is not null), 0)::int as required_rounded,
  coalesce(sum(bezetting) filter (where analysis_id is not null), 0)::int as bezetting,
  coalesce(sum(formasi) filter (where analysis_id is not null), 0)::int as formasi,
  coalesce(sum(gap), 0)::int as gap, coalesce(sum(greatest(gap, 0)), 0)::int as shortage, coalesce(sum(greatest(-gap, 0)), 0)::int as surplus`;

const POSITION_JSON = sql`json_build_object('positionId', id, 'code', code, 'title', title, 'kind', kind, 'unitId', unit_id, 'unitName', unit_name, 'sector', sector,
  'analysisId', analysis_id, 'analysisYear', analysis_year, 'totalWorkloadMinutes', workload, 'requiredStaff', required2, 'requiredStaffRounded', required_rounded,
  'bezetting', bezetting, 'formasi', formasi, 'ej', ej, 'ejBand', ej_band, 'gap', gap, 'formasiGap', formasi_gap)`;

export interface NeedsPage {
  limit: number;
  offset: number;
  top: number;
  ratioLimit: number;
}

/**
 * The needs report as one JSON document: totals, per child unit, per kind, per sector, the largest
 * shortages and surpluses, population ratios, and a page of positions.
 */
export function needsReportSql(a: NeedsArgs, page: NeedsPage): Sql {
  const { scope, settings: s } = a;
  const round = (v: Sql) => whole(s, v);
  return sql`with ${positionNeedsCte(a)},
  units as (
    select ${childOf(scope, sql`pn2.unit_path`)} as unit_id, ${GROUP_SUMS} from pn2 group by 1
  ),
  ratio_units as (
    select r.id as ratio_id, r.label, r.basis, r.functional_family, r.staff as per_staff, r.per_population, u.id as unit_id, u.name as unit_name, u.path, u.population_served as population
      from workforce_target_ratio r
      join org_unit u on u.government_id = r.government_id and u.sector = r.sector and (r.unit_kind is null or u.kind = r.unit_kind)
     where r.government_id = ${scope.governmentId} and u.active and u.population_served is not null and u.path like ${likePrefix(scope.prefix)}
  ),
  -- Each position counts for every unit on its path (itself and its ancestors): a hash join, not a LIKE per pair.
  position_units as (
    select pn2.bezetting, pn2.functional_family, a.unit_id
      from pn2 cross join lateral unnest(string_to_array(trim(both '/' from pn2.unit_path), '/')) as a(unit_id)
  ),
  ratio_rows as materialized (
    select ru.ratio_id, ru.label, ru.basis, ru.functional_family, ru.per_staff, ru.per_population, ru.unit_id, ru.unit_name, ru.population,
           coalesce(sum(pu.bezetting) filter (where ${familyMatches(sql`ru.functional_family`, sql`pu.functional_family`)}), 0)::int as staff,
           round(ru.population * ru.per_staff / ru.per_population, 2) as target2
      from ratio_units ru left join position_units pu on pu.unit_id = ru.unit_id::text
     group by ru.ratio_id, ru.label, ru.basis, ru.functional_family, ru.per_staff, ru.per_population, ru.unit_id, ru.unit_name, ru.population
  ),
  ratio_out as (
    select rr.*, ${round(sql`rr.target2`)} as target_rounded, ${round(sql`rr.target2`)} - rr.staff as shortfall,
           case when rr.staff > 0 then round(rr.population::numeric / rr.staff)::int end as per_staff_now
      from ratio_rows rr
  )
  select json_build_object(
    'totals', (select json_build_object('key', ${scope.unitId ?? scope.governmentId}::text, 'label', '', ${sql.raw(jsonSums('t'))}) from (select ${GROUP_SUMS} from pn2) t),
    'byUnit', coalesce((select json_agg(json_build_object('key', u.id, 'label', u.name, 'unitKind', u.kind,
                          'hasSubUnits', exists (select 1 from org_unit c where c.parent_id = u.id), ${sql.raw(jsonSums('g'))}) order by g.gap desc, u.name)
                        from units g join org_unit u on u.id = g.unit_id), '[]'::json),
    'byKind', coalesce((select json_agg(json_build_object('key', g.kind, 'label', g.kind, ${sql.raw(jsonSums('g'))}) order by g.kind)
                        from (select kind, ${GROUP_SUMS} from pn2 group by kind) g), '[]'::json),
    'bySector', coalesce((select json_agg(json_build_object('key', g.sector, 'label', g.sector, ${sql.raw(jsonSums('g'))}) order by g.gap desc, g.sector)
                          from (select sector, ${GROUP_SUMS} from pn2 group by sector) g), '[]'::json),
    'largestShortages', coalesce((select json_agg(x.j order by x.gap desc, x.title, x.id) from (select ${POSITION_JSON} as j, gap, title, id from pn2 where gap > 0 order by gap desc, title, id limit ${page.top}) x), '[]'::json),
    'largestSurpluses', coalesce((select json_agg(x.j order by x.gap, x.title, x.id) from (select ${POSITION_JSON} as j, gap, title, id from pn2 where gap < 0 order by gap, title, id limit ${page.top}) x), '[]'::json),
    'ratios', coalesce((select json_agg(json_build_object('ratioId', x.ratio_id, 'label', x.label, 'basis', x.basis, 'functionalFamily', x.functional_family, 'unitId', x.unit_id,
                          'unitName', x.unit_name, 'population', x.population, 'staff', x.staff, 'targetStaffPer', x.per_staff, 'targetPopulation', x.per_population,
                          'targetStaff', x.target2, 'targetStaffRounded', x.target_rounded, 'shortfall', x.shortfall, 'populationPerStaff', x.per_staff_now) order by x.shortfall desc, x.unit_name, x.ratio_id)
                        from (select * from ratio_out order by shortfall desc, unit_name, ratio_id limit ${page.ratioLimit}) x), '[]'::json),
    'ratiosTotal', (select count(*) from ratio_out),
    'positionsTotal', (select count(*) from pn2),
    'positions', coalesce((select json_agg(x.j order by x.ord) from (
                   select ${POSITION_JSON} as j, row_number() over (order by gap desc nulls last, title, id) as ord from pn2 order by gap desc nulls last, title, id limit ${page.limit} offset ${page.offset}) x), '[]'::json)
  ) as report`;
}

function jsonSums(alias: string): string {
  const f = (k: string, c: string) => `'${k}', ${alias}.${c}`;
  return [
    f('positions', 'positions'),
    f('analysed', 'analysed'),
    f('requiredStaff', 'required_staff'),
    f('requiredStaffRounded', 'required_rounded'),
    f('bezetting', 'bezetting'),
    f('formasi', 'formasi'),
    f('gap', 'gap'),
    f('shortage', 'shortage'),
    f('surplus', 'surplus'),
  ].join(', ');
}

// ---- the five-year plan ---------------------------------------------------------------------------

export interface PlanArgs {
  scope: ReportScope;
  settings: AbkSettings;
  fromYear: number;
  /** Years planned (five by default). */
  years: number;
  currentYear: number;
  today: string;
  firstOfFollowingMonth: boolean;
  /** sector -> percent a year */
  growth: { sector: string; percent: number }[];
  newUnits: { key: string; name: string; sector: string; fromYear: number; positionId: string; count: number }[];
}

/** Per position and year of the plan (`plan`), from the approved ABK, holders' exits and the scenario. */
function planCte(a: PlanArgs): Sql {
  const s = a.settings;
  const eff = sql`${s.effectiveMinutesPerYear}::numeric`;
  const to = a.fromYear + a.years - 1;
  const growth = JSON.stringify(a.growth);
  const units = JSON.stringify(a.newUnits);
  return sql`${positionsCte(a)},
  years as (select generate_series(${a.fromYear}::int, ${to}::int) as y),
  growth as (select g.sector, g.percent from jsonb_to_recordset(${growth}::jsonb) as g(sector text, percent numeric)),
  holders as (
    select ph.position_id, e.birth_date, e.contract_end_date, coalesce(exact.age, bykind.age, general.age) as age
      from position_history ph join employee e on e.id = ph.employee_id
      left join lateral (select p2.kind, p2.functional_level from position_history ph2 join position p2 on p2.id = ph2.position_id
                          where ph2.employee_id = e.id and ${placementActive('ph2', a.today)} order by p2.grade desc, ph2.start_date limit 1) held on true
      left join retirement_age exact on exact.position_kind = held.kind and exact.functional_level = held.functional_level
      left join retirement_age bykind on bykind.position_kind = held.kind and bykind.functional_level is null
      left join retirement_age general on general.position_kind = 'PELAKSANA' and general.functional_level is null
     where ph.position_id in (select id from pos) and ${placementActive('ph', a.today)} and e.status in ('AKTIF', 'CUTI', 'TUGAS_BELAJAR')
  ),
  retiring as (
    select h.position_id, h.contract_end_date,
           case when ${a.firstOfFollowingMonth} then (date_trunc('month', h.birth_date + h.age * interval '1 year') + interval '1 month')::date
                else (h.birth_date + h.age * interval '1 year')::date end as retirement_date
      from holders h
  ),
  exits as (
    select r.position_id, greatest(${a.currentYear}::int, extract(year from least(r.retirement_date, r.contract_end_date))::int) as y,
           count(*) filter (where r.contract_end_date is null or r.contract_end_date >= r.retirement_date)::int as retirements,
           count(*) filter (where r.contract_end_date < r.retirement_date)::int as contracts
      from retiring r group by 1, 2
  ),
  abk_year as (
    select distinct on (x.position_id, y.y) x.position_id, y.y, x.year, x.workload
      from abk_all x cross join years y
     order by x.position_id, y.y, (x.year <= y.y) desc, case when x.year <= y.y then -x.year else x.year end
  ),
  before_plan as (
    select x.position_id, sum(x.retirements + x.contracts)::int as n from exits x where x.y < ${a.fromYear}::int group by x.position_id
  ),
  base as (
    select pos.id::text as key, pos.id as position_id, pos.code, pos.title, pos.kind, pos.unit_id, pos.unit_name, pos.unit_path, pos.sector, false as scenario,
           coalesce(bez.n, 0) as bezetting, coalesce(bez.n, 0) - coalesce(bp.n, 0) as staff0
      from pos left join bez on bez.position_id = pos.id left join before_plan bp on bp.position_id = pos.id
     where pos.id in (select position_id from abk_all)
    union all
    select n.key, p.id, p.code, p.title, p.kind, null::uuid, n.name, null, n.sector, true, 0, 0
      from jsonb_to_recordset(${units}::jsonb) as n(key text, name text, sector text, "fromYear" int, "positionId" uuid, count int)
      join position p on p.id = n."positionId" and p.government_id = ${a.scope.governmentId}
  ),
  yearly as (
    select b.key, y.y, ab.year as analysis_year, round(ab.workload / ${eff}, 2) as required2, g.percent,
           coalesce(ex.retirements, 0) as retirements, coalesce(ex.contracts, 0) as contracts
      from base b cross join years y
      left join abk_year ab on not b.scenario and ab.position_id = b.position_id and ab.y = y.y
      left join growth g on g.sector = b.sector::text
      left join exits ex on not b.scenario and ex.position_id = b.position_id and ex.y = y.y
  ),
  needs as (
    select yr.*, case when b.scenario then (case when yr.y >= n."fromYear" then n.count else 0 end)
                      else ${whole(s, sql`(case when coalesce(yr.percent, 0) <> 0 and yr.y > yr.analysis_year
                                                 then round(yr.required2 * power(1 + yr.percent / 100, yr.y - yr.analysis_year), 2) else yr.required2 end)`)} end as need
      from yearly yr join base b on b.key = yr.key
      left join jsonb_to_recordset(${units}::jsonb) as n(key text, "fromYear" int, count int) on n.key = yr.key
  ),
  plan as (
    with recursive steps(key, y, need, retirements, contracts, staff_start, available, recruit, surplus, staff_end) as (
      select nd.key, nd.y, nd.need, nd.retirements, nd.contracts, b.staff0, av.available, greatest(0, nd.need - av.available), greatest(0, av.available - nd.need), greatest(nd.need, av.available)
        from needs nd join base b on b.key = nd.key cross join lateral (select b.staff0 - nd.retirements - nd.contracts as available) av
       where nd.y = ${a.fromYear}::int
      union all
      select nd.key, nd.y, nd.need, nd.retirements, nd.contracts, st.staff_end, av.available, greatest(0, nd.need - av.available), greatest(0, av.available - nd.need), greatest(nd.need, av.available)
        from steps st join needs nd on nd.key = st.key and nd.y = st.y + 1 cross join lateral (select st.staff_end - nd.retirements - nd.contracts as available) av
    )
    select * from steps
  )`;
}

const YEAR_JSON = (alias: string) =>
  sql.raw(`json_build_object('year', ${alias}.y, 'need', ${alias}.need, 'staffStart', ${alias}.staff_start, 'retirements', ${alias}.retirements, 'contractsEnding', ${alias}.contracts,
    'available', ${alias}.available, 'recruit', ${alias}.recruit, 'surplus', ${alias}.surplus, 'staffEnd', ${alias}.staff_end)`);

const YEAR_SUMS = sql`sum(need)::int as need, sum(staff_start)::int as staff_start, sum(retirements)::int as retirements, sum(contracts)::int as contracts,
  sum(available)::int as available, sum(recruit)::int as recruit, sum(surplus)::int as surplus, sum(staff_end)::int as staff_end`;

/** A group of plan rows per year: `[{ key, label, years: [...], totalRecruit }]`. */
const planGroups = (keyExpr: Sql, labelExpr: Sql, order: Sql): Sql => sql`coalesce((select json_agg(json_build_object('key', g.key, 'label', g.label, 'years', g.years, 'totalRecruit', g.total) order by ${order})
    from (select k.key, k.label, json_agg(${YEAR_JSON('k')} order by k.y) as years, sum(k.recruit)::int as total
            from (select ${keyExpr} as key, ${labelExpr} as label, p.y, ${YEAR_SUMS} from plan p join base b on b.key = p.key group by 1, 2, 3) k group by k.key, k.label) g), '[]'::json)`;

/** The plan as one JSON document: totals and per sector and child unit per year, and a page of positions. */
export function planSql(a: PlanArgs, page: { limit: number; offset: number | null }): Sql {
  const limit = page.offset === null ? sql.raw('all') : sql`${page.limit}`;
  const unitKey = sql`case when b.scenario then 'new:' || b.unit_name else ${childOf(a.scope, sql`b.unit_path`)}::text end`;
  const unitLabel = sql`case when b.scenario then b.unit_name else (select u.name from org_unit u where u.id = ${childOf(a.scope, sql`b.unit_path`)}) end`;
  return sql`with ${planCte(a)},
  per_key as (
    select p.key, json_agg(${YEAR_JSON('p')} order by p.y) as years, sum(p.recruit)::int as total_recruit from plan p group by p.key
  ),
  rows as (
    select b.*, pk.years, pk.total_recruit, fy.analysis_year, fy.required2
      from base b join per_key pk on pk.key = b.key left join yearly fy on fy.key = b.key and fy.y = ${a.fromYear}::int
  )
  select json_build_object(
    'totals', (select json_build_object('key', 'total', 'label', 'total', 'years', coalesce(json_agg(${YEAR_JSON('t')} order by t.y), '[]'::json), 'totalRecruit', coalesce(sum(t.recruit), 0))
                 from (select p.y, ${YEAR_SUMS} from plan p group by p.y) t),
    'bySector', ${planGroups(sql`b.sector::text`, sql`b.sector::text`, sql`g.total desc, g.key`)},
    'byUnit', ${planGroups(unitKey, unitLabel, sql`g.total desc, g.label`)},
    'rowsTotal', (select count(*) from rows),
    'positionsWithoutAbk', (select count(*) from pos where pos.id not in (select position_id from abk_all)),
    'rows', coalesce((select json_agg(json_build_object('key', r.key, 'positionId', r.position_id, 'code', r.code, 'title', r.title, 'kind', r.kind, 'unitId', r.unit_id,
                        'unitName', r.unit_name, 'sector', r.sector, 'scenario', r.scenario, 'analysisYear', r.analysis_year, 'requiredStaff', r.required2,
                        'bezetting', r.bezetting, 'years', r.years, 'totalRecruit', r.total_recruit) order by r.ord)
                      from (select rows.*, row_number() over (order by total_recruit desc, scenario, title, key) as ord from rows
                             order by total_recruit desc, scenario, title, key limit ${limit} offset ${page.offset ?? 0}) r), '[]'::json)
  ) as plan`;
}

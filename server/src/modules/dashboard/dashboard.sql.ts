// Headcount SQL: one statement per grouping over the employees of a scope (a query yielding ids).
import { likeEscape } from '../../shared/list.ts';
import { placementActive, sql, type Sql } from '../../shared/sql.ts';
import { HeadcountGroup } from './dashboard.types.ts';

export interface HeadcountRow {
  /** Null for employees with no placement, rank or education on record (or placed in the scope unit itself). */
  key: string | null;
  label: string | null;
  detail: string | null;
  n: number;
}

/** Where the UNIT grouping looks: the top-level units of a government, or the children of a unit. */
export type UnitLevel = { governmentId: string; unit: null } | { governmentId: string; unit: { id: string; path: string; depth: number } };

export function headcountSql(group: HeadcountGroup, ids: Sql, asOf: string, level: UnitLevel): Sql {
  const scoped = sql`with scoped as (${ids})`;
  switch (group) {
    case HeadcountGroup.ASN_TYPE:
    case HeadcountGroup.SEX: {
      const column = sql.raw(group === HeadcountGroup.SEX ? 'e.sex' : 'e.asn_type');
      return sql`${scoped}
          select ${column} as key, null as label, null as detail, count(*)::int as n
            from employee e join scoped s on s.id = e.id
           group by 1`;
    }
    case HeadcountGroup.RANK:
      // The current rank: latest TMT on or before the date (the higher rank on a same-day tie).
      return sql`${scoped}
          select r.scheme || ':' || r.code as key, case when r.scheme = 'PPPK' then 'PPPK ' || r.code else r.code end as label, r.name as detail, count(*)::int as n
            from scoped s
            left join lateral (select rh.rank_id from rank_history rh join rank hr on hr.id = rh.rank_id
                                where rh.employee_id = s.id and rh.tmt <= ${asOf}::date
                                order by rh.tmt desc, hr.ordinal desc limit 1) cur on true
            left join rank r on r.id = cur.rank_id
           group by r.id, r.scheme, r.code, r.name, r.ordinal
           order by r.scheme nulls last, r.ordinal`;
    case HeadcountGroup.EDUCATION:
      return sql`${scoped}
          select l.code as key, l.name as label, l.code as detail, count(*)::int as n
            from scoped s
            left join lateral (select eh.level_id from education_history eh join education_level el on el.id = eh.level_id
                                where eh.employee_id = s.id and eh.graduation_year <= extract(year from ${asOf}::date)
                                order by el.ordinal desc limit 1) hi on true
            left join education_level l on l.id = hi.level_id
           group by l.id, l.code, l.name, l.ordinal
           order by l.ordinal nulls last`;
    case HeadcountGroup.UNIT: {
      // Each employee counts once, in the unit of their placement in effect inside the scope.
      // Placements never overlap (exclusion constraint position_history_no_overlap); the order by
      // only keeps the answer defined should that ever change. '/a/b/c/': part k+2 of a path is
      // its unit at depth k.
      const part = sql.raw(String(level.unit ? level.unit.depth + 3 : 2));
      const within = level.unit ? sql`u.path like ${`${likeEscape(level.unit.path)}%`}` : sql`u.government_id = ${level.governmentId}`;
      const children = level.unit ? sql`ou.parent_id = ${level.unit.id}` : sql`ou.government_id = ${level.governmentId} and ou.parent_id is null`;
      return sql`${scoped},
          placed as (
            select (select u.path from position_history ph join position p on p.id = ph.position_id join org_unit u on u.id = ph.unit_id
                     where ph.employee_id = s.id and ${placementActive('ph', asOf)} and ${within}
                     order by p.grade desc, ph.start_date, u.path limit 1) as path
              from scoped s
          ),
          counted as (select nullif(split_part(path, '/', ${part}), '') as unit_id, count(*)::int as n from placed group by 1)
          select x.key, x.label, x.detail, x.n from (
            select ou.id::text as key, ou.name as label, ou.code as detail, coalesce(c.n, 0) as n, 0 as last
              from org_unit ou left join counted c on c.unit_id = ou.id::text
             where ${children} and (ou.active or c.n is not null)
            union all
            select null, null, null, c.n, 1 from counted c where c.unit_id is null
          ) x
          order by x.last, x.n desc, x.label, x.key`;
    }
  }
}

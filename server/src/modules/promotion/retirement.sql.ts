// Retirement age and date of every employee of a scope, set-based (retirement.rules.ts is the spec).
import { sql, type Sql } from '../../shared/sql.ts';

/**
 * Every employee of `ids` (a query yielding employee ids): the placement in effect on `asOf` decides
 * the age; `firstOfFollowing` moves the date to the first of the following month. Employees not
 * placed in a position take the general age of pelaksana.
 */
export function retirementSql(ids: Sql, asOf: string, firstOfFollowing: boolean): Sql {
  return sql`
  with params as (select ${asOf}::date as as_of, ${firstOfFollowing}::boolean as first_of_following),
  base as (
    select e.id as employee_id, e.full_name, e.birth_date, e.asn_type, pos.kind as position_kind, pos.functional_level, pos.unit_id, pos.unit_path,
           coalesce(exact.age, bykind.age, general.age) as retirement_age
      from employee e
      cross join params
      left join lateral (select p.kind, p.functional_level, ph.unit_id, u.path as unit_path
                           from position_history ph join position p on p.id = ph.position_id join org_unit u on u.id = ph.unit_id
                          where ph.employee_id = e.id and ph.start_date <= params.as_of and (ph.end_date is null or ph.end_date >= params.as_of)
                          order by p.grade desc, ph.start_date limit 1) pos on true
      left join retirement_age exact on exact.position_kind = pos.kind and exact.functional_level = pos.functional_level
      left join retirement_age bykind on bykind.position_kind = pos.kind and bykind.functional_level is null
      left join retirement_age general on general.position_kind = 'PELAKSANA' and general.functional_level is null
     where e.id in (${ids})
  )
  select b.*, case when params.first_of_following
                   then (date_trunc('month', b.birth_date + b.retirement_age * interval '1 year') + interval '1 month')::date
                   else (b.birth_date + b.retirement_age * interval '1 year')::date end as retirement_date
    from base b cross join params`;
}

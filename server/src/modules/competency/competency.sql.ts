// Set-based SQL of the competency module. The pure rules (competency.rules.ts) are the spec;
// tests compare both over the seeded data.
import { sql, type Sql } from '../../shared/sql.ts';

/**
 * The competency standard of the positions in `positionIds` (a list of ids or a query yielding them):
 * the rows stored for a position when it has any, else the typical levels of §5 applied to the
 * national dictionary (competency_level_default by kind and functional level).
 */
export function standardSql(positionIds: Sql): Sql {
  return sql`
    select pc.position_id, pc.competency_id, pc.required_level, false as is_default
      from position_competency pc
     where pc.position_id in (${positionIds})
    union all
    select p.id, c.id, d.required_level, true
      from position p
      join competency c on c.government_id is null
      join competency_level_default d on d.position_kind = p.kind and coalesce(d.functional_level, '') = coalesce(p.functional_level, '')
     where p.id in (${positionIds})
       and not exists (select 1 from position_competency x where x.position_id = p.id)`;
}

/** The latest assessment of each employee in `employeeIds` (a list of ids or a query yielding them). */
export function latestAssessmentSql(employeeIds: Sql): Sql {
  return sql`
    select distinct on (a.employee_id) a.id, a.employee_id, a.purpose, a.assessed_on, a.potential_score
      from assessment a
     where a.employee_id in (${employeeIds})
     order by a.employee_id, a.assessed_on desc, a.created_at desc`;
}

// The foundation's list read: a 50-row nested employee page through GraphQL against one raw SQL
// statement computing the same rows (the floor).
import { report, time, type Harness } from './harness.ts';

const QUERY = `query { employees(limit: 50, sort: [{ field: FULL_NAME, order: ASC }]) { total items {
  id nip displayName currentRank { rank { code } } currentPosition { title unit { name } } } } }`;

const RAW = `
  select e.id, e.nip, e.full_name, r.code as rank, p.title, u.name as unit, count(*) over () as total
    from employee e
    join government g on g.id = e.government_id and g.code = '33.74'
    left join lateral (select rh.rank_id from rank_history rh where rh.employee_id = e.id and rh.tmt <= current_date order by rh.tmt desc limit 1) cr on true
    left join rank r on r.id = cr.rank_id
    left join lateral (select ph.position_id, ph.unit_id from position_history ph where ph.employee_id = e.id and ph.start_date <= current_date
                        and (ph.end_date is null or ph.end_date >= current_date) order by ph.start_date desc limit 1) cp on true
    left join position p on p.id = cp.position_id
    left join org_unit u on u.id = cp.unit_id
   order by e.full_name, e.id limit 50`;

export async function run(h: Harness): Promise<void> {
  const { sqlStatements } = await h.gql(QUERY);
  const api = await time(() => h.gql(QUERY));
  const raw = await time(() => h.sql(RAW));
  report(`employees: 50-row nested page (${sqlStatements} SQL statements per request)`, [['raw SQL (one statement)', raw], ['GraphQL employees(limit: 50)', api]], 'raw SQL (one statement)');
}

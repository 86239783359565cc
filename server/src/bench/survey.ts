// Public satisfaction survey results: surveyIndices for every unit of Kota Semarang over one year
// through GraphQL, against one hand-written SQL GROUP BY computing the same numbers (the floor).
import { report, time, type Harness } from './harness.ts';

const QUERY = `query($scope: SurveyScope, $period: DateRange) { surveyIndices(scope: $scope, period: $period, groupBy: UNIT) {
  unitId unitName responses ikm grade gradeLabel elements { code nrr } } }`;

const U = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `avg(r.u${i})`);
const RAW = `
  with units as (
    select s.unit_id, u.name, count(*) as responses, ${U.map((a, i) => `${a} as u${i + 1}`).join(', ')},
           round((${U.join(' + ')}) / 9 * 25, 2) as ikm
      from survey_response r
      join survey s on s.id = r.survey_id
      join org_unit u on u.id = s.unit_id
     where s.government_id = ? and s.period_end >= ? and s.period_start <= ?
     group by s.unit_id, u.name
  )
  select units.*, g.grade, g.label from units left join ikm_grade g on units.ikm between g.min_ikm and g.max_ikm
   order by units.name`;

export async function run(h: Harness): Promise<void> {
  const [gov] = await h.sql<{ id: string }>(`select id from government where code = '33.74'`);
  const year = new Date().getFullYear() - 1;
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const variables = { scope: { governmentId: gov.id }, period };
  const params = [gov.id, period.from, period.to];

  const { data, sqlStatements } = await h.gql<{ surveyIndices: { unitId: string; responses: number; ikm: number | null; grade: string | null }[] }>(QUERY, variables);
  const raw = await h.sql<{ unit_id: string; responses: string; ikm: string; grade: string }>(RAW, params);
  // Same numbers: every unit's responses, IKM and grade (results withheld below the minimum excepted).
  const byUnit = new Map(raw.map((r) => [r.unit_id, r]));
  const mismatches = data.surveyIndices.filter((row) => {
    const r = byUnit.get(row.unitId);
    if (!r) return row.responses > 0;
    return Number(r.responses) !== row.responses || (row.ikm !== null && (Math.abs(Number(r.ikm) - row.ikm) > 0.005 || r.grade !== row.grade));
  });
  const responses = data.surveyIndices.reduce((s, r) => s + r.responses, 0);

  const api = await time(() => h.gql(QUERY, variables));
  const sql = await time(() => h.sql(RAW, params));
  report(
    `survey: surveyIndices for ${data.surveyIndices.length} units of Kota Semarang, ${year} (${responses} responses; ${sqlStatements} SQL statements per request; numbers ${mismatches.length ? `DIFFER for ${mismatches.length} units` : 'identical'})`,
    [['raw SQL (one GROUP BY)', sql], ['GraphQL surveyIndices(groupBy: UNIT)', api]],
    'raw SQL (one GROUP BY)',
  );
}

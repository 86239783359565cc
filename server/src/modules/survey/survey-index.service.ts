// IKM results, set-based: one SQL statement aggregates every survey, unit or government in scope
// (sums and counts per survey, pooled per group); the pure rules turn the averages into the index.
import DataLoader from 'dataloader';
import type { Context } from '../../context.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { checkRange, likeEscape, type DateRange } from '../../shared/list.ts';
import { governmentScope } from '../../shared/scope.ts';
import { query, sql, type Sql } from '../../shared/sql.ts';
import { OrgUnit } from '../organization/index.ts';
import { SettingsService } from '../settings/index.ts';
import { IkmGrade } from './ikm-grade.entity.ts';
import { SurveyElement } from './survey-element.entity.ts';
import { SurveyIndexGroup } from './survey.enums.ts';
import type { SurveyScope } from './survey.inputs.ts';
import { ELEMENT_CODES, minimumSample, surveyIndex, weakestFirst, type GradeBand } from './survey.rules.ts';
import type { ElementIndex, SurveyIndex } from './survey.types.ts';
import { SurveyErrors } from './survey.errors.ts';

/**
 * Longest period an index query covers (issue 11: a public query over 1900-2100 aggregated every
 * response ever). An open end is closed at this span; no period at all means the last 5 calendar
 * years up to today.
 */
export const MAX_INDEX_PERIOD_YEARS = 5;

function shiftDate(date: string, years: number, days = 0): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y + years, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The period of an index query, both ends set and at most MAX_INDEX_PERIOD_YEARS long. */
export function boundedPeriod(period: DateRange | undefined, today: string): { from: string; to: string } {
  checkRange('period', period);
  const span = MAX_INDEX_PERIOD_YEARS;
  if (!period?.from && !period?.to) return { from: `${Number(today.slice(0, 4)) - span + 1}-01-01`, to: today };
  const from = period.from ?? shiftDate(period.to!, -span, 1);
  const to = period.to ?? shiftDate(period.from!, span, -1);
  if (to > shiftDate(from, span, -1)) {
    throw SurveyErrors.input('period', 'PERIOD_TOO_LONG', `period: at most ${span} years (from ${from}, to no later than ${shiftDate(from, span, -1)})`, { maxYears: span });
  }
  return { from, to };
}

/** Fewest responses for which any result is shown (below it, one respondent could be singled out). */
export const MIN_RESPONSES_SETTING = 'survey.minResponsesForResults';

const U = ELEMENT_CODES.map((c) => c.toLowerCase());

interface AggregateRow {
  survey_id: string | null;
  survey_title: string | null;
  service_id: string | null;
  service_name: string | null;
  unit_id: string | null;
  unit_name: string | null;
  government_id: string;
  government_name: string;
  year: number;
  period_start: string;
  period_end: string;
  surveys: string;
  population: string;
  responses: string;
  [nrr: `u${number}`]: string | null;
}

// What each grouping keys on, and which names it carries.
const GROUPS: Record<SurveyIndexGroup, { key: string; columns: string; order: string }> = {
  [SurveyIndexGroup.SURVEY]: {
    key: 'p.id, p.title, p.service_id, ps.name, p.unit_id, u.name, p.government_id, g.name, year',
    columns: 'p.id as survey_id, p.title as survey_title, p.service_id, ps.name as service_name, p.unit_id, u.name as unit_name',
    order: 'g.name, u.name, min(p.period_start), p.title',
  },
  [SurveyIndexGroup.UNIT]: {
    key: 'p.unit_id, u.name, p.government_id, g.name, year',
    columns: 'null as survey_id, null as survey_title, null as service_id, null as service_name, p.unit_id, u.name as unit_name',
    order: 'g.name, u.name, year',
  },
  [SurveyIndexGroup.GOVERNMENT]: {
    key: 'p.government_id, g.name, year',
    columns: 'null as survey_id, null as survey_title, null as service_id, null as service_name, null as unit_id, null as unit_name',
    order: 'g.name, year',
  },
};

/**
 * The aggregate behind every index. `per_survey` sums each survey's answers (one pass over its
 * responses); the outer query pools the sums per group, so a group's NRR is the average over all
 * its responses, whatever the number of surveys or units.
 */
function aggregateSql(group: SurveyIndexGroup, where: Sql): Sql {
  const g = GROUPS[group];
  return sql`
    with per_survey as (
      select s.id, s.title, s.service_id, s.unit_id, s.government_id, s.period_start, s.period_end, s.population,
             count(r.survey_id) as n, ${sql.raw(U.map((u) => `sum(r.${u}) as ${u}`).join(', '))}
        from survey s
        join org_unit su on su.id = s.unit_id
        left join survey_response r on r.survey_id = s.id
       where ${where}
       group by s.id
    )
    select ${sql.raw(g.columns)}, p.government_id, g.name as government_name,
           extract(year from p.period_start)::int as year,
           min(p.period_start)::text as period_start, max(p.period_end)::text as period_end,
           count(*) as surveys, sum(p.population) as population, sum(p.n) as responses,
           ${sql.raw(U.map((u) => `sum(p.${u})::numeric / nullif(sum(p.n), 0) as ${u}`).join(', '))}
      from per_survey p
      join government g on g.id = p.government_id
      left join org_unit u on u.id = p.unit_id
      left join public_service ps on ps.id = p.service_id
     group by ${sql.raw(g.key)}
     order by ${sql.raw(g.order)}`;
}

/** Grade table and elements: reference data, read once per request. */
const referenceLoader = (ctx: Context) =>
  ctx.loaders.get('survey.reference', (em) =>
    new DataLoader<'all', { bands: GradeBand[]; names: Map<string, string> }>(async (keys) => {
      const [grades, elements] = await Promise.all([
        em.createQueryBuilder(IkmGrade).select(['grade', 'minIkm', 'maxIkm', 'label']).orderBy({ minIkm: 'desc' }).execute('all', true) as Promise<IkmGrade[]>,
        em.createQueryBuilder(SurveyElement).select(['code', 'name']).orderBy({ ordinal: 'asc' }).execute('all', true) as Promise<SurveyElement[]>,
      ]);
      const value = { bands: grades.map((g) => ({ grade: g.grade, minIkm: Number(g.minIkm), maxIkm: Number(g.maxIkm), label: g.label })), names: new Map(elements.map((e) => [e.code, e.name])) };
      return keys.map(() => value);
    }),
  );

export class SurveyIndexService {
  constructor(private readonly ctx: Context) {}

  /** Indices over a scope and period, in a fixed number of statements whatever their number. */
  async indices(scope: SurveyScope = { includeSubUnits: true }, period: DateRange | undefined, group: SurveyIndexGroup): Promise<SurveyIndex[]> {
    // Checked before any SQL: a period too long is refused at once.
    const { from, to } = boundedPeriod(period, this.ctx.today);
    const where: Sql[] = [];
    const viewerGovernment = this.ctx.viewer ? governmentScope(this.ctx.viewer) : null;
    if (scope.governmentId) {
      where.push(sql`s.government_id = ${scope.governmentId}`);
    } else if (!scope.unitId && !scope.serviceId && viewerGovernment) {
      // Results are public; a logged-in user simply starts from their own government.
      where.push(sql`s.government_id = ${viewerGovernment}`);
    }
    if (scope.unitId) {
      const unit = await this.ctx.loaders.byId(OrgUnit).load(scope.unitId);
      if (!unit) throw new NotFoundError('Unit', scope.unitId, 'scope.unitId');
      where.push(scope.includeSubUnits === false ? sql`s.unit_id = ${unit.id}` : sql`su.path like ${`${likeEscape(unit.path)}%`}`);
    }
    if (scope.serviceId) where.push(sql`s.service_id = ${scope.serviceId}`);
    where.push(sql`s.period_end >= ${from} and s.period_start <= ${to}`);
    return this.run(group, sql.and(where));
  }

  /** The index of one survey (public: results are aggregate and withheld below the minimum). */
  async ofSurvey(surveyId: string, field = 'surveyId'): Promise<SurveyIndex> {
    const index = await surveyIndexLoader(this.ctx).load(surveyId);
    if (!index) throw new NotFoundError('Survey', surveyId, field);
    return index;
  }

  async run(group: SurveyIndexGroup, where: Sql): Promise<SurveyIndex[]> {
    const rows = await query<AggregateRow>(this.ctx.em, aggregateSql(group, where));
    const { bands, names } = await referenceLoader(this.ctx).load('all');
    const settings = new SettingsService(this.ctx);
    const minimums = await Promise.all(rows.map((r) => settings.number(MIN_RESPONSES_SETTING, r.government_id)));
    const previous = new Map<string, number>();
    return rows.map((r, i) => {
      const responses = Number(r.responses);
      const population = Number(r.population);
      const sample = minimumSample(population);
      const withheld = responses < minimums[i];
      const result = withheld ? null : surveyIndex(ELEMENT_CODES.map((code) => ({ code, nrr: r[code.toLowerCase() as `u${number}`] === null ? null : Number(r[code.toLowerCase() as `u${number}`]) })), bands);
      const elements: ElementIndex[] = (result?.elements ?? []).map((e) => ({
        code: e.code,
        name: names.get(e.code) ?? e.code,
        nrr: e.nrr,
        weightedNrr: e.weighted,
        ikm: e.ikm,
        grade: e.grade?.grade ?? null,
        gradeLabel: e.grade?.label ?? null,
      }));
      // Trend: the previous row of the same subject (rows come in period order within a subject).
      const subject = r.survey_id ? (r.service_id ?? `unit:${r.unit_id}`) : (r.unit_id ?? r.government_id);
      const before = previous.get(subject) ?? null;
      if (result) previous.set(subject, result.ikm);
      return {
        group,
        surveyId: r.survey_id,
        surveyTitle: r.survey_title,
        serviceId: r.service_id,
        serviceName: r.service_name,
        unitId: r.unit_id,
        unitName: r.unit_name,
        governmentId: r.government_id,
        governmentName: r.government_name,
        year: Number(r.year),
        periodStart: r.period_start,
        periodEnd: r.period_end,
        surveys: Number(r.surveys),
        responses,
        population,
        minimumSample: sample,
        sampleReached: responses >= sample,
        minimumResponses: minimums[i],
        withheld,
        index: result?.index ?? null,
        ikm: result?.ikm ?? null,
        grade: result?.grade?.grade ?? null,
        gradeLabel: result?.grade?.label ?? null,
        elements,
        weakestElements: weakestFirst(elements),
        previousIkm: result ? before : null,
        ikmChange: result && before !== null ? Math.round((result.ikm - before) * 100) / 100 : null,
      };
    });
  }
}

/** Index per survey id, for a page of surveys: one aggregate statement per batch. */
export const surveyIndexLoader = (ctx: Context) =>
  ctx.loaders.get('survey.index', () =>
    new DataLoader<string, SurveyIndex | null>(async (ids) => {
      const rows = await new SurveyIndexService(ctx).run(SurveyIndexGroup.SURVEY, sql`s.id in (${sql.list(ids)})`);
      const map = new Map(rows.map((r) => [r.surveyId!, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
  );

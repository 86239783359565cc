import { randomUUID } from 'node:crypto';
import type { Context } from '../../context.ts';
import { CommonErrors, NotFoundError } from '../../shared/errors.ts';
import { countOf, checkRange, likeEscape, type Page } from '../../shared/list.ts';
import { assignGiven, checkVersion, orderByOf } from '../../shared/resolve.ts';
import { query, sql } from '../../shared/sql.ts';
import { PublicService } from './public-service.entity.ts';
import { scopeToUnits, visibleRecord, writableRecord, writableUnit } from './survey.scope.ts';
import { SurveyElement } from './survey-element.entity.ts';
import { Survey } from './survey.entity.ts';
import { PROFILE_OPTIONS, SurveyStatus } from './survey.enums.ts';
import { SUGGESTION_MAX_LENGTH, SurveySortField, type CreateSurveyInput, type PublicSurveyFilter, type SubmitSurveyResponseInput, type SurveyFilter, type SurveySort, type UpdateSurveyInput } from './survey.inputs.ts';
import type { PublicSurveyInfo, SurveyQuestionnaire, SurveyReceipt } from './survey.types.ts';
import { SurveyErrors } from './survey.errors.ts';

const SORT: Record<SurveySortField, string> = {
  [SurveySortField.TITLE]: 's.title',
  [SurveySortField.PERIOD_START]: 's.periodStart',
  [SurveySortField.STATUS]: 's.status',
  [SurveySortField.POPULATION]: 's.population',
  [SurveySortField.CREATED_AT]: 's.createdAt',
};

const ANSWER_COLUMNS = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'] as const;
const PROFILE_COLUMNS = [['ageBand', 'age_band'], ['sex', 'sex'], ['education', 'education'], ['occupation', 'occupation']] as const;

/** A survey accepts responses while OPEN and within its period (Asia/Jakarta dates). */
export function acceptsResponses(survey: Pick<Survey, 'status' | 'periodStart' | 'periodEnd'>, today: string): boolean {
  return survey.status === SurveyStatus.OPEN && survey.periodStart <= today && today <= survey.periodEnd;
}

/** Receipt code of a response: from its random (v4) id, so it says nothing about time or order. */
const receiptCode = (responseId: string) => `SKM-${responseId.replace(/-/g, '').slice(-10).toUpperCase()}`;

export class SurveyService {
  constructor(private readonly ctx: Context) {}

  // ---- staff --------------------------------------------------------------------------------

  async list(filter: SurveyFilter = { includeSubUnits: true }, sort: SurveySort[] | undefined, limit: number, offset: number): Promise<Page<Survey>> {
    const qb = this.ctx.em.createQueryBuilder(Survey, 's').join('s.unit', 'u');
    await scopeToUnits(this.ctx, qb, filter, 's');
    if (filter.ids) qb.andWhere({ id: { $in: filter.ids } });
    if (filter.serviceId) qb.andWhere({ service: filter.serviceId });
    if (filter.statuses?.length) qb.andWhere({ status: { $in: filter.statuses } });
    if (filter.period) {
      checkRange('period', filter.period);
      if (filter.period.from) qb.andWhere({ periodEnd: { $gte: filter.period.from } });
      if (filter.period.to) qb.andWhere({ periodStart: { $lte: filter.period.to } });
    }
    if (filter.q) qb.andWhere({ title: { $ilike: `%${likeEscape(filter.q.trim())}%` } });
    const total = await countOf(qb);
    const items = (await qb
      .select('s.*')
      .orderBy(orderByOf(sort, SORT, { 's.periodStart': 'desc' }).map((o) => ('id' in o ? { 's.id': o.id } : o)))
      .limit(limit, offset)
      .execute('all', true)) as Survey[];
    return { items, total, limit, offset };
  }

  get(id: string, field?: string): Promise<Survey> {
    return visibleRecord(this.ctx, Survey, 'Survey', id, field);
  }

  async create(input: CreateSurveyInput): Promise<Survey> {
    const em = this.ctx.em;
    let service: PublicService | null = null;
    if (input.serviceId) {
      service = await em.findOne(PublicService, input.serviceId);
      if (!service) throw new NotFoundError('PublicService', input.serviceId, 'serviceId');
      if (input.unitId && input.unitId !== service.unit.id) throw SurveyErrors.input('serviceId', 'SERVICE_OF_OTHER_UNIT', 'serviceId: the service is offered by another unit');
    } else if (!input.unitId) {
      throw CommonErrors.input('unitId', 'REQUIRED', 'unitId: name the unit (or the service) surveyed');
    }
    const unit = await writableUnit(this.ctx, service?.unit.id ?? input.unitId!, service ? 'serviceId' : 'unitId');
    this.checkPeriod(input.periodStart, input.periodEnd);
    const survey = em.create(Survey, {
      government: unit.government.id,
      unit: unit.id,
      service: service?.id ?? null,
      title: input.title.trim(),
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      population: input.population,
      status: input.status,
    });
    await em.flush();
    return survey;
  }

  async update(id: string, input: UpdateSurveyInput): Promise<Survey> {
    const survey = await writableRecord(this.ctx, Survey, 'Survey', id);
    checkVersion('Survey', survey, input.version);
    this.checkPeriod(input.periodStart ?? survey.periodStart, input.periodEnd ?? survey.periodEnd);
    assignGiven(survey, { ...input, title: input.title?.trim() }, ['title', 'periodStart', 'periodEnd', 'population', 'status']);
    await this.ctx.em.flush();
    this.ctx.loaders.clear();
    return survey;
  }

  private checkPeriod(start: string, end: string): void {
    if (end < start) throw CommonErrors.input('periodEnd', 'RANGE_INVERTED', 'periodEnd: the period ends before it starts');
  }

  /** Suggestions of a survey's respondents, text only and alphabetical (nothing to link them to an answer sheet). */
  async suggestions(surveyId: string, limit: number, offset: number): Promise<Page<string>> {
    const survey = await this.get(surveyId, 'surveyId');
    const rows = await query<{ suggestion: string; total: string }>(
      this.ctx.em,
      sql`select suggestion, count(*) over () as total from survey_response where survey_id = ${survey.id} and suggestion is not null order by suggestion limit ${limit} offset ${offset}`,
    );
    let total = Number(rows[0]?.total ?? 0);
    // Past the last page the window count has no row to ride on: count apart.
    if (!rows.length && offset > 0) total = Number((await query<{ n: string }>(this.ctx.em, sql`select count(*) as n from survey_response where survey_id = ${survey.id} and suggestion is not null`))[0].n);
    return { items: rows.map((r) => r.suggestion), total, limit, offset };
  }

  // ---- public -------------------------------------------------------------------------------

  async questionnaire(): Promise<SurveyQuestionnaire> {
    const elements = (await this.ctx.em.createQueryBuilder(SurveyElement).select('*').orderBy({ ordinal: 'asc' }).execute('all', true)) as SurveyElement[];
    const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
    return {
      elements,
      ageBands: options(PROFILE_OPTIONS.ageBand),
      sexes: options(PROFILE_OPTIONS.sex),
      educations: options(PROFILE_OPTIONS.education),
      occupations: options(PROFILE_OPTIONS.occupation),
      suggestionMaxLength: SUGGESTION_MAX_LENGTH,
    };
  }

  /** Surveys accepting responses today, with the names a respondent recognises. */
  async openSurveys(filter: PublicSurveyFilter = {}, limit: number, offset: number): Promise<Page<PublicSurveyInfo>> {
    const { today } = this.ctx;
    const like = filter.q ? `%${likeEscape(filter.q.trim())}%` : null;
    const where = sql.and([
      sql`s.status = 'OPEN' and s.period_start <= ${today} and s.period_end >= ${today}`,
      filter.ids && sql`s.id in (${sql.list(filter.ids)})`,
      filter.governmentId && sql`s.government_id = ${filter.governmentId}`,
      filter.unitId && sql`s.unit_id = ${filter.unitId}`,
      like && sql`(s.title ilike ${like} or ps.name ilike ${like} or u.name ilike ${like})`,
    ]);
    const rows = await query<PublicSurveyInfo & { total: string }>(
      this.ctx.em,
      sql`select s.id, s.title, s.period_start::text as "periodStart", s.period_end::text as "periodEnd", s.service_id as "serviceId", ps.name as "serviceName",
              s.unit_id as "unitId", u.name as "unitName", s.government_id as "governmentId", g.name as "governmentName", count(*) over () as total
         from survey s
         join org_unit u on u.id = s.unit_id
         join government g on g.id = s.government_id
         left join public_service ps on ps.id = s.service_id
        where ${where}
        order by g.name, u.name, coalesce(ps.name, s.title), s.id
        limit ${limit} offset ${offset}`,
    );
    const items = rows.map(({ total: _total, ...item }) => item);
    let total = Number(rows[0]?.total ?? 0);
    if (!rows.length && offset > 0) {
      total = Number(
        (await query<{ n: string }>(this.ctx.em, sql`select count(*) as n from survey s join org_unit u on u.id = s.unit_id left join public_service ps on ps.id = s.service_id where ${where}`))[0].n,
      );
    }
    return { items, total, limit, offset };
  }

  /**
   * Counts an anonymous response once. The insert and the idempotency check are one statement
   * (`on conflict do nothing` on the unique (survey, key) index), so concurrent retries cannot
   * count twice. Written without the unit of work on purpose: an audit entry would copy the
   * answers next to a request id and a timestamp, which the anonymity rule forbids.
   */
  async submit(input: SubmitSurveyResponseInput): Promise<SurveyReceipt> {
    await this.ctx.limits.publicMutation.consume(this.ctx.clientIp);
    const { em, today } = this.ctx;
    const [survey] = await query<{ id: string; government_id: string; status: SurveyStatus; period_start: string; period_end: string }>(
      em,
      sql`select id, government_id, status, period_start::text, period_end::text from survey where id = ${input.surveyId}`,
    );
    if (!survey) throw new NotFoundError('Survey', input.surveyId, 'surveyId');
    if (!acceptsResponses({ status: survey.status, periodStart: survey.period_start, periodEnd: survey.period_end }, today)) {
      throw SurveyErrors.input('surveyId', 'SURVEY_CLOSED', 'surveyId: this survey is not accepting responses');
    }
    const sheet: Record<string, unknown> = {
      ...Object.fromEntries(ANSWER_COLUMNS.map((u) => [u, input.answers[u]])),
      ...Object.fromEntries(PROFILE_COLUMNS.map(([field, column]) => [column, input.profile?.[field] ?? null])),
      suggestion: input.suggestion?.trim() || null,
    };
    const columns = Object.keys(sheet);
    const [inserted] = await query<{ id: string }>(
      em,
      sql`insert into survey_response (id, government_id, survey_id, submitted_on, idempotency_key, ${sql.raw(columns.join(', '))})
       values (${randomUUID()}, ${survey.government_id}, ${survey.id}, ${today}, ${input.idempotencyKey}, ${sql.list(Object.values(sheet))})
       on conflict (survey_id, idempotency_key) do nothing returning id`,
    );
    if (inserted) {
      this.ctx.loaders.clear();
      return { receiptCode: receiptCode(inserted.id), surveyId: survey.id, submittedOn: today, duplicate: false };
    }
    // A retry: the same answer sheet gets the first receipt; other answers under the key are refused.
    const [first] = await query<Record<string, unknown> & { id: string; submitted_on: string }>(
      em,
      sql`select id, submitted_on::text, ${sql.raw(columns.join(', '))} from survey_response where survey_id = ${survey.id} and idempotency_key = ${input.idempotencyKey}`,
    );
    if (columns.some((c) => (first[c] ?? null) !== sheet[c])) {
      throw SurveyErrors.conflict('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used for different answers; use a new key for a new answer sheet');
    }
    return { receiptCode: receiptCode(first.id), surveyId: survey.id, submittedOn: first.submitted_on, duplicate: true };
  }
}

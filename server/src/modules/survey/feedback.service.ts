import { randomBytes } from 'node:crypto';
import type { Context } from '../../context.ts';
import { CommonErrors, NotFoundError } from '../../shared/errors.ts';
import { countOf, checkRange, likeEscape, type Page } from '../../shared/list.ts';
import { checkVersion, orderByOf, viewerOf } from '../../shared/resolve.ts';
import { governmentScope } from '../../shared/scope.ts';
import { dateIn } from '@asn-merit/common';
import { query, sql, where } from '../../shared/sql.ts';
import { User } from '../auth/index.ts';
import { OrgUnit } from '../organization/index.ts';
import { SettingsService } from '../settings/index.ts';
import { Feedback } from './feedback.entity.ts';
import { FeedbackSortField, type FeedbackFilter, type FeedbackSort, type FeedbackTransitionInput, type SubmitFeedbackInput } from './feedback.inputs.ts';
import { PublicService } from './public-service.entity.ts';
import { scopeToUnits, visibleRecord, writableRecord } from './survey.scope.ts';
import { FeedbackStatus } from './survey.enums.ts';
import { canTransition, FEEDBACK_TRANSITIONS, feedbackTiming, isClosed, normalizeTrackingCode, TRACKING_CODE, trackingCode, type FeedbackTiming } from './survey.rules.ts';
import { SurveyErrors } from './survey.errors.ts';

/** Service-level target for answering feedback, in calendar days from receipt. */
export const FEEDBACK_TARGET_SETTING = 'survey.feedbackTargetDays';

const SORT: Record<FeedbackSortField, string> = {
  [FeedbackSortField.RECEIVED_AT]: 'f.createdAt',
  [FeedbackSortField.STATUS]: 'f.status',
  [FeedbackSortField.CATEGORY]: 'f.category',
};

/** What the public sees of its feedback: state, dates and the official answer, nothing else. */
export interface FeedbackStatusView {
  trackingCode: string;
  status: FeedbackStatus;
  receivedAt: Date;
  startedAt: Date | null;
  closedAt: Date | null;
  answer: string | null;
}

export interface FeedbackReceiptView {
  trackingCode: string;
  receivedAt: Date;
  /** The date by which an answer is due (the government's service-level target). */
  dueDate: string;
}

export class FeedbackService {
  constructor(private readonly ctx: Context) {}

  // ---- public -------------------------------------------------------------------------------

  async submit(input: SubmitFeedbackInput): Promise<FeedbackReceiptView> {
    await this.ctx.limits.publicMutation.consume(this.ctx.clientIp);
    const em = this.ctx.em;
    let service: PublicService | null = null;
    let unitId = input.unitId;
    if (input.serviceId) {
      service = await em.findOne(PublicService, { id: input.serviceId, active: true });
      if (!service) throw new NotFoundError('PublicService', input.serviceId, 'serviceId');
      if (unitId && unitId !== service.unit.id) throw SurveyErrors.input('serviceId', 'SERVICE_OF_OTHER_UNIT', 'serviceId: the service is offered by another unit');
      unitId = service.unit.id;
    }
    if (!unitId) throw CommonErrors.input('unitId', 'REQUIRED', 'unitId: name the service or the unit the feedback is about');
    const unit = await em.findOne(OrgUnit, { id: unitId, active: true });
    if (!unit) throw new NotFoundError('Unit', unitId, 'unitId');
    const feedback = em.create(Feedback, {
      government: unit.government.id,
      unit: unit.id,
      service: service?.id ?? null,
      trackingCode: trackingCode(randomBytes(10)),
      category: input.category,
      text: input.text.trim(),
      contact: input.contact?.trim() || null,
    });
    await em.flush();
    const target = await new SettingsService(this.ctx).number(FEEDBACK_TARGET_SETTING, unit.government.id);
    const timing = feedbackTiming(dateIn(feedback.createdAt), null, this.ctx.today, target);
    return { trackingCode: feedback.trackingCode, receivedAt: feedback.createdAt, dueDate: timing.dueDate };
  }

  async status(code: string): Promise<FeedbackStatusView> {
    const trackingCode = normalizeTrackingCode(code);
    if (!TRACKING_CODE.test(trackingCode)) throw SurveyErrors.input('trackingCode', 'TRACKING_CODE_FORMAT', 'trackingCode: looks like ADU- followed by 10 letters and digits');
    const row = (await this.ctx.em
      .createQueryBuilder(Feedback, 'f')
      .select(['trackingCode', 'status', 'createdAt', 'startedAt', 'closedAt', 'answer'])
      .where({ trackingCode })
      .execute('get', true)) as Feedback | undefined;
    if (!row) {
      // Each miss counts against the client: past the limit, guesses get RATE_LIMITED, not answers.
      await this.ctx.limits.publicLookupMiss.consume(this.ctx.clientIp);
      throw new NotFoundError('Feedback', trackingCode, 'trackingCode');
    }
    return { trackingCode: row.trackingCode, status: row.status, receivedAt: row.createdAt, startedAt: row.startedAt ?? null, closedAt: row.closedAt ?? null, answer: isClosed(row.status) ? (row.answer ?? null) : null };
  }

  // ---- staff --------------------------------------------------------------------------------

  async list(filter: FeedbackFilter = { includeSubUnits: true }, sort: FeedbackSort[] | undefined, limit: number, offset: number): Promise<Page<Feedback>> {
    const qb = this.ctx.em.createQueryBuilder(Feedback, 'f').join('f.unit', 'u');
    await scopeToUnits(this.ctx, qb, filter, 'f');
    if (filter.ids) qb.andWhere({ id: { $in: filter.ids } });
    if (filter.serviceId) qb.andWhere({ service: filter.serviceId });
    if (filter.statuses?.length) qb.andWhere({ status: { $in: filter.statuses } });
    if (filter.categories?.length) qb.andWhere({ category: { $in: filter.categories } });
    if (filter.received) {
      checkRange('received', filter.received);
      if (filter.received.from) qb.andWhere(...where(sql`(f.created_at at time zone 'Asia/Jakarta')::date >= ${filter.received.from}`));
      if (filter.received.to) qb.andWhere(...where(sql`(f.created_at at time zone 'Asia/Jakarta')::date <= ${filter.received.to}`));
    }
    if (filter.q) {
      const text = filter.q.trim();
      const code = normalizeTrackingCode(text);
      if (TRACKING_CODE.test(code)) qb.andWhere({ trackingCode: code });
      else qb.andWhere({ text: { $ilike: `%${likeEscape(text)}%` } });
    }
    if (filter.overdue !== undefined) {
      // Each government's own target (its override or the national default), in the same statement.
      const targets = await this.targetsInScope();
      const late = sql`f.status in ('RECEIVED', 'IN_PROGRESS') and (f.created_at at time zone 'Asia/Jakarta')::date + (${JSON.stringify(targets)}::jsonb ->> f.government_id::text)::int < ${this.ctx.today}::date`;
      qb.andWhere(...where(filter.overdue ? late : sql`not (${late})`));
    }
    const total = await countOf(qb);
    const items = (await qb
      .select('f.*')
      .orderBy(orderByOf(sort, SORT, { 'f.createdAt': 'desc' }).map((o) => ('id' in o ? { 'f.id': o.id } : o)))
      .limit(limit, offset)
      .execute('all', true)) as Feedback[];
    return { items, total, limit, offset };
  }

  get(id: string, field?: string): Promise<Feedback> {
    return visibleRecord(this.ctx, Feedback, 'Feedback', id, field);
  }

  /** One step of the workflow; anything but an allowed step is refused naming `status`. */
  async transition(id: string, input: FeedbackTransitionInput): Promise<Feedback> {
    const viewer = viewerOf(this.ctx);
    const em = this.ctx.em;
    const feedback = await writableRecord(this.ctx, Feedback, 'Feedback', id);
    checkVersion('Feedback', feedback, input.version);
    if (!canTransition(feedback.status, input.status)) {
      const allowed = FEEDBACK_TRANSITIONS[feedback.status];
      throw SurveyErrors.input('status', 'TRANSITION_NOT_ALLOWED', `status: feedback that is ${feedback.status} can ${allowed.length ? `only move to ${allowed.join(' or ')}` : 'no longer change'}`, { from: feedback.status, to: input.status, allowed });
    }
    const now = new Date();
    if (input.status === FeedbackStatus.IN_PROGRESS) {
      if (input.answer) throw SurveyErrors.input('answer', 'NOT_ALLOWED', 'answer: give the answer when answering or rejecting');
      feedback.startedAt = now;
    } else {
      if (!input.answer?.trim()) throw CommonErrors.input('answer', 'REQUIRED', `answer: ${input.status === FeedbackStatus.REJECTED ? 'give the reason for rejecting it' : 'write the official answer'}`);
      feedback.answer = input.answer.trim();
      feedback.closedAt = now;
      feedback.answeredBy = em.getReference(User, viewer.userId, { wrapped: true });
    }
    feedback.status = input.status;
    await em.flush();
    this.ctx.loaders.clear();
    return feedback;
  }

  /** Days taken, due date and lateness against the government's target. */
  async timing(f: Feedback): Promise<FeedbackTiming & { targetDays: number }> {
    const governmentId = (f.government as unknown as { id?: string }).id ?? (f.government as unknown as string);
    const targetDays = await new SettingsService(this.ctx).number(FEEDBACK_TARGET_SETTING, governmentId);
    return { ...feedbackTiming(dateIn(new Date(f.createdAt)), f.closedAt ? dateIn(new Date(f.closedAt)) : null, this.ctx.today, targetDays), targetDays };
  }

  /** Target days of every government the viewer may see: { governmentId: days }. */
  private async targetsInScope(): Promise<Record<string, number>> {
    const scope = governmentScope(viewerOf(this.ctx));
    const ids = scope ? [scope] : (await query<{ id: string }>(this.ctx.em, sql`select id from government`)).map((g) => g.id);
    const settings = new SettingsService(this.ctx);
    const days = await Promise.all(ids.map((id) => settings.number(FEEDBACK_TARGET_SETTING, id)));
    return Object.fromEntries(ids.map((id, i) => [id, days[i]]));
  }
}


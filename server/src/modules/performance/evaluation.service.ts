import DataLoader from 'dataloader';
import { countOf } from '../../shared/list.ts';
import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { CommonErrors, NotFoundError } from '../../shared/errors.ts';
import type { Page } from '../../shared/list.ts';
import { assignGiven, checkVersion, viewerOf } from '../../shared/resolve.ts';
import { assertNotReadOnly } from '../../shared/scope.ts';
import { query, sql, where } from '../../shared/sql.ts';
import { OrganizationService } from '../organization/index.ts';
import { PerformanceEvaluation } from './evaluation.entity.ts';
import { Recognition, RecognitionStatus } from './followup.entity.ts';
import { EvaluationPeriod, Predikat, PREDIKAT_LABEL } from './performance.enums.ts';
import type { EvaluateInput, UpdateEvaluationInput } from './performance.inputs.ts';
import { PREDIKAT_LEGAL_BASIS, periodOpenForRating, predikatOf } from './performance.rules.ts';
import { PerformancePlan } from './plan.entity.ts';
import { PlanService, planScope } from './plan.service.ts';
import { PerformanceErrors } from './performance.errors.ts';

export interface EvaluationFilter {
  ids?: string[];
  employeeId?: string;
  planId?: string;
  year?: number;
  period?: EvaluationPeriod;
  unitId?: string;
  predikats?: Predikat[];
}

/** Annual evaluations per employee, newest year first (one statement per batch). */
export const annualEvaluationsLoader = (ctx: Context) =>
  ctx.loaders.get('performance.annual', (em) =>
    new DataLoader<string, PerformanceEvaluation[]>(async (employeeIds) => {
      const rows = (await em
        .createQueryBuilder(PerformanceEvaluation)
        .select('*')
        .where({ employee: { $in: [...employeeIds] }, period: EvaluationPeriod.ANNUAL })
        .orderBy({ year: 'desc' })
        .execute('all', true)) as PerformanceEvaluation[];
      return employeeIds.map((id) => rows.filter((r) => (r.employee as unknown as string) === id));
    }),
  );

export class EvaluationService {
  constructor(private readonly ctx: Context) {}

  async list(filter: EvaluationFilter, limit: number, offset: number): Promise<Page<PerformanceEvaluation>> {
    const viewer = viewerOf(this.ctx);
    const qb = this.ctx.em.createQueryBuilder(PerformanceEvaluation, 'v').join('v.plan', 'p').join('p.employee', 'e');
    const scope = planScope(viewer, this.ctx.today);
    qb.where(...where(scope));
    if (filter.ids) qb.andWhere({ id: { $in: filter.ids } });
    if (filter.employeeId) qb.andWhere({ employee: filter.employeeId });
    if (filter.planId) qb.andWhere({ plan: filter.planId });
    if (filter.year) qb.andWhere({ year: filter.year });
    if (filter.period) qb.andWhere({ period: filter.period });
    if (filter.predikats?.length) qb.andWhere({ predikat: { $in: filter.predikats } });
    if (filter.unitId) {
      const unit = await new OrganizationService(this.ctx).getUnit(filter.unitId, 'unitId');
      qb.andWhere(...where(sql`exists (select 1 from org_unit pu where pu.id = p.unit_id and pu.path like ${`${unit.path}%`})`));
    }
    const total = await countOf(qb);
    const items = (await qb.select('v.*').orderBy([{ 'v.year': 'desc' }, { 'v.period': 'asc' }, { 'e.fullName': 'asc' }, { 'v.id': 'asc' }]).limit(limit, offset).execute('all', true)) as PerformanceEvaluation[];
    return { items, total, limit, offset };
  }

  async get(id: string): Promise<PerformanceEvaluation> {
    const row = await this.ctx.loaders.byId(PerformanceEvaluation).load(id);
    if (!row) throw new NotFoundError('PerformanceEvaluation', id);
    await new PlanService(this.ctx).get(row.plan as unknown as string);
    return row;
  }

  /**
   * Who may rate a plan: the superior of record (an employee account rates as itself), or an
   * administrator entering the superior's rating on their behalf. Anyone else: FORBIDDEN.
   */
  private evaluatorFor(plan: PerformancePlan, requested?: string): string {
    const viewer = viewerOf(this.ctx);
    const superior = plan.evaluator as unknown as string;
    if (viewer.role === Role.EMPLOYEE) {
      if (viewer.employeeId !== superior || (requested && requested !== superior)) {
        throw PerformanceErrors.forbidden('NOT_SUPERIOR_OF_RECORD', 'Only the superior of record evaluates this plan', 'evaluatorId');
      }
      return superior;
    }
    assertNotReadOnly(viewer);
    if (requested && requested !== superior) throw PerformanceErrors.forbidden('NOT_SUPERIOR_OF_RECORD', 'The evaluator must be the superior of record of the plan', 'evaluatorId');
    return superior;
  }

  async evaluate(input: EvaluateInput): Promise<PerformanceEvaluation> {
    const em = this.ctx.em;
    const plan = await new PlanService(this.ctx).get(input.planId, 'planId');
    const evaluator = this.evaluatorFor(plan, input.evaluatorId);
    if (!periodOpenForRating(plan.year, input.period, this.ctx.today)) {
      throw PerformanceErrors.input('period', 'PERIOD_NOT_STARTED', `period: ${input.period} ${plan.year} has not started yet; it cannot be rated before ${input.period === EvaluationPeriod.ANNUAL ? 'its last quarter' : 'it begins'}`);
    }
    if (await em.count(PerformanceEvaluation, { plan: plan.id, period: input.period })) {
      throw CommonErrors.input('period', 'DUPLICATE', `period: the plan already has ${input.period === EvaluationPeriod.ANNUAL ? 'an annual' : `a ${input.period}`} evaluation for ${plan.year}; change that one instead`);
    }
    const predikat = predikatOf(input.resultRating, input.behaviourRating).value;
    return em.transactional(async () => {
      const ev = em.create(PerformanceEvaluation, {
        government: plan.government as unknown as string,
        plan: plan.id,
        employee: plan.employee as unknown as string,
        year: plan.year,
        period: input.period,
        resultRating: input.resultRating,
        behaviourRating: input.behaviourRating,
        predikat,
        evaluator,
        notes: input.notes ?? null,
      });
      if (input.period === EvaluationPeriod.ANNUAL) await this.followUp(plan.government as unknown as string, plan.employee as unknown as string, plan.year, predikat);
      await em.flush();
      return ev;
    });
  }

  /** Changing a rating recomputes the predikat (and the follow-up of an annual one). */
  async update(id: string, input: UpdateEvaluationInput): Promise<PerformanceEvaluation> {
    const em = this.ctx.em;
    const current = await this.get(id);
    const plan = await new PlanService(this.ctx).get(current.plan as unknown as string);
    this.evaluatorFor(plan);
    const ev = await em.findOneOrFail(PerformanceEvaluation, id);
    checkVersion('PerformanceEvaluation', ev, input.version);
    return em.transactional(async () => {
      assignGiven(ev, input as Partial<PerformanceEvaluation>, ['resultRating', 'behaviourRating', 'notes']);
      ev.predikat = predikatOf(ev.resultRating, ev.behaviourRating).value;
      if (ev.period === EvaluationPeriod.ANNUAL) await this.followUp(ev.government.id, ev.employee.id, ev.year, ev.predikat);
      await em.flush();
      this.ctx.loaders.clear();
      return ev;
    });
  }

  /** Sangat Baik: a recognition is proposed (kept if already decided); otherwise an undecided proposal is withdrawn. */
  private async followUp(governmentId: string, employeeId: string, year: number, predikat: Predikat): Promise<void> {
    const em = this.ctx.em;
    const existing = await em.findOne(Recognition, { employee: employeeId, year });
    if (predikat === Predikat.SANGAT_BAIK) {
      if (!existing) {
        em.create(Recognition, {
          government: governmentId,
          employee: employeeId,
          year,
          basis: `Predikat kinerja tahunan ${PREDIKAT_LABEL[predikat]} tahun ${year}; ${PREDIKAT_LEGAL_BASIS}; PP 30/2019 pasal 55 (penghargaan bagi PNS berpredikat Sangat Baik)`,
        });
      }
    } else if (existing && existing.status === RecognitionStatus.PROPOSED) {
      em.remove(existing);
    }
  }

  /** The annual predikat of an employee for a year, if evaluated (for reports and follow-up). */
  async annualPredikat(employeeId: string, year: number): Promise<Predikat | null> {
    const [row] = await query<{ predikat: Predikat }>(this.ctx.em, sql`select predikat from performance_evaluation where employee_id = ${employeeId} and year = ${year} and period = 'ANNUAL'`);
    return row?.predikat ?? null;
  }
}

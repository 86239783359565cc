import type { Context } from '../../context.ts';
import { countOf } from '../../shared/list.ts';
import { Role, type Viewer } from '../../shared/auth.ts';
import { CommonErrors, NotFoundError } from '../../shared/errors.ts';
import type { Page } from '../../shared/list.ts';
import { assignGiven, checkVersion, viewerOf } from '../../shared/resolve.ts';
import { isReadOnly } from '../../shared/scope.ts';
import { placementActive, query, sql, where, type Sql } from '../../shared/sql.ts';
import { Employee, EmployeeService, employeeLoaders, employeeScope } from '../employee/index.ts';
import { OrgUnit, OrganizationService } from '../organization/index.ts';
import { Position } from '../position/index.ts';
import { PerformancePlan, PerformanceTarget } from './plan.entity.ts';
import { PlanStatus, ProgressKind } from './performance.enums.ts';
import type { CreatePlanInput, GiveFeedbackInput, PlanFilter, ReportProgressInput, TargetInput, UpdatePlanInput } from './performance.inputs.ts';
import { ProgressReport } from './progress.entity.ts';
import { PerformanceErrors } from './performance.errors.ts';

/**
 * Which plans a viewer may see (alias `p` for performance_plan, `e` for its employee): those of
 * employees in their scope; an employee account, its own plans and those it evaluates.
 */
export function planScope(viewer: Viewer, today: string): Sql {
  if (viewer.role === Role.EMPLOYEE) {
    const me = viewer.employeeId ?? '00000000-0000-0000-0000-000000000000';
    return sql`(p.employee_id = ${me} or p.evaluator_id = ${me})`;
  }
  return employeeScope(viewer, today);
}

export class PlanService {
  constructor(private readonly ctx: Context) {}

  async list(filter: PlanFilter = {}, limit: number, offset: number): Promise<Page<PerformancePlan>> {
    const viewer = viewerOf(this.ctx);
    const qb = this.ctx.em.createQueryBuilder(PerformancePlan, 'p').join('p.employee', 'e');
    const scope = planScope(viewer, this.ctx.today);
    qb.where(...where(scope));
    if (filter.ids) qb.andWhere({ id: { $in: filter.ids } });
    if (filter.employeeId) qb.andWhere({ employee: filter.employeeId });
    if (filter.evaluatorId) qb.andWhere({ evaluator: filter.evaluatorId });
    if (filter.year) qb.andWhere({ year: filter.year });
    if (filter.unitId) {
      const unit = await new OrganizationService(this.ctx).getUnit(filter.unitId, 'unitId');
      qb.andWhere(...where(sql`exists (select 1 from org_unit pu where pu.id = p.unit_id and pu.path like ${`${unit.path}%`})`));
    }
    const total = await countOf(qb);
    const items = (await qb.select('p.*').orderBy([{ 'p.year': 'desc' }, { 'e.fullName': 'asc' }, { 'p.id': 'asc' }]).limit(limit, offset).execute('all', true)) as PerformancePlan[];
    return { items, total, limit, offset };
  }

  /** A plan the viewer may see, as a plain row. */
  async get(id: string, field?: string): Promise<PerformancePlan> {
    const viewer = viewerOf(this.ctx);
    const scope = planScope(viewer, this.ctx.today);
    const row = (await this.ctx.em.createQueryBuilder(PerformancePlan, 'p').join('p.employee', 'e').select('p.*').where({ id }).andWhere(...where(scope)).execute('get', true)) as PerformancePlan | undefined;
    if (!row) throw new NotFoundError('PerformancePlan', id, field);
    return row;
  }

  /** The superior of record: the holder of the nearest occupied position above the employee's. */
  async superiorOf(employeeId: string): Promise<string | null> {
    const placement = await employeeLoaders.currentPlacement(this.ctx, employeeId);
    if (!placement) return null;
    const [row] = await query<{ employee_id: string }>(
      this.ctx.em,
      sql`with recursive up as (
         select p.parent_id as pid, 1 as depth from position p where p.id = ${placement.position as unknown as string}
         union all
         select p.parent_id, up.depth + 1 from up join position p on p.id = up.pid where up.pid is not null and up.depth < 12
       )
       select ph.employee_id from up join position_history ph on ph.position_id = up.pid and ${placementActive('ph', this.ctx.today)}
        where ph.employee_id <> ${employeeId} order by up.depth, ph.start_date limit 1`,
    );
    return row?.employee_id ?? null;
  }

  async create(input: CreatePlanInput): Promise<PerformancePlan> {
    const viewer = viewerOf(this.ctx);
    const em = this.ctx.em;
    if (viewer.role === Role.ANALYST) throw CommonErrors.forbidden('READ_ONLY', 'Your role is read-only');
    if (viewer.role === Role.EMPLOYEE && viewer.employeeId !== input.employeeId) throw PerformanceErrors.forbidden('NOT_OWN_PLAN', 'An employee account drafts only its own plan', 'employeeId');
    const employees = new EmployeeService(this.ctx);
    const employee = viewer.role === Role.EMPLOYEE ? await em.findOneOrFail(Employee, input.employeeId) : await employees.loadWritable(input.employeeId, 'employeeId');
    if (await em.count(PerformancePlan, { employee: employee.id, year: input.year })) {
      throw CommonErrors.input('year', 'DUPLICATE', `year: the employee already has a plan (SKP) for ${input.year}`);
    }
    const evaluatorId = input.evaluatorId ?? (await this.superiorOf(employee.id));
    if (!evaluatorId) throw CommonErrors.input('evaluatorId', 'REQUIRED', 'evaluatorId: no superior of record found from the position tree; name the evaluator');
    if (evaluatorId === employee.id) throw PerformanceErrors.input('evaluatorId', 'SELF', 'evaluatorId: an employee cannot evaluate their own plan');
    const evaluator = await em.findOne(Employee, evaluatorId);
    if (!evaluator || evaluator.government.id !== employee.government.id) throw new NotFoundError('Employee', evaluatorId, 'evaluatorId');
    const placement = await employeeLoaders.currentPlacement(this.ctx, employee.id);
    const position = placement ? await em.findOne(Position, placement.position as unknown as string) : null;
    const unit = placement ? await em.findOne(OrgUnit, placement.unit as unknown as string) : null;
    return em.transactional(async () => {
      const plan = em.create(PerformancePlan, {
        government: employee.government.id,
        employee: employee.id,
        year: input.year,
        evaluator: evaluatorId,
        position: position?.id ?? null,
        positionTitle: position?.title ?? '-',
        unit: unit?.id ?? null,
        unitName: unit?.name ?? '-',
        expectations: input.expectations ?? null,
      });
      (input.targets ?? []).forEach((t, i) => this.newTarget(plan, t, i + 1));
      await em.flush();
      return plan;
    });
  }

  async update(id: string, input: UpdatePlanInput): Promise<PerformancePlan> {
    const viewer = viewerOf(this.ctx);
    await this.get(id);
    const em = this.ctx.em;
    const plan = await em.findOneOrFail(PerformancePlan, id);
    checkVersion('PerformancePlan', plan, input.version);
    const isAdmin = !isReadOnly(viewer);
    const isEvaluator = viewer.role === Role.EMPLOYEE && viewer.employeeId === plan.evaluator.id;
    const isOwner = viewer.role === Role.EMPLOYEE && viewer.employeeId === plan.employee.id;
    if (!isAdmin && !isEvaluator && !isOwner) throw CommonErrors.forbidden('READ_ONLY', 'Your role is read-only');
    if (input.evaluatorId !== undefined && input.evaluatorId !== plan.evaluator.id) {
      if (!isAdmin) throw CommonErrors.forbidden('ROLE', 'Only administrators change the superior of record', 'evaluatorId');
      const evaluator = await em.findOne(Employee, input.evaluatorId);
      if (!evaluator || evaluator.government.id !== plan.government.id) throw new NotFoundError('Employee', input.evaluatorId, 'evaluatorId');
      if (evaluator.id === plan.employee.id) throw PerformanceErrors.input('evaluatorId', 'SELF', 'evaluatorId: an employee cannot evaluate their own plan');
      plan.evaluator = em.getReference(Employee, evaluator.id, { wrapped: true });
    }
    if (input.status === PlanStatus.AGREED && !isAdmin && !isEvaluator) throw PerformanceErrors.forbidden('NOT_SUPERIOR_OF_RECORD', 'The superior of record agrees the plan', 'status');
    if (input.expectations !== undefined && !isAdmin && !isEvaluator) throw PerformanceErrors.forbidden('NOT_SUPERIOR_OF_RECORD', "The superior of record sets the expectations", 'expectations');
    assignGiven(plan, input as Partial<PerformancePlan>, ['expectations', 'status']);
    await em.flush();
    this.ctx.loaders.clear();
    return plan;
  }

  // ---- targets ------------------------------------------------------------------------------------

  private newTarget(plan: PerformancePlan, t: TargetInput, ordinal: number): PerformanceTarget {
    return this.ctx.em.create(PerformanceTarget, { government: plan.government.id, plan, kind: t.kind, ordinal, description: t.description, indicator: t.indicator, target: t.target });
  }

  /** Targets are changed by the employee (draft), the superior of record or administrators. */
  private async editablePlan(planId: string, field = 'planId'): Promise<PerformancePlan> {
    const viewer = viewerOf(this.ctx);
    await this.get(planId, field);
    const plan = await this.ctx.em.findOneOrFail(PerformancePlan, planId);
    const isParty = viewer.role === Role.EMPLOYEE && (viewer.employeeId === plan.employee.id || viewer.employeeId === plan.evaluator.id);
    if (isReadOnly(viewer) && !isParty) throw CommonErrors.forbidden('READ_ONLY', 'Your role is read-only');
    if (viewer.role === Role.EMPLOYEE && viewer.employeeId === plan.employee.id && plan.status === PlanStatus.AGREED) {
      throw PerformanceErrors.forbidden('PLAN_AGREED', 'The plan is agreed; ask your superior to change its targets', field);
    }
    return plan;
  }

  async addTarget(planId: string, input: TargetInput): Promise<PerformanceTarget> {
    const plan = await this.editablePlan(planId);
    const [{ n }] = await query<{ n: number }>(this.ctx.em, sql`select coalesce(max(ordinal), 0) as n from performance_target where plan_id = ${planId}`);
    const t = this.newTarget(plan, input, Number(n) + 1);
    await this.ctx.em.flush();
    return t;
  }

  async removeTarget(targetId: string, version: number): Promise<boolean> {
    const em = this.ctx.em;
    const t = await em.findOne(PerformanceTarget, targetId);
    if (!t) throw new NotFoundError('PerformanceTarget', targetId);
    await this.editablePlan(t.plan.id);
    checkVersion('PerformanceTarget', t, version);
    em.remove(t);
    await em.flush();
    return true;
  }

  // ---- continuous feedback --------------------------------------------------------------------------

  /** The employee reports progress on their own plan. */
  async reportProgress(input: ReportProgressInput): Promise<ProgressReport> {
    const viewer = viewerOf(this.ctx);
    const plan = await this.get(input.planId, 'planId');
    const employeeId = plan.employee as unknown as string;
    if (viewer.role !== Role.EMPLOYEE || viewer.employeeId !== employeeId) {
      throw PerformanceErrors.forbidden('NOT_PLAN_OWNER', 'Only the employee reports progress on their plan', 'planId');
    }
    if (input.targetId && !(await this.ctx.em.count(PerformanceTarget, { id: input.targetId, plan: plan.id }))) throw new NotFoundError('PerformanceTarget', input.targetId, 'targetId');
    const report = this.ctx.em.create(ProgressReport, {
      government: plan.government as unknown as string,
      plan: plan.id,
      target: input.targetId ?? null,
      kind: ProgressKind.PROGRESS,
      author: employeeId,
      text: input.text,
      evidenceUrl: input.evidenceUrl ?? null,
      percent: input.percent ?? null,
    });
    await this.ctx.em.flush();
    return report;
  }

  /** The superior of record answers a progress report. */
  async giveFeedback(input: GiveFeedbackInput): Promise<ProgressReport> {
    const viewer = viewerOf(this.ctx);
    const em = this.ctx.em;
    const parent = await em.findOne(ProgressReport, input.replyToId);
    if (!parent) throw new NotFoundError('ProgressReport', input.replyToId, 'replyToId');
    const plan = await this.get(parent.plan.id, 'replyToId');
    const evaluatorId = plan.evaluator as unknown as string;
    if (viewer.role !== Role.EMPLOYEE || viewer.employeeId !== evaluatorId) {
      throw PerformanceErrors.forbidden('NOT_SUPERIOR_OF_RECORD', 'Only the superior of record gives feedback on this plan', 'replyToId');
    }
    const report = em.create(ProgressReport, {
      government: plan.government as unknown as string,
      plan: plan.id,
      target: parent.target?.id ?? null,
      replyTo: parent.id,
      kind: ProgressKind.FEEDBACK,
      author: evaluatorId,
      text: input.text,
    });
    await em.flush();
    return report;
  }

  /** The thread of a plan: for the employee, the superior of record and administrators (not analysts). */
  async thread(planId: string): Promise<ProgressReport[]> {
    const viewer = viewerOf(this.ctx);
    const plan = await this.get(planId, 'planId');
    const party = viewer.role === Role.EMPLOYEE && (viewer.employeeId === (plan.employee as unknown as string) || viewer.employeeId === (plan.evaluator as unknown as string));
    if (viewer.role === Role.ANALYST || (viewer.role === Role.EMPLOYEE && !party)) throw PerformanceErrors.forbidden('PRIVATE_THREAD', 'The feedback thread is private to the employee, their superior and administrators', 'planId');
    return (await this.ctx.em.createQueryBuilder(ProgressReport).select('*').where({ plan: planId }).orderBy([{ createdAt: 'asc' }, { id: 'asc' }]).execute('all', true)) as ProgressReport[];
  }
}

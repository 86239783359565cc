// Workload analyses (ABK) and their tasks: drafted by unit or government admins, reviewed, approved
// by government admins, versioned (an approved analysis is never edited: a new revision is drafted).
import DataLoader from 'dataloader';
import type { Context } from '../../context.ts';
import { refId } from '../../shared/base.entity.ts';
import { CommonErrors, NotFoundError } from '../../shared/errors.ts';
import { groupBy } from '../../shared/loaders.ts';
import { countOf, likeEscape, type Page } from '../../shared/list.ts';
import { assignGiven, checkVersion, viewerOf } from '../../shared/resolve.ts';
import { governmentScope, unitScope } from '../../shared/scope.ts';
import { placementActive, query, sql, where } from '../../shared/sql.ts';
import { User } from '../auth/index.ts';
import { Government, OrganizationService } from '../organization/index.ts';
import { Position } from '../position/index.ts';
import { WorkloadAnalysis, WorkloadTask } from './analysis.entity.ts';
import { abkSettings, draftablePosition, visiblePosition } from './workforce.access.ts';
import { AbkStatus } from './workforce.enums.ts';
import { WorkforceErrors } from './workforce.errors.ts';
import type { AddWorkloadTaskInput, CreateWorkloadAnalysisInput, UpdateWorkloadAnalysisInput, UpdateWorkloadTaskInput, WorkloadAnalysisFilter, WorkloadTaskInput, WorkloadTransitionInput } from './workforce.inputs.ts';
import { abkTransition } from './workflow.rules.ts';
import { ABK_BASIS, hasTwoDecimals, workloadAnalysis } from './workforce.rules.ts';
import type { AbkComputation } from './abk.types.ts';

/** A list row: the analysis's columns with its relations as bare ids. */
export type AnalysisRow = Omit<WorkloadAnalysis, 'government' | 'position' | 'createdBy' | 'reviewedBy' | 'approvedBy'> & {
  government: string;
  position: string;
  createdBy: string | null;
  reviewedBy: string | null;
  approvedBy: string | null;
};
export type TaskRow = Omit<WorkloadTask, 'government' | 'analysis'> & { government: string; analysis: string };

export const IN_SERVICE = sql`e.status in ('AKTIF', 'CUTI', 'TUGAS_BELAJAR')`;

/** Holders in service per position today: one statement per batch. */
export const bezettingLoader = (ctx: Context) =>
  ctx.loaders.get('workforce.bezetting', (em) =>
    new DataLoader<string, number>(async (ids) => {
      const rows = await query<{ position_id: string; n: string }>(
        em,
        sql`select ph.position_id, count(*) as n from position_history ph join employee e on e.id = ph.employee_id
             where ph.position_id in (${sql.list(ids)}) and ${placementActive('ph', ctx.today)} and ${IN_SERVICE} group by ph.position_id`,
      );
      const map = new Map(rows.map((r) => [r.position_id, Number(r.n)]));
      return ids.map((id) => map.get(id) ?? 0);
    }),
  );

/** Tasks per analysis, in order: one statement per batch. */
export const tasksLoader = (ctx: Context) =>
  ctx.loaders.get('workforce.tasks', (em) =>
    new DataLoader<string, TaskRow[]>(async (ids) => {
      const rows = (await em.createQueryBuilder(WorkloadTask, 't').select('*').where({ analysis: { $in: [...ids] } }).orderBy([{ ordinal: 'asc' }, { id: 'asc' }]).execute('all', true)) as unknown as TaskRow[];
      return groupBy(ids, rows, (r) => r.analysis);
    }),
  );

export class AnalysisService {
  constructor(private readonly ctx: Context) {}

  async list(filter: WorkloadAnalysisFilter | undefined, limit: number, offset: number): Promise<Page<AnalysisRow>> {
    const viewer = viewerOf(this.ctx);
    const qb = this.ctx.em.createQueryBuilder(WorkloadAnalysis, 'wa').join('wa.position', 'p').join('p.unit', 'u');
    const gov = governmentScope(viewer);
    if (gov) qb.andWhere({ government: gov });
    const subtree = unitScope(viewer);
    if (subtree) qb.andWhere(...where(sql`u.path like ${`${likeEscape(subtree)}%`}`));
    if (filter?.governmentId) qb.andWhere({ government: filter.governmentId });
    if (filter?.ids) qb.andWhere({ id: { $in: filter.ids } });
    if (filter?.unitId) {
      const unit = await new OrganizationService(this.ctx).getUnit(filter.unitId, 'unitId');
      if (filter.includeSubUnits === false) qb.andWhere(...where(sql`u.id = ${unit.id}`));
      else qb.andWhere(...where(sql`u.path like ${`${likeEscape(unit.path)}%`}`));
    }
    if (filter?.positionId) qb.andWhere({ position: filter.positionId });
    if (filter?.year) qb.andWhere({ year: filter.year });
    if (filter?.statuses?.length) qb.andWhere({ status: { $in: filter.statuses } });
    const total = await countOf(qb);
    const items = (await qb.select('wa.*').orderBy([{ 'wa.year': 'desc' }, { 'p.title': 'asc' }, { 'wa.revision': 'desc' }, { 'wa.id': 'asc' }]).limit(limit, offset).execute('all', true)) as unknown as AnalysisRow[];
    return { items, total, limit, offset };
  }

  async get(id: string, field = 'id'): Promise<AnalysisRow> {
    const row = (await this.ctx.loaders.byId(WorkloadAnalysis).load(id)) as unknown as AnalysisRow | null;
    if (!row) throw new NotFoundError('WorkloadAnalysis', id, field);
    try {
      await visiblePosition(this.ctx, row.position, field);
    } catch {
      throw new NotFoundError('WorkloadAnalysis', id, field);
    }
    return row;
  }

  /** The ABK of an analysis through the pure rule, with the government's settings and today's holders. */
  async compute(a: AnalysisRow): Promise<AbkComputation> {
    const [tasks, settings, bezetting, position] = await Promise.all([
      tasksLoader(this.ctx).load(a.id),
      abkSettings(this.ctx, refId(a.government)!),
      bezettingLoader(this.ctx).load(refId(a.position)!),
      this.ctx.loaders.byId(Position).load(refId(a.position)!),
    ]);
    const r = workloadAnalysis(tasks, { bezetting, formasi: position?.plannedHeadcount ?? 0 }, settings);
    return {
      ...r,
      tasks: r.tasks.map((t, i) => ({ taskId: tasks[i].id, period: tasks[i].period, multiplier: t.multiplier, yearlyVolume: t.yearlyVolume, workloadMinutes: t.workloadMinutes, terms: t.terms })),
      legalBasis: ABK_BASIS,
    };
  }

  async create(input: CreateWorkloadAnalysisInput): Promise<WorkloadAnalysis> {
    const viewer = viewerOf(this.ctx);
    const em = this.ctx.em;
    const { position } = await draftablePosition(this.ctx, input.positionId, 'positionId');
    const governmentId = refId(position.government as never)!;
    input.tasks?.forEach((t, i) => this.checkDecimals(t, `tasks.${i}.`));
    let copied: WorkloadTaskInput[] = [];
    if (input.copyFromId) {
      const source = await this.get(input.copyFromId, 'copyFromId');
      if (refId(source.government) !== governmentId) throw WorkforceErrors.forbidden('ABK_OTHER_GOVERNMENT', 'copyFromId: the analysis belongs to another government', 'copyFromId');
      copied = await tasksLoader(this.ctx).load(source.id);
    }
    return em.transactional(async (tx) => {
      const [last] = await query<{ revision: number | null; open: string }>(
        tx,
        sql`select max(revision) as revision, count(*) filter (where status in ('DRAFT', 'REVIEWED')) as open
              from workload_analysis where government_id = ${governmentId} and position_id = ${position.id} and year = ${input.year}`,
      );
      if (Number(last.open)) throw WorkforceErrors.conflict('ABK_OPEN_VERSION', `positionId: the ${input.year} analysis of this position already has an open draft; edit it instead`, { year: input.year });
      const analysis = tx.create(WorkloadAnalysis, {
        government: governmentId,
        position: position.id,
        year: input.year,
        revision: (last.revision ?? 0) + 1,
        status: AbkStatus.DRAFT,
        notes: input.notes ?? null,
        createdBy: tx.getReference(User, viewer.userId, { wrapped: true }),
      });
      [...copied, ...(input.tasks ?? [])].forEach((t, i) => this.newTask(tx, analysis, governmentId, t, i + 1));
      await tx.flush();
      return analysis;
    });
  }

  /** A new draft revision of an analysis (the way to change an approved one), with its tasks. */
  async revise(id: string): Promise<WorkloadAnalysis> {
    const a = await this.get(id);
    return this.create({ positionId: a.position, year: a.year, copyFromId: a.id, notes: a.notes ?? undefined });
  }

  async update(id: string, input: UpdateWorkloadAnalysisInput): Promise<WorkloadAnalysis> {
    const a = await this.editable(id, 'id');
    checkVersion('WorkloadAnalysis', a, input.version);
    assignGiven(a, { notes: input.notes }, ['notes']);
    await this.ctx.em.flush();
    this.ctx.loaders.clear();
    return a;
  }

  async delete(id: string, version: number): Promise<boolean> {
    const a = await this.editable(id, 'id');
    checkVersion('WorkloadAnalysis', a, version);
    this.ctx.em.remove(a);
    await this.ctx.em.flush();
    return true;
  }

  async transition(id: string, input: WorkloadTransitionInput): Promise<WorkloadAnalysis> {
    const viewer = viewerOf(this.ctx);
    const em = this.ctx.em;
    await this.get(id);
    const a = await em.findOneOrFail(WorkloadAnalysis, id);
    await draftablePosition(this.ctx, a.position.id, 'id');
    checkVersion('WorkloadAnalysis', a, input.version);
    const step = abkTransition(a.status, input.action, viewer.role);
    if (!step.ok) {
      if (step.reason === 'ROLE') throw CommonErrors.forbidden('ROLE', `action: your role may not ${input.action} an analysis`, 'action');
      if (step.reason === 'ALREADY_APPROVED') throw WorkforceErrors.conflict('ALREADY_APPROVED', 'The analysis is already approved; draft a new revision to change it', { status: a.status });
      throw WorkforceErrors.conflict('TRANSITION_NOT_ALLOWED', `action: an analysis that is ${a.status} can ${step.allowed.length ? `only ${step.allowed.join(' or ')}` : 'no longer change'}`, { from: a.status, action: input.action, allowed: step.allowed });
    }
    if (step.to === AbkStatus.REVIEWED && !(await tasksLoader(this.ctx).load(a.id)).length) throw WorkforceErrors.input('tasks', 'ABK_NO_TASKS', 'tasks: an analysis needs at least one task before review');
    const now = new Date();
    return em.transactional(async (tx) => {
      const me = tx.getReference(User, viewer.userId, { wrapped: true });
      if (step.to === AbkStatus.APPROVED) {
        // The previous approved revision of the same position and year is superseded first (one approved at a time).
        const previous = await tx.find(WorkloadAnalysis, { government: a.government.id, position: a.position.id, year: a.year, status: AbkStatus.APPROVED });
        for (const p of previous) p.status = AbkStatus.SUPERSEDED;
        await tx.flush();
        a.approvedBy = me;
        a.approvedAt = now;
      }
      if (step.to === AbkStatus.REVIEWED) {
        a.reviewedBy = me;
        a.reviewedAt = now;
      }
      a.status = step.to;
      await tx.flush();
      this.ctx.loaders.clear();
      return a;
    });
  }

  async addTask(input: AddWorkloadTaskInput): Promise<WorkloadTask> {
    const a = await this.editable(input.analysisId, 'analysisId');
    this.checkDecimals(input, '');
    const [{ n }] = await query<{ n: number | null }>(this.ctx.em, sql`select max(ordinal) as n from workload_task where analysis_id = ${a.id}`);
    const task = this.newTask(this.ctx.em, a, a.government.id, input, (n ?? 0) + 1);
    await this.ctx.em.flush();
    this.ctx.loaders.clear();
    return task;
  }

  async updateTask(id: string, input: UpdateWorkloadTaskInput): Promise<WorkloadTask> {
    const task = await this.ctx.em.findOne(WorkloadTask, id);
    if (!task) throw new NotFoundError('WorkloadTask', id, 'id');
    await this.editable(task.analysis.id, 'id');
    checkVersion('WorkloadTask', task, input.version);
    this.checkDecimals(input, '');
    assignGiven(task, input, ['description', 'output', 'volume', 'period', 'standardMinutes', 'ordinal']);
    await this.ctx.em.flush();
    this.ctx.loaders.clear();
    return task;
  }

  async deleteTask(id: string, version: number): Promise<boolean> {
    const task = await this.ctx.em.findOne(WorkloadTask, id);
    if (!task) throw new NotFoundError('WorkloadTask', id, 'id');
    await this.editable(task.analysis.id, 'id');
    checkVersion('WorkloadTask', task, version);
    this.ctx.em.remove(task);
    await this.ctx.em.flush();
    this.ctx.loaders.clear();
    return true;
  }

  /** An analysis the viewer may change: visible, draftable, and still a draft. */
  private async editable(id: string, field: string): Promise<WorkloadAnalysis> {
    await this.get(id, field);
    const a = await this.ctx.em.findOneOrFail(WorkloadAnalysis, id);
    await draftablePosition(this.ctx, a.position.id, field);
    if (a.status === AbkStatus.APPROVED || a.status === AbkStatus.SUPERSEDED) {
      throw WorkforceErrors.conflict('ABK_APPROVED_NEW_VERSION', 'The analysis is approved and is not edited: draft a new revision (reviseWorkloadAnalysis) and change that', { status: a.status });
    }
    if (a.status !== AbkStatus.DRAFT) throw WorkforceErrors.conflict('ABK_NOT_DRAFT', `The analysis is ${a.status}: return it to draft first`, { status: a.status });
    return a;
  }

  private checkDecimals(t: { volume?: number; standardMinutes?: number }, prefix: string): void {
    if (t.volume !== undefined && !hasTwoDecimals(t.volume)) throw WorkforceErrors.input(`${prefix}volume`, 'ABK_TWO_DECIMALS', `${prefix}volume: at most two decimals`);
    if (t.standardMinutes !== undefined && !hasTwoDecimals(t.standardMinutes)) throw WorkforceErrors.input(`${prefix}standardMinutes`, 'ABK_TWO_DECIMALS', `${prefix}standardMinutes: at most two decimals`);
  }

  private newTask(em: Context['em'], analysis: WorkloadAnalysis, governmentId: string, t: WorkloadTaskInput, ordinal: number): WorkloadTask {
    return em.create(WorkloadTask, {
      government: em.getReference(Government, governmentId),
      analysis,
      ordinal,
      description: t.description,
      output: t.output,
      volume: t.volume,
      period: t.period,
      standardMinutes: t.standardMinutes,
    });
  }
}

import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { CommonErrors, NotFoundError } from '../../shared/errors.ts';
import { viewerOf } from '../../shared/resolve.ts';
import { refId } from '../../shared/base.entity.ts';
import { assertNotReadOnly } from '../../shared/scope.ts';
import { query, sql } from '../../shared/sql.ts';
import { Employee, EmployeeService } from '../employee/index.ts';
import { EvaluationPeriod } from '../performance/index.ts';
import { periodOpenForRating } from '../performance/performance.rules.ts';
import { SettingsService } from '../settings/index.ts';
import { Rating360Assignment, Rating360Score } from './behaviour360.entity.ts';
import { CoreValue, RaterGroup } from './behaviour360.enums.ts';
import { aggregate360, type GroupResult } from './behaviour360.rules.ts';
import { Behaviour360Errors } from './behaviour360.errors.ts';

export interface AssignRatersInput {
  rateeId: string;
  year: number;
  period: EvaluationPeriod;
  raters: { raterId: string; group: RaterGroup }[];
}

export interface Result360 {
  employeeId: string;
  year: number;
  period: EvaluationPeriod;
  minRaters: number;
  groups: GroupResult[];
  legalBasis: string;
}

export class Behaviour360Service {
  constructor(private readonly ctx: Context) {}

  /**
   * Administrators (or the ratee's superior of record) name the raters. The rated employee never
   * chooses their own raters; a self rating is only ever in the SELF group.
   */
  async assign(input: AssignRatersInput): Promise<Rating360Assignment[]> {
    const viewer = viewerOf(this.ctx);
    const em = this.ctx.em;
    if (viewer.role === Role.EMPLOYEE && viewer.employeeId === input.rateeId) {
      throw Behaviour360Errors.forbidden('RATEE_CANNOT_ADD_RATERS', 'The rated employee cannot add raters', 'rateeId');
    }
    let ratee: Employee;
    if (viewer.role === Role.EMPLOYEE) {
      const [plan] = await query<{ evaluator_id: string }>(em, sql`select evaluator_id from performance_plan where employee_id = ${input.rateeId} and year = ${input.year}`);
      if (!plan || plan.evaluator_id !== viewer.employeeId) throw Behaviour360Errors.forbidden('NOT_SUPERIOR_OF_RECORD', 'Only administrators or the superior of record name raters', 'rateeId');
      ratee = await em.findOneOrFail(Employee, input.rateeId);
    } else {
      assertNotReadOnly(viewer);
      ratee = await new EmployeeService(this.ctx).loadWritable(input.rateeId, 'rateeId');
    }
    if (!periodOpenForRating(input.year, input.period, this.ctx.today)) {
      throw Behaviour360Errors.input('period', 'PERIOD_NOT_STARTED', `period: ${input.period} ${input.year} has not started yet`);
    }
    const seen = new Set<string>();
    const raters = await em.find(Employee, { id: { $in: input.raters.map((r) => r.raterId) } });
    const byId = new Map(raters.map((r) => [r.id, r]));
    input.raters.forEach((r, i) => {
      if (seen.has(r.raterId)) throw CommonErrors.input(`raters.${i}.raterId`, 'DUPLICATE', `raters.${i}.raterId: a rater rates an employee once per period`);
      seen.add(r.raterId);
      const rater = byId.get(r.raterId);
      if (!rater || rater.government.id !== ratee.government.id) throw new NotFoundError('Employee', r.raterId, `raters.${i}.raterId`);
      if (r.raterId === ratee.id && r.group !== RaterGroup.SELF) throw Behaviour360Errors.input(`raters.${i}.group`, 'SELF_NOT_PEER', `raters.${i}.group: an employee rates themself only in the SELF group, not as ${r.group}`);
      if (r.group === RaterGroup.SELF && r.raterId !== ratee.id) throw Behaviour360Errors.input(`raters.${i}.group`, 'SELF_IS_RATEE', `raters.${i}.group: the SELF group is the rated employee only`);
    });
    const existing = await em.find(Rating360Assignment, { ratee: ratee.id, year: input.year, period: input.period, rater: { $in: [...seen] } });
    if (existing.length) {
      const i = input.raters.findIndex((r) => r.raterId === existing[0].rater.id);
      throw CommonErrors.input(`raters.${i}.raterId`, 'DUPLICATE', `raters.${i}.raterId: this rater already rates the employee in ${input.period} ${input.year}`);
    }
    return em.transactional(async () => {
      const created = input.raters.map((r) => em.create(Rating360Assignment, { government: ratee.government.id, ratee: ratee.id, rater: r.raterId, group: r.group, year: input.year, period: input.period }));
      await em.flush();
      return created;
    });
  }

  /** The rater submits all seven values at once, once. */
  async submit(assignmentId: string, scores: { value: CoreValue; score: number }[]): Promise<Rating360Assignment> {
    const viewer = viewerOf(this.ctx);
    const em = this.ctx.em;
    const a = await em.findOne(Rating360Assignment, assignmentId);
    if (!a || viewer.role !== Role.EMPLOYEE || viewer.employeeId !== a.rater.id) throw new NotFoundError('Rating360Assignment', assignmentId, 'assignmentId');
    if (a.submittedAt) throw Behaviour360Errors.input('assignmentId', 'ALREADY_SUBMITTED', 'assignmentId: you already rated this employee for this period');
    const values = new Set(scores.map((s) => s.value));
    if (values.size !== scores.length) throw CommonErrors.input('scores', 'DUPLICATE', 'scores: each BerAKHLAK value is rated once');
    const missing = Object.values(CoreValue).filter((v) => !values.has(v));
    if (missing.length) throw Behaviour360Errors.input('scores', 'INCOMPLETE', `scores: rate every BerAKHLAK value; missing ${missing.join(', ')}`);
    scores.forEach((s, i) => {
      if (!Number.isInteger(s.score) || s.score < 1 || s.score > 5) throw Behaviour360Errors.input(`scores.${i}.score`, 'LEVEL_OUT_OF_RANGE', `scores.${i}.score: scores run from 1 to 5`);
    });
    return em.transactional(async () => {
      for (const s of scores) em.create(Rating360Score, { government: a.government.id, assignment: a, value: s.value, score: s.score });
      a.submittedAt = new Date();
      await em.flush();
      return a;
    });
  }

  /** What the logged-in employee still has to rate (and has rated). */
  async mine(): Promise<Rating360Assignment[]> {
    const viewer = viewerOf(this.ctx);
    if (!viewer.employeeId) return [];
    return (await this.ctx.em.createQueryBuilder(Rating360Assignment).select('*').where({ rater: viewer.employeeId }).orderBy([{ year: 'desc' }, { period: 'desc' }]).execute('all', true)) as Rating360Assignment[];
  }

  /** Who rates an employee (not what they rated): administrators only, never the rated employee. */
  async assignments(rateeId: string, year: number, period: EvaluationPeriod): Promise<Rating360Assignment[]> {
    const viewer = viewerOf(this.ctx);
    if (viewer.role === Role.ANALYST || viewer.role === Role.EMPLOYEE) throw CommonErrors.forbidden('ROLE', 'Rater lists are for the administrators running the exercise');
    await new EmployeeService(this.ctx).get(rateeId, 'rateeId');
    return (await this.ctx.em.createQueryBuilder(Rating360Assignment).select('*').where({ ratee: rateeId, year, period }).orderBy([{ group: 'asc' }, { id: 'asc' }]).execute('all', true)) as Rating360Assignment[];
  }

  /** Group averages only, each released once the group has enough raters (self and superior exempt). */
  async result(employeeId: string, year: number, period: EvaluationPeriod): Promise<Result360> {
    const viewer = viewerOf(this.ctx);
    let employee: Employee;
    if (viewer.role === Role.EMPLOYEE && viewer.employeeId !== employeeId) {
      const [plan] = await query<{ evaluator_id: string }>(this.ctx.em, sql`select evaluator_id from performance_plan where employee_id = ${employeeId} and year = ${year}`);
      if (!plan || plan.evaluator_id !== viewer.employeeId) throw new NotFoundError('Employee', employeeId, 'employeeId');
      employee = await this.ctx.em.findOneOrFail(Employee, employeeId);
    } else {
      employee = await new EmployeeService(this.ctx).get(employeeId, 'employeeId');
    }
    // Every submitted assignment has one score per value, so the count per group and value is the group's raters.
    const rows = await query<{ group: RaterGroup; value: CoreValue; raters: string; total: string }>(
      this.ctx.em,
      sql`select a."group", s.value, count(*) as raters, sum(s.score) as total
         from rating360_assignment a join rating360_score s on s.assignment_id = a.id
        where a.ratee_id = ${employee.id} and a.year = ${year} and a.period = ${period} and a.submitted_at is not null
        group by a."group", s.value`,
    );
    const groups = new Map<RaterGroup, { group: RaterGroup; raters: number; sums: Partial<Record<CoreValue, number>> }>();
    for (const r of rows) {
      const g = groups.get(r.group) ?? { group: r.group, raters: Number(r.raters), sums: {} };
      g.sums[r.value] = Number(r.total);
      groups.set(r.group, g);
    }
    const minRaters = await new SettingsService(this.ctx).number('behaviour360.minRaters', refId(employee.government as never)!);
    const result = aggregate360([...groups.values()], minRaters);
    return { employeeId: employee.id, year, period, minRaters, ...result };
  }
}

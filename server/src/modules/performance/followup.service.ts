import type { Context } from '../../context.ts';
import { CommonErrors, NotFoundError } from '../../shared/errors.ts';
import type { Page } from '../../shared/list.ts';
import { checkVersion, viewerOf } from '../../shared/resolve.ts';
import { assertNotReadOnly } from '../../shared/scope.ts';
import { query, sql } from '../../shared/sql.ts';
import { AssessmentService } from '../competency/index.ts';
import { Employee, EmployeeService, employeeScope } from '../employee/index.ts';
import { OrganizationService } from '../organization/index.ts';
import { CoachingPlan, CoachingStatus, Recognition, RecognitionStatus } from './followup.entity.ts';
import { atLeastBaik } from './performance.rules.ts';
import { EvaluationService } from './evaluation.service.ts';
import { Predikat } from './performance.enums.ts';
import { PerformanceErrors } from './performance.errors.ts';

export enum FollowUpNeed {
  RECOGNITION = 'RECOGNITION',
  COACHING = 'COACHING',
}

export interface PendingFollowUp {
  employeeId: string;
  year: number;
  predikat: Predikat;
  need: FollowUpNeed;
}

export interface CreateCoachingPlan {
  employeeId: string;
  year: number;
  goals: string;
  mentorId: string;
  reviewDate: string;
}

export class FollowUpService {
  constructor(private readonly ctx: Context) {}

  /**
   * Employees of a unit (and below) whose annual rating of a year still lacks its follow-up: Sangat
   * Baik without a recognition, below Baik without a coaching plan. One statement per page.
   */
  async pending(unitId: string, year: number, limit: number, offset: number): Promise<Page<PendingFollowUp>> {
    const viewer = viewerOf(this.ctx);
    const unit = await new OrganizationService(this.ctx).getUnit(unitId, 'unitId');
    const scope = employeeScope(viewer, this.ctx.today);
    const base = sql`
      select v.employee_id, v.year, v.predikat,
             case when v.predikat = 'SANGAT_BAIK' then 'RECOGNITION' else 'COACHING' end as need
        from performance_evaluation v
        join performance_plan p on p.id = v.plan_id
        join org_unit pu on pu.id = p.unit_id and pu.path like ${`${unit.path}%`}
        join employee e on e.id = v.employee_id
       where v.period = 'ANNUAL' and v.year = ${year} and ${scope}
         and ((v.predikat = 'SANGAT_BAIK' and not exists (select 1 from recognition r where r.employee_id = v.employee_id and r.year = v.year))
           or (v.predikat in ('BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG') and not exists (select 1 from coaching_plan c where c.employee_id = v.employee_id and c.year = v.year)))`;
    const [{ n }] = await query<{ n: string }>(this.ctx.em, sql`select count(*) as n from (${base}) x`);
    const rows = await query<{ employee_id: string; year: number; predikat: Predikat; need: FollowUpNeed }>(this.ctx.em, sql`${base} order by need, v.employee_id limit ${limit} offset ${offset}`);
    return { items: rows.map((r) => ({ employeeId: r.employee_id, year: r.year, predikat: r.predikat, need: r.need })), total: Number(n), limit, offset };
  }

  /** Training recommended from the gaps of the employee's latest assessment against their position. */
  async recommendedTraining(employeeId: string): Promise<string[]> {
    const jpm = await new AssessmentService(this.ctx).jobPersonMatch(employeeId);
    return jpm.gaps.map((g) => `Pelatihan ${g.name} (${g.code}): dari level ${g.assessed} ke level ${g.required}`);
  }

  async createCoachingPlan(input: CreateCoachingPlan): Promise<CoachingPlan> {
    const viewer = viewerOf(this.ctx);
    assertNotReadOnly(viewer);
    const employee = await new EmployeeService(this.ctx).loadWritable(input.employeeId, 'employeeId');
    const em = this.ctx.em;
    const predikat = await new EvaluationService(this.ctx).annualPredikat(employee.id, input.year);
    if (!predikat) throw PerformanceErrors.input('year', 'NO_ANNUAL_EVALUATION', `year: the employee has no annual evaluation for ${input.year}`);
    if (atLeastBaik(predikat)) throw PerformanceErrors.input('year', 'NOT_NEEDED', `year: the ${input.year} rating is ${predikat}; coaching follows ratings below Baik`);
    if (input.mentorId === employee.id) throw PerformanceErrors.input('mentorId', 'SELF', 'mentorId: an employee cannot mentor themself');
    const mentor = await em.findOne(Employee, input.mentorId);
    if (!mentor || mentor.government.id !== employee.government.id) throw new NotFoundError('Employee', input.mentorId, 'mentorId');
    if (input.reviewDate <= this.ctx.today) throw PerformanceErrors.input('reviewDate', 'DATE_NOT_FUTURE', 'reviewDate: the review must be planned after today');
    if (await em.count(CoachingPlan, { employee: employee.id, year: input.year })) throw CommonErrors.input('year', 'DUPLICATE', `year: a coaching plan for ${input.year} already exists`);
    const plan = em.create(CoachingPlan, {
      government: employee.government.id,
      employee: employee.id,
      year: input.year,
      goals: input.goals,
      mentor: mentor.id,
      reviewDate: input.reviewDate,
      recommendedTraining: await this.recommendedTraining(employee.id),
    });
    await em.flush();
    return plan;
  }

  async completeCoachingPlan(id: string, version: number): Promise<CoachingPlan> {
    const plan = await this.writable(CoachingPlan, id);
    checkVersion('CoachingPlan', plan, version);
    plan.status = CoachingStatus.COMPLETED;
    await this.ctx.em.flush();
    return plan;
  }

  async decideRecognition(id: string, status: RecognitionStatus, version: number): Promise<Recognition> {
    if (status === RecognitionStatus.PROPOSED) throw CommonErrors.input('status', 'INVALID_TRANSITION', 'status: decide APPROVED or REJECTED');
    const rec = await this.writable(Recognition, id);
    checkVersion('Recognition', rec, version);
    if (rec.status !== RecognitionStatus.PROPOSED) throw CommonErrors.input('status', 'INVALID_TRANSITION', `status: the recognition is already ${rec.status}`);
    rec.status = status;
    await this.ctx.em.flush();
    return rec;
  }

  private async writable<T extends CoachingPlan | Recognition>(entity: new () => T, id: string): Promise<T> {
    const viewer = viewerOf(this.ctx);
    assertNotReadOnly(viewer);
    const row = (await this.ctx.em.findOne(entity as never, { id } as never)) as T | null;
    if (!row) throw new NotFoundError(entity.name, id);
    await new EmployeeService(this.ctx).loadWritable(row.employee.id);
    return row;
  }
}

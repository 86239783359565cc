import DataLoader from 'dataloader';
import type { Context } from '../../context.ts';
import { CommonErrors, NotFoundError } from '../../shared/errors.ts';
import { countOf, checkRange, type Page } from '../../shared/list.ts';
import { assignGiven, checkVersion, viewerOf } from '../../shared/resolve.ts';
import { assertNotReadOnly } from '../../shared/scope.ts';
import { placementActive, query, sql, where } from '../../shared/sql.ts';
import { Employee, EmployeeService, employeeLoaders, employeeScope } from '../employee/index.ts';
import { OrganizationService } from '../organization/index.ts';
import { PositionService } from '../position/index.ts';
import { Assessment, AssessmentScore } from './assessment.entity.ts';
import { AssessmentPurpose } from './competency.enums.ts';
import { Competency } from './competency.entity.ts';
import type { AssessmentFilter, AssessmentScoreInput, CreateAssessmentInput, UpdateAssessmentInput } from './competency.inputs.ts';
import { jobPersonMatch, type JpmResult, type JpmThreshold } from './competency.rules.ts';
import { standardLoader } from './competency.service.ts';
import { latestAssessmentSql, standardSql } from './competency.sql.ts';
import { CompetencyErrors } from './competency.errors.ts';

export interface JobPersonMatch extends JpmResult {
  employeeId: string;
  positionId: string | null;
  assessmentId: string | null;
  purpose: AssessmentPurpose;
}

/** Scores of assessments, one statement per batch. */
export const scoresLoader = (ctx: Context) =>
  ctx.loaders.get('competency.scores', (em) =>
    new DataLoader<string, { competencyId: string; level: number }[]>(async (ids) => {
      const rows = await query<{ assessment_id: string; competency_id: string; level: number }>(
        em,
        sql`select s.assessment_id, s.competency_id, s.level from assessment_score s join competency c on c.id = s.competency_id
          where s.assessment_id in (${sql.list(ids)}) order by c.code`,
      );
      return ids.map((id) => rows.filter((r) => r.assessment_id === id).map((r) => ({ competencyId: r.competency_id, level: r.level })));
    }),
  );

export const thresholdsLoader = (ctx: Context) =>
  ctx.loaders.get('competency.thresholds', (em) =>
    new DataLoader<'all', JpmThreshold[]>(async (keys) => {
      const rows = await query<{ purpose: AssessmentPurpose; code: string; label: string; min_percent: number }>(em, sql`select purpose, code, label, min_percent from jpm_category`);
      const list = rows.map((r) => ({ purpose: r.purpose, code: r.code, label: r.label, minPercent: Number(r.min_percent) }));
      return keys.map(() => list);
    }),
  );

export class AssessmentService {
  constructor(private readonly ctx: Context) {}

  async list(filter: AssessmentFilter = {}, limit: number, offset: number): Promise<Page<Assessment>> {
    const viewer = viewerOf(this.ctx);
    const qb = this.ctx.em.createQueryBuilder(Assessment, 'a').join('a.employee', 'e');
    const scope = employeeScope(viewer, this.ctx.today);
    qb.where(...where(scope));
    if (filter.ids) qb.andWhere({ id: { $in: filter.ids } });
    if (filter.employeeId) qb.andWhere({ employee: filter.employeeId });
    if (filter.purpose) qb.andWhere({ purpose: filter.purpose });
    if (filter.assessedOn) {
      checkRange('assessedOn', filter.assessedOn);
      if (filter.assessedOn.from) qb.andWhere({ assessedOn: { $gte: filter.assessedOn.from } });
      if (filter.assessedOn.to) qb.andWhere({ assessedOn: { $lte: filter.assessedOn.to } });
    }
    if (filter.unitId) {
      const unit = await new OrganizationService(this.ctx).getUnit(filter.unitId, 'unitId');
      qb.andWhere(...where(sql`exists (select 1 from position_history ph join org_unit u on u.id = ph.unit_id where ph.employee_id = e.id and ${placementActive('ph', this.ctx.today)} and u.path like ${`${unit.path}%`})`));
    }
    const total = await countOf(qb);
    const items = (await qb.select('a.*').orderBy([{ 'a.assessedOn': 'desc' }, { 'a.id': 'asc' }]).limit(limit, offset).execute('all', true)) as Assessment[];
    return { items, total, limit, offset };
  }

  async get(id: string): Promise<Assessment> {
    const row = await this.ctx.loaders.byId(Assessment).load(id);
    if (!row) throw new NotFoundError('Assessment', id);
    await new EmployeeService(this.ctx).get(row.employee as unknown as string); // scope
    return row;
  }

  async create(input: CreateAssessmentInput): Promise<Assessment> {
    const employee = await this.writableEmployee(input.employeeId);
    this.checkDate(employee, input.assessedOn);
    const em = this.ctx.em;
    const competencies = await this.checkScores(input.scores, employee.government.id);
    return em.transactional(async () => {
      const a = em.create(Assessment, {
        government: employee.government.id,
        employee: employee.id,
        assessedOn: input.assessedOn,
        purpose: input.purpose,
        assessor: input.assessor,
        notes: input.notes ?? null,
        potentialScore: input.potentialScore ?? null,
      });
      for (const s of input.scores) em.create(AssessmentScore, { government: employee.government.id, assessment: a, competency: competencies.get(s.competencyId)!, level: s.level });
      await em.flush();
      return a;
    });
  }

  async update(id: string, input: UpdateAssessmentInput): Promise<Assessment> {
    const em = this.ctx.em;
    const a = await em.findOne(Assessment, id);
    if (!a) throw new NotFoundError('Assessment', id);
    const employee = await this.writableEmployee(a.employee.id);
    checkVersion('Assessment', a, input.version);
    if (input.assessedOn) this.checkDate(employee, input.assessedOn);
    const competencies = input.scores ? await this.checkScores(input.scores, employee.government.id) : null;
    await em.transactional(async () => {
      assignGiven(a, input as Partial<Assessment>, ['assessedOn', 'purpose', 'assessor', 'notes', 'potentialScore']);
      if (input.scores && competencies) {
        for (const old of await em.find(AssessmentScore, { assessment: id })) em.remove(old);
        await em.flush();
        for (const s of input.scores) em.create(AssessmentScore, { government: employee.government.id, assessment: a, competency: competencies.get(s.competencyId)!, level: s.level });
        // A change of scores is a change of the assessment: bump its version.
        a.updatedAt = new Date();
      }
      await em.flush();
    });
    this.ctx.loaders.clear();
    return a;
  }

  async remove(id: string, version: number): Promise<boolean> {
    const em = this.ctx.em;
    const a = await em.findOne(Assessment, id);
    if (!a) throw new NotFoundError('Assessment', id);
    await this.writableEmployee(a.employee.id);
    checkVersion('Assessment', a, version);
    await em.transactional(async () => {
      for (const s of await em.find(AssessmentScore, { assessment: id })) em.remove(s);
      em.remove(a);
      await em.flush();
    });
    return true;
  }

  private async writableEmployee(employeeId: string): Promise<Employee> {
    const viewer = viewerOf(this.ctx);
    assertNotReadOnly(viewer);
    return new EmployeeService(this.ctx).loadWritable(employeeId, 'employeeId');
  }

  private checkDate(employee: Employee, date: string): void {
    if (date > this.ctx.today) throw CommonErrors.input('assessedOn', 'DATE_IN_FUTURE', 'assessedOn: the assessment date is in the future');
    if (date <= employee.birthDate) throw CommonErrors.input('assessedOn', 'DATE_IMPLAUSIBLE', 'assessedOn: before the date of birth');
  }

  /** Each competency once, from the national dictionary or the employee's government. */
  private async checkScores(scores: AssessmentScoreInput[], governmentId: string): Promise<Map<string, Competency>> {
    const ids = scores.map((s) => s.competencyId);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) throw CommonErrors.input('scores', 'DUPLICATE', `scores: competency ${dup} is scored twice`);
    const found = await this.ctx.em.find(Competency, { id: { $in: ids } });
    const map = new Map(found.map((c) => [c.id, c]));
    scores.forEach((s, i) => {
      const c = map.get(s.competencyId);
      if (!c || (c.government && c.government.id !== governmentId)) throw new NotFoundError('Competency', s.competencyId, `scores.${i}.competencyId`);
    });
    return map;
  }

  // ---- job-person match -------------------------------------------------------------------------

  /** JPM of one employee against a position (their current one by default), from an assessment (their latest by default). */
  async jobPersonMatch(employeeId: string, positionId?: string, assessmentId?: string): Promise<JobPersonMatch> {
    const employee = await new EmployeeService(this.ctx).get(employeeId, 'employeeId');
    let assessment: Assessment | null;
    if (assessmentId) {
      assessment = await this.get(assessmentId);
      if ((assessment.employee as unknown as string) !== employee.id) throw CompetencyErrors.input('assessmentId', 'OTHER_EMPLOYEE', 'assessmentId: the assessment is of another employee');
    } else {
      const [latest] = await query<{ id: string }>(this.ctx.em, latestAssessmentSql(sql`${employee.id}`));
      assessment = latest ? await this.get(latest.id) : null;
    }
    let targetPosition = positionId ?? null;
    if (targetPosition) await new PositionService(this.ctx).get(targetPosition, 'positionId');
    else targetPosition = ((await employeeLoaders.currentPlacement(this.ctx, employee.id))?.position as unknown as string) ?? null;
    const purpose = assessment?.purpose ?? AssessmentPurpose.MAPPING;
    const base = { employeeId: employee.id, positionId: targetPosition, assessmentId: assessment?.id ?? null, purpose };
    if (!assessment) return { ...base, percent: 0, category: null, gaps: [], comparisons: [], reasons: ['Pegawai belum pernah diases'], legalBasis: jobPersonMatch([], new Map(), purpose, []).legalBasis };
    if (!targetPosition) return { ...base, percent: 0, category: null, gaps: [], comparisons: [], reasons: ['Pegawai tidak sedang menduduki jabatan; sebutkan jabatan yang dibandingkan'], legalBasis: jobPersonMatch([], new Map(), purpose, []).legalBasis };
    const [standard, scores, thresholds] = await Promise.all([standardLoader(this.ctx).load(targetPosition), scoresLoader(this.ctx).load(assessment.id), thresholdsLoader(this.ctx).load('all')]);
    const comps = await this.ctx.loaders.byId(Competency).loadMany(standard.map((s) => s.competencyId));
    const required = standard.map((s, i) => {
      const c = comps[i] as Competency;
      return { competencyId: s.competencyId, code: c.code, name: c.name, required: s.requiredLevel };
    });
    return { ...base, ...jobPersonMatch(required, new Map(scores.map((s) => [s.competencyId, s.level])), purpose, thresholds) };
  }

  /**
   * JPM of every employee currently placed in a unit (and below), against their current position,
   * from their latest assessment: one SQL statement for the page, one for the total.
   */
  async unitJobPersonMatch(unitId: string, purpose: AssessmentPurpose | undefined, limit: number, offset: number): Promise<Page<UnitJpmRow>> {
    const viewer = viewerOf(this.ctx);
    const unit = await new OrganizationService(this.ctx).getUnit(unitId, 'unitId');
    const scope = employeeScope(viewer, this.ctx.today);
    const today = this.ctx.today;
    const base = sql`
      with emp as (
        select e.id as employee_id, ph.position_id
          from employee e
          join position_history ph on ph.employee_id = e.id and ${placementActive('ph', today)}
          join org_unit u on u.id = ph.unit_id and u.path like ${`${unit.path}%`}
         where ${scope}
      ),
      la as (${latestAssessmentSql(sql`select employee_id from emp`)}),
      std as (${standardSql(sql`select position_id from emp`)}),
      cmp as (
        select emp.employee_id, emp.position_id, la.id as assessment_id, la.purpose, std.competency_id, std.required_level,
               coalesce(s.level, 0) as assessed
          from emp
          join la on la.employee_id = emp.employee_id
          join std on std.position_id = emp.position_id
          left join assessment_score s on s.assessment_id = la.id and s.competency_id = std.competency_id
      ),
      res as (
        select employee_id, position_id, assessment_id, purpose,
               round(least(100, sum(assessed)::numeric * 100 / nullif(sum(required_level), 0)), 2) as percent,
               coalesce(json_agg(json_build_object('competencyId', competency_id, 'required', required_level, 'assessed', assessed, 'gap', required_level - assessed)
                        order by competency_id) filter (where required_level > assessed), '[]') as gaps
          from cmp group by employee_id, position_id, assessment_id, purpose
      )
      select res.*, cat.code as category_code, cat.label as category_label, cat.min_percent as category_min
        from res
        left join lateral (select c.code, c.label, c.min_percent from jpm_category c
                            where c.purpose = res.purpose and res.percent >= c.min_percent order by c.min_percent desc limit 1) cat on true
       ${purpose ? sql`where res.purpose = ${purpose}` : sql``}`;
    const [{ n }] = await query<{ n: string }>(this.ctx.em, sql`select count(*) as n from (${base}) x`);
    const rows = await query<{ employee_id: string; position_id: string; assessment_id: string; purpose: AssessmentPurpose; percent: string; gaps: { competencyId: string; required: number; assessed: number; gap: number }[]; category_code: string | null; category_label: string | null; category_min: number | null }>(
      this.ctx.em,
      sql`${base} order by res.percent asc, res.employee_id limit ${limit} offset ${offset}`,
    );
    return {
      items: rows.map((r) => ({
        employeeId: r.employee_id,
        positionId: r.position_id,
        assessmentId: r.assessment_id,
        purpose: r.purpose,
        percent: Number(r.percent),
        category: r.category_code ? { code: r.category_code, label: r.category_label!, minPercent: Number(r.category_min) } : null,
        gaps: r.gaps,
      })),
      total: Number(n),
      limit,
      offset,
    };
  }
}

export interface UnitJpmRow {
  employeeId: string;
  positionId: string;
  assessmentId: string;
  purpose: AssessmentPurpose;
  percent: number;
  category: { code: string; label: string; minPercent: number } | null;
  gaps: { competencyId: string; required: number; assessed: number; gap: number }[];
}

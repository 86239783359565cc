// Effective-dated histories: rank, position and education. Periods are checked here with clear
// messages; the database enforces the same (unique TMT, no overlapping placements) as a backstop.
import type { Context } from '../../context.ts';
import { CommonErrors, NotFoundError } from '../../shared/errors.ts';
import { assignGiven, checkVersion } from '../../shared/resolve.ts';
import { OrgUnit } from '../organization/index.ts';
import { Position } from '../position/index.ts';
import { EducationLevel, Rank, rankSchemeOf } from '../reference/index.ts';
import { EducationHistory } from './education-history.entity.ts';
import { Employee } from './employee.entity.ts';
import type {
  AddEducationHistoryInput,
  AddPositionHistoryInput,
  AddRankHistoryInput,
  UpdateEducationHistoryInput,
  UpdatePositionHistoryInput,
  UpdateRankHistoryInput,
} from './employee.inputs.ts';
import { EmployeeService } from './employee.service.ts';
import { PositionHistory } from './position-history.entity.ts';
import { RankHistory } from './rank-history.entity.ts';
import { query, sql } from '../../shared/sql.ts';
import { EmployeeErrors } from './employee.errors.ts';

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const period = (start: string, end: string | null | undefined) => `${start} – ${end ?? '…'}`;

export class HistoryService {
  private readonly employees: EmployeeService;

  constructor(private readonly ctx: Context) {
    this.employees = new EmployeeService(ctx);
  }

  /** Serializes history writes of one employee (row lock), so overlap checks cannot race. */
  private async lockEmployee(employeeId: string): Promise<Employee> {
    const employee = await this.employees.loadWritable(employeeId, 'employeeId');
    await query(this.ctx.em, sql`select id from employee where id = ${employeeId} for update`);
    return employee;
  }

  private async owned<T extends RankHistory | PositionHistory | EducationHistory>(entity: new () => T, name: string, id: string): Promise<T> {
    const row = (await this.ctx.em.findOne(entity as never, { id } as never)) as T | null;
    if (!row) throw new NotFoundError(name, id);
    await this.employees.loadWritable(row.employee.id); // scope check through the employee
    return row;
  }

  // ---- rank -----------------------------------------------------------------------------------

  addRank(input: AddRankHistoryInput): Promise<RankHistory> {
    return this.ctx.em.transactional(async (em) => {
      const employee = await this.lockEmployee(input.employeeId);
      const rank = await this.rankFor(employee, input.rankId);
      this.checkRankDates(employee, input.tmt, input.decreeDate);
      await this.assertTmtFree(employee.id, input.tmt);
      const row = em.create(RankHistory, {
        government: employee.government.id,
        employee: employee.id,
        rank: rank.id,
        tmt: input.tmt,
        decreeNumber: input.decreeNumber ?? null,
        decreeDate: input.decreeDate ?? null,
      });
      await em.flush();
      return row;
    });
  }

  updateRank(id: string, input: UpdateRankHistoryInput): Promise<RankHistory> {
    return this.ctx.em.transactional(async (em) => {
      const row = await this.owned(RankHistory, 'RankHistory', id);
      checkVersion('RankHistory', row, input.version);
      const employee = await this.lockEmployee(row.employee.id);
      if (input.rankId) row.rank = em.getReference(Rank, (await this.rankFor(employee, input.rankId)).id, { wrapped: true });
      if (input.tmt && input.tmt !== row.tmt) await this.assertTmtFree(employee.id, input.tmt, id);
      assignGiven(row, input as Partial<RankHistory>, ['tmt', 'decreeNumber', 'decreeDate']);
      this.checkRankDates(employee, row.tmt, row.decreeDate);
      await em.flush();
      this.ctx.loaders.clear();
      return row;
    });
  }

  private async rankFor(employee: Employee, rankId: string): Promise<Rank> {
    const rank = await this.ctx.em.findOne(Rank, rankId);
    if (!rank) throw new NotFoundError('Rank', rankId, 'rankId');
    const scheme = rankSchemeOf(employee.asnType);
    if (rank.scheme !== scheme) throw EmployeeErrors.input('rankId', 'WRONG_SCHEME', `rankId: a ${employee.asnType} holds ${scheme} ranks; ${rank.code} is a ${rank.scheme} rank`);
    return rank;
  }

  private checkRankDates(employee: Employee, tmt: string, decreeDate?: string | null): void {
    if (tmt <= employee.birthDate) throw CommonErrors.input('tmt', 'DATE_IMPLAUSIBLE', 'tmt: the TMT is before the date of birth');
    if (employee.tmtCpns && tmt < employee.tmtCpns) throw EmployeeErrors.input('tmt', 'BEFORE_TMT_CPNS', `tmt: the TMT ${tmt} is before TMT CPNS ${employee.tmtCpns}`);
    if (decreeDate && decreeDate <= employee.birthDate) throw CommonErrors.input('decreeDate', 'DATE_IMPLAUSIBLE', 'decreeDate: before the date of birth');
  }

  private async assertTmtFree(employeeId: string, tmt: string, exceptId?: string): Promise<void> {
    const clash = await this.ctx.em.findOne(RankHistory, { employee: employeeId, tmt, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
    if (clash) throw CommonErrors.input('tmt', 'OVERLAP', `tmt: the employee already has a rank with TMT ${tmt}; one rank per TMT`);
  }

  // ---- position -------------------------------------------------------------------------------

  addPosition(input: AddPositionHistoryInput): Promise<PositionHistory> {
    return this.ctx.em.transactional(async (em) => {
      const employee = await this.lockEmployee(input.employeeId);
      const position = await this.employees.placeablePosition(input.positionId, employee.government.id, 'positionId');
      this.checkPeriod(employee, input.startDate, input.endDate ?? null);
      if (input.closePrevious) {
        const open = await em.findOne(PositionHistory, { employee: employee.id, endDate: null, startDate: { $lt: input.startDate } });
        if (open) open.endDate = dayBefore(input.startDate);
      }
      await em.flush();
      await this.assertNoOverlap(employee.id, input.startDate, input.endDate ?? null);
      const row = em.create(PositionHistory, {
        government: employee.government.id,
        employee: employee.id,
        position: position.id,
        unit: position.unit.id,
        startDate: input.startDate,
        endDate: input.endDate ?? null,
        decreeNumber: input.decreeNumber ?? null,
        decreeDate: input.decreeDate ?? null,
      });
      await em.flush();
      return row;
    });
  }

  updatePosition(id: string, input: UpdatePositionHistoryInput): Promise<PositionHistory> {
    return this.ctx.em.transactional(async (em) => {
      const row = await this.owned(PositionHistory, 'PositionHistory', id);
      checkVersion('PositionHistory', row, input.version);
      const employee = await this.lockEmployee(row.employee.id);
      if (input.positionId && input.positionId !== row.position.id) {
        const position = await this.employees.placeablePosition(input.positionId, employee.government.id, 'positionId');
        row.position = em.getReference(Position, position.id, { wrapped: true });
        row.unit = em.getReference(OrgUnit, position.unit.id, { wrapped: true });
      }
      assignGiven(row, input as Partial<PositionHistory>, ['startDate', 'endDate', 'decreeNumber', 'decreeDate']);
      this.checkPeriod(employee, row.startDate, row.endDate ?? null);
      await this.assertNoOverlap(employee.id, row.startDate, row.endDate ?? null, id);
      await em.flush();
      this.ctx.loaders.clear();
      return row;
    });
  }

  private checkPeriod(employee: Employee, start: string, end: string | null): void {
    if (start <= employee.birthDate) throw CommonErrors.input('startDate', 'DATE_IMPLAUSIBLE', 'startDate: before the date of birth');
    if (end && end < start) throw CommonErrors.input('endDate', 'RANGE_INVERTED', `endDate: the period ends (${end}) before it starts (${start})`);
  }

  private async assertNoOverlap(employeeId: string, start: string, end: string | null, exceptId?: string): Promise<void> {
    const clash = await query<{ start_date: string; end_date: string | null; title: string }>(
      this.ctx.em,
      sql`select ph.start_date, ph.end_date, p.title from position_history ph join position p on p.id = ph.position_id
        where ph.employee_id = ${employeeId} and ph.id <> ${exceptId ?? '00000000-0000-0000-0000-000000000000'}
          and daterange(ph.start_date, ph.end_date, '[]') && daterange(${start}::date, ${end}::date, '[]') limit 1`,
    );
    if (clash.length) {
      const c = clash[0];
      throw CommonErrors.input('startDate', 'OVERLAP', `startDate: the period ${period(start, end)} overlaps the placement as ${c.title} (${period(c.start_date, c.end_date)}); end that one first or set closePrevious`, { otherStart: c.start_date, otherEnd: c.end_date, otherTitle: c.title });
    }
  }

  // ---- education ------------------------------------------------------------------------------

  addEducation(input: AddEducationHistoryInput): Promise<EducationHistory> {
    return this.ctx.em.transactional(async (em) => {
      const employee = await this.lockEmployee(input.employeeId);
      const level = await this.level(input.levelId);
      this.checkGraduation(employee, input.graduationYear);
      await this.assertEducationFree(employee.id, level.id, input.graduationYear);
      const row = em.create(EducationHistory, {
        government: employee.government.id,
        employee: employee.id,
        level: level.id,
        institution: input.institution.trim(),
        major: input.major?.trim() ?? null,
        graduationYear: input.graduationYear,
        diplomaNumber: input.diplomaNumber ?? null,
      });
      await em.flush();
      return row;
    });
  }

  updateEducation(id: string, input: UpdateEducationHistoryInput): Promise<EducationHistory> {
    return this.ctx.em.transactional(async (em) => {
      const row = await this.owned(EducationHistory, 'EducationHistory', id);
      checkVersion('EducationHistory', row, input.version);
      const employee = await this.lockEmployee(row.employee.id);
      if (input.levelId) row.level = em.getReference(EducationLevel, (await this.level(input.levelId)).id, { wrapped: true });
      assignGiven(row, input as Partial<EducationHistory>, ['institution', 'major', 'graduationYear', 'diplomaNumber']);
      this.checkGraduation(employee, row.graduationYear);
      await this.assertEducationFree(employee.id, row.level.id, row.graduationYear, id);
      await em.flush();
      this.ctx.loaders.clear();
      return row;
    });
  }

  private async level(id: string): Promise<EducationLevel> {
    const level = await this.ctx.em.findOne(EducationLevel, id);
    if (!level) throw new NotFoundError('EducationLevel', id, 'levelId');
    return level;
  }

  private checkGraduation(employee: Employee, year: number): void {
    const born = Number(employee.birthDate.slice(0, 4));
    if (year < born + 5) throw CommonErrors.input('graduationYear', 'DATE_IMPLAUSIBLE', `graduationYear: ${year} is implausibly soon after birth (${born})`);
    if (year > Number(this.ctx.today.slice(0, 4))) throw CommonErrors.input('graduationYear', 'DATE_IN_FUTURE', `graduationYear: ${year} is in the future`);
  }

  private async assertEducationFree(employeeId: string, levelId: string, year: number, exceptId?: string): Promise<void> {
    const clash = await this.ctx.em.count(EducationHistory, { employee: employeeId, level: levelId, graduationYear: year, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
    if (clash) throw CommonErrors.input('levelId', 'DUPLICATE', 'levelId: this diploma (level and year) is already recorded');
  }

  // ---- delete (any history) ---------------------------------------------------------------------

  async remove(entity: typeof RankHistory | typeof PositionHistory | typeof EducationHistory, name: string, id: string, version: number): Promise<boolean> {
    const em = this.ctx.em;
    const row = await this.owned(entity as never, name, id) as RankHistory;
    checkVersion(name, row, version);
    em.remove(row);
    await em.flush();
    this.ctx.loaders.clear();
    return true;
  }
}

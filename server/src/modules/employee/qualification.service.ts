// Qualifications (ujian dinas, UKPPI, leadership training) and disciplinary sanctions of an
// employee: facts the promotion rules, the DUK and appointment requirements read.
import type { Context } from '../../context.ts';
import { CommonErrors, NotFoundError } from '../../shared/errors.ts';
import { assignGiven, checkVersion, viewerOf } from '../../shared/resolve.ts';
import { seesPersonalData } from '../../shared/scope.ts';
import { EmployeeService } from './employee.service.ts';
import type { Employee } from './employee.entity.ts';
import type { AddQualificationInput, AddSanctionInput, UpdateQualificationInput, UpdateSanctionInput } from './qualification.inputs.ts';
import { DisciplinarySanction, Qualification } from './qualification.entity.ts';

export class QualificationService {
  private readonly employees: EmployeeService;

  constructor(private readonly ctx: Context) {
    this.employees = new EmployeeService(ctx);
  }

  private checkDate(employee: Employee, field: string, date: string): void {
    if (date <= employee.birthDate) throw CommonErrors.input(field, 'DATE_IMPLAUSIBLE', `${field}: ${date} is before the date of birth`);
    if (date > this.ctx.today) throw CommonErrors.input(field, 'DATE_IN_FUTURE', `${field}: ${date} is in the future`);
  }

  private async owned<T extends Qualification | DisciplinarySanction>(entity: new () => T, name: string, id: string): Promise<T> {
    const row = (await this.ctx.em.findOne(entity as never, { id } as never)) as T | null;
    if (!row) throw new NotFoundError(name, id);
    await this.employees.loadWritable(row.employee.id); // scope check through the employee
    return row;
  }

  async addQualification(input: AddQualificationInput): Promise<Qualification> {
    const employee = await this.employees.loadWritable(input.employeeId, 'employeeId');
    this.checkDate(employee, 'passedOn', input.passedOn);
    const clash = await this.ctx.em.count(Qualification, { employee: employee.id, kind: input.kind });
    if (clash) throw CommonErrors.input('kind', 'DUPLICATE', `kind: ${input.kind} is already recorded for this employee; update that record instead`);
    const row = this.ctx.em.create(Qualification, {
      government: employee.government.id,
      employee: employee.id,
      kind: input.kind,
      passedOn: input.passedOn,
      certificateNumber: input.certificateNumber?.trim() ?? null,
    });
    await this.ctx.em.flush();
    return row;
  }

  async updateQualification(id: string, input: UpdateQualificationInput): Promise<Qualification> {
    const row = await this.owned(Qualification, 'Qualification', id);
    checkVersion('Qualification', row, input.version);
    const employee = await this.employees.loadWritable(row.employee.id);
    assignGiven(row, input as Partial<Qualification>, ['passedOn', 'certificateNumber']);
    this.checkDate(employee, 'passedOn', row.passedOn);
    await this.ctx.em.flush();
    this.ctx.loaders.clear();
    return row;
  }

  async addSanction(input: AddSanctionInput): Promise<DisciplinarySanction> {
    const employee = await this.employees.loadWritable(input.employeeId, 'employeeId');
    this.checkSanction(employee, input.startDate, input.endDate ?? null);
    const row = this.ctx.em.create(DisciplinarySanction, {
      government: employee.government.id,
      employee: employee.id,
      level: input.level,
      description: input.description.trim(),
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      barsPromotion: input.barsPromotion,
      decreeNumber: input.decreeNumber?.trim() ?? null,
    });
    await this.ctx.em.flush();
    return row;
  }

  async updateSanction(id: string, input: UpdateSanctionInput): Promise<DisciplinarySanction> {
    const row = await this.owned(DisciplinarySanction, 'DisciplinarySanction', id);
    checkVersion('DisciplinarySanction', row, input.version);
    const employee = await this.employees.loadWritable(row.employee.id);
    assignGiven(row, input as Partial<DisciplinarySanction>, ['level', 'description', 'startDate', 'endDate', 'barsPromotion', 'decreeNumber']);
    this.checkSanction(employee, row.startDate, row.endDate ?? null);
    await this.ctx.em.flush();
    this.ctx.loaders.clear();
    return row;
  }

  private checkSanction(employee: Employee, start: string, end: string | null): void {
    if (start <= employee.birthDate) throw CommonErrors.input('startDate', 'DATE_IMPLAUSIBLE', `startDate: ${start} is before the date of birth`);
    if (end && end < start) throw CommonErrors.input('endDate', 'RANGE_INVERTED', `endDate: the sanction ends (${end}) before it starts (${start})`);
  }

  async remove(entity: typeof Qualification | typeof DisciplinarySanction, name: string, id: string, version: number): Promise<boolean> {
    const row = (await this.owned(entity as never, name, id)) as Qualification;
    checkVersion(name, row, version);
    this.ctx.em.remove(row);
    await this.ctx.em.flush();
    this.ctx.loaders.clear();
    return true;
  }

  /** Sanctions are personal data (UU PDP): shown to administrators only. */
  canSeeSanctions(): boolean {
    return seesPersonalData(viewerOf(this.ctx));
  }
}

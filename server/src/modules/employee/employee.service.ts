import { raw } from '@mikro-orm/core';
import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { ForbiddenError, InputError, InputErrors, NotFoundError } from '../../shared/errors.ts';
import { countOf, checkRange, likeEscape, type Page } from '../../shared/list.ts';
import { assignGiven, checkVersion, orderByOf, viewerOf } from '../../shared/resolve.ts';
import { assertUnitWritable, canSeeGovernment, isReadOnly, writableGovernment } from '../../shared/scope.ts';
import { placementActive } from '../../shared/sql.ts';
import { OrgUnit, OrganizationService } from '../organization/index.ts';
import { Position } from '../position/index.ts';
import { Rank, rankSchemeOf } from '../reference/index.ts';
import { EducationHistory } from './education-history.entity.ts';
import { Employee } from './employee.entity.ts';
import { EmployeeSortField, type CreateEmployeeInput, type EmployeeFilter, type EmployeeSort, type UpdateEmployeeInput } from './employee.inputs.ts';
import { assertMaskedFilter, employeeScope } from './employee.access.ts';
import { validateEmployeeRecord, type FieldProblem } from './employee.rules.ts';
import { PositionHistory } from './position-history.entity.ts';
import { RankHistory } from './rank-history.entity.ts';

const CURRENT_RANK_ORDINAL = `(select r.ordinal from rank_history rh join rank r on r.id = rh.rank_id where rh.employee_id = e.id and rh.tmt <= ? order by rh.tmt desc limit 1)`;

const SORT: Record<EmployeeSortField, string> = {
  [EmployeeSortField.FULL_NAME]: 'e.fullName',
  [EmployeeSortField.NIP]: 'e.nip',
  [EmployeeSortField.BIRTH_DATE]: 'e.birthDate',
  [EmployeeSortField.TMT_CPNS]: 'e.tmtCpns',
  [EmployeeSortField.STATUS]: 'e.status',
  [EmployeeSortField.CREATED_AT]: 'e.createdAt',
  [EmployeeSortField.UPDATED_AT]: 'e.updatedAt',
  [EmployeeSortField.RANK]: 'current_rank_ordinal',
};

/** Shifts a `YYYY-MM-DD` date by whole years (29 Feb falls back to 28 Feb). */
function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5);
  return md === '02-29' ? `${y}-02-28` : `${y}-${md}`;
}

export function toInputErrors(problems: FieldProblem[], prefix = ''): InputErrors {
  return new InputErrors(problems.map((p) => new InputError(prefix + p.field, p.reason, p.message)));
}

export class EmployeeService {
  constructor(private readonly ctx: Context) {}

  async list(filter: EmployeeFilter = { includeSubUnits: true }, sort: EmployeeSort[] | undefined, limit: number, offset: number): Promise<Page<Employee>> {
    const viewer = viewerOf(this.ctx);
    const { today, em } = this.ctx;
    const qb = em.createQueryBuilder(Employee, 'e');
    assertMaskedFilter(viewer, filter, (sort ?? []).map((s) => s.field));
    const scope = employeeScope(viewer, today);
    qb.where(scope.sql, scope.params);
    if (filter.governmentId) qb.andWhere({ government: filter.governmentId });
    if (filter.ids) qb.andWhere({ id: { $in: filter.ids } });
    if (filter.asnTypes?.length) qb.andWhere({ asnType: { $in: filter.asnTypes } });
    if (filter.statuses?.length) qb.andWhere({ status: { $in: filter.statuses } });
    if (filter.sex) qb.andWhere({ sex: filter.sex });
    if (filter.q) {
      const text = filter.q.trim();
      if (/^\d+$/.test(text)) qb.andWhere({ nip: { $like: `${text}%` } });
      else qb.andWhere({ fullName: { $ilike: `%${likeEscape(text)}%` } });
    }
    for (const [field, column] of [['birthDate', 'birthDate'], ['tmtCpns', 'tmtCpns'], ['contractEndDate', 'contractEndDate']] as const) {
      const range = filter[field];
      if (!range) continue;
      checkRange(field, range);
      if (range.from) qb.andWhere({ [column]: { $gte: range.from } });
      if (range.to) qb.andWhere({ [column]: { $lte: range.to } });
    }
    if (filter.age) {
      checkRange('age', filter.age);
      // age >= min  <=>  born on or before today - min years
      if (filter.age.min != null) qb.andWhere({ birthDate: { $lte: addYears(today, -filter.age.min) } });
      if (filter.age.max != null) qb.andWhere({ birthDate: { $gt: addYears(today, -(filter.age.max + 1)) } });
    }
    const placement: string[] = [];
    const placementParams: unknown[] = [];
    if (filter.unitId) {
      const unit = await new OrganizationService(this.ctx).getUnit(filter.unitId, 'unitId');
      if (filter.includeSubUnits === false) {
        placement.push('fph.unit_id = ?');
        placementParams.push(unit.id);
      } else {
        placement.push('fu.path like ?');
        placementParams.push(`${likeEscape(unit.path)}%`);
      }
    }
    if (filter.positionId) {
      placement.push('fph.position_id = ?');
      placementParams.push(filter.positionId);
    }
    if (filter.positionKinds?.length) {
      placement.push(`fp.kind in (${filter.positionKinds.map(() => '?').join(', ')})`);
      placementParams.push(...filter.positionKinds);
    }
    if (placement.length || filter.placed !== undefined) {
      const exists = `exists (select 1 from position_history fph join org_unit fu on fu.id = fph.unit_id join position fp on fp.id = fph.position_id
        where fph.employee_id = e.id and ${placementActive('fph')}${placement.map((p) => ` and ${p}`).join('')})`;
      qb.andWhere(filter.placed === false && !placement.length ? `not ${exists}` : exists, [today, today, ...placementParams]);
    }
    if (filter.rankIds?.length) {
      qb.andWhere(
        `(select rh.rank_id from rank_history rh where rh.employee_id = e.id and rh.tmt <= ? order by rh.tmt desc limit 1) in (${filter.rankIds.map(() => '?').join(', ')})`,
        [today, ...filter.rankIds],
      );
    }

    const total = await countOf(qb);
    const sorted = sort?.length ? sort : [{ field: EmployeeSortField.FULL_NAME, order: 'ASC' as never }];
    qb.select('e.*');
    if (sorted.some((s) => s.field === EmployeeSortField.RANK)) qb.addSelect(raw(`${CURRENT_RANK_ORDINAL} as current_rank_ordinal`, [today]));
    // `current_rank_ordinal` is a computed column: order by it as raw SQL; employees without a rank last.
    const order = orderByOf(sorted, SORT, { 'e.fullName': 'asc' }).map((o) => {
      if ('id' in o) return { 'e.id': o.id };
      if ('current_rank_ordinal' in o) return { [raw('current_rank_ordinal')]: `${o.current_rank_ordinal} nulls last` };
      return o;
    });
    const items = (await qb.orderBy(order).limit(limit, offset).execute('all', true)) as Employee[];
    return { items, total, limit, offset };
  }

  /** An employee the viewer may see, as a plain row (NOT_FOUND otherwise). */
  async get(id: string, field?: string): Promise<Employee> {
    const viewer = viewerOf(this.ctx);
    const scope = employeeScope(viewer, this.ctx.today);
    const row = (await this.ctx.em
      .createQueryBuilder(Employee, 'e')
      .select('e.*')
      .where({ id })
      .andWhere(scope.sql, scope.params)
      .execute('get', true)) as Employee | undefined;
    if (!row) throw new NotFoundError('Employee', id, field);
    return row;
  }

  /** The employee entity, for a write by a viewer allowed to change it. */
  async loadWritable(id: string, field?: string): Promise<Employee> {
    const viewer = viewerOf(this.ctx);
    if (isReadOnly(viewer)) throw new ForbiddenError('Your role is read-only', 'READ_ONLY');
    await this.get(id, field); // scope check (NOT_FOUND outside it)
    const employee = await this.ctx.em.findOne(Employee, id);
    if (!employee) throw new NotFoundError('Employee', id, field);
    return employee;
  }

  async create(input: CreateEmployeeInput): Promise<Employee> {
    const viewer = viewerOf(this.ctx);
    const { em, today } = this.ctx;
    const governmentId = writableGovernment(viewer, input.governmentId);
    const problems = validateEmployeeRecord(input, today);
    if (problems.length) throw toInputErrors(problems);
    if (viewer.role === Role.UNIT_ADMIN && !input.initialPlacement) {
      throw new InputError('initialPlacement.positionId', 'REQUIRED', 'initialPlacement: a unit admin must place the new employee in a position of their unit');
    }
    await this.assertNipFree(governmentId, input.nip);

    return em.transactional(async () => {
      const employee = em.create(Employee, {
        government: governmentId,
        nip: input.nip,
        legacyNip: input.legacyNip ?? null,
        asnType: input.asnType,
        frontTitle: input.frontTitle?.trim() || null,
        fullName: input.fullName.trim(),
        backTitle: input.backTitle?.trim() || null,
        sex: input.sex,
        birthPlace: input.birthPlace ?? null,
        birthDate: input.birthDate,
        nik: input.nik ?? null,
        phone: input.phone ?? null,
        email: input.email?.toLowerCase() ?? null,
        address: input.address ?? null,
        status: input.status,
        tmtCpns: input.tmtCpns ?? null,
        tmtPns: input.tmtPns ?? null,
        contractStartDate: input.contractStartDate ?? null,
        contractEndDate: input.contractEndDate ?? null,
      });
      if (input.initialRank) {
        const r = input.initialRank;
        const rank = await em.findOne(Rank, r.rankId);
        if (!rank) throw new NotFoundError('Rank', r.rankId, 'initialRank.rankId');
        if (rank.scheme !== rankSchemeOf(input.asnType)) {
          throw new InputError('initialRank.rankId', 'WRONG_SCHEME', `initialRank.rankId: a ${input.asnType} needs a ${rankSchemeOf(input.asnType)} rank, ${rank.code} is ${rank.scheme}`);
        }
        if (r.tmt < input.birthDate) throw new InputError('initialRank.tmt', 'DATE_IMPLAUSIBLE', 'initialRank.tmt: before the date of birth');
        em.create(RankHistory, { government: governmentId, employee, rank: rank.id, tmt: r.tmt, decreeNumber: r.decreeNumber ?? null, decreeDate: r.decreeDate ?? null });
      }
      if (input.initialPlacement) {
        const p = input.initialPlacement;
        const position = await this.placeablePosition(p.positionId, governmentId, 'initialPlacement.positionId');
        if (p.startDate < input.birthDate) throw new InputError('initialPlacement.startDate', 'DATE_IMPLAUSIBLE', 'initialPlacement.startDate: before the date of birth');
        em.create(PositionHistory, {
          government: governmentId,
          employee,
          position: position.id,
          unit: position.unit.id,
          startDate: p.startDate,
          decreeNumber: p.decreeNumber ?? null,
          decreeDate: p.decreeDate ?? null,
        });
      }
      await em.flush();
      return employee;
    });
  }

  async update(id: string, input: UpdateEmployeeInput): Promise<Employee> {
    const employee = await this.loadWritable(id);
    checkVersion('Employee', employee, input.version);
    const next = { ...employee, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as Employee;
    const problems = validateEmployeeRecord(next, this.ctx.today);
    if (problems.length) throw toInputErrors(problems);
    if (input.nip && input.nip !== employee.nip) await this.assertNipFree(employee.government.id, input.nip);
    if (input.asnType && input.asnType !== employee.asnType && rankSchemeOf(input.asnType) !== rankSchemeOf(employee.asnType)) {
      const ranks = await this.ctx.em.count(RankHistory, { employee: id });
      if (ranks > 0) throw new InputError('asnType', 'HAS_RANK_HISTORY', 'asnType: the employee has rank history in the other rank scheme; correct it first');
    }
    assignGiven(employee, { ...input, email: input.email?.toLowerCase() ?? input.email, fullName: input.fullName?.trim() } as Partial<Employee>, [
      'nip', 'legacyNip', 'asnType', 'frontTitle', 'fullName', 'backTitle', 'sex', 'birthPlace', 'birthDate', 'nik', 'phone', 'email', 'address', 'status',
      'tmtCpns', 'tmtPns', 'contractStartDate', 'contractEndDate',
    ]);
    await this.ctx.em.flush();
    this.ctx.loaders.clear();
    return employee;
  }

  /** Deletes an employee and their histories, each one audited, in one transaction. */
  async delete(id: string, version: number): Promise<boolean> {
    const viewer = viewerOf(this.ctx);
    if (viewer.role === Role.UNIT_ADMIN) throw new ForbiddenError('A unit admin may not delete employees; set their status instead', 'ROLE');
    const employee = await this.loadWritable(id);
    checkVersion('Employee', employee, version);
    const em = this.ctx.em;
    await em.transactional(async () => {
      for (const entity of [RankHistory, PositionHistory, EducationHistory] as const) {
        const rows = await em.find(entity as typeof RankHistory, { employee: id });
        for (const r of rows) em.remove(r);
      }
      em.remove(employee);
      await em.flush();
    });
    return true;
  }

  /** A position the viewer may place someone in (same government; a unit admin: their subtree). */
  async placeablePosition(positionId: string, governmentId: string, field: string): Promise<Position & { unit: { id: string } }> {
    const viewer = viewerOf(this.ctx);
    const position = await this.ctx.em.findOne(Position, positionId, { populate: ['unit'] });
    if (!position || !canSeeGovernment(viewer, position.government.id)) throw new NotFoundError('Position', positionId, field);
    if (position.government.id !== governmentId) throw new InputError(field, 'OTHER_GOVERNMENT', `${field}: the position belongs to another government`);
    const unit = position.unit.getEntity() as OrgUnit;
    assertUnitWritable(viewer, unit.path, field);
    return position as Position & { unit: { id: string } };
  }

  private async assertNipFree(governmentId: string, nip: string): Promise<void> {
    if (await this.ctx.em.count(Employee, { government: governmentId, nip })) {
      throw new InputError('nip', 'DUPLICATE', `nip: an employee with NIP ${nip} already exists in this government`);
    }
  }
}

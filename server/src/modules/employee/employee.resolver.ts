import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.ts';
import { ADMIN_ROLES, Role } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { PageArgs, PageType } from '../../shared/list.ts';
import { viewerOf } from '../../shared/resolve.ts';
import { DateOnly } from '../../shared/scalars.ts';
import { seesPersonalData } from '../../shared/scope.ts';
import { Government, OrgUnit } from '../organization/index.ts';
import { Position } from '../position/index.ts';
import { EducationHistory } from './education-history.entity.ts';
import { Employee } from './employee.entity.ts';
import { CreateEmployeeInput, EmployeeFilter, EmployeeSort, UpdateEmployeeInput } from './employee.inputs.ts';
import * as load from './employee.loaders.ts';
import { displayName, maskDigits, maskEmail, yearsBetween } from './employee.rules.ts';
import { EmployeeService } from './employee.service.ts';
import { PositionHistory } from './position-history.entity.ts';
import { RankHistory } from './rank-history.entity.ts';
import { DisciplinarySanction, Qualification } from './qualification.entity.ts';

@ObjectType()
export class EmployeePage extends PageType(Employee) {}

/** Full personal data for administrators and for the employee themself (each full read is logged). */
function fullAccess(ctx: Context, e: Employee, field: string): boolean {
  const viewer = viewerOf(ctx);
  const full = seesPersonalData(viewer) || (viewer.role === Role.EMPLOYEE && viewer.employeeId === e.id);
  if (full) ctx.access.personalDataRead('Employee', e.id, [field], refId(e.government));
  return full;
}

@Resolver(() => Employee)
export class EmployeeResolver {
  @Authorized()
  @Query(() => EmployeePage, { description: 'Employees the caller may see (a unit admin: those currently placed in their unit; an employee: themself)' })
  employees(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => EmployeeFilter, { nullable: true }) filter?: EmployeeFilter,
    @Arg('sort', () => [EmployeeSort], { nullable: true }) sort?: EmployeeSort[],
  ) {
    return new EmployeeService(ctx).list(filter, sort, page.limit, page.offset);
  }

  @Authorized()
  @Query(() => Employee)
  employee(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new EmployeeService(ctx).get(id);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => Employee, { description: 'Create an employee, optionally with the first rank and placement, in one transaction' })
  createEmployee(@Ctx() ctx: Context, @Arg('input', () => CreateEmployeeInput) input: CreateEmployeeInput) {
    return new EmployeeService(ctx).create(input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => Employee)
  updateEmployee(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateEmployeeInput) input: UpdateEmployeeInput) {
    return new EmployeeService(ctx).update(id, input);
  }

  @Authorized(Role.SUPER_ADMIN, Role.GOV_ADMIN)
  @Mutation(() => Boolean, { description: 'Delete an employee with their histories (prefer setting the status to BERHENTI)' })
  deleteEmployee(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new EmployeeService(ctx).delete(id, version);
  }

  @FieldResolver(() => Government)
  government(@Root() e: Employee, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Government).load(refId(e.government)!);
  }

  @FieldResolver(() => String, { description: 'Name with academic titles, as on a decree' })
  displayName(@Root() e: Employee): string {
    return displayName(e);
  }

  @FieldResolver(() => Int, { description: 'Age in whole years on the request date' })
  age(@Root() e: Employee, @Ctx() ctx: Context): number {
    return yearsBetween(e.birthDate, ctx.today);
  }

  // ---- personal data (UU PDP 27/2022): full for administrators and the employee, masked or
  // withheld for everyone else -------------------------------------------------------------------

  @FieldResolver(() => DateOnly, { nullable: true, description: 'Personal data: withheld from analysts' })
  birthDate(@Root() e: Employee, @Ctx() ctx: Context) {
    return fullAccess(ctx, e, 'birthDate') ? e.birthDate : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data: withheld from analysts' })
  birthPlace(@Root() e: Employee, @Ctx() ctx: Context) {
    if (!e.birthPlace) return null;
    return fullAccess(ctx, e, 'birthPlace') ? e.birthPlace : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data: masked for analysts' })
  nik(@Root() e: Employee, @Ctx() ctx: Context) {
    if (!e.nik) return null;
    return fullAccess(ctx, e, 'nik') ? e.nik : maskDigits(e.nik, 4, 2);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data: masked for analysts' })
  phone(@Root() e: Employee, @Ctx() ctx: Context) {
    if (!e.phone) return null;
    return fullAccess(ctx, e, 'phone') ? e.phone : maskDigits(e.phone.replace(/\D/g, ''), 4, 2);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data: masked for analysts' })
  email(@Root() e: Employee, @Ctx() ctx: Context) {
    if (!e.email) return null;
    return fullAccess(ctx, e, 'email') ? e.email : maskEmail(e.email);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data: withheld from analysts' })
  address(@Root() e: Employee, @Ctx() ctx: Context) {
    if (!e.address) return null;
    return fullAccess(ctx, e, 'address') ? e.address : null;
  }

  // ---- derived current state ----------------------------------------------------------------

  @FieldResolver(() => RankHistory, { nullable: true, description: 'The rank in effect today (from the rank history)' })
  currentRank(@Root() e: Employee, @Ctx() ctx: Context) {
    return load.currentRank(ctx, e.id);
  }

  @FieldResolver(() => PositionHistory, { nullable: true, description: 'The placement in effect today (from the position history)' })
  currentPlacement(@Root() e: Employee, @Ctx() ctx: Context) {
    return load.currentPlacement(ctx, e.id);
  }

  @FieldResolver(() => Position, { nullable: true })
  async currentPosition(@Root() e: Employee, @Ctx() ctx: Context) {
    const placement = await load.currentPlacement(ctx, e.id);
    return placement ? ctx.loaders.byId(Position).load(refId(placement.position)!) : null;
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async currentUnit(@Root() e: Employee, @Ctx() ctx: Context) {
    const placement = await load.currentPlacement(ctx, e.id);
    return placement ? ctx.loaders.byId(OrgUnit).load(refId(placement.unit)!) : null;
  }

  @FieldResolver(() => EducationHistory, { nullable: true, description: 'The highest diploma held' })
  highestEducation(@Root() e: Employee, @Ctx() ctx: Context) {
    return load.highestEducation(ctx, e.id);
  }

  @FieldResolver(() => [RankHistory], { description: 'Newest first' })
  rankHistory(@Root() e: Employee, @Ctx() ctx: Context) {
    return load.rankHistories(ctx).load(e.id);
  }

  @FieldResolver(() => [PositionHistory], { description: 'Newest first' })
  positionHistory(@Root() e: Employee, @Ctx() ctx: Context) {
    return load.positionHistories(ctx).load(e.id);
  }

  @FieldResolver(() => [EducationHistory], { description: 'Newest first' })
  educationHistory(@Root() e: Employee, @Ctx() ctx: Context) {
    return load.educationHistories(ctx).load(e.id);
  }

  @FieldResolver(() => [Qualification], { description: 'Ujian dinas, UKPPI and leadership training passed, newest first' })
  qualifications(@Root() e: Employee, @Ctx() ctx: Context) {
    return load.qualifications(ctx).load(e.id);
  }

  @FieldResolver(() => [DisciplinarySanction], { nullable: true, description: 'Disciplinary sanctions, newest first. Personal data: administrators and the employee themself (null for others)' })
  async sanctions(@Root() e: Employee, @Ctx() ctx: Context) {
    if (!fullAccess(ctx, e, 'sanctions')) return null;
    return load.sanctions(ctx).load(e.id);
  }
}

@Resolver(() => OrgUnit)
export class OrgUnitEmployeesResolver {
  @FieldResolver(() => EmployeePage, { description: 'Employees currently placed in this unit (and its sub-units unless includeSubUnits is false)' })
  employees(@Root() unit: OrgUnit, @Ctx() ctx: Context, @Args() page: PageArgs, @Arg('includeSubUnits', { defaultValue: true }) includeSubUnits: boolean) {
    return new EmployeeService(ctx).list({ unitId: unit.id, includeSubUnits }, undefined, page.limit, page.offset);
  }

  @FieldResolver(() => Int, { description: 'Employees currently placed in this unit and its sub-units' })
  employeeCount(@Root() unit: OrgUnit, @Ctx() ctx: Context) {
    return load.unitEmployeeCount(ctx).load(unit.id);
  }
}

@Resolver(() => Position)
export class PositionHoldersResolver {
  @FieldResolver(() => EmployeePage, { description: 'Current holders of this position' })
  holders(@Root() position: Position, @Ctx() ctx: Context, @Args() page: PageArgs) {
    return new EmployeeService(ctx).list({ positionId: position.id, includeSubUnits: true }, undefined, page.limit, page.offset);
  }
}

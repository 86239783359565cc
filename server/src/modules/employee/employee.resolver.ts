import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Parent } from '../../shared/root.ts';
import type { Context } from '../../context.ts';
import { ADMIN_ROLES, Role } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { PageArgs, PageType } from '../../shared/list.ts';
import { DateOnly } from '../../shared/scalars.ts';
import { Government, OrgUnit } from '../organization/index.ts';
import { Position } from '../position/index.ts';
import { EducationHistory } from './education-history.entity.ts';
import { Employee } from './employee.entity.ts';
import { CreateEmployeeInput, EmployeeFilter, EmployeeSort, UpdateEmployeeInput } from './employee.inputs.ts';
import * as load from './employee.loaders.ts';
import { ageBand } from './employee.access.ts';
import { wholeYears } from '@asn-merit/common';
import { displayName } from './employee.rules.ts';
import { positionHolders, unitEmployees } from './employee.nested.ts';
import { EmployeeService } from './employee.service.ts';
import { PositionHistory } from './position-history.entity.ts';
import { RankHistory } from './rank-history.entity.ts';
import { DisciplinarySanction, Qualification } from './qualification.entity.ts';

@ObjectType()
export class EmployeePage extends PageType(Employee) {}

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
  government(@Parent() e: Employee, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Government).load(refId(e.government)!);
  }

  @FieldResolver(() => String, { description: 'Name with academic titles, as on a decree' })
  displayName(@Parent() e: Employee): string {
    return displayName(e);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Age in whole years on the request date. Personal data: null for masked roles (see ageBand)' })
  age(@Parent() e: Employee, @Ctx() ctx: Context): number {
    return wholeYears(e.birthDate, ctx.today);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Age band of five years on the request date, e.g. "40-44"' })
  ageBand(@Parent() e: Employee, @Ctx() ctx: Context): string {
    return ageBand(wholeYears(e.birthDate, ctx.today));
  }

  // ---- personal data (UU PDP 27/2022): these return the stored values; what a viewer sees of
  // them (full, masked, withheld) is decided for every path by EMPLOYEE_FIELDS (employee.access.ts).

  @FieldResolver(() => DateOnly, { nullable: true, description: 'Personal data: administrators and the employee themself' })
  birthDate(@Parent() e: Employee) {
    return e.birthDate;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data: administrators and the employee themself' })
  birthPlace(@Parent() e: Employee) {
    return e.birthPlace ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data: masked for analysts' })
  nik(@Parent() e: Employee) {
    return e.nik ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data: masked for analysts' })
  phone(@Parent() e: Employee) {
    return e.phone ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data: masked for analysts' })
  email(@Parent() e: Employee) {
    return e.email ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data: administrators and the employee themself' })
  address(@Parent() e: Employee) {
    return e.address ?? null;
  }

  // ---- derived current state ----------------------------------------------------------------

  @FieldResolver(() => RankHistory, { nullable: true, description: 'The rank in effect today (from the rank history)' })
  currentRank(@Parent() e: Employee, @Ctx() ctx: Context) {
    return load.currentRank(ctx, e.id);
  }

  @FieldResolver(() => PositionHistory, { nullable: true, description: 'The placement in effect today (from the position history)' })
  currentPlacement(@Parent() e: Employee, @Ctx() ctx: Context) {
    return load.currentPlacement(ctx, e.id);
  }

  @FieldResolver(() => Position, { nullable: true })
  async currentPosition(@Parent() e: Employee, @Ctx() ctx: Context) {
    const placement = await load.currentPlacement(ctx, e.id);
    return placement ? ctx.loaders.byId(Position).load(refId(placement.position)!) : null;
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  async currentUnit(@Parent() e: Employee, @Ctx() ctx: Context) {
    const placement = await load.currentPlacement(ctx, e.id);
    return placement ? ctx.loaders.byId(OrgUnit).load(refId(placement.unit)!) : null;
  }

  @FieldResolver(() => EducationHistory, { nullable: true, description: 'The highest diploma held' })
  highestEducation(@Parent() e: Employee, @Ctx() ctx: Context) {
    return load.highestEducation(ctx, e.id);
  }

  @FieldResolver(() => [RankHistory], { nullable: true, description: 'Newest first' })
  rankHistory(@Parent() e: Employee, @Ctx() ctx: Context) {
    return load.rankHistories(ctx).load(e.id);
  }

  @FieldResolver(() => [PositionHistory], { nullable: true, description: 'Newest first' })
  positionHistory(@Parent() e: Employee, @Ctx() ctx: Context) {
    return load.positionHistories(ctx).load(e.id);
  }

  @FieldResolver(() => [EducationHistory], { nullable: true, description: 'Newest first' })
  educationHistory(@Parent() e: Employee, @Ctx() ctx: Context) {
    return load.educationHistories(ctx).load(e.id);
  }

  @FieldResolver(() => [Qualification], { nullable: true, description: 'Ujian dinas, UKPPI and leadership training passed, newest first' })
  qualifications(@Parent() e: Employee, @Ctx() ctx: Context) {
    return load.qualifications(ctx).load(e.id);
  }

  @FieldResolver(() => [DisciplinarySanction], { nullable: true, description: 'Disciplinary sanctions, newest first. Personal data: administrators and the employee themself (null for others)' })
  sanctions(@Parent() e: Employee, @Ctx() ctx: Context) {
    return load.sanctions(ctx).load(e.id);
  }
}

@Resolver(() => OrgUnit)
export class OrgUnitEmployeesResolver {
  @FieldResolver(() => EmployeePage, { description: 'Employees currently placed in this unit (and its sub-units unless includeSubUnits is false)' })
  employees(@Parent() unit: OrgUnit, @Ctx() ctx: Context, @Args() page: PageArgs, @Arg('includeSubUnits', { defaultValue: true }) includeSubUnits: boolean) {
    return unitEmployees(ctx, includeSubUnits, page.limit, page.offset).load(unit.id);
  }

  @FieldResolver(() => Int, { description: 'Employees currently placed in this unit and its sub-units' })
  employeeCount(@Parent() unit: OrgUnit, @Ctx() ctx: Context) {
    return load.unitEmployeeCount(ctx).load(unit.id);
  }
}

@Resolver(() => Position)
export class PositionHoldersResolver {
  @FieldResolver(() => EmployeePage, { description: 'Current holders of this position' })
  holders(@Parent() position: Position, @Ctx() ctx: Context, @Args() page: PageArgs) {
    return positionHolders(ctx, page.limit, page.offset).load(position.id);
  }
}

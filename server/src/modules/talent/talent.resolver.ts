import { Arg, Args, Authorized, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { READER_ROLES } from '../../shared/auth.ts';
import { PageArgs } from '../../shared/list.ts';
import { Employee, EmployeePage } from '../employee/index.ts';
import { Expectation, Predikat } from '../performance/index.ts';
import { TalentBox, TalentPerformanceLevel } from './talent.entity.ts';
import { PotentialLevel } from './talent.enums.ts';
import { SUCCESSION_BOXES } from './talent.rules.ts';
import { TalentService, type Scope } from './talent.service.ts';

@ObjectType({ description: 'A box of the 9-box grid (ASN-RULES §7)' })
export class TalentBoxInfo {
  @Field(() => Int)
  box!: number;

  @Field(() => Expectation)
  performance!: Expectation;

  @Field(() => PotentialLevel)
  potential!: PotentialLevel;

  @Field()
  label!: string;

  @Field({ description: 'Recommended actions' })
  actions!: string;
}

@ObjectType({ description: "An employee's place in the 9-box, with why" })
export class TalentPlacement {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => TalentBoxInfo, { nullable: true })
  box!: TalentBoxInfo | null;

  @Field(() => Expectation, { nullable: true, description: 'Performance axis' })
  performance!: Expectation | null;

  @Field(() => PotentialLevel, { nullable: true, description: 'Potential axis' })
  potential!: PotentialLevel | null;

  @Field(() => Predikat, { nullable: true, description: 'The latest annual predikat used' })
  predikat!: Predikat | null;

  @Field(() => Int, { nullable: true })
  predikatYear!: number | null;

  @Field(() => Float, { nullable: true })
  potentialScore!: number | null;

  @Field()
  inSuccessionPool!: boolean;

  @Field(() => [String])
  reasons!: string[];

  @Field()
  legalBasis!: string;
}

@ObjectType()
export class TalentGridCell {
  @Field(() => TalentBoxInfo)
  box!: TalentBoxInfo;

  @Field(() => Int)
  count!: number;

  @Field(() => [Employee], { description: 'The first employees of the box, by name' })
  employees!: Employee[];
}

@ObjectType({ description: 'The 9-box of a unit or government: counts per box and the employees in each' })
export class TalentGrid {
  @Field(() => Int)
  year!: number;

  @Field(() => [TalentGridCell])
  cells!: TalentGridCell[];

  @Field(() => Int, { description: 'Employees without an annual predikat or a potential score' })
  unplaced!: number;
}

const scopeOf = (unitId?: string, governmentId?: string): Scope => ({ unitId: unitId ?? null, governmentId: governmentId ?? null });

async function employeePage(ctx: Context, page: { items: string[]; total: number; limit: number; offset: number }) {
  const rows = await ctx.loaders.byId(Employee).loadMany(page.items);
  return { ...page, items: rows.filter((r): r is Employee => !!r && !(r instanceof Error)) };
}

@Resolver()
export class TalentResolver {
  @Authorized()
  @Query(() => TalentPlacement, { description: "An employee's box from their latest annual predikat and potential score" })
  async talentPlacement(@Ctx() ctx: Context, @Arg('employeeId', () => ID) employeeId: string, @Arg('year', () => Int, { nullable: true }) year?: number) {
    const p = await new TalentService(ctx).placement(employeeId, year);
    return { ...p, employee: await ctx.loaders.byId(Employee).load(p.employeeId), inSuccessionPool: !!p.box && SUCCESSION_BOXES.includes(p.box.box) };
  }

  @Authorized(...READER_ROLES)
  @Query(() => TalentGrid, { description: 'The 9-box of a unit (and below) or of a government' })
  async talentGrid(
    @Ctx() ctx: Context,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
    @Arg('governmentId', () => ID, { nullable: true }) governmentId?: string,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('employeesPerBox', () => Int, { defaultValue: 10 }) employeesPerBox: number = 10,
  ) {
    const g = await new TalentService(ctx).grid(scopeOf(unitId, governmentId), year, Math.max(0, Math.min(employeesPerBox, 100)));
    return {
      ...g,
      cells: await Promise.all(g.cells.map(async (c) => ({ ...c, employees: (await ctx.loaders.byId(Employee).loadMany(c.employeeIds)).filter((e): e is Employee => !!e && !(e instanceof Error)) }))),
    };
  }

  @Authorized(...READER_ROLES)
  @Query(() => EmployeePage, { description: 'The employees of some boxes of a unit or government (default: the succession pool, boxes 7-9)' })
  async talentBoxMembers(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('boxes', () => [Int], { defaultValue: SUCCESSION_BOXES }) boxes: number[],
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
    @Arg('governmentId', () => ID, { nullable: true }) governmentId?: string,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ) {
    return employeePage(ctx, await new TalentService(ctx).members(scopeOf(unitId, governmentId), year, boxes, page.limit, page.offset));
  }

  @Authorized(...READER_ROLES)
  @Query(() => EmployeePage, { description: 'The succession (talent) pool: boxes 7-9, best first' })
  async successionPool(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
    @Arg('governmentId', () => ID, { nullable: true }) governmentId?: string,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ) {
    return employeePage(ctx, await new TalentService(ctx).members(scopeOf(unitId, governmentId), year, SUCCESSION_BOXES, page.limit, page.offset));
  }
}

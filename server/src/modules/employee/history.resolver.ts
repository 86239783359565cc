import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Parent } from '../../shared/root.ts';
import type { Context } from '../../context.ts';
import { ADMIN_ROLES } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { OrgUnit } from '../organization/index.ts';
import { Position } from '../position/index.ts';
import { EducationLevel, Rank } from '../reference/index.ts';
import { EducationHistory } from './education-history.entity.ts';
import { Employee } from './employee.entity.ts';
import {
  AddEducationHistoryInput,
  AddPositionHistoryInput,
  AddRankHistoryInput,
  UpdateEducationHistoryInput,
  UpdatePositionHistoryInput,
  UpdateRankHistoryInput,
} from './employee.inputs.ts';
import { HistoryService } from './history.service.ts';
import { PositionHistory } from './position-history.entity.ts';
import { RankHistory } from './rank-history.entity.ts';

const employeeOf = (row: { employee: unknown }, ctx: Context) => ctx.loaders.byId(Employee).load(refId(row.employee as string)!);

@Resolver(() => RankHistory)
export class RankHistoryResolver {
  @Authorized(...ADMIN_ROLES)
  @Mutation(() => RankHistory, { description: 'Record a rank (kenaikan pangkat) with its TMT and decree' })
  addRankHistory(@Ctx() ctx: Context, @Arg('input', () => AddRankHistoryInput) input: AddRankHistoryInput) {
    return new HistoryService(ctx).addRank(input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => RankHistory)
  updateRankHistory(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateRankHistoryInput) input: UpdateRankHistoryInput) {
    return new HistoryService(ctx).updateRank(id, input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => Boolean)
  deleteRankHistory(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new HistoryService(ctx).remove(RankHistory, 'RankHistory', id, version);
  }

  @FieldResolver(() => Rank)
  rank(@Parent() row: RankHistory, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Rank).load(refId(row.rank)!);
  }

  @FieldResolver(() => Employee)
  employee(@Parent() row: RankHistory, @Ctx() ctx: Context) {
    return employeeOf(row, ctx);
  }
}

@Resolver(() => PositionHistory)
export class PositionHistoryResolver {
  @Authorized(...ADMIN_ROLES)
  @Mutation(() => PositionHistory, { description: 'Record a placement; periods of one employee may not overlap' })
  addPositionHistory(@Ctx() ctx: Context, @Arg('input', () => AddPositionHistoryInput) input: AddPositionHistoryInput) {
    return new HistoryService(ctx).addPosition(input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => PositionHistory)
  updatePositionHistory(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdatePositionHistoryInput) input: UpdatePositionHistoryInput) {
    return new HistoryService(ctx).updatePosition(id, input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => Boolean)
  deletePositionHistory(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new HistoryService(ctx).remove(PositionHistory, 'PositionHistory', id, version);
  }

  @FieldResolver(() => Position)
  position(@Parent() row: PositionHistory, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Position).load(refId(row.position)!);
  }

  @FieldResolver(() => OrgUnit)
  unit(@Parent() row: PositionHistory, @Ctx() ctx: Context) {
    return ctx.loaders.byId(OrgUnit).load(refId(row.unit)!);
  }

  @FieldResolver(() => Employee)
  employee(@Parent() row: PositionHistory, @Ctx() ctx: Context) {
    return employeeOf(row, ctx);
  }

  @FieldResolver(() => Boolean, { description: 'In effect on the request date' })
  current(@Parent() row: PositionHistory, @Ctx() ctx: Context): boolean {
    return row.startDate <= ctx.today && (!row.endDate || row.endDate >= ctx.today);
  }
}

@Resolver(() => EducationHistory)
export class EducationHistoryResolver {
  @Authorized(...ADMIN_ROLES)
  @Mutation(() => EducationHistory)
  addEducationHistory(@Ctx() ctx: Context, @Arg('input', () => AddEducationHistoryInput) input: AddEducationHistoryInput) {
    return new HistoryService(ctx).addEducation(input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => EducationHistory)
  updateEducationHistory(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateEducationHistoryInput) input: UpdateEducationHistoryInput) {
    return new HistoryService(ctx).updateEducation(id, input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => Boolean)
  deleteEducationHistory(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new HistoryService(ctx).remove(EducationHistory, 'EducationHistory', id, version);
  }

  @FieldResolver(() => EducationLevel)
  level(@Parent() row: EducationHistory, @Ctx() ctx: Context) {
    return ctx.loaders.byId(EducationLevel).load(refId(row.level)!);
  }

  @FieldResolver(() => Employee)
  employee(@Parent() row: EducationHistory, @Ctx() ctx: Context) {
    return employeeOf(row, ctx);
  }
}

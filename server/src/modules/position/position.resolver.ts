import DataLoader from 'dataloader';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Parent } from '../../shared/root.ts';
import type { Context } from '../../context.ts';
import { ADMIN_ROLES, READER_ROLES } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { PageArgs, PageType } from '../../shared/list.ts';
import { placementActive, query, sql } from '../../shared/sql.ts';
import { Government, OrgUnit } from '../organization/index.ts';
import { EducationLevel, Rank } from '../reference/index.ts';
import { Position } from './position.entity.ts';
import { isManagerial } from './position.enums.ts';
import { CreatePositionInput, PositionFilter, PositionSort, UpdatePositionInput } from './position.inputs.ts';
import { PositionService, unitPositions } from './position.service.ts';

@ObjectType()
export class PositionPage extends PageType(Position) {}

/** Holders (bezetting) per position on the request date: one statement per batch. */
export const holderCountLoader = (ctx: Context) =>
  ctx.loaders.get('position.holderCount', (em) =>
    new DataLoader<string, number>(async (ids) => {
      const rows = await query<{ position_id: string; n: string }>(
        em,
        sql`select ph.position_id, count(*) as n from position_history ph
          where ph.position_id in (${sql.list(ids)}) and ${placementActive('ph', ctx.today)} group by ph.position_id`,
      );
      const map = new Map(rows.map((r) => [r.position_id, Number(r.n)]));
      return ids.map((id) => map.get(id) ?? 0);
    }),
  );

@Resolver(() => Position)
export class PositionResolver {
  @Authorized(...READER_ROLES)
  @Query(() => PositionPage, { description: 'Positions the caller may see' })
  positions(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => PositionFilter, { nullable: true }) filter?: PositionFilter,
    @Arg('sort', () => [PositionSort], { nullable: true }) sort?: PositionSort[],
  ) {
    return new PositionService(ctx).list(filter, sort, page.limit, page.offset);
  }

  @Authorized(...READER_ROLES)
  @Query(() => Position)
  position(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new PositionService(ctx).get(id);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => Position)
  createPosition(@Ctx() ctx: Context, @Arg('input', () => CreatePositionInput) input: CreatePositionInput) {
    return new PositionService(ctx).create(input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => Position)
  updatePosition(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdatePositionInput) input: UpdatePositionInput) {
    return new PositionService(ctx).update(id, input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => Boolean)
  deletePosition(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new PositionService(ctx).delete(id, version);
  }

  @FieldResolver(() => Boolean, { description: 'Managerial (JPT, administrator, pengawas) or not, derived from the kind (UU 20/2023)' })
  managerial(@Parent() p: Position): boolean {
    return isManagerial(p.kind);
  }

  @FieldResolver(() => Government)
  government(@Parent() p: Position, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Government).load(refId(p.government)!);
  }

  @FieldResolver(() => OrgUnit)
  unit(@Parent() p: Position, @Ctx() ctx: Context) {
    return ctx.loaders.byId(OrgUnit).load(refId(p.unit)!);
  }

  @FieldResolver(() => Position, { nullable: true, description: 'Superior position (atasan langsung)' })
  parent(@Parent() p: Position, @Ctx() ctx: Context) {
    const id = refId(p.parent);
    return id ? ctx.loaders.byId(Position).load(id) : null;
  }

  @FieldResolver(() => EducationLevel, { nullable: true })
  minEducation(@Parent() p: Position, @Ctx() ctx: Context) {
    const id = refId(p.minEducation);
    return id ? ctx.loaders.byId(EducationLevel).load(id) : null;
  }

  @FieldResolver(() => Rank, { nullable: true })
  minRank(@Parent() p: Position, @Ctx() ctx: Context) {
    const id = refId(p.minRank);
    return id ? ctx.loaders.byId(Rank).load(id) : null;
  }

  @FieldResolver(() => Int, { description: 'Current holders (bezetting)' })
  holderCount(@Parent() p: Position, @Ctx() ctx: Context) {
    return holderCountLoader(ctx).load(p.id);
  }

  @FieldResolver(() => Int, { description: 'Formasi minus holders; negative when over-staffed' })
  async vacancies(@Parent() p: Position, @Ctx() ctx: Context) {
    return p.plannedHeadcount - (await holderCountLoader(ctx).load(p.id));
  }
}

@Resolver(() => OrgUnit)
export class OrgUnitPositionsResolver {
  @FieldResolver(() => PositionPage, { description: 'Positions of this unit (and its sub-units unless includeSubUnits is false)' })
  positions(@Parent() unit: OrgUnit, @Ctx() ctx: Context, @Args() page: PageArgs, @Arg('includeSubUnits', { defaultValue: false }) includeSubUnits: boolean) {
    return unitPositions(ctx, includeSubUnits, page.limit, page.offset).load(unit.id);
  }
}

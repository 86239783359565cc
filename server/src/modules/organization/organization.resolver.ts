import DataLoader from 'dataloader';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Parent } from '../../shared/root.ts';
import type { Context } from '../../context.ts';
import { ADMIN_ROLES, READER_ROLES, Role } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { PageArgs, PageType } from '../../shared/list.ts';
import { groupBy } from '../../shared/loaders.ts';
import { Government } from './government.entity.ts';
import { OrgUnit } from './org-unit.entity.ts';
import {
  CreateGovernmentInput,
  CreateOrgUnitInput,
  GovernmentFilter,
  GovernmentSort,
  OrgUnitFilter,
  OrgUnitSort,
  UpdateGovernmentInput,
  UpdateOrgUnitInput,
} from './organization.inputs.ts';
import { OrganizationService, governmentUnits } from './organization.service.ts';

@ObjectType()
export class GovernmentPage extends PageType(Government) {}

@ObjectType()
export class OrgUnitPage extends PageType(OrgUnit) {}

@Resolver(() => Government)
export class GovernmentResolver {
  @Authorized(...READER_ROLES)
  @Query(() => GovernmentPage, { description: 'Governments the caller may see' })
  governments(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => GovernmentFilter, { nullable: true }) filter?: GovernmentFilter,
    @Arg('sort', () => [GovernmentSort], { nullable: true }) sort?: GovernmentSort[],
  ) {
    return new OrganizationService(ctx).listGovernments(filter, sort, page.limit, page.offset);
  }

  @Authorized()
  @Query(() => Government)
  government(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new OrganizationService(ctx).getGovernment(id);
  }

  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => Government)
  createGovernment(@Ctx() ctx: Context, @Arg('input', () => CreateGovernmentInput) input: CreateGovernmentInput) {
    return new OrganizationService(ctx).createGovernment(input);
  }

  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => Government)
  updateGovernment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateGovernmentInput) input: UpdateGovernmentInput) {
    return new OrganizationService(ctx).updateGovernment(id, input);
  }

  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => Boolean)
  deleteGovernment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new OrganizationService(ctx).deleteGovernment(id, version);
  }

  @FieldResolver(() => OrgUnitPage, { description: 'Top-level units of this government' })
  units(@Parent() gov: Government, @Ctx() ctx: Context, @Args() page: PageArgs) {
    return governmentUnits(ctx, page.limit, page.offset).load(gov.id);
  }
}

const childrenLoader = (em: Context['em']) =>
  new DataLoader<string, OrgUnit[]>(async (parentIds) => {
    const rows = (await em.createQueryBuilder(OrgUnit).select('*').where({ parent: { $in: [...parentIds] } }).orderBy({ name: 'asc' }).execute('all', true)) as OrgUnit[];
    return groupBy(parentIds, rows, (r) => refId(r.parent)!);
  });

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  @Authorized(...READER_ROLES)
  @Query(() => OrgUnitPage, { description: 'Units the caller may see (a unit admin: their unit and its sub-units)' })
  orgUnits(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => OrgUnitFilter, { nullable: true }) filter?: OrgUnitFilter,
    @Arg('sort', () => [OrgUnitSort], { nullable: true }) sort?: OrgUnitSort[],
  ) {
    return new OrganizationService(ctx).listUnits(filter, sort, page.limit, page.offset);
  }

  @Authorized(...READER_ROLES)
  @Query(() => OrgUnit)
  orgUnit(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new OrganizationService(ctx).getUnit(id);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => OrgUnit)
  createOrgUnit(@Ctx() ctx: Context, @Arg('input', () => CreateOrgUnitInput) input: CreateOrgUnitInput) {
    return new OrganizationService(ctx).createUnit(input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => OrgUnit)
  updateOrgUnit(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateOrgUnitInput) input: UpdateOrgUnitInput) {
    return new OrganizationService(ctx).updateUnit(id, input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => Boolean)
  deleteOrgUnit(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new OrganizationService(ctx).deleteUnit(id, version);
  }

  @FieldResolver(() => Government)
  government(@Parent() unit: OrgUnit, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Government).load(refId(unit.government)!);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  parent(@Parent() unit: OrgUnit, @Ctx() ctx: Context) {
    const id = refId(unit.parent);
    return id ? ctx.loaders.byId(OrgUnit).load(id) : null;
  }

  @FieldResolver(() => [OrgUnit], { description: 'Direct sub-units' })
  children(@Parent() unit: OrgUnit, @Ctx() ctx: Context) {
    return ctx.loaders.get(childrenLoader, childrenLoader).load(unit.id);
  }

  @FieldResolver(() => [OrgUnit], { description: 'Units above this one, from the top-level unit down' })
  async ancestors(@Parent() unit: OrgUnit, @Ctx() ctx: Context) {
    const ids = unit.path.split('/').filter((s) => s && s !== unit.id);
    const rows = await ctx.loaders.byId(OrgUnit).loadMany(ids);
    return rows.filter((r): r is OrgUnit => !!r && !(r instanceof Error));
  }
}

import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { READER_ROLES } from '../../shared/auth.ts';
import { DashboardService } from './dashboard.service.ts';
import { Headcount, HeadcountGroup } from './dashboard.types.ts';

@Resolver()
export class DashboardResolver {
  @Authorized(...READER_ROLES)
  @Query(() => Headcount, {
    description:
      'Employees in service in a government or a unit and its sub-units, grouped by unit, rank, ASN type, sex or education. Default scope: the caller\'s (a unit admin: their unit; a government-bound user: their government); a super admin names one.',
  })
  headcount(
    @Ctx() ctx: Context,
    @Arg('groupBy', () => HeadcountGroup, { description: 'How to group the employees' }) groupBy: HeadcountGroup,
    @Arg('governmentId', () => ID, { nullable: true, description: 'Count the whole government (not for a unit admin)' }) governmentId?: string,
    @Arg('unitId', () => ID, { nullable: true, description: 'Count this unit and its sub-units; UNIT grouping then breaks it down into its direct sub-units' }) unitId?: string,
  ) {
    return new DashboardService(ctx).headcount({ unitId: unitId ?? null, governmentId: governmentId ?? null }, groupBy);
  }
}

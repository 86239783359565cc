import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { READER_ROLES } from '../../shared/auth.ts';
import { DEFAULT_LIST_SIZE } from '../../shared/cost.ts';
import { CommonErrors } from '../../shared/errors.ts';
import { MAX_PAGE_SIZE } from '../../shared/list.ts';
import { NeedsService } from './needs.service.ts';
import { PlanScenarioInput } from './plan.inputs.ts';
import { WorkforceNeeds } from './needs.types.ts';
import { WorkforcePlan } from './plan.types.ts';

const bounded = (field: string, value: number, min: number, max: number): number => {
  if (!Number.isInteger(value) || value < min || value > max) throw CommonErrors.input(field, 'OUT_OF_RANGE', `${field}: from ${min} to ${max}`, { min, max });
  return value;
};

/**
 * A report's own cost plus what it returns: its lists are costed at DEFAULT_LIST_SIZE entries, and
 * the page of positions holds `limit` of them (a page of 100 costs ten times a page of 10).
 */
const pageCost =
  (own: number) =>
  ({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }): number =>
    own + 1 + childComplexity * Math.max(1, Number(args.limit ?? 25) / DEFAULT_LIST_SIZE);

@Resolver()
export class WorkforceNeedsResolver {
  @Authorized(...READER_ROLES)
  @Query(() => WorkforceNeeds, {
    description: 'Staffing needs of a unit (with sub-units) or government for a year, from the approved ABK: per unit, kind and sector, largest shortages and surpluses, population ratios (one SQL statement)',
    complexity: pageCost(2_000),
  })
  workforceNeeds(
    @Ctx() ctx: Context,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
    @Arg('governmentId', () => ID, { nullable: true }) governmentId?: string,
    @Arg('year', () => Int, { nullable: true, description: 'Default: this year' }) year?: number,
    @Arg('limit', () => Int, { defaultValue: 25, description: 'Positions per page' }) limit: number = 25,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number = 0,
    @Arg('top', () => Int, { defaultValue: 10, description: 'Largest shortages and surpluses listed' }) top: number = 10,
    @Arg('ratioLimit', () => Int, { defaultValue: 20 }) ratioLimit: number = 20,
  ) {
    return new NeedsService(ctx).needs({ unitId, governmentId }, year, {
      limit: bounded('limit', limit, 1, MAX_PAGE_SIZE),
      offset: bounded('offset', offset, 0, 1_000_000),
      top: bounded('top', top, 1, 50),
      ratioLimit: bounded('ratioLimit', ratioLimit, 1, 200),
    });
  }

  @Authorized(...READER_ROLES)
  @Query(() => WorkforcePlan, {
    description: 'Rencana kebutuhan for five (up to ten) years from fromYear: need (approved ABK, scenario), staff, retirements, PPPK contracts ending, recruits per position, sector and unit (one SQL statement)',
    complexity: pageCost(3_000),
  })
  workforcePlan(
    @Ctx() ctx: Context,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
    @Arg('governmentId', () => ID, { nullable: true }) governmentId?: string,
    @Arg('fromYear', () => Int, { nullable: true, description: 'Default: this year' }) fromYear?: number,
    @Arg('scenario', () => PlanScenarioInput, { nullable: true, description: 'Changes the projection, never the ABK' }) scenario?: PlanScenarioInput,
    @Arg('years', () => Int, { defaultValue: 5, description: 'Years planned, 1 to 10 (rencana kebutuhan: five)' }) years: number = 5,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit: number = 25,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number = 0,
  ) {
    return new NeedsService(ctx).plan({ unitId, governmentId }, fromYear, scenario, { limit: bounded('limit', limit, 1, MAX_PAGE_SIZE), offset: bounded('offset', offset, 0, 1_000_000) }, years);
  }
}

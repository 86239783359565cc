// Reports over a unit or an employee: the predikat distribution against the organisation rating, credit points.
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { ADMIN_ROLES, READER_ROLES } from '../../shared/auth.ts';
import { OrgUnit } from '../organization/index.ts';
import { OrganizationRating } from './organization-rating.entity.ts';
import { Predikat, PREDIKAT_LABEL } from './performance.enums.ts';
import { SetOrganizationRatingInput } from './performance.inputs.ts';
import { PerformanceReportService } from './report.service.ts';
import { DistributionReport, CreditYear } from './performance.types.ts';

const PREDIKAT_ORDER = [Predikat.SANGAT_BAIK, Predikat.BAIK, Predikat.BUTUH_PERBAIKAN, Predikat.KURANG, Predikat.SANGAT_KURANG];

@Resolver()
export class PerformanceReportResolver {
  @Authorized(...ADMIN_ROLES)
  @Mutation(() => OrganizationRating, { description: 'Set the organisation rating of a unit for a year' })
  setOrganizationRating(@Ctx() ctx: Context, @Arg('input', () => SetOrganizationRatingInput) input: SetOrganizationRatingInput) {
    return new PerformanceReportService(ctx).setOrganizationRating(input);
  }

  @Authorized(...READER_ROLES)
  @Query(() => DistributionReport, { description: 'Annual predikat of a unit against the bound of its organisation rating (reports; blocks nothing)' })
  async performanceDistribution(@Ctx() ctx: Context, @Arg('unitId', () => ID) unitId: string, @Arg('year', () => Int) year: number): Promise<DistributionReport> {
    const r = await new PerformanceReportService(ctx).distribution(unitId, year);
    return {
      ...r,
      unit: (await ctx.loaders.byId(OrgUnit).load(r.unitId))!,
      counts: PREDIKAT_ORDER.map((p) => ({ predikat: p, label: PREDIKAT_LABEL[p], count: r.counts[p], percent: r.total ? Math.round((r.counts[p] / r.total) * 10000) / 100 : 0 })),
    };
  }

  @Authorized()
  @Query(() => [CreditYear], { description: 'Credit points per year for the functional positions an employee held (ASN-RULES §3)' })
  creditPoints(
    @Ctx() ctx: Context,
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('fromYear', () => Int, { nullable: true }) fromYear?: number,
    @Arg('toYear', () => Int, { nullable: true }) toYear?: number,
  ) {
    return new PerformanceReportService(ctx).creditPoints(employeeId, fromYear, toYear);
  }

}

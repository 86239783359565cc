// Public transparency of performance ratings: per unit and year, how many employees received each
// annual predikat. Aggregate only, and only for units with enough rated employees that nobody can
// be singled out (setting `transparency.minUnitSize`, default 10).
import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { CommonErrors, NotFoundError } from '../../shared/errors.ts';
import { query, sql } from '../../shared/sql.ts';
import { SettingsService } from '../settings/index.ts';
import { PREDIKAT_LABEL, Predikat } from './performance.enums.ts';
import { PredikatCount } from './performance.types.ts';
import { DISTRIBUTION_LEGAL_BASIS } from './performance.rules.ts';
import { likeEscape } from '../../shared/list.ts';
import { isId } from '../../shared/inputs.ts';

const ORDER = [Predikat.SANGAT_BAIK, Predikat.BAIK, Predikat.BUTUH_PERBAIKAN, Predikat.KURANG, Predikat.SANGAT_KURANG];

@ObjectType({ description: 'Annual predikat counts of one unit (no names)' })
export class PublicUnitDistribution {
  @Field(() => ID, { nullable: true, description: 'Null for the whole government' })
  unitId!: string | null;

  @Field()
  unitName!: string;

  @Field(() => Int, { nullable: true, description: 'Employees rated; null when withheld' })
  total!: number | null;

  @Field({ description: 'Fewer rated employees than the minimum: counts are not shown' })
  withheld!: boolean;

  @Field(() => [PredikatCount], { description: 'Empty when withheld' })
  counts!: PredikatCount[];
}

@ObjectType({ description: 'Public: the annual predikat distribution of a government and its units' })
export class PublicPredikatDistribution {
  @Field(() => Int)
  year!: number;

  @Field()
  governmentName!: string;

  @Field(() => Int, { description: 'Units with fewer rated employees than this are withheld' })
  minimumUnitSize!: number;

  @Field(() => PublicUnitDistribution)
  government!: PublicUnitDistribution;

  @Field(() => [PublicUnitDistribution], { description: 'Top-level units (or the sub-units of the unit asked for), largest first' })
  units!: PublicUnitDistribution[];

  @Field()
  legalBasis!: string;
}

const pct = (n: number, total: number) => (total ? Math.round((n / total) * 10000) / 100 : 0);

function row(unitId: string | null, unitName: string, counts: Map<string, number>, minimum: number): PublicUnitDistribution {
  const total = [...counts.values()].reduce((s, n) => s + n, 0);
  if (total < minimum) return { unitId, unitName, total: null, withheld: true, counts: [] };
  return { unitId, unitName, total, withheld: false, counts: ORDER.map((p) => ({ predikat: p, label: PREDIKAT_LABEL[p], count: counts.get(p) ?? 0, percent: pct(counts.get(p) ?? 0, total) })) };
}

@Resolver()
export class PerformanceTransparencyResolver {
  @Query(() => PublicPredikatDistribution, { description: 'Public (no login): annual predikat counts per unit of a government, aggregate only, withheld for small units. One statement.' })
  async predikatDistribution(
    @Ctx() ctx: Context,
    @Arg('governmentId', () => ID) governmentId: string,
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID, { nullable: true, description: 'Break down this unit into its direct sub-units instead of the top-level units' }) unitId?: string,
  ): Promise<PublicPredikatDistribution> {
    const thisYear = Number(ctx.today.slice(0, 4));
    if (!Number.isInteger(year) || year < 2000 || year > thisYear) throw CommonErrors.input('year', 'OUT_OF_RANGE', `year: from 2000 to ${thisYear}`);
    if (!isId(governmentId)) throw new NotFoundError('Government', governmentId, 'governmentId');
    if (unitId && !isId(unitId)) throw new NotFoundError('Unit', unitId, 'unitId');
    const [gov] = await query<{ id: string; name: string }>(ctx.em, sql`select id, name from government where id = ${governmentId}::uuid`);
    if (!gov) throw new NotFoundError('Government', governmentId, 'governmentId');
    let root: { id: string; name: string; path: string; depth: number } | undefined;
    if (unitId) {
      [root] = await query<{ id: string; name: string; path: string; depth: number }>(ctx.em, sql`select id, name, path, depth from org_unit where id = ${unitId}::uuid and government_id = ${gov.id} and active`);
      if (!root) throw new NotFoundError('Unit', unitId, 'unitId');
    }
    const minimum = await new SettingsService(ctx).number('transparency.minUnitSize', gov.id);
    // '/a/b/c/': part k+2 is the unit at depth k. Plans record the unit the employee worked in that year.
    const depth = root ? root.depth + 1 : 0;
    const rows = await query<{ group_id: string | null; predikat: Predikat; n: string }>(
      ctx.em,
      sql`select nullif(split_part(u.path, '/', ${sql.raw(String(depth + 2))}), '') as group_id, v.predikat, count(*) as n
         from performance_evaluation v
         join performance_plan p on p.id = v.plan_id
         join org_unit u on u.id = p.unit_id
        where v.period = 'ANNUAL' and v.year = ${year} and v.government_id = ${gov.id} ${root ? sql`and u.path like ${`${likeEscape(root.path)}%`}` : sql``}
        group by 1, 2`,
    );
    // Evaluations made in the scope unit itself (no sub-unit on their path) count for that unit.
    const whole = new Map<string, number>();
    const byUnit = new Map<string, Map<string, number>>();
    for (const r of rows) {
      const n = Number(r.n);
      whole.set(r.predikat, (whole.get(r.predikat) ?? 0) + n);
      const key = r.group_id ?? root!.id;
      const m = byUnit.get(key) ?? new Map<string, number>();
      m.set(r.predikat, (m.get(r.predikat) ?? 0) + n);
      byUnit.set(key, m);
    }
    const names = new Map(
      byUnit.size
        ? (await query<{ id: string; name: string }>(ctx.em, sql`select id, name from org_unit where id in (${sql.list([...byUnit.keys()])})`)).map((u) => [u.id, u.name])
        : [],
    );
    const units = [...byUnit.entries()]
      .map(([id, counts]) => ({ size: [...counts.values()].reduce((a, b) => a + b, 0), r: row(id, names.get(id) ?? '', counts, minimum) }))
      .sort((a, b) => b.size - a.size || a.r.unitName.localeCompare(b.r.unitName))
      .map((x) => x.r);
    return {
      year,
      governmentName: gov.name,
      minimumUnitSize: minimum,
      government: row(root?.id ?? null, root?.name ?? gov.name, whole, minimum),
      units,
      legalBasis: `${DISTRIBUTION_LEGAL_BASIS}; UU 27/2022 tentang Pelindungan Data Pribadi (hanya angka agregat)`,
    };
  }
}

import type { Context } from '../../context.ts';
import { refId } from '../../shared/base.entity.ts';
import { CommonErrors } from '../../shared/errors.ts';
import type { Page } from '../../shared/list.ts';
import { viewerOf } from '../../shared/resolve.ts';
import { governmentScope } from '../../shared/scope.ts';
import { placementActive, query, sql, type Sql } from '../../shared/sql.ts';
import { EmployeeService, employeeScope } from '../employee/index.ts';
import { OrganizationService } from '../organization/index.ts';
import { Expectation, Predikat } from '../performance/index.ts';
import { SettingsService } from '../settings/index.ts';
import { PotentialLevel } from './talent.enums.ts';
import { placeInBox, SUCCESSION_BOXES, type PotentialCutoffs, type TalentBoxDef, type TalentPlacementResult } from './talent.rules.ts';

export interface Placement extends TalentPlacementResult {
  employeeId: string;
  predikat: Predikat | null;
  predikatYear: number | null;
  potentialScore: number | null;
}

export interface GridCell {
  box: TalentBoxDef;
  count: number;
  employeeIds: string[];
}

export interface Scope {
  unitId?: string | null;
  governmentId?: string | null;
}

export class TalentService {
  constructor(private readonly ctx: Context) {}

  async boxes(): Promise<TalentBoxDef[]> {
    const rows = await query<{ box: number; performance: Expectation; potential: PotentialLevel; label: string; actions: string }>(this.ctx.em, sql`select box, performance, potential, label, actions from talent_box order by box desc`);
    return rows.map((r) => ({ box: r.box, performance: r.performance, potential: r.potential, label: r.label, actions: r.actions }));
  }

  private async performanceMap(): Promise<Map<Predikat, Expectation>> {
    const rows = await query<{ predikat: Predikat; performance: Expectation }>(this.ctx.em, sql`select predikat, performance from talent_performance_level`);
    return new Map(rows.map((r) => [r.predikat, r.performance]));
  }

  private async cutoffs(governmentId: string): Promise<PotentialCutoffs> {
    const s = new SettingsService(this.ctx);
    return { medium: await s.number('talent.potential.medium', governmentId), high: await s.number('talent.potential.high', governmentId) };
  }

  /** One employee's box, from their latest annual predikat (up to `year`) and latest potential score. */
  async placement(employeeId: string, year?: number): Promise<Placement> {
    const employee = await new EmployeeService(this.ctx).get(employeeId, 'employeeId');
    const until = year ?? Number(this.ctx.today.slice(0, 4));
    const [perf] = await query<{ predikat: Predikat; year: number }>(
      this.ctx.em,
      sql`select predikat, year from performance_evaluation where employee_id = ${employee.id} and period = 'ANNUAL' and year <= ${until} order by year desc limit 1`,
    );
    const [pot] = await query<{ potential_score: number }>(
      this.ctx.em,
      sql`select potential_score from assessment where employee_id = ${employee.id} and potential_score is not null and assessed_on <= ${`${until}-12-31`}
           order by assessed_on desc, created_at desc limit 1`,
    );
    const predikat = perf?.predikat ?? null;
    const potentialScore = pot ? Number(pot.potential_score) : null;
    const result = placeInBox(predikat, potentialScore, await this.performanceMap(), await this.cutoffs(refId(employee.government as never)!), await this.boxes());
    return { ...result, employeeId: employee.id, predikat, predikatYear: perf?.year ?? null, potentialScore };
  }

  /**
   * The box of every employee in a scope (a unit's subtree, or a government), in one statement:
   * latest annual predikat up to the year, latest potential score, the configured mapping and cut-offs.
   */
  private async placementsSql(scope: Scope, year: number): Promise<Sql> {
    const viewer = viewerOf(this.ctx);
    const parts: Sql[] = [employeeScope(viewer, this.ctx.today)];
    let governmentId: string;
    if (scope.unitId) {
      const unit = await new OrganizationService(this.ctx).getUnit(scope.unitId, 'unitId');
      parts.push(sql`exists (select 1 from position_history ph join org_unit u on u.id = ph.unit_id where ph.employee_id = e.id and ${placementActive('ph', this.ctx.today)} and u.path like ${`${unit.path}%`})`);
      governmentId = refId(unit.government as never)!;
    } else {
      governmentId = scope.governmentId ?? governmentScope(viewer) ?? '';
      if (!governmentId) throw CommonErrors.input('governmentId', 'REQUIRED', 'governmentId: name the government or the unit');
      await new OrganizationService(this.ctx).getGovernment(governmentId);
      parts.push(sql`e.government_id = ${governmentId}`);
    }
    const cut = await this.cutoffs(governmentId);
    return sql`
      select e.id as employee_id, perf.predikat, perf.year as predikat_year, pot.potential_score, b.box
        from employee e
        left join lateral (select v.predikat, v.year from performance_evaluation v where v.employee_id = e.id and v.period = 'ANNUAL' and v.year <= ${year}
                            order by v.year desc limit 1) perf on true
        left join lateral (select a.potential_score from assessment a where a.employee_id = e.id and a.potential_score is not null and a.assessed_on <= ${`${year}-12-31`}
                            order by a.assessed_on desc, a.created_at desc limit 1) pot on true
        left join talent_performance_level tpl on tpl.predikat = perf.predikat
        left join talent_box b on b.performance = tpl.performance
              and b.potential = case when pot.potential_score is null then null when pot.potential_score >= ${cut.high} then 'TINGGI' when pot.potential_score >= ${cut.medium} then 'MENENGAH' else 'RENDAH' end
       where e.status in ('AKTIF', 'CUTI', 'TUGAS_BELAJAR') and ${sql.and(parts)}`;
  }

  /** Counts per box and the first employees of each (by name), for a unit or a government. */
  async grid(scope: Scope, year: number | undefined, perBox: number): Promise<{ cells: GridCell[]; unplaced: number; year: number }> {
    const y = year ?? Number(this.ctx.today.slice(0, 4));
    const placements = await this.placementsSql(scope, y);
    const rows = await query<{ box: number | null; n: string; ids: string[] }>(
      this.ctx.em,
      sql`with p as (${placements}), ranked as (
         select p.box, p.employee_id, row_number() over (partition by p.box order by e.full_name, e.id) as rn
           from p join employee e on e.id = p.employee_id)
       select box, count(*) as n, coalesce(array_agg(employee_id order by rn) filter (where rn <= ${perBox}), '{}') as ids from ranked group by box`,
    );
    const boxes = await this.boxes();
    return {
      year: y,
      unplaced: Number(rows.find((r) => r.box === null)?.n ?? 0),
      cells: boxes.map((box) => {
        const r = rows.find((x) => x.box === box.box);
        return { box, count: Number(r?.n ?? 0), employeeIds: r?.ids ?? [] };
      }),
    };
  }

  /** Employees of a box (or of several boxes, e.g. the succession pool 7-9), paginated. */
  async members(scope: Scope, year: number | undefined, boxes: number[], limit: number, offset: number): Promise<Page<string>> {
    const wrong = boxes.filter((b) => !Number.isInteger(b) || b < 1 || b > 9);
    if (wrong.length) throw CommonErrors.input('boxes', 'OUT_OF_RANGE', `boxes: the 9-box numbers are 1 to 9, got ${wrong.join(', ')}`, { min: 1, max: 9 });
    const y = year ?? Number(this.ctx.today.slice(0, 4));
    const placements = await this.placementsSql(scope, y);
    const filter = sql`p.box in (${sql.list(boxes.length ? boxes : SUCCESSION_BOXES)})`;
    const [{ n }] = await query<{ n: string }>(this.ctx.em, sql`with p as (${placements}) select count(*) as n from p where ${filter}`);
    const rows = await query<{ employee_id: string }>(
      this.ctx.em,
      sql`with p as (${placements}) select p.employee_id from p join employee e on e.id = p.employee_id where ${filter}
           order by p.box desc, p.potential_score desc nulls last, e.full_name, e.id limit ${limit} offset ${offset}`,
    );
    return { items: rows.map((r) => r.employee_id), total: Number(n), limit, offset };
  }

  /** Every placement in a scope, as computed in SQL (tests compare it with `placement`). */
  async allPlacements(scope: Scope, year: number): Promise<{ employeeId: string; box: number | null }[]> {
    return (await query<{ employee_id: string; box: number | null }>(this.ctx.em, await this.placementsSql(scope, year))).map((r) => ({ employeeId: r.employee_id, box: r.box }));
  }
}

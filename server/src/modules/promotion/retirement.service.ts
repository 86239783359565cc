// Retirement (ASN-RULES §11): one employee through the pure rule, scopes set-based; projections per
// year and unit, and the alerts an HR office acts on (promotions due, retirements, PPPK contracts).
import type { Context } from '../../context.ts';
import { refId } from '../../shared/base.entity.ts';
import { CommonErrors } from '../../shared/errors.ts';
import type { Page } from '../../shared/list.ts';
import { query, sql, type Sql } from '../../shared/sql.ts';
import { EmployeeErrors, EmployeeService, employeeLoaders, masksPersonalData } from '../employee/index.ts';
import { viewerOf } from '../../shared/resolve.ts';
import { Position } from '../position/index.ts';
import { SettingsService } from '../settings/index.ts';
import { addMonths } from '@asn-merit/common';
import { RETIREMENT_BASIS, retirementAge, retirementDate, type RetirementAgeRow } from './retirement.rules.ts';
import { retirementSql } from './retirement.sql.ts';
import { employeesInScope, PPPK_ONLY, type ScopeArgs } from './scope.ts';

export interface RetirementInfo {
  employeeId: string;
  positionKind: string | null;
  functionalLevel: string | null;
  retirementAge: number;
  retirementDate: string;
  reasons: string[];
  legalBasis: string;
}

export interface RetirementRow {
  employee_id: string;
  full_name: string;
  birth_date: string;
  position_kind: string | null;
  functional_level: string | null;
  unit_id: string | null;
  unit_path: string | null;
  retirement_age: number;
  retirement_date: string;
  total?: string;
}

/** A set-based row as the answer for one employee. */
export function retirementOfRow(r: RetirementRow): RetirementInfo {
  const what = r.position_kind ? `${r.position_kind}${r.functional_level ? ` ${r.functional_level}` : ''}` : 'pegawai yang tidak menduduki jabatan (batas usia umum)';
  return {
    employeeId: r.employee_id,
    positionKind: r.position_kind,
    functionalLevel: r.functional_level,
    retirementAge: r.retirement_age,
    retirementDate: r.retirement_date,
    reasons: [`Batas usia pensiun ${r.retirement_age} tahun untuk ${what}; berlaku ${r.retirement_date}`],
    legalBasis: RETIREMENT_BASIS,
  };
}

export class RetirementService {
  constructor(private readonly ctx: Context) {}

  private async firstOfFollowing(governmentId: string): Promise<boolean> {
    return (await new SettingsService(this.ctx).number('retirement.firstOfFollowingMonth', governmentId)) === 1;
  }

  async table(): Promise<RetirementAgeRow[]> {
    const rows = await query<{ position_kind: string; functional_level: string | null; age: number }>(this.ctx.em, sql`select position_kind, functional_level, age from retirement_age`);
    return rows.map((r) => ({ positionKind: r.position_kind, functionalLevel: r.functional_level, age: r.age }));
  }

  /** One employee: the age for the position held on `asOf` (today by default) and the date it takes effect. */
  async forEmployee(employeeId: string, asOf?: string): Promise<RetirementInfo> {
    const date = asOf ?? this.ctx.today;
    const employee = await new EmployeeService(this.ctx).get(employeeId, 'employeeId');
    const placements = (await employeeLoaders.positionHistories(this.ctx).load(employee.id)).filter((p) => p.startDate <= date && (!p.endDate || p.endDate >= date));
    const positions = await this.ctx.loaders.byId(Position).loadMany(placements.map((p) => refId(p.position)!));
    // The highest-class position held (the earliest placement on a tie), as the set-based query does.
    const held = placements
      .map((p, i) => ({ start: p.startDate, position: positions[i] instanceof Error ? null : positions[i] }))
      .filter((x): x is { start: string; position: Position } => !!x.position)
      .sort((a, b) => b.position.grade - a.position.grade || a.start.localeCompare(b.start))[0]?.position ?? null;
    const table = await this.table();
    const general = retirementAge('PELAKSANA', null, table);
    const age = retirementAge(held?.kind ?? 'PELAKSANA', held?.functionalLevel ?? null, table) ?? general;
    if (age === null) throw new Error('retirement_age has no row for PELAKSANA');
    const first = await this.firstOfFollowing(refId(employee.government)!);
    const on = retirementDate(employee.birthDate, age, first);
    const what = held ? `${held.title} (${held.kind}${held.functionalLevel ? ` ${held.functionalLevel}` : ''})` : 'tidak menduduki jabatan: batas usia umum';
    return {
      employeeId: employee.id,
      positionKind: held?.kind ?? null,
      functionalLevel: held?.functionalLevel ?? null,
      retirementAge: age,
      retirementDate: on,
      reasons: [`Batas usia pensiun ${age} tahun untuk ${what}`, first ? `Pensiun berlaku tanggal 1 bulan berikutnya setelah mencapai ${age} tahun: ${on}` : `Pensiun berlaku saat mencapai ${age} tahun: ${on}`],
      legalBasis: RETIREMENT_BASIS,
    };
  }

  private async statement(scope: ScopeArgs, asOf: string) {
    const set = await employeesInScope(this.ctx, scope, asOf);
    return { retirements: retirementSql(set.ids, asOf, await this.firstOfFollowing(set.governmentId)), set };
  }

  /** Employees retiring between two dates (inclusive), soonest first. */
  async retirements(scope: ScopeArgs, from: string | undefined, to: string | undefined, limit: number, offset: number): Promise<Page<RetirementRow>> {
    let start = from ?? this.ctx.today;
    let end = to ?? addMonths(start, 12);
    if (masksPersonalData(viewerOf(this.ctx))) {
      // A masked role asks by whole years (a range of days would find a retirement date, and so a
      // birth month, by bisection); by default this year and the next.
      const year = Number(this.ctx.today.slice(0, 4));
      if (from !== undefined && !from.endsWith('-01-01')) throw EmployeeErrors.input('from', 'MASKED_YEARS_ONLY', 'from: your role asks retirements by whole years; give 1 January (YYYY-01-01)');
      if (to !== undefined && !to.endsWith('-12-31')) throw EmployeeErrors.input('to', 'MASKED_YEARS_ONLY', 'to: your role asks retirements by whole years; give 31 December (YYYY-12-31)');
      start = from ?? `${year}-01-01`;
      end = to ?? `${year + 1}-12-31`;
    }
    if (end < start) throw CommonErrors.input('to', 'RANGE_INVERTED', 'to: the end of the period is before its start');
    return this.between(scope, start, end, limit, offset);
  }

  /** Employees retiring between two dates (inclusive), soonest first, for any viewer (alerts' windows). */
  async between(scope: ScopeArgs, start: string, end: string, limit: number, offset: number): Promise<Page<RetirementRow>> {
    const { retirements } = await this.statement(scope, this.ctx.today);
    const within = sql`from (${retirements}) r where r.retirement_date between ${start} and ${end}`;
    const rows = await query<RetirementRow>(
      this.ctx.em,
      sql`select r.*, count(*) over () as total ${within} order by r.retirement_date, r.full_name, r.employee_id limit ${limit} offset ${offset}`,
    );
    let total = Number(rows[0]?.total ?? 0);
    if (!rows.length && offset > 0) total = Number((await query<{ n: string }>(this.ctx.em, sql`select count(*) as n ${within}`))[0].n);
    return { items: rows, total, limit, offset };
  }

  /**
   * Retirements per year and unit for the next `years` calendar years (this one included). Units are
   * the top-level units of a government, or the sub-units directly under the scope unit.
   */
  async projection(scope: ScopeArgs, years: number): Promise<{ fromYear: number; toYear: number; rows: { year: number; unitId: string | null; count: number }[] }> {
    if (!Number.isInteger(years) || years < 1 || years > 40) throw CommonErrors.input('years', 'OUT_OF_RANGE', 'years: from 1 to 40');
    const { retirements, set } = await this.statement(scope, this.ctx.today);
    const fromYear = Number(this.ctx.today.slice(0, 4));
    const toYear = fromYear + years - 1;
    // '/a/b/c/': part k+2 is the unit at depth k.
    let group: Sql;
    if (set.unitPath) {
      const depth = set.unitPath.split('/').filter(Boolean).length - 1;
      const scopeUnitId = set.unitPath.split('/').filter(Boolean).at(-1)!;
      group = sql`coalesce(nullif(split_part(r.unit_path, '/', ${sql.raw(String(depth + 3))}), ''), ${scopeUnitId})::uuid`;
    } else {
      group = sql`nullif(split_part(r.unit_path, '/', 2), '')::uuid`;
    }
    const rows = await query<{ year: number; unit_id: string | null; n: string }>(
      this.ctx.em,
      sql`select extract(year from r.retirement_date)::int as year, ${group} as unit_id, count(*) as n
         from (${retirements}) r
        where r.retirement_date >= ${this.ctx.today} and r.retirement_date <= ${`${toYear}-12-31`}
        group by 1, 2 order by 1, 3 desc`,
    );
    return { fromYear, toYear, rows: rows.map((r) => ({ year: r.year, unitId: r.unit_id, count: Number(r.n) })) };
  }

  /** PPPK contracts ending between today and `months` from now, soonest first. */
  async contractsEnding(scope: ScopeArgs, months: number, limit: number): Promise<{ ids: string[]; total: number }> {
    const set = await employeesInScope(this.ctx, scope, this.ctx.today, [PPPK_ONLY]);
    const rows = await query<{ id: string; total: string }>(
      this.ctx.em,
      sql`select e.id, count(*) over () as total from employee e where e.id in (${set.ids}) and e.contract_end_date between ${this.ctx.today} and ${addMonths(this.ctx.today, months)}
           order by e.contract_end_date, e.full_name, e.id limit ${limit}`,
    );
    return { ids: rows.map((r) => r.id), total: Number(rows[0]?.total ?? 0) };
  }

  async alertMonths(governmentId: string): Promise<{ promotion: number; retirement: number; contract: number }> {
    const s = new SettingsService(this.ctx);
    const [promotion, retirement, contract] = await Promise.all(['alerts.promotionMonths', 'alerts.retirementMonths', 'alerts.contractMonths'].map((k) => s.number(k, governmentId)));
    return { promotion, retirement, contract };
  }
}

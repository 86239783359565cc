// Reads of the performance module other modules share (promotion's credit points, the reports).
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { query, sql } from '../../shared/sql.ts';
import type { Predikat } from './performance.enums.ts';

/** An employee's annual predikat by year. */
export async function annualPredikats(em: SqlEntityManager, employeeId: string): Promise<Map<number, Predikat>> {
  const rows = await query<{ year: number; predikat: Predikat }>(em, sql`select year, predikat from performance_evaluation where employee_id = ${employeeId} and period = 'ANNUAL'`);
  return new Map(rows.map((r) => [r.year, r.predikat]));
}

/** The credit-point tables: percent per predikat, coefficient per functional level. */
export async function creditPointFactors(em: SqlEntityManager): Promise<{ conversion: Map<Predikat, number>; coefficient: Map<string, number> }> {
  const [conversion, coefficient] = await Promise.all([
    query<{ predikat: Predikat; percent: number }>(em, sql`select predikat, percent from credit_point_conversion`),
    query<{ functional_level: string; coefficient: number }>(em, sql`select functional_level, coefficient from credit_point_coefficient`),
  ]);
  return { conversion: new Map(conversion.map((r) => [r.predikat, Number(r.percent)])), coefficient: new Map(coefficient.map((r) => [r.functional_level, Number(r.coefficient)])) };
}

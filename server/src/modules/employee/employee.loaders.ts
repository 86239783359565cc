// Per-request batch loaders for what an employee's current state is derived from. Each runs one
// statement per batch, whatever the number of employees in the page.
import DataLoader from 'dataloader';
import type { Context } from '../../context.ts';
import { refId } from '../../shared/base.entity.ts';
import { groupBy } from '../../shared/loaders.ts';
import { EducationLevel } from '../reference/index.ts';
import { placementActive, query, sql } from '../../shared/sql.ts';
import { EducationHistory } from './education-history.entity.ts';
import { PositionHistory } from './position-history.entity.ts';
import { RankHistory } from './rank-history.entity.ts';
import { DisciplinarySanction, Qualification } from './qualification.entity.ts';

const employeeKey = (row: { employee: unknown }) => refId(row.employee as string)!;

/** The placement in effect on the request date (from the employee's whole position history). */
export async function currentPlacement(ctx: Context, employeeId: string): Promise<PositionHistory | null> {
  const rows = await positionHistories(ctx).load(employeeId);
  return rows.find((r) => r.startDate <= ctx.today && (!r.endDate || r.endDate >= ctx.today)) ?? null;
}

/** The rank in effect on the request date: the latest TMT not after it. */
export async function currentRank(ctx: Context, employeeId: string): Promise<RankHistory | null> {
  const rows = await rankHistories(ctx).load(employeeId);
  return rows.find((r) => r.tmt <= ctx.today) ?? null;
}

/** The highest diploma held (by level order, then latest year). */
export async function highestEducation(ctx: Context, employeeId: string): Promise<EducationHistory | null> {
  const rows = await educationHistories(ctx).load(employeeId);
  if (!rows.length) return null;
  const levels = await ctx.loaders.byId(EducationLevel).loadMany(rows.map((r) => refId(r.level)!));
  const ordinal = (i: number) => (levels[i] as EducationLevel | null)?.ordinal ?? 0;
  let best = 0;
  for (let i = 1; i < rows.length; i++) {
    if (ordinal(i) > ordinal(best) || (ordinal(i) === ordinal(best) && rows[i].graduationYear > rows[best].graduationYear)) best = i;
  }
  return rows[best];
}

// Whole histories per employee, newest first: one statement per batch each. The current state
// above is derived from them, so a page of employees needs the same statements whatever its size.
export const rankHistories = (ctx: Context) =>
  ctx.loaders.get('employee.rankHistories', (em) =>
    new DataLoader<string, RankHistory[]>(async (ids) => {
      const rows = (await em.createQueryBuilder(RankHistory).select('*').where({ employee: { $in: [...ids] } }).orderBy({ tmt: 'desc' }).execute('all', true)) as RankHistory[];
      return groupBy(ids, rows, employeeKey);
    }),
  );

export const positionHistories = (ctx: Context) =>
  ctx.loaders.get('employee.positionHistories', (em) =>
    new DataLoader<string, PositionHistory[]>(async (ids) => {
      const rows = (await em.createQueryBuilder(PositionHistory).select('*').where({ employee: { $in: [...ids] } }).orderBy({ startDate: 'desc' }).execute('all', true)) as PositionHistory[];
      return groupBy(ids, rows, employeeKey);
    }),
  );

export const educationHistories = (ctx: Context) =>
  ctx.loaders.get('employee.educationHistories', (em) =>
    new DataLoader<string, EducationHistory[]>(async (ids) => {
      const rows = (await em.createQueryBuilder(EducationHistory).select('*').where({ employee: { $in: [...ids] } }).orderBy({ graduationYear: 'desc' }).execute('all', true)) as EducationHistory[];
      return groupBy(ids, rows, employeeKey);
    }),
  );

/** Number of employees currently placed in each unit's subtree. */
export const unitEmployeeCount = (ctx: Context) =>
  ctx.loaders.get('employee.unitEmployeeCount', (em) =>
    new DataLoader<string, number>(async (unitIds) => {
      const rows = await query<{ id: string; n: string }>(
        em,
        sql`select u.id, (select count(*) from position_history ph join org_unit su on su.id = ph.unit_id
                       where su.path like u.path || '%' and ${placementActive('ph', ctx.today)}) as n
           from org_unit u where u.id in (${sql.list(unitIds)})`,
      );
      const map = new Map(rows.map((r) => [r.id, Number(r.n)]));
      return unitIds.map((id) => map.get(id) ?? 0);
    }),
  );

export const qualifications = (ctx: Context) =>
  ctx.loaders.get('employee.qualifications', (em) =>
    new DataLoader<string, Qualification[]>(async (ids) => {
      const rows = (await em.createQueryBuilder(Qualification).select('*').where({ employee: { $in: [...ids] } }).orderBy({ passedOn: 'desc' }).execute('all', true)) as Qualification[];
      return groupBy(ids, rows, employeeKey);
    }),
  );

export const sanctions = (ctx: Context) =>
  ctx.loaders.get('employee.sanctions', (em) =>
    new DataLoader<string, DisciplinarySanction[]>(async (ids) => {
      const rows = (await em.createQueryBuilder(DisciplinarySanction).select('*').where({ employee: { $in: [...ids] } }).orderBy({ startDate: 'desc' }).execute('all', true)) as DisciplinarySanction[];
      return groupBy(ids, rows, employeeKey);
    }),
  );

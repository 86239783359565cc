// Nested lists (`OrgUnit.employees`, `Position.holders`, `OrgUnit.positions`, `Government.units`)
// batched across their parents: a page of 50 units, each with its first 10 employees, costs the same
// statements as a page of 5 units with 2 each.
import DataLoader from 'dataloader';
import type { EntityClass } from '@mikro-orm/core';
import type { Context } from '../context.ts';
import type { Page } from './list.ts';
import { query, sql, type Sql } from './sql.ts';

/**
 * How a nested list reads its rows for a batch of parents. The fragments name the parent row `k`
 * (a row of `parents`) and the child rows by the list's own alias; `where` is the list's scope and
 * filter for one parent, `order` the list's order (ending with the id, so pages are stable).
 */
export interface NestedList<T> {
  /** A stable key for the request's loader cache (the list and its arguments). */
  key: string;
  entity: EntityClass<T & { id: string }>;
  /** The parents' table with the alias `k`, e.g. sql`org_unit k`. */
  parents: Sql;
  /** The children's table(s), e.g. sql`employee e`. */
  from: Sql;
  /** The child's id column, e.g. sql`e.id`. */
  id: Sql;
  where: Sql;
  order: Sql;
}

interface PageRow {
  parent_id: string;
  total: number;
  id: string | null;
}

/**
 * One statement for every parent of the batch (each parent's total and the ids of its page), then the
 * page's rows by id through `ctx.loaders.byId` (one more statement for the whole batch).
 */
export function nestedPages<T extends { id: string }>(ctx: Context, list: NestedList<T>, limit: number, offset: number): DataLoader<string, Page<T>> {
  return ctx.loaders.get(`nested:${list.key}:${limit}:${offset}`, (em) =>
    new DataLoader<string, Page<T>>(async (parentIds) => {
      const rows = await query<PageRow>(
        em,
        sql`select k.id as parent_id, c.total, x.id
              from ${list.parents}
              cross join lateral (select count(*)::int as total from ${list.from} where ${list.where}) c
              left join lateral (select ${list.id} as id, row_number() over (order by ${list.order}) as rn
                                   from ${list.from} where ${list.where} order by ${list.order} limit ${limit} offset ${offset}) x on true
             where k.id in (${sql.list(parentIds)})
             order by k.id, x.rn`,
      );
      const totals = new Map<string, number>();
      const ids = new Map<string, string[]>();
      for (const r of rows) {
        totals.set(r.parent_id, r.total);
        if (r.id) (ids.get(r.parent_id) ?? ids.set(r.parent_id, []).get(r.parent_id)!).push(r.id);
      }
      const byId = ctx.loaders.byId(list.entity);
      return Promise.all(
        parentIds.map(async (parent) => {
          const items = (await byId.loadMany(ids.get(parent) ?? [])).filter((r): r is T => !!r && !(r instanceof Error));
          return { items, total: totals.get(parent) ?? 0, limit, offset };
        }),
      );
    }),
  );
}

// National reference tables (JPM categories, retirement ages, the 9-box, ...): each is registered
// once, here, by the module that owns it (`<module>/reference.service.ts`). The registry answers
// `referenceTables` (the panel's settings page lists the tables from it) and names what the audit
// trail may show; a table's edit goes through `updateReference` (version check, audit, cache).
import type { Context } from '../context.ts';
import { NotFoundError } from './errors.ts';
import { checkVersion } from './resolve.ts';

export interface ReferenceTable<T = unknown> {
  /** The entity class name (as the audit trail names it). */
  name: string;
  /** The module that owns and documents it. */
  module: string;
  /** The root query field that lists it (the settings page's table key). */
  query: string;
  entity: new () => T;
}

const tables = new Map<string, ReferenceTable>();

/** Registers a table (once, in its module's reference service). */
export function referenceTable<T>(table: ReferenceTable<T>): ReferenceTable<T> {
  if (tables.has(table.name)) throw new Error(`reference table ${table.name} registered twice`);
  tables.set(table.name, table as ReferenceTable);
  return table;
}

/** Every registered table, in registration order. */
export function referenceTables(): ReferenceTable[] {
  return [...tables.values()];
}

/** An edit of one row: found, version-checked, changed by `apply` (business rules), flushed. */
export async function updateReference<T extends { id: string; version: number }>(
  ctx: Pick<Context, 'em' | 'loaders'>,
  table: ReferenceTable<T>,
  id: string,
  version: number,
  apply: (row: T) => void | Promise<void>,
): Promise<T> {
  const row = (await ctx.em.findOne(table.entity as never, { id } as never)) as T | null;
  if (!row) throw new NotFoundError(table.name, id);
  checkVersion(table.name, row, version);
  await apply(row);
  await ctx.em.flush();
  ctx.loaders.clear();
  return row;
}

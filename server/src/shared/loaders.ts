import DataLoader from 'dataloader';
import type { EntityClass } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { isId } from './ids.ts';

/**
 * Per-request batch loaders. `byId` reads plain rows (no entity hydration) for any entity in one
 * statement per batch; `get` memoizes a module's own loader factory for the request.
 */

export class Loaders {
  private readonly cache = new Map<unknown, DataLoader<unknown, unknown>>();

  constructor(private readonly em: SqlEntityManager) {}

  byId<T extends { id: string }>(entity: EntityClass<T>): DataLoader<string, T | null> {
    return this.get(entity, (em) => new DataLoader<string, T | null>(async (ids) => {
      // A malformed id names no record: NOT_FOUND for the caller, not a database error.
      const valid = ids.filter((id) => isId(id));
      const rows = valid.length ? ((await em.createQueryBuilder(entity).select('*').where({ id: { $in: valid } } as never).execute('all', true)) as T[]) : [];
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }));
  }

  get<K, V>(key: unknown, make: (em: SqlEntityManager) => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.cache.get(key);
    if (!loader) {
      loader = make(this.em) as DataLoader<unknown, unknown>;
      this.cache.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** Forget cached rows after a write, so a mutation's response shows the new state. */
  clear(): void {
    for (const l of this.cache.values()) l.clearAll();
  }
}

/** Groups rows by a key, in the order of `keys` (for one-to-many batch loaders). */
export function groupBy<K, T>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const map = new Map<K, T[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

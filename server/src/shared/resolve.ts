// Small helpers resolvers and services share.
import type { Context } from '../context.ts';
import type { Viewer } from './auth.ts';
import { CommonErrors, ConflictError, NotFoundError, UnauthenticatedError, staleVersion } from './errors.ts';
import { SortOrder } from './list.ts';

export function viewerOf(ctx: Pick<Context, 'viewer' | 'authError'>): Viewer {
  if (!ctx.viewer) throw ctx.authError ?? new UnauthenticatedError();
  return ctx.viewer;
}

/** Optimistic lock check before applying an update. */
export function checkVersion(entityName: string, entity: { id: string; version: number }, sent: number): void {
  if (entity.version !== sent) throw staleVersion(entityName, entity.id, sent, entity.version);
}

/** Copies the keys of `input` that were given (not undefined) onto `target`. */
export function assignGiven<T extends object>(target: T, input: Partial<T>, keys: readonly (keyof T)[]): (keyof T)[] {
  const changed: (keyof T)[] = [];
  for (const k of keys) {
    const v = input[k];
    if (v !== undefined && target[k] !== v) {
      target[k] = v as T[keyof T];
      changed.push(k);
    }
  }
  return changed;
}

/** Maps a list's sort input to a QueryBuilder orderBy, always ending with `id` for a stable order. */
export function orderByOf<F extends string>(
  sort: { field: F; order: SortOrder }[] | undefined,
  columns: Record<F, string>,
  fallback: Record<string, 'asc' | 'desc'>,
): Record<string, 'asc' | 'desc'>[] {
  const out: Record<string, 'asc' | 'desc'>[] = [];
  for (const s of sort ?? []) out.push({ [columns[s.field]]: s.order === SortOrder.DESC ? 'desc' : 'asc' });
  if (out.length === 0) out.push(fallback);
  out.push({ id: 'asc' });
  return out;
}

export function stillReferenced(what: string, by: string, count: number): ConflictError {
  return CommonErrors.conflict('STILL_REFERENCED', `${what} cannot be deleted: ${count} ${by} still refer to it`, { by, count });
}


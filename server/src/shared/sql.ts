import type { SqlEntityManager } from '@mikro-orm/postgresql';

// SQL fragments shared by list queries and reports. Placeholders are `?` (QueryBuilder style).

/** A position_history row `alias` is in effect on a date (two `?`: the date, twice). */
export function placementActive(alias: string): string {
  return `${alias}.start_date <= ? and (${alias}.end_date is null or ${alias}.end_date >= ?)`;
}


/**
 * Raw SQL through the request's EntityManager, carrying its logger context (request id, actor) so
 * the statement is counted and attributed like QueryBuilder statements. Use this, not `em.execute`.
 */
export function query<T>(em: SqlEntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return em.execute<T[]>(sql, params, { method: 'all', loggerContext: em.getLoggerContext() });
}

// Raw SQL, written with its values where they are used. `sql` is a tagged template: every
// `${value}` becomes a bound parameter, a nested `sql` fragment is spliced in with its own values,
// so no statement depends on the order of a separate parameter array.
//
//   const active = placementActive('ph', asOf);
//   const rows = await query<Row>(em, sql`select ph.employee_id from position_history ph where ${active} and ph.unit_id = ${unitId}`);
//   qb.andWhere(...where(sql`exists (select 1 from ... where ${active})`));
import type { SqlEntityManager } from '@mikro-orm/postgresql';

/** A piece of SQL text with `?` placeholders and the values bound to them, in order. */
export interface Sql {
  readonly text: string;
  readonly values: readonly unknown[];
}

class Fragment implements Sql {
  constructor(
    readonly text: string,
    readonly values: readonly unknown[],
  ) {}
}

const isSql = (v: unknown): v is Sql => v instanceof Fragment;

/** SQL with bound values: `sql\`e.government_id = ${id}\``. Nested fragments are spliced in. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0];
  const bound: unknown[] = [];
  values.forEach((v, i) => {
    if (isSql(v)) {
      text += v.text;
      for (const x of v.values) bound.push(x); // no spread: a bulk insert binds tens of thousands
    } else {
      text += '?';
      bound.push(v);
    }
    text += strings[i + 1];
  });
  return new Fragment(text, bound);
}

/** Trusted SQL text from the code itself (an alias, a column, an operator), never user input. */
sql.raw = (text: string): Sql => new Fragment(text, []);

/** Fragments joined by a separator (`, `, ` and `, ` or `). */
sql.join = (parts: readonly Sql[], separator = ', '): Sql => new Fragment(parts.map((p) => p.text).join(separator), parts.flatMap((p) => p.values));

/** A list of bound values for `in (...)`; an empty list matches nothing (`in (null)`). */
sql.list = (values: readonly unknown[]): Sql => (values.length ? new Fragment(values.map(() => '?').join(', '), values) : new Fragment('null', []));

/** Conditions joined with `and`; none at all is `true`. */
sql.and = (parts: readonly (Sql | null | undefined | false | '')[]): Sql => {
  const kept = parts.filter((p): p is Sql => !!p);
  return kept.length ? sql.join(kept.map((p) => sql`(${p})`), ' and ') : sql.raw('true');
};

/** The arguments `qb.where()` / `qb.andWhere()` take for a fragment. */
export function where(fragment: Sql): [string, unknown[]] {
  return [fragment.text, [...fragment.values]];
}

/**
 * Runs a fragment through the request's EntityManager, with its logger context (request id, actor)
 * so the statement is counted and attributed like QueryBuilder statements. Use this, not `em.execute`.
 */
export function query<T>(em: SqlEntityManager, fragment: Sql): Promise<T[]> {
  const [text, values] = where(fragment);
  return em.execute<T[]>(text, values, { method: 'all', loggerContext: em.getLoggerContext() });
}

/** A position_history row `alias` in effect on a date. */
export function placementActive(alias: string, on: string): Sql;
/** @deprecated two positional `?` (the date, twice): pass the date instead. Left for employee.service.ts's list filter only. */
export function placementActive(alias: string): string;
export function placementActive(alias: string, on?: string): Sql | string {
  const a = sql.raw(alias);
  if (on === undefined) return `${alias}.start_date <= ? and (${alias}.end_date is null or ${alias}.end_date >= ?)`;
  return sql`${a}.start_date <= ${on} and (${a}.end_date is null or ${a}.end_date >= ${on})`;
}

/** How a cursor read (`cursorRows`) is bounded. */
export interface CursorLimits {
  /** Rows fetched per round trip. */
  chunk: number;
  /** `statement_timeout` of the cursor's statements (each fetch), in ms; 0: none. */
  statementTimeoutMs: number;
  /** `idle_in_transaction_session_timeout` of its transaction, in ms (a server-side net); 0: none. */
  idleTimeoutMs: number;
}

/**
 * Rows of a statement from a server-side cursor, `chunk` at a time, in a read-only transaction of
 * its own whose timeouts are set with `set local` (the pooled connection keeps the API's own).
 * Ending the iteration early (`return()`, a `break`, an exception) closes the cursor, rolls the
 * transaction back and releases the connection.
 */
export async function* cursorRows<T extends object>(em: SqlEntityManager, text: string, values: unknown[], limits: CursorLimits): AsyncGenerator<T> {
  const conn = em.getConnection();
  const loggerContext = em.getLoggerContext();
  const trx = await conn.begin({ readOnly: true, loggerContext });
  let complete = false;
  try {
    // (integers from the configuration, not input: `set` takes no bound parameters)
    await conn.execute(`set local statement_timeout = ${Math.trunc(limits.statementTimeoutMs)}`, [], 'run', trx, loggerContext);
    await conn.execute(`set local idle_in_transaction_session_timeout = ${Math.trunc(limits.idleTimeoutMs)}`, [], 'run', trx, loggerContext);
    for await (const row of conn.stream<T>(text, values, trx, loggerContext, limits.chunk)) yield row as T;
    complete = true;
  } finally {
    if (complete) await conn.commit(trx, undefined, loggerContext);
    else await conn.rollback(trx, undefined, loggerContext).catch(() => undefined);
  }
}

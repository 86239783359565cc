import { DefaultLogger, type LogContext, type LoggerNamespace, type LoggerOptions } from '@mikro-orm/core';
import type { Logger as PinoLogger } from 'pino';

/**
 * SQL statements issued per request, keyed by the request id carried in the EntityManager's
 * logger context. Read by the GraphQL plugin that reports `extensions.sqlStatements` (tests and
 * benchmarks use it to prove a request's statement count does not grow with page size).
 */
export const statementCounts = new Map<string, number>();

export class QueryLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly pino: PinoLogger,
  ) {
    super({ ...options, writer: (m) => pino.debug(m) });
  }

  override logQuery(context: LogContext): void {
    const requestId = context.requestId as string | undefined;
    if (requestId !== undefined && statementCounts.has(requestId)) {
      statementCounts.set(requestId, statementCounts.get(requestId)! + 1);
    }
    if (context.level === 'error') this.pino.warn({ sql: context.query, took: context.took }, 'query failed');
    super.logQuery(context as LogContext & { query: string });
  }

  override log(namespace: LoggerNamespace | string, message: string, context?: LogContext): void {
    if (this.isEnabled(namespace as LoggerNamespace, context)) this.pino.debug({ ns: namespace }, message);
  }
}

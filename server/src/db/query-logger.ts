import { DefaultLogger, type LogContext, type LoggerNamespace, type LoggerOptions } from '@mikro-orm/core';
import type { Logger as PinoLogger } from 'pino';

/**
 * SQL statements issued by one request (or one CSV export): an object of the request's own, carried
 * in its EntityManager's logger context under `statementCounter` and held by its Context, so it goes
 * away with the request. Read by the GraphQL plugin that reports `extensions.sqlStatements` (tests
 * and benchmarks use it to prove a request's statement count does not grow with page size). Never
 * keyed by the request id: that comes from the client (`x-request-id`) and two requests may share it.
 */
export class StatementCounter {
  count = 0;
}

export class QueryLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly pino: PinoLogger,
  ) {
    super({ ...options, writer: (m) => pino.debug(m) });
  }

  override logQuery(context: LogContext): void {
    const counter = context.statementCounter;
    if (counter instanceof StatementCounter) counter.count++;
    if (context.level === 'error') this.pino.warn({ sql: context.query, took: context.took }, 'query failed');
    super.logQuery(context as LogContext & { query: string });
  }

  override log(namespace: LoggerNamespace | string, message: string, context?: LogContext): void {
    if (this.isEnabled(namespace as LoggerNamespace, context)) this.pino.debug({ ns: namespace }, message);
  }
}

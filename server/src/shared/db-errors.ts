// Which failures mean "the database is not there" (answered 503 SERVICE_UNAVAILABLE, never 500 with
// the driver's message): a refused or broken connection, a server shutting down or starting up
// (crash recovery after a restart), or no connection within DB_CONNECT_TIMEOUT_MS.
import { ConnectionException } from '@mikro-orm/core';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
/** SQLSTATEs: 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up); class 08: connection exception. */
const SQLSTATES = new Set(['57P01', '57P02', '57P03']);
const MESSAGES = [/^Connection terminated/, /timeout exceeded when trying to connect/, /Client has encountered a connection error/, /Connection ended unexpectedly/, /the database system is (starting up|shutting down|in recovery mode)/];

export function isDatabaseUnavailable(e: unknown, depth = 0): boolean {
  if (!(e instanceof Error) || depth > 4) return false;
  if (e instanceof ConnectionException) return true;
  const { code } = e as { code?: unknown };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (MESSAGES.some((m) => m.test(e.message))) return true;
  // Node's happy-eyeballs connect fails with an AggregateError of each address's error.
  if (e instanceof AggregateError && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true;
  return isDatabaseUnavailable((e as { cause?: unknown }).cause, depth + 1) || isDatabaseUnavailable((e as { originalError?: unknown }).originalError, depth + 1);
}

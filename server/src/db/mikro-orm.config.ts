import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import type { Logger as PinoLogger } from 'pino';
import { AuditSubscriber } from '../modules/audit/index.ts';
import { entities } from '../modules/index.ts';
import { migrationsList } from './migrations/index.ts';
import { QueryLogger } from './query-logger.ts';

export function ormConfig(opts: {
  url: string;
  poolMax: number;
  logger: PinoLogger;
  debug?: boolean;
  /**
   * PostgreSQL `statement_timeout` of every connection of this pool, in ms (0 or absent: none). The
   * API's pool sets it (DB_STATEMENT_TIMEOUT_MS); migrations and seeding run on a pool without it.
   */
  statementTimeoutMs?: number;
  /**
   * Longest wait for a connection, in ms (pg's `connectionTimeoutMillis`: a new connection, or a free
   * one when the pool is busy). Without it a request waits as long as the operating system tries to
   * reach an unreachable database. Absent: 30 s (migrations, seeding, scripts).
   */
  connectTimeoutMs?: number;
}): Options {
  return defineConfig({
    clientUrl: opts.url,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    subscribers: [new AuditSubscriber()],
    // Entities are discovered from the explicit list above; no folder scanning.
    discovery: { warnWhenNoEntities: true },
    forceUtcTimezone: true,
    pool: { min: 0, max: opts.poolMax },
    // node-postgres sends statement_timeout in the start-up message of each connection: no extra statement.
    driverOptions: { connectionTimeoutMillis: opts.connectTimeoutMs ?? 30_000, ...(opts.statementTimeoutMs ? { statement_timeout: opts.statementTimeoutMs } : {}) },
    // Tables written by hand, not entities: the schema diff (migration:create) leaves them alone.
    schemaGenerator: { skipTables: ['rate_limit'] },
    debug: opts.debug ?? false,
    loggerFactory: (options) => new QueryLogger(options, opts.logger),
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      snapshotOnMigrate: false,
      path: 'src/db/migrations',
      emit: 'ts',
    },
    // Plain rows are read with the QueryBuilder; entities are for writes and single-record edits.
    serialization: { forceObject: true },
  });
}

import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import type { Logger as PinoLogger } from 'pino';
import { AuditSubscriber } from '../modules/audit/index.ts';
import { entities } from '../modules/index.ts';
import { migrationsList } from './migrations/index.ts';
import { QueryLogger } from './query-logger.ts';

export function ormConfig(opts: { url: string; poolMax: number; logger: PinoLogger; debug?: boolean }): Options {
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

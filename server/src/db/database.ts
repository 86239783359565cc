import { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { startEmbeddedPostgres, type Supervision } from './embedded.ts';
import { ormConfig } from './mikro-orm.config.ts';

const POOL_CLOSE_TIMEOUT_MS = 5_000;

export interface Database {
  orm: MikroORM;
  url: string;
  embedded: boolean;
  /**
   * Runs `fn` on an ORM of its own (two connections, no statement timeout), closed afterwards:
   * migrations and seeding, whose big statements the API's statement timeout must not cut.
   */
  maintenance<T>(fn: (orm: MikroORM) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Opens the configured database: DATABASE_URL when set, else the embedded PostgreSQL.
 * `statementTimeoutMs` bounds every statement of `orm`'s connections (the API's pool); `supervise`
 * restarts an embedded PostgreSQL that dies (the server sets it).
 */
export async function openDatabase(config: Config, logger: Logger, opts: { database?: string; statementTimeoutMs?: number; supervise?: Supervision } = {}): Promise<Database> {
  let url = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!url) {
    const pg = await startEmbeddedPostgres({ ...config.embeddedPg, database: opts.database ?? 'asn_merit', logger, supervise: opts.supervise });
    url = pg.url;
    stopEmbedded = pg.stop;
  }
  try {
    const orm = await MikroORM.init(ormConfig({ url, poolMax: config.dbPoolMax, logger, statementTimeoutMs: opts.statementTimeoutMs, connectTimeoutMs: config.dbConnectTimeoutMs }));
    const dbUrl = url;
    return {
      orm,
      url,
      embedded: !!stopEmbedded,
      async maintenance(fn) {
        const own = await MikroORM.init(ormConfig({ url: dbUrl, poolMax: 2, logger }));
        try {
          return await fn(own);
        } finally {
          await own.close(true);
        }
      },
      async close() {
        // Ending the pool waits for connections in use; bounded, since stopping PostgreSQL ends them anyway.
        let timer: NodeJS.Timeout | undefined;
        const closed = await Promise.race([orm.close(true).then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), POOL_CLOSE_TIMEOUT_MS)))]);
        clearTimeout(timer);
        if (!closed) logger.warn('database connections still in use after 5 s; stopping anyway');
        await stopEmbedded?.();
      },
    };
  } catch (e) {
    await stopEmbedded?.();
    throw e;
  }
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((m) => m.name);
}

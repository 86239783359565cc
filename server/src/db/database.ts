import { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { startEmbeddedPostgres } from './embedded.ts';
import { ormConfig } from './mikro-orm.config.ts';

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
 * `statementTimeoutMs` bounds every statement of `orm`'s connections (the API's pool).
 */
export async function openDatabase(config: Config, logger: Logger, opts: { database?: string; statementTimeoutMs?: number } = {}): Promise<Database> {
  let url = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!url) {
    const pg = await startEmbeddedPostgres({ ...config.embeddedPg, database: opts.database ?? 'asn_merit', logger });
    url = pg.url;
    stopEmbedded = pg.stop;
  }
  try {
    const orm = await MikroORM.init(ormConfig({ url, poolMax: config.dbPoolMax, logger, statementTimeoutMs: opts.statementTimeoutMs }));
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
        await orm.close(true);
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

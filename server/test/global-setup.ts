// Starts one PostgreSQL for the whole run (embedded, or the server named by DATABASE_URL), and
// builds a template database: every migration applied plus a small deterministic demo seed.
// Each test file then clones it (`create database ... template ...`), which takes milliseconds.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import type { TestProject } from 'vitest/node';
import { today } from '@asn-merit/common';
import { ROOT_DIR } from '../src/config.ts';
import { startEmbeddedPostgres } from '../src/db/embedded.ts';

export const TEMPLATE_DB = 'asn_merit_test_template';
export const TEST_EMPLOYEES = 400;
/** The demo documents' files of the template (one folder per run). */
const TEMPLATE_FILES = path.join(tmpdir(), `asn-merit-test-files-${process.pid}`);
/** Few survey responses: enough for aggregates, fast to seed. */
export const TEST_SURVEY_RESPONSES = 3000;

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    templateDb: string;
    /** The template's document files (each test app copies them). */
    templateFiles: string;
    /** The run's "today" (Asia/Jakarta): the seed's and every test app's clock. */
    today: string;
  }
}

export default async function setup(project: TestProject) {
  const logger = pino({ level: 'warn' });
  let adminUrl = process.env.DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  if (!adminUrl) {
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(ROOT_DIR, '.data/pg-test'),
      port: Number(process.env.TEST_PG_PORT ?? 54339),
      database: 'postgres',
      logger,
    });
    adminUrl = embedded.url;
    stop = embedded.stop;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
  await admin.query(`create database ${TEMPLATE_DB}`);
  // Leftovers of interrupted runs.
  const stale = await admin.query<{ datname: string }>(`select datname from pg_database where datname like 'asn_merit_t_%'`);
  for (const { datname } of stale.rows) await admin.query(`drop database if exists "${datname}" with (force)`);
  await admin.end();

  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DB}`;
  // Imported late: the ORM and its decorated entities load only after the database is up.
  const { MikroORM } = await import('@mikro-orm/postgresql');
  const { ormConfig } = await import('../src/db/mikro-orm.config.ts');
  const { migrate } = await import('../src/db/database.ts');
  const { seedDatabase } = await import('../src/db/seeders/index.ts');
  // One date for the whole run: the demo data is generated around it and every test app's clock
  // stops at it, so a run that crosses midnight still agrees with its data.
  const runToday = today();
  const orm = await MikroORM.init(ormConfig({ url: templateUrl.toString(), poolMax: 4, logger }));
  try {
    await migrate(orm);
    // The demo documents' files: each test app starts with a copy of them (helpers.ts).
    rmSync(TEMPLATE_FILES, { recursive: true, force: true });
    const { DiskStore } = await import('../src/modules/document/document.store.ts');
    await seedDatabase(orm, { employees: TEST_EMPLOYEES, surveyResponses: TEST_SURVEY_RESPONSES, logger, today: runToday, files: new DiskStore(TEMPLATE_FILES) });
  } finally {
    await orm.close(true);
  }

  project.provide('pgAdminUrl', adminUrl);
  project.provide('templateDb', TEMPLATE_DB);
  project.provide('templateFiles', TEMPLATE_FILES);
  project.provide('today', runToday);
  return async () => {
    rmSync(TEMPLATE_FILES, { recursive: true, force: true });
    await stop?.();
  };
}

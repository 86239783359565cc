// Database commands, run from the compiled build (decorator metadata needs tsc output):
//   node dist/db/cli.js migrate                 apply pending migrations
//   node dist/db/cli.js migration:create <name> diff entities against a scratch database, write a migration
//   node dist/db/cli.js seed [--employees N]    load the demo data (into an empty database)
//   node dist/db/cli.js reset [--employees N]   drop everything, migrate, seed (development only)
import 'reflect-metadata';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { ROOT_DIR, loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { migrate, openDatabase } from './database.ts';
import { ormConfig } from './mikro-orm.config.ts';
import { seedDatabase } from './seeders/index.ts';
import { fileStoreOf } from '../modules/document/index.ts';

const MIGRATIONS_DIR = path.join(ROOT_DIR, 'server/src/db/migrations');

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`${name}=`));
  return eq?.slice(name.length + 1);
}

function employeesArg(args: string[], fallback: number): number {
  const raw = argValue(args, '--employees');
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 5_000_000) throw new Error(`--employees must be a whole number between 0 and 5000000, got "${raw}"`);
  return n;
}

/** Rewrites migrations/index.ts to list every migration file, in name (= time) order. */
async function writeMigrationIndex(): Promise<void> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => /^Migration\d+.*\.ts$/.test(f)).sort();
  const names = files.map((f) => f.replace(/\.ts$/, ''));
  const src = [
    '// Every migration, in order. Written by `npm run migration:create`; do not edit by hand.',
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((n) => `import { ${n} } from './${n}.ts';`),
    '',
    'export const migrationsList: MigrationObject[] = [',
    ...names.map((n) => `  { name: '${n}', class: ${n} },`),
    '];',
    '',
  ].join('\n');
  await writeFile(path.join(MIGRATIONS_DIR, 'index.ts'), src);
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  const config = loadConfig();
  const logger = createLogger({ ...config, logLevel: config.logLevel === 'info' ? 'info' : config.logLevel });

  switch (command) {
    case 'migrate': {
      const db = await openDatabase(config, logger);
      try {
        const applied = await migrate(db.orm);
        console.log(applied.length ? `applied: ${applied.join(', ')}` : 'no pending migrations');
      } finally {
        await db.close();
      }
      return;
    }
    case 'migration:create': {
      const name = args.find((a) => !a.startsWith('-'));
      if (!name || !/^[a-z0-9_]+$/i.test(name)) throw new Error('usage: migration:create <name> (letters, digits, underscores)');
      // Diff against a scratch database that holds exactly the committed migrations.
      const db = await openDatabase(config, logger);
      const scratch = 'asn_merit_migration_scratch';
      try {
        await db.orm.em.getConnection().execute(`drop database if exists ${scratch} with (force)`);
        await db.orm.em.getConnection().execute(`create database ${scratch}`);
        const url = new URL(db.url);
        url.pathname = `/${scratch}`;
        const orm = await MikroORM.init({ ...ormConfig({ url: url.toString(), poolMax: 2, logger }), migrations: { ...ormConfig({ url: '', poolMax: 1, logger }).migrations, path: MIGRATIONS_DIR } });
        try {
          await migrate(orm);
          const result = await orm.migrator.create(MIGRATIONS_DIR, false, false, name);
          if (!result.fileName) console.log('no schema changes: no migration written');
          else {
            await writeMigrationIndex();
            console.log(`wrote ${path.relative(process.cwd(), path.join(MIGRATIONS_DIR, result.fileName))}`);
          }
        } finally {
          await orm.close(true);
          await db.orm.em.getConnection().execute(`drop database if exists ${scratch} with (force)`);
        }
      } finally {
        await db.close();
      }
      return;
    }
    case 'seed':
    case 'reset': {
      const employees = employeesArg(args, config.seedEmployees);
      const db = await openDatabase(config, logger);
      try {
        if (command === 'reset') {
          if (config.nodeEnv === 'production') throw new Error('reset refuses to run with NODE_ENV=production');
          await db.orm.em.getConnection().execute('drop schema public cascade; create schema public;');
        }
        await migrate(db.orm);
        const summary = await seedDatabase(db.orm, { employees, surveyResponses: config.seedSurveyResponses, logger, files: fileStoreOf(config.files), force: argValue(args, '--force') !== undefined || args.includes('--force') });
        console.log(summary);
      } finally {
        await db.close();
      }
      return;
    }
    default:
      throw new Error(`unknown command "${command ?? ''}"; use migrate, migration:create <name>, seed [--employees N] or reset [--employees N]`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

// Benchmark harness: a seeded database of a given size (kept between runs), the real server on a
// local port, and timing helpers that report medians and ratios. Speed is measured here, never
// asserted in tests.
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { pino } from 'pino';
import { createApp, type RunningApp } from '../app.ts';
import { ROOT_DIR, loadConfig } from '../config.ts';
import { startEmbeddedPostgres } from '../db/embedded.ts';
import { migrate } from '../db/database.ts';
import { ormConfig } from '../db/mikro-orm.config.ts';
import { DEMO_PASSWORD, seedDatabase } from '../db/seeders/index.ts';
import { query, sql } from '../shared/sql.ts';

/** Survey responses seeded with a bench database (the survey benchmark's data). */
export const BENCH_SURVEY_RESPONSES = 200_000;

export interface Harness {
  orm: MikroORM;
  app: RunningApp;
  employees: number;
  /** POST a GraphQL operation as a demo user; returns data and the statements it issued. */
  gql<T = any>(q: string, variables?: Record<string, unknown>, email?: string): Promise<{ data: T; sqlStatements: number }>;
  sql<T = any>(q: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

/** Runs `fn` `warmup` times untimed, then `runs` times; milliseconds. */
export async function time(fn: () => Promise<unknown>, runs = 15, warmup = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], p95: samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.95))], runs };
}

export function report(title: string, rows: [label: string, t: Timing][], baseline: string): void {
  const base = rows.find(([l]) => l === baseline)?.[1].median ?? 1;
  console.log(`\n${title}`);
  console.log(`${'measure'.padEnd(44)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(9)} ${'ratio'.padStart(7)}`);
  for (const [label, t] of rows) {
    console.log(`${label.padEnd(44)} ${t.median.toFixed(1).padStart(10)} ${t.p95.toFixed(1).padStart(9)} ${(t.median / base).toFixed(2).padStart(6)}x`);
  }
}

export async function openHarness(employees: number): Promise<Harness> {
  const logger = pino({ level: 'warn' });
  const dbName = `asn_merit_bench_${employees}`;
  let adminUrl = process.env.DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  if (!adminUrl) {
    const pg = await startEmbeddedPostgres({ dataDir: path.join(ROOT_DIR, '.data/pg-bench'), port: Number(process.env.BENCH_PG_PORT ?? 54389), database: dbName, logger });
    adminUrl = pg.url;
    stop = pg.stop;
  } else {
    const { default: pgLib } = await import('pg');
    const c = new pgLib.Client({ connectionString: adminUrl });
    await c.connect();
    const exists = await c.query('select 1 from pg_database where datname = $1', [dbName]);
    if (!exists.rowCount) await c.query(`create database ${dbName}`);
    await c.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'bench-secret-bench-secret-bench-secret!', DATABASE_URL: url.toString(), LOG_LEVEL: 'warn', EXPOSE_QUERY_COUNT: 'true', LOGIN_RATE_LIMIT_MAX: '100000', DB_POOL_MAX: '10' });
  const orm = await MikroORM.init(ormConfig({ url: url.toString(), poolMax: 10, logger }));
  await migrate(orm);
  const [{ n }] = await query<{ n: string }>(orm.em.fork(), sql`select count(*) as n from employee`);
  if (Number(n) === 0) {
    console.log(`seeding ${employees} employees into ${dbName} (kept for later runs)...`);
    console.log(await seedDatabase(orm, { employees, surveyResponses: BENCH_SURVEY_RESPONSES, logger }));
  }
  const app = await createApp({ config, orm, logger });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  const tokens = new Map<string, string>();
  const post = async (body: unknown, token?: string) => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
    return (await res.json()) as { data: any; errors?: { message: string }[]; extensions?: { sqlStatements?: number } };
  };
  return {
    orm,
    app,
    employees: Number(n) || employees,
    async gql(q, variables, email = 'bkpp@semarangkota.go.id') {
      let token = tokens.get(email);
      if (!token) {
        const r = await post({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: email, p: DEMO_PASSWORD } });
        token = r.data.login.token as string;
        tokens.set(email, token);
      }
      const r = await post({ query: q, variables }, token);
      if (r.errors?.length) throw new Error(r.errors.map((e) => e.message).join('; '));
      return { data: r.data, sqlStatements: r.extensions?.sqlStatements ?? -1 };
    },
    // The hand-written floor a benchmark compares against: raw text and parameters, as a client would send them.
    sql: (q, params = []) => orm.em.fork().execute(q, params, 'all'),
    async close() {
      await app.stop();
      await orm.close(true);
      await stop?.();
    },
  };
}

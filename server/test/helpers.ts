// Runs the real server (HTTP, GraphQL, PostgreSQL) for a test file, on its own database.
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { pino } from 'pino';
import { inject } from 'vitest';
import { fixedClock, type Clock } from '@asn-merit/common';
import { createApp, type RunningApp } from '../src/app.ts';
import { loadConfig, type Config } from '../src/config.ts';
import { ormConfig } from '../src/db/mikro-orm.config.ts';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/db/seeders/index.ts';

export type As = 'super' | 'gov' | 'unit' | 'analyst' | 'employee' | 'otherGov' | 'anonymous';

const EMAILS: Record<Exclude<As, 'anonymous'>, string> = {
  super: DEMO_USERS.find((u) => u.role === 'SUPER_ADMIN')!.email,
  gov: DEMO_USERS.find((u) => u.role === 'GOV_ADMIN' && u.government === '33.74')!.email,
  unit: DEMO_USERS.find((u) => u.role === 'UNIT_ADMIN')!.email,
  analyst: DEMO_USERS.find((u) => u.role === 'ANALYST')!.email,
  employee: DEMO_USERS.find((u) => u.role === 'EMPLOYEE')!.email,
  otherGov: DEMO_USERS.find((u) => u.role === 'GOV_ADMIN' && u.government === '12.76')!.email,
};

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions: { code: string; field?: string; reason?: string; problems?: { field: string; reason: string; message: string }[]; [k: string]: unknown };
}

export interface GqlResponse<T = any> {
  status: number;
  data: T;
  errors?: GqlError[];
  extensions?: { sqlStatements?: number };
}

export interface TestApp {
  url: string;
  orm: MikroORM;
  config: Config;
  app: RunningApp;
  gql<T = any>(query: string, variables?: Record<string, unknown>, as?: As, headers?: Record<string, string>): Promise<GqlResponse<T>>;
  /** Like gql, but fails the test on any error and returns `data`. */
  ok<T = any>(query: string, variables?: Record<string, unknown>, as?: As): Promise<T>;
  token(as: Exclude<As, 'anonymous'>): Promise<string>;
  /** Logs in as any user; returns a function running operations with that user's token. */
  loginAs(email: string, password: string): Promise<<T = any>(query: string, variables?: Record<string, unknown>) => Promise<GqlResponse<T>>>;
  sql<T = any>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** The run's "today" (Asia/Jakarta), the date the demo data was generated around: tests read it, never the machine's time. */
export const testToday = (): string => inject('today');

/** The real app on a fresh database, its clock stopped at `testToday()` unless `opts.clock` sets another day. */
export async function startTestApp(env: Record<string, string> = {}, opts: { clock?: Clock; /** where the app reaches its database (e.g. through a proxy a test can cut) */ databaseUrl?: (direct: URL) => string } = {}): Promise<TestApp> {
  const adminUrl = inject('pgAdminUrl');
  const template = inject('templateDb');
  const dbName = `asn_merit_t_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${dbName} template ${template}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;

  // Each app keeps its document files in a folder of its own, removed on close.
  const fileRoot = mkdtempSync(path.join(tmpdir(), 'asn-merit-files-'));
  const templateFiles = inject('templateFiles');
  if (existsSync(templateFiles)) cpSync(templateFiles, path.join(fileRoot, 'files'), { recursive: true });
  const config = loadConfig({
    NODE_ENV: 'test',
    FILE_DIR: path.join(fileRoot, 'files'),
    UPLOAD_TMP_DIR: path.join(fileRoot, 'uploads'),
    DATABASE_URL: opts.databaseUrl ? opts.databaseUrl(url) : url.toString(),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    EXPOSE_QUERY_COUNT: 'true',
    LOGIN_RATE_LIMIT_MAX: '1000',
    PUBLIC_QUERY_RATE_LIMIT_MAX: '100000',
    ...env,
  });
  const logger = pino({ level: config.logLevel });
  const orm = await MikroORM.init(ormConfig({ url: config.databaseUrl!, poolMax: 5, logger, statementTimeoutMs: config.dbStatementTimeoutMs, connectTimeoutMs: config.dbConnectTimeoutMs }));
  const app = await createApp({ config, orm, logger, clock: opts.clock ?? fixedClock(testToday()) });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  const tokens = new Map<string, string>();

  const gql = async <T,>(query: string, variables?: Record<string, unknown>, as: As = 'gov', headers: Record<string, string> = {}): Promise<GqlResponse<T>> => {
    const auth = as === 'anonymous' ? {} : { authorization: `Bearer ${await token(as)}` };
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GqlResponse<T>, 'status'>;
    return { status: res.status, ...body };
  };

  const token = async (as: Exclude<As, 'anonymous'>): Promise<string> => {
    let t = tokens.get(as);
    if (!t) {
      const res = await gql<{ login: { token: string } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: EMAILS[as], p: DEMO_PASSWORD },
        'anonymous',
      );
      if (res.errors) throw new Error(`login as ${as} failed: ${res.errors[0].message}`);
      t = res.data.login.token;
      tokens.set(as, t);
    }
    return t;
  };

  return {
    url: base,
    orm,
    config,
    app,
    gql,
    async ok<T>(query: string, variables?: Record<string, unknown>, as: As = 'gov') {
      const res = await gql<T>(query, variables, as);
      if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors, null, 2)}`);
      return res.data;
    },
    token,
    async loginAs(email: string, password: string) {
      const res = await gql<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: password }, 'anonymous');
      if (res.errors) throw new Error(`login as ${email} failed: ${res.errors[0].message}`);
      const bearer = res.data.login.token;
      return <T,>(query: string, variables?: Record<string, unknown>) => gql<T>(query, variables, 'anonymous', { authorization: `Bearer ${bearer}` });
    },
    sql: (query, params = []) => orm.em.fork().execute(query, params as unknown[]),
    async close() {
      await app.stop();
      await orm.close(true);
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${dbName} with (force)`);
      await c.end();
      rmSync(fileRoot, { recursive: true, force: true });
    },
  };
}

// Issue 11: rate limits shared by every server on a database (rate-limiter-flexible's PostgreSQL
// store, memory as insurance), a limit on anonymous queries, and the API's statement timeout.
import type { AddressInfo } from 'node:net';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type RunningApp } from '../src/app.ts';
import { migrate, openDatabase } from '../src/db/database.ts';
import { ormConfig } from '../src/db/mikro-orm.config.ts';
import { DEMO_USERS } from '../src/db/seeders/index.ts';
import { startTestApp, type TestApp } from './helpers.ts';

const EMAIL = DEMO_USERS.find((u) => u.role === 'ANALYST')!.email;
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const PUBLIC_QUERY = '{ publicSurveys(limit: 1) { total } }';

async function post(base: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), ...((await res.json()) as { data?: any; errors?: { message: string; extensions: Record<string, any> }[]; extensions?: { sqlStatements?: number } }) };
}

describe('rate limits in the database', () => {
  let t: TestApp;
  let second: { app: RunningApp; orm: MikroORM; url: string };
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT_MAX: '3', PUBLIC_QUERY_RATE_LIMIT_MAX: '4' });
    // A second server on the same database, as behind a load balancer.
    const logger = pino({ level: 'silent' });
    const orm = await MikroORM.init(ormConfig({ url: t.config.databaseUrl!, poolMax: 3, logger, statementTimeoutMs: t.config.dbStatementTimeoutMs }));
    const app = await createApp({ config: t.config, orm, logger });
    await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
    second = { app, orm, url: `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}` };
  });
  afterAll(async () => {
    await second.app.stop();
    await second.orm.close(true);
    await t.close();
  });

  it('keeps one login limit for two servers on one database', async () => {
    const servers = [t.url, second.url];
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await post(servers[i % 2], LOGIN, { e: EMAIL, p: `wrong-${i}` }));
    expect(answers.slice(0, 3).map((a) => a.errors?.[0].extensions.reason)).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS']);
    // The 4th and 5th attempts: each server had seen at most two, yet both refuse.
    expect(answers.slice(3).map((a) => a.errors?.[0].extensions.code)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    const rows = await t.sql<{ key: string; points: number }>(`select key, points from rate_limit where key like 'login:%'`);
    expect(rows).toEqual([{ key: `login:127.0.0.1|${EMAIL}`, points: 5 }]);
  });

  it('limits anonymous queries per client (HTTP 429 with Retry-After), across servers, before any SQL', async () => {
    const servers = [t.url, second.url];
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await post(servers[i % 2], PUBLIC_QUERY));
    expect(answers.slice(0, 4).map((a) => a.status)).toEqual([200, 200, 200, 200]);
    for (const refused of answers.slice(4)) {
      expect(refused.status).toBe(429);
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', params: { retryAfterSeconds: expect.any(Number) } });
      expect(refused.extensions?.sqlStatements).toBe(0);
    }
    // Logged-in users, and the public mutations (own limit), are not counted as anonymous queries.
    expect((await t.gql(PUBLIC_QUERY, {}, 'gov')).status).toBe(200);
  });

  it('falls back to counting in memory when the table fails, never lifting the limit', async () => {
    await t.sql('alter table rate_limit rename to rate_limit_away');
    try {
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(await post(t.url, LOGIN, { e: 'nobody@example.go.id', p: `wrong-${i}` }));
      expect(answers.map((a) => a.errors?.[0].extensions.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED', 'RATE_LIMITED']);
    } finally {
      await t.sql('alter table rate_limit_away rename to rate_limit');
    }
  });
});

describe('the statement timeout', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DB_STATEMENT_TIMEOUT_MS: '400' });
  });
  afterAll(() => t.close());

  it("bounds every statement of the API's connections", async () => {
    expect(await t.sql('show statement_timeout')).toEqual([{ statement_timeout: '400ms' }]);
  });

  it('answers a statement cancelled by it with 503 SERVICE_UNAVAILABLE, without SQL, and recovers', async () => {
    // Hold a lock the query must wait for: it waits past the timeout and PostgreSQL cancels it.
    const locker = new pg.Client({ connectionString: t.config.databaseUrl });
    await locker.connect();
    const query = '{ surveyIndices(groupBy: GOVERNMENT) { governmentId ikm } }';
    try {
      await locker.query('begin');
      await locker.query('lock table survey in access exclusive mode');
      const started = Date.now();
      const res = await t.gql(query, {}, 'anonymous');
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(res.status).toBe(503);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'QUERY_TIMEOUT' });
      expect(JSON.stringify(res.errors)).not.toMatch(/select|survey_response|statement timeout/i);
    } finally {
      await locker.query('rollback');
      await locker.end();
    }
    const again = await t.gql(query, {}, 'anonymous');
    expect(again.status).toBe(200);
    expect(again.errors).toBeUndefined();
  });

  it('spares migrations and seeding: they run on a pool of their own without it', async () => {
    const db = await openDatabase(t.config, pino({ level: 'silent' }), { statementTimeoutMs: 1234 });
    try {
      expect(await db.orm.em.fork().execute('show statement_timeout')).toEqual([{ statement_timeout: '1234ms' }]);
      const inMaintenance = await db.maintenance(async (orm) => {
        expect(await migrate(orm)).toEqual([]);
        return orm.em.fork().execute('show statement_timeout');
      });
      expect(inMaintenance).toEqual([{ statement_timeout: '0' }]);
    } finally {
      await db.close();
    }
  });
});

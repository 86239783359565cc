// While PostgreSQL cannot be reached, clients get a clean 503 SERVICE_UNAVAILABLE with Retry-After
// (issue 11, "Bad input must never be an internal error"); before, a request with a token got HTTP
// 500 "Context creation failed: connect ECONNREFUSED 127.0.0.1:<port>", naming the database's
// address. The app reaches its database through a TCP proxy this test cuts and restores.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers.ts';

/** A TCP proxy in front of PostgreSQL: `down()` refuses and cuts every connection, `up()` restores. */
class Proxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  async up(): Promise<void> {
    if (this.server) return;
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('error', () => undefined);
        s.once('close', () => this.sockets.delete(s));
      }
      client.once('close', () => upstream.destroy());
      upstream.once('close', () => client.destroy());
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(this.port, '127.0.0.1', resolve));
    this.server = server;
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const PROXY_PORT = 57371;
let t: TestApp;
let proxy: Proxy;
let token: string;

beforeAll(async () => {
  const pgUrl = new URL(inject('pgAdminUrl'));
  proxy = new Proxy(PROXY_PORT, { host: pgUrl.hostname, port: Number(pgUrl.port) });
  await proxy.up();
  t = await startTestApp({ DB_CONNECT_TIMEOUT_MS: '2000' }, {
    databaseUrl: (direct) => {
      const via = new URL(direct);
      via.port = String(PROXY_PORT);
      return via.toString();
    },
  });
  token = await t.token('gov');
});
afterAll(async () => {
  await proxy?.up().catch(() => undefined);
  await t?.close();
  await proxy?.down();
});

async function post(query: string, auth = true): Promise<{ status: number; retryAfter: string | null; text: string }> {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(20_000),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), text: await res.text() };
}

/** Nothing about where the database is, nor how the server is built. */
function expectNoInternals(text: string): void {
  for (const leak of ['ECONNREFUSED', 'Context creation failed', String(PROXY_PORT), '127.0.0.1', 'stacktrace', 'at ', 'pg-pool', 'Connection terminated']) expect(text).not.toContain(leak);
}

describe('database unreachable', () => {
  it('answers 503 SERVICE_UNAVAILABLE with Retry-After and no internals, then recovers by itself', async () => {
    expect((await post('{ me { email } }')).status).toBe(200);
    await proxy.down();

    // With a token: the account is read while the context is built.
    const withToken = await post('{ me { email } }');
    expect(withToken.status).toBe(503);
    expect(Number(withToken.retryAfter)).toBeGreaterThan(0);
    expect(JSON.parse(withToken.text).errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' });
    expectNoInternals(withToken.text);

    // Without a login: a public query whose resolver reaches the database.
    const anonymous = await post('{ publicSurveys(limit: 5) { total } }', false);
    expect(anonymous.status).toBe(503);
    expect(anonymous.retryAfter).not.toBeNull();
    expect(JSON.parse(anonymous.text).errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' });
    expectNoInternals(anonymous.text);

    // Downloads the same, and the health check says "not ready".
    const csv = await fetch(`${t.url}/export/duk.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(csv.status).toBe(503);
    expect(csv.headers.get('retry-after')).not.toBeNull();
    const csvText = await csv.text();
    expect(JSON.parse(csvText).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expectNoInternals(csvText);
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).not.toBeNull();

    // The database comes back: the same server answers again, without a restart.
    await proxy.up();
    const until = Date.now() + 30_000;
    let again = await post('{ me { email } }');
    while (again.status !== 200 && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 200));
      again = await post('{ me { email } }');
    }
    expect(again.status).toBe(200);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });
});

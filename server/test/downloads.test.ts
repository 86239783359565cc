// Cancelled and stalled CSV downloads (issue 11, "Exports and shutdown"): a download the client
// abandons (or stops reading) must give its cursor and database connection back at once. Before, each one stayed
// "active / ClientRead" in PostgreSQL for as long as the process lived, and a handful exhausted the
// pool (5 connections here, 10 by default) so the API stopped answering.
import http from 'node:http';
import { Writable } from 'node:stream';
import type { Response } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { Downloads, DownloadAborted } from '../src/exports/download.ts';
import { multiplyEmployees } from './bulk.ts';
import { startTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let probe: pg.Client;
let token: string;

const IDLE_MS = 1_500;

beforeAll(async () => {
  // (a generous API statement timeout: ten list pages over 13,000 employees at once on a loaded machine)
  t = await startTestApp({ EXPORT_IDLE_TIMEOUT_MS: String(IDLE_MS), DB_STATEMENT_TIMEOUT_MS: '60000' });
  probe = new pg.Client({ connectionString: t.config.databaseUrl });
  await probe.connect();
  // Far more rows than a socket buffers: a download cannot be over before its client leaves.
  // (on the probe's connection: the app's carry the API's statement timeout)
  await multiplyEmployees((text) => probe.query(text), '33.74', 40);
  token = await t.token('gov');
});
afterAll(async () => {
  await probe?.end();
  await t?.close();
});

/** Sessions of the app's database doing something (or stuck doing it), other than this probe. */
async function busySessions(): Promise<{ pid: number; state: string; wait_event: string | null; query: string }[]> {
  const { rows } = await probe.query(`select pid, state, wait_event, left(query, 80) as query from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'`);
  return rows;
}

async function pollUntil<T>(read: () => Promise<T>, done: (v: T) => boolean, ms: number): Promise<T> {
  const until = Date.now() + ms;
  let v = await read();
  while (!done(v) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}

/** Starts a download and drops the connection as soon as its first bytes arrive; resolves with their size. */
function startAndCancel(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${t.url}${path}`, { headers: { authorization: `Bearer ${token}` } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`status ${res.statusCode}`));
      res.once('data', (chunk: Buffer) => {
        req.destroy();
        resolve(chunk.length);
      });
    });
    req.on('error', () => undefined);
  });
}

const DUK = '/export/duk.csv';
const EMPLOYEES = '/export/list/employees.csv';

describe('cancelled downloads', () => {
  it('frees the cursor and connection of every download the client cancels; the API keeps answering', async () => {
    const { duk } = await t.ok('{ duk(limit: 1) { total } }');
    expect(duk.total).toBeGreaterThan(5_000);

    const firstBytes = await Promise.all(Array.from({ length: 10 }, (_, i) => startAndCancel(i % 2 ? EMPLOYEES : DUK)));
    expect(firstBytes.every((n) => n > 0)).toBe(true);

    const busy = await pollUntil(busySessions, (rows) => rows.length === 0, 5_000);
    expect(busy).toEqual([]);
    expect(await pollUntil(async () => t.app.downloads.inFlight, (n) => n === 0, 5_000)).toBe(0);

    // More requests at once than the pool has connections: all answered.
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: '{ me { email } employees(limit: 5) { total } }' }),
          signal: AbortSignal.timeout(20_000),
        }).then((r) => r.status),
      ),
    );
    expect(answers).toEqual(Array(12).fill(200));

    // A whole download still works afterwards.
    const full = await fetch(`${t.url}${DUK}`, { headers: { authorization: `Bearer ${token}` } });
    expect(full.status).toBe(200);
    expect((await full.text()).trim().split('\r\n')).toHaveLength(duk.total + 1);
  });

  it('aborts a download whose client stops reading for EXPORT_IDLE_TIMEOUT_MS (and one the server shuts down)', async () => {
    // A response whose client never reads: every write fills its buffer and no 'drain' ever comes.
    // (Over a real socket the kernel's buffers take megabytes first; the idle clock only starts once
    // they are full, which is what this stands for.)
    const stalled = () => new Writable({ highWaterMark: 1, write: () => undefined }) as unknown as Response;
    const downloads = new Downloads(IDLE_MS);
    const idle = downloads.start(stalled());
    const since = Date.now();
    await expect(idle.write('x'.repeat(100))).rejects.toBeInstanceOf(DownloadAborted);
    expect(idle.aborted).toBe('client idle');
    expect(Date.now() - since).toBeGreaterThanOrEqual(IDLE_MS - 50);
    expect(idle.res.destroyed).toBe(true);
    // The handler ends the rows' iterator: a cursor's generator runs its cleanup.
    let cleaned = false;
    async function* rows() {
      try {
        yield 1;
        yield 2;
      } finally {
        cleaned = true;
      }
    }
    const it = rows();
    await it.next();
    idle.finish(it);
    await idle.settled();
    expect(cleaned).toBe(true);
    expect(downloads.inFlight).toBe(0);

    // Shutdown aborts what is in flight and waits for the cleanup.
    const inFlight = downloads.start(stalled());
    const waiting = inFlight.write('x'.repeat(100)).catch((e: unknown) => e);
    const stopping = downloads.abortAll('shutdown', 5_000);
    expect(await waiting).toBeInstanceOf(DownloadAborted);
    inFlight.finish();
    await stopping;
    expect(inFlight.aborted).toBe('shutdown');
    expect(downloads.inFlight).toBe(0);
  });

  it('bounds the cursor of a download by EXPORT_STATEMENT_TIMEOUT_MS, in its own transaction', async () => {
    const strict = await startTestApp({ EXPORT_STATEMENT_TIMEOUT_MS: '1' });
    try {
      const res = await fetch(`${strict.url}${DUK}`, { headers: { authorization: `Bearer ${await strict.token('gov')}` } });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).not.toBeNull();
      expect(((await res.json()) as { errors: { extensions: { reason: string } }[] }).errors[0].extensions.reason).toBe('QUERY_TIMEOUT');
      // `set local`: the pooled connection keeps the API's own timeout, and the API answers.
      const [{ statement_timeout }] = await strict.sql<{ statement_timeout: string }>('show statement_timeout');
      expect(statement_timeout).toBe('5s');
      expect((await strict.gql('{ duk(limit: 5) { total } }')).status).toBe(200);
    } finally {
      await strict.close();
    }
  });
});

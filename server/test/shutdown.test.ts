// SIGTERM with a download in flight (issue 11, "Exports and shutdown"): the server stops accepting,
// cuts the download (its cursor and connection freed), ends the pool, stops its embedded PostgreSQL
// and exits 0 within a bounded time. Before, it logged "stopping" and hung until killed: the
// download waited for a 'drain' that never came, so ending the pool waited for its connection.
// Runs the built server (`server/dist/main.js`): needs `npm run build` (npm test builds first).
import http from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multiplyEmployees } from './bulk.ts';
import { portOpen, sleep, spawnServer, type SpawnedServer } from './spawned-server.ts';

const GRACE_MS = 3_000;
/** Generous: the grace, then ending the pool and a fast shutdown of PostgreSQL, on a loaded machine. */
const EXIT_BOUND_MS = GRACE_MS + 12_000;
let s: SpawnedServer;

beforeAll(async () => {
  s = await spawnServer({ name: 'shutdown-test', port: 57380, pgPort: 57381, employees: 300, env: { SHUTDOWN_GRACE_MS: String(GRACE_MS) } });
  // A DUK of several megabytes: more than the socket buffers hold, so the download is still streaming.
  const db = await s.db();
  await multiplyEmployees((text) => db.query(text), '33.74', 150);
  await db.end();
}, 240_000);
afterAll(() => s?.stop());

describe('shutdown', () => {
  it('exits 0 within a bounded time when stopped mid-download, with its embedded PostgreSQL stopped', async () => {
    const token = await s.token();
    // A client that takes the first bytes and then reads no more.
    const firstBytes = await new Promise<number>((resolve, reject) => {
      const req = http.get(`${s.url}/export/duk.csv`, { headers: { authorization: `Bearer ${token}` } }, (res) => {
        if (res.statusCode !== 200) return reject(new Error(`status ${res.statusCode}`));
        res.once('data', (chunk: Buffer) => {
          res.pause();
          resolve(chunk.length);
        });
      });
      req.on('error', () => undefined);
    });
    expect(firstBytes).toBeGreaterThan(0);
    await sleep(500);
    expect(await portOpen(s.pgPort)).toBe(true);

    const since = Date.now();
    s.child.kill('SIGTERM');
    const exit = await Promise.race([s.exited, sleep(EXIT_BOUND_MS + 5_000).then(() => null)]);
    const tookMs = Date.now() - since;
    console.info(`shutdown mid-download took ${tookMs} ms`);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(tookMs).toBeLessThan(EXIT_BOUND_MS);
    expect(await portOpen(s.pgPort)).toBe(false);
    expect(existsSync(path.join(s.dataDir, 'postmaster.pid'))).toBe(false);
    const messages = s.logs.map((l) => l.msg);
    expect(messages).toContain('stopping');
    expect(messages).toContain('stopped cleanly');
    expect(s.logs.some((l) => l.msg === 'download aborted' && l.reason === 'shutdown')).toBe(true);
  });
});

// The embedded PostgreSQL dies (kill -9 of the postmaster) under a stream of writes (issue 11, "The
// embedded database"): the server restarts it by itself (crash recovery), answers again within a few
// seconds (goal < 5 s; the bound asserted is generous for a loaded machine), and every write it
// acknowledged is still there. Before, it stayed up answering 500 and never restarted the database.
// Runs the built server (`server/dist/main.js`): needs `npm run build` (npm test builds first).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sleep, spawnServer, type SpawnedServer } from './spawned-server.ts';

let s: SpawnedServer;
let serviceId: string;

beforeAll(async () => {
  s = await spawnServer({
    name: 'restart-test',
    port: 57382,
    pgPort: 57383,
    employees: 50,
    env: { PUBLIC_RATE_LIMIT_MAX: '100000', PUBLIC_QUERY_RATE_LIMIT_MAX: '100000' },
  });
  const db = await s.db();
  serviceId = (await db.query<{ id: string }>('select id from public_service order by id limit 1')).rows[0].id;
  await db.end();
}, 240_000);
afterAll(() => s?.stop());

const SUBMIT = 'mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { trackingCode } }';

describe('embedded PostgreSQL supervisor', () => {
  it('restarts a killed PostgreSQL, answers again by itself, and keeps every acknowledged write', async () => {
    const acknowledged: string[] = [];
    let refused = 0;
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        try {
          const res = await s.gql<{ submitFeedback: { trackingCode: string } }>(SUBMIT, { input: { serviceId, category: 'SUGGESTION', text: `Saran nomor ${i}` } });
          if (res.status === 200 && res.body.data?.submitFeedback) acknowledged.push(res.body.data.submitFeedback.trackingCode);
          else refused++;
        } catch {
          refused++;
        }
        await sleep(20);
      }
    })();
    while (acknowledged.length < 20) await sleep(50);

    const oldPid = s.postmasterPid();
    process.kill(oldPid, 'SIGKILL');
    const killedAt = Date.now();
    const beforeKill = acknowledged.length;

    // Poll until the API answers a query that needs the database again.
    let recoveredAt = 0;
    while (Date.now() - killedAt < 60_000) {
      try {
        const res = await s.gql('{ publicSurveys(limit: 1) { total } }');
        if (res.status === 200 && !res.body.errors) {
          recoveredAt = Date.now();
          break;
        }
        // Meanwhile the answer is a clean 503, never a 500.
        expect(res.status).toBe(503);
      } catch {
        // connection refused cannot happen (the HTTP server stays up), but do not fail on it
      }
      await sleep(100);
    }
    expect(recoveredAt).toBeGreaterThan(0);
    const recoveryMs = recoveredAt - killedAt;
    console.info(`embedded PostgreSQL killed: API answering again after ${recoveryMs} ms (goal < 5000 ms); writes refused meanwhile: ${refused}`);
    expect(recoveryMs).toBeLessThan(30_000);

    // Writes go on after the restart.
    const target = acknowledged.length + 10;
    const until = Date.now() + 30_000;
    while (acknowledged.length < target && Date.now() < until) await sleep(50);
    writing = false;
    await writer;
    expect(acknowledged.length).toBeGreaterThan(beforeKill);

    expect(s.postmasterPid()).not.toBe(oldPid);
    expect(s.logs.some((l) => l.msg === 'embedded PostgreSQL exited unexpectedly')).toBe(true);
    expect(s.logs.some((l) => l.msg === 'embedded PostgreSQL restarted')).toBe(true);

    // Every acknowledged write survived the crash.
    const db = await s.db();
    const { rows } = await db.query<{ tracking_code: string }>('select tracking_code from feedback where tracking_code = any($1)', [acknowledged]);
    await db.end();
    expect(new Set(rows.map((r) => r.tracking_code))).toEqual(new Set(acknowledged));

    // And the server still shuts down cleanly afterwards.
    s.child.kill('SIGTERM');
    expect(await s.exited).toEqual({ code: 0, signal: null });
  });
});

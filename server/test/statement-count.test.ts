// `extensions.sqlStatements` counts one request's statements (issue 12, item 9). The count used to
// live in a module-level map keyed by the client-supplied `x-request-id`: two requests sending the
// same id shared one counter, and every CSV export added an entry that was never removed. Now each
// request (and each export) has its own counter on its Context.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as queryLogger from '../src/db/query-logger.ts';
import { startTestApp, type TestApp } from './helpers.ts';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const LIGHT = '{ me { email } }';
const HEAVY = '{ employees(limit: 20) { total items { nip currentRank { rank { code } } currentPosition { title } currentUnit { name } } } }';

describe('statements per request', () => {
  it('gives two concurrent requests with the same x-request-id a count each', async () => {
    const alone = async (q: string) => (await t.gql(q, {}, 'gov', { 'x-request-id': `alone-${Math.random()}` })).extensions?.sqlStatements;
    const light = await alone(LIGHT);
    const heavy = await alone(HEAVY);
    expect(light).toBeGreaterThan(0);
    expect(heavy).toBeGreaterThan(light!);

    const shared = { 'x-request-id': 'same-id-for-everyone' };
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => t.gql(i % 2 ? HEAVY : LIGHT, {}, 'gov', shared)));
    expect(answers.map((a) => a.extensions?.sqlStatements)).toEqual(Array.from({ length: 8 }, (_, i) => (i % 2 ? heavy : light)));
  });

  it('keeps no state between requests: exports and requests leave nothing behind', async () => {
    // No process-wide registry of counts exists any more (it grew by one entry per CSV export).
    expect(Object.keys(queryLogger)).not.toContain('statementCounts');
    const token = await t.token('gov');
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${t.url}/export/list/governments.csv`, { headers: { authorization: `Bearer ${token}`, 'x-request-id': 'export-id' } });
      expect(res.status).toBe(200);
      await res.text();
    }
    // A request with the id the exports used starts from zero.
    const after = await t.gql(LIGHT, {}, 'gov', { 'x-request-id': 'export-id' });
    expect(after.extensions?.sqlStatements).toBe((await t.gql(LIGHT)).extensions?.sqlStatements);
  });
});

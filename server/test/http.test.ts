// GraphQL over HTTP: the status codes of the spec (graphql-http's own server audit), and no client
// mistake answered with a 5xx.
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function post(body: string, headers: Record<string, string> = {}): Promise<{ status: number; contentType: string; body: any }> {
  const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: kept as text for the assertion message
  }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: json };
}

describe('GraphQL over HTTP', () => {
  it('passes the graphql-http server audit with no error and no warning', async () => {
    const results: AuditResult[] = [];
    for (const audit of serverAudits({ url: `${t.url}/graphql`, fetchFn: fetch })) results.push(await audit.fn());
    const count = (status: string) => results.filter((r) => r.status === status).length;
    const notOk = results.filter((r) => r.status === 'error' || r.status === 'warn').map((r) => `${r.status}: ${r.name} (${'reason' in r ? r.reason : ''})`);
    expect(notOk).toEqual([]);
    expect(count('error')).toBe(0);
    expect(count('warn')).toBeLessThanOrEqual(2);
    expect(count('ok')).toBeGreaterThan(50);
  });

  it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED', async () => {
    for (const accept of [undefined, '*/*', 'application/graphql-response+json']) {
      const res = await post(JSON.stringify({ query: '{ nope' }), accept ? { accept } : {});
      expect(res.status, `accept ${accept}`).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(res.body.data).toBeUndefined();
    }
    // A legacy client asking for application/json only gets 200 with the errors (the spec's SHOULD).
    const legacy = await post(JSON.stringify({ query: '{ nope' }), { accept: 'application/json' });
    expect(legacy.status).toBe(200);
    expect(legacy.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a document over the token limit with 400 before any work is done', async () => {
    const aliases = Array.from({ length: 3000 }, (_, i) => `a${i}: __typename`).join(' ');
    const res = await post(JSON.stringify({ query: `{ ${aliases} }` }));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.body.errors[0].message).toMatch(/tokens/);
  });

  it('never answers a client mistake with a 5xx', async () => {
    const bodies: [string, Record<string, string>][] = [
      ['{ nope', {}],
      ['not json at all', {}],
      ['{"query": 12}', {}],
      ['{"query": "{ __typename }", "variables": "x"}', {}],
      ['{"query": "{ __typename }", "extensions": []}', {}],
      ['[]', {}],
      ['{"query": "query($id: ID!) { employee(id: $id) { id } }"}', {}],
      ['{"query": "query($id: ID!) { employee(id: $id) { id } }", "variables": {"id": {"a": 1}}}', {}],
      ['{"query": "{ employees(limit: 100000) { total } }"}', {}],
      ['{"query": "{ __typename }", "operationName": "Missing"}', {}],
      ['{"query": "query A { __typename } query B { __typename }"}', {}],
      ['{"query": "{ __typename }"}', { 'content-type': 'text/plain' }],
      ['{"query": "{ __typename }"}', { authorization: 'Basic abc' }],
      ['{"query": "{ __typename }"}', { authorization: 'Bearer not-a-token' }],
      [`{"query": "{ serviceDirectory(q: \\"x\\u0000\\") { total } }"}`, {}],
      ['{"query": "{ ' + 'a { '.repeat(60) + '} '.repeat(60) + '}"}', {}],
      [JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(200_000) }), {}],
    ];
    for (const [body, headers] of bodies) {
      const res = await post(body, headers);
      expect(res.status, `${body.slice(0, 80)} ${JSON.stringify(headers)}: ${JSON.stringify(res.body).slice(0, 300)}`).toBeLessThan(500);
    }
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBeLessThan(500);
  });
});

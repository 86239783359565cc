// The self-hosted GraphiQL (issue 18): served at /graphiql from the project's own build (no CDN,
// works offline), opening with the README's example queries, each of which runs as an analyst and
// as an API key.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../src/config.ts';
import { createSchema } from '../src/schema.ts';
import { startTestApp, type TestApp } from './helpers.ts';

const EXAMPLES_DIR = path.join(ROOT_DIR, 'admin/graphiql/examples');
const examples = readdirSync(EXAMPLES_DIR)
  .filter((f) => f.endsWith('.graphql'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(path.join(EXAMPLES_DIR, f), 'utf8') }));

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('GraphiQL examples', () => {
  it('are the README\'s example queries', () => {
    const readme = readFileSync(path.join(ROOT_DIR, 'README.md'), 'utf8');
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const e of examples) expect(readme, e.name).toContain(e.text.trim());
  });

  it('are valid and run as an analyst and as an API key, without errors', async () => {
    const schema = await createSchema();
    const created = await t.ok<{ createApiKey: { key: string } }>('mutation { createApiKey(input: { name: "GraphiQL" }) { key } }');
    for (const e of examples) {
      expect(validate(schema, parse(e.text)), e.name).toEqual([]);
      const analyst = await t.gql(e.text, {}, 'analyst');
      expect(analyst.errors, e.name).toBeUndefined();
      const key = await t.gql(e.text, {}, 'anonymous', { 'x-api-key': created.createApiKey.key });
      expect(key.errors, e.name).toBeUndefined();
    }
  });
});

describe('GraphiQL page', () => {
  it('is served at /graphiql from the build, with no script or style from another host', async () => {
    const dist = path.join(t.config.adminDistDir, 'graphiql');
    const built = existsSync(path.join(dist, 'index.html'));
    const res = await fetch(`${t.url}/graphiql`);
    if (!built) {
      // Only before `npm run build` (npm test builds first).
      expect(res.status).toBe(404);
      return;
    }
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('/graphiql/assets/');
    const assets = readdirSync(path.join(dist, 'assets'));
    expect(assets.some((a) => a.includes('graphql.worker'))).toBe(true);
    for (const a of [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1])) {
      expect(a.startsWith('/graphiql/'), a).toBe(true);
      expect((await fetch(`${t.url}${a}`)).status, a).toBe(200);
    }
    for (const a of assets.filter((f) => f.endsWith('.js') || f.endsWith('.css'))) {
      const text = readFileSync(path.join(dist, 'assets', a), 'utf8');
      expect(text, a).not.toMatch(/https:\/\/(esm\.sh|unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com)/);
    }
  });
});

// Tokens and accounts: a password change (by the user or an administrator) revokes every token
// issued before it, a disabled account's tokens are refused, password spraying from one address is
// limited, development mode is safe by default, and CORS_ORIGINS is applied.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { startTestApp, type TestApp } from './helpers.ts';

const ME = '{ me { id email } }';
const CREATE = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id version } }';
const UPDATE = 'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id version } }';
const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

let t: TestApp;
let seq = 0;

/** A fresh analyst account (its own password, so changing it disturbs no other test). */
async function newAccount(): Promise<{ id: string; email: string; password: string }> {
  const email = `uji.token.${++seq}@semarangkota.go.id`;
  const password = 'RahasiaAwal2026';
  const { createUser } = await t.ok(CREATE, { input: { email, displayName: `Akun Token ${String.fromCharCode(64 + seq)}`, password, role: 'ANALYST' } });
  return { id: createUser.id, email, password };
}

async function login(email: string, password: string): Promise<string> {
  const res = await t.gql(LOGIN, { e: email, p: password }, 'anonymous');
  if (res.errors) throw new Error(`login failed: ${res.errors[0].message}`);
  return res.data.login.token;
}

const as = (token: string) => ({ authorization: `Bearer ${token}` });

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('token revocation', () => {
  it('refuses tokens issued before the user changed their password, even within the same second', async () => {
    const acc = await newAccount();
    const older = await login(acc.email, acc.password);
    const old = await login(acc.email, acc.password);
    expect((await t.gql(ME, {}, 'anonymous', as(old))).data.me.email).toBe(acc.email);
    const changed = await t.gql(CHANGE, { c: acc.password, n: 'RahasiaBaru2026' }, 'anonymous', as(old));
    expect(changed.data?.changePassword).toBe(true);
    for (const token of [old, older]) {
      const res = await t.gql(ME, {}, 'anonymous', as(token));
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_REVOKED' });
    }
    // A login right after the change (same second as it) works: the new token is not revoked.
    const fresh = await login(acc.email, 'RahasiaBaru2026');
    expect((await t.gql(ME, {}, 'anonymous', as(fresh))).data.me.id).toBe(acc.id);
  });

  it('refuses tokens issued before an administrator reset the password', async () => {
    const acc = await newAccount();
    const before = await login(acc.email, acc.password);
    const [row] = await t.sql<{ version: number }>('select version from app_user where id = ?', [acc.id]);
    await t.ok(UPDATE, { id: acc.id, input: { version: row.version, password: 'DisetelAdmin2026' } });
    const res = await t.gql(ME, {}, 'anonymous', as(before));
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_REVOKED' });
    const after = await login(acc.email, 'DisetelAdmin2026');
    expect((await t.gql(ME, {}, 'anonymous', as(after))).data.me.id).toBe(acc.id);
    // Other changes of the account (a new name) revoke nothing.
    const [again] = await t.sql<{ version: number }>('select version from app_user where id = ?', [acc.id]);
    await t.ok(UPDATE, { id: acc.id, input: { version: again.version, displayName: 'Akun Token Diubah' } });
    expect((await t.gql(ME, {}, 'anonymous', as(after))).data.me.id).toBe(acc.id);
  });

  it('refuses a token without the password claim issued before the change (tokens of earlier versions)', async () => {
    const acc = await newAccount();
    const sign = (iat: number) =>
      new SignJWT({ role: 'ANALYST' }).setProtectedHeader({ alg: 'HS256' }).setSubject(acc.id).setIssuer('asn-merit').setIssuedAt(iat).setExpirationTime(iat + 3600).sign(new TextEncoder().encode(t.config.jwtSecret));
    const legacy = await sign(Math.floor(Date.now() / 1000) - 60);
    expect((await t.gql(ME, {}, 'anonymous', as(legacy))).data.me.id).toBe(acc.id);
    const token = await login(acc.email, acc.password);
    expect((await t.gql(CHANGE, { c: acc.password, n: 'RahasiaBaru2026' }, 'anonymous', as(token))).data?.changePassword).toBe(true);
    expect((await t.gql(ME, {}, 'anonymous', as(legacy))).errors?.[0].extensions.reason).toBe('TOKEN_REVOKED');
  });

  it('refuses the tokens of a disabled account', async () => {
    const acc = await newAccount();
    const token = await login(acc.email, acc.password);
    const [row] = await t.sql<{ version: number }>('select version from app_user where id = ?', [acc.id]);
    await t.ok(UPDATE, { id: acc.id, input: { version: row.version, active: false } });
    const res = await t.gql(ME, {}, 'anonymous', as(token));
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_DISABLED' });
    const again = await t.gql(LOGIN, { e: acc.email, p: acc.password }, 'anonymous');
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
  });

  it('does not change the account (version, audit trail) when someone logs in', async () => {
    const acc = await newAccount();
    const [before] = await t.sql<{ version: number }>('select version from app_user where id = ?', [acc.id]);
    await login(acc.email, acc.password);
    const [after] = await t.sql<{ version: number; last_login_at: Date | null }>('select version, last_login_at from app_user where id = ?', [acc.id]);
    expect(after.version).toBe(before.version);
    expect(after.last_login_at).not.toBeNull();
    const audit = await t.sql('select action, changes from audit_entry where entity_id = ?', [acc.id]);
    expect(audit.map((a) => a.action)).toEqual(['CREATE']);
  });
});

describe('password spraying', () => {
  let s: TestApp;
  beforeAll(async () => {
    s = await startTestApp({ LOGIN_CLIENT_RATE_LIMIT_MAX: '5', LOGIN_CLIENT_RATE_LIMIT_WINDOW_SECONDS: '600' });
  });
  afterAll(() => s?.close());

  it('limits failed logins per client across e-mails, and then refuses even a right password', async () => {
    const tryLogin = (e: string, p = 'TebakanSandi1') => s.gql(LOGIN, { e, p }, 'anonymous');
    // Successful logins use up nothing: an office behind one address logs in freely.
    for (let i = 0; i < 8; i++) expect((await tryLogin('bkpp@semarangkota.go.id', 'MeritDemo2026')).errors).toBeUndefined();
    for (let i = 0; i < 5; i++) {
      const res = await tryLogin(`orang${i}@semarangkota.go.id`);
      expect(res.errors?.[0].extensions.reason).toBe('INVALID_CREDENTIALS');
    }
    const limited = await tryLogin('orang9@semarangkota.go.id');
    expect(limited.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    // The sprayer learns nothing more, not even from a right password.
    expect((await tryLogin('bkpp@semarangkota.go.id', 'MeritDemo2026')).errors?.[0].extensions.code).toBe('RATE_LIMITED');
    // Without TRUST_PROXY a forwarded-for header changes nothing: still the same client.
    const forwarded = await s.gql(LOGIN, { e: 'bkpp@semarangkota.go.id', p: 'MeritDemo2026' }, 'anonymous', { 'x-forwarded-for': '203.0.113.9' });
    expect(forwarded.errors?.[0].extensions.code).toBe('RATE_LIMITED');
  });

  it('keeps clients apart behind a trusted proxy', async () => {
    const p = await startTestApp({ LOGIN_CLIENT_RATE_LIMIT_MAX: '2', TRUST_PROXY: 'true' });
    try {
      const from = (ip: string, e: string, pw = 'TebakanSandi1') => p.gql(LOGIN, { e, p: pw }, 'anonymous', { 'x-forwarded-for': ip });
      for (const e of ['a@x.go.id', 'b@x.go.id']) expect((await from('203.0.113.1', e)).errors?.[0].extensions.reason).toBe('INVALID_CREDENTIALS');
      expect((await from('203.0.113.1', 'c@x.go.id')).errors?.[0].extensions.code).toBe('RATE_LIMITED');
      expect((await from('203.0.113.2', 'bkpp@semarangkota.go.id', 'MeritDemo2026')).errors).toBeUndefined();
    } finally {
      await p.close();
    }
  });
});

describe('development defaults', () => {
  it('listens on 127.0.0.1 in development unless HOST is set, on every interface in production', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'asn-merit-cfg-'));
    try {
      const pg = path.join(dir, 'pg');
      expect(loadConfig({ NODE_ENV: 'development', PG_DATA_DIR: pg }).host).toBe('127.0.0.1');
      expect(loadConfig({ NODE_ENV: 'development', PG_DATA_DIR: pg, HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
      expect(loadConfig({ PG_DATA_DIR: pg }).host).toBe('127.0.0.1');
      expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).host).toBe('0.0.0.0');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('generates a random signing secret in the data folder (0600), reuses it, and never uses the published one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'asn-merit-cfg-'));
    try {
      const env = { NODE_ENV: 'development', PG_DATA_DIR: path.join(dir, 'pg') };
      const first = loadConfig(env).jwtSecret;
      const file = path.join(dir, 'jwt-secret');
      expect(readFileSync(file, 'utf8').trim()).toBe(first);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(first).not.toBe('asn-merit-development-secret-do-not-use-in-production');
      expect(loadConfig(env).jwtSecret).toBe(first);
      // Another data folder, another secret.
      expect(loadConfig({ NODE_ENV: 'development', PG_DATA_DIR: path.join(dir, 'other', 'pg') }).jwtSecret).not.toBe(first);
      // A secret given is used as is, and no file is needed.
      expect(loadConfig({ ...env, JWT_SECRET: 'y'.repeat(40) }).jwtSecret).toBe('y'.repeat(40));
      expect(() => loadConfig({ ...env, JWT_SECRET: 'asn-merit-development-secret-do-not-use-in-production' })).toThrow(/JWT_SECRET/);
      expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('CORS', () => {
  let c: TestApp;
  const allowed = 'https://dasbor.semarangkota.go.id';
  beforeAll(async () => {
    c = await startTestApp({ CORS_ORIGINS: `${allowed},https://lain.go.id` });
  });
  afterAll(() => c?.close());

  const preflight = (url: string, origin: string) =>
    fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' } });

  it('answers a preflight from an allowed origin, for the API and the exports', async () => {
    for (const url of [`${c.url}/graphql`, `${c.url}/export/list/employees.csv`]) {
      const res = await preflight(url, allowed);
      expect(res.status, url).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(allowed);
      expect(res.headers.get('access-control-allow-methods')).toMatch(/POST/);
      expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toMatch(/authorization/);
      expect(res.headers.get('vary')).toMatch(/Origin/i);
    }
    const res = await fetch(`${c.url}/graphql`, { method: 'POST', headers: { origin: allowed, 'content-type': 'application/json', authorization: `Bearer ${await c.token('gov')}` }, body: JSON.stringify({ query: ME }) });
    expect(res.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(((await res.json()) as { data: { me: { email: string } } }).data.me.email).toBe('bkpp@semarangkota.go.id');
    const csv = await fetch(`${c.url}/export/list/units.csv`, { headers: { origin: allowed, authorization: `Bearer ${await c.token('gov')}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(csv.headers.get('access-control-expose-headers')).toMatch(/Content-Disposition/i);
  });

  it('gives no CORS headers to any other origin', async () => {
    for (const origin of ['https://jahat.example', 'https://dasbor.semarangkota.go.id.jahat.example', 'null']) {
      const pre = await preflight(`${c.url}/graphql`, origin);
      expect(pre.headers.get('access-control-allow-origin'), origin).toBeNull();
      expect(pre.headers.get('access-control-allow-methods')).toBeNull();
      const res = await fetch(`${c.url}/graphql`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('gives none at all when CORS_ORIGINS is not set', async () => {
    const res = await preflight(`${t.url}/graphql`, allowed);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

// The built server (`server/dist/main.js`, as `npm start` runs it) in a child process, on its own
// embedded PostgreSQL, for tests of what only a whole process shows: shutdown, a dying database.
// It needs `npm run build` to have run (`npm test` builds before the server tests).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { ROOT_DIR } from '../src/config.ts';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/db/seeders/index.ts';

const MAIN = path.join(ROOT_DIR, 'server/dist/main.js');
/** The embedded database's local credentials (server/src/db/embedded.ts). */
const PG_PASSWORD = 'asn-merit-local';

export interface SpawnedServer {
  url: string;
  child: ChildProcess;
  pgPort: number;
  dataDir: string;
  /** Every log line so far (pino JSON, parsed). */
  logs: Record<string, unknown>[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** A client on the server's embedded database (the test's own connection). */
  db(): Promise<pg.Client>;
  token(role?: string): Promise<string>;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ status: number; body: { data?: T; errors?: { message: string; extensions: Record<string, unknown> }[] } }>;
  /** The postmaster's pid, from `postmaster.pid` in the data folder. */
  postmasterPid(): number;
  stop(): Promise<void>;
}

export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts the built server with demo data (`employees`) on an embedded PostgreSQL in a fresh folder. */
export async function spawnServer(opts: { name: string; port: number; pgPort: number; employees?: number; env?: Record<string, string> }): Promise<SpawnedServer> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first (npm test does)`);
  const dataDir = path.join(ROOT_DIR, `.data/pg-${opts.name}`);
  rmSync(dataDir, { recursive: true, force: true });
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    NODE_ENV: 'production',
    JWT_SECRET: 'spawned-server-test-secret-0123456789abcdef',
    HOST: '127.0.0.1',
    PORT: String(opts.port),
    PG_DATA_DIR: path.relative(ROOT_DIR, dataDir),
    PG_PORT: String(opts.pgPort),
    SEED_EMPLOYEES: String(opts.employees ?? 200),
    SEED_SURVEY_RESPONSES: '0',
    LOG_LEVEL: 'info',
    LOGIN_RATE_LIMIT_MAX: '1000',
    ...opts.env,
  };
  const child = spawn(process.execPath, [MAIN], { cwd: ROOT_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: Record<string, unknown>[] = [];
  let tail = '';
  const collect = (chunk: Buffer) => {
    tail += chunk.toString('utf8');
    const lines = tail.split('\n');
    tail = lines.pop() ?? '';
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line));
      } catch {
        logs.push({ msg: line });
      }
    }
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${opts.port}`;

  const until = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}: ${JSON.stringify(logs.slice(-5))}`);
    if (Date.now() > until) throw new Error('server did not start within 180 s');
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not up yet
    }
    await sleep(250);
  }

  const tokens = new Map<string, string>();
  const gql: SpawnedServer['gql'] = async (query, variables, token) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as never };
  };
  return {
    url,
    child,
    pgPort: opts.pgPort,
    dataDir,
    logs,
    exited,
    async db() {
      const c = new pg.Client({ host: '127.0.0.1', port: opts.pgPort, user: 'postgres', password: PG_PASSWORD, database: 'asn_merit' });
      c.on('error', () => undefined);
      await c.connect();
      return c;
    },
    async token(role = 'GOV_ADMIN') {
      let t = tokens.get(role);
      if (!t) {
        const email = DEMO_USERS.find((u) => u.role === role && (role !== 'GOV_ADMIN' || u.government === '33.74'))!.email;
        const res = await gql<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: DEMO_PASSWORD });
        if (!res.body.data) throw new Error(`login failed: ${JSON.stringify(res.body.errors)}`);
        t = res.body.data.login.token;
        tokens.set(role, t);
      }
      return t;
    },
    gql,
    postmasterPid() {
      return Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const done = await Promise.race([exited.then(() => true), sleep(30_000).then(() => false)]);
        if (!done) child.kill('SIGKILL');
      }
      // A postmaster left behind by a failed test must not hold the port for the next run.
      if (existsSync(path.join(dataDir, 'postmaster.pid'))) {
        try {
          process.kill(Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]), 'SIGQUIT');
        } catch {
          // gone
        }
      }
    },
  };
}

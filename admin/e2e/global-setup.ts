// Starts the built server (server/dist + admin/dist) on its own embedded PostgreSQL (or a fresh
// database on DATABASE_URL's server) with demo data, for the browser tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PORT = Number(process.env.E2E_PORT ?? 4310);
/** The server's signing key in the browser tests (session.e2e.ts signs an expired token with it). */
export const E2E_JWT_SECRET = 'e2e-secret-e2e-secret-e2e-secret-e2e-secret';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

async function waitFor(url: string, child: ChildProcess, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server did not answer ${url} within ${ms} ms`);
}

export default async function setup(project: TestProject) {
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    NODE_ENV: 'production',
    JWT_SECRET: E2E_JWT_SECRET,
    PORT: String(PORT),
    HOST: '127.0.0.1',
    SEED_EMPLOYEES: '600',
    // Enough for the busiest open survey to show its IKM (results are withheld below 5 responses).
    SEED_SURVEY_RESPONSES: '5000',
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT_MAX: '1000',
    // Every test's public pages come from 127.0.0.1.
    PUBLIC_QUERY_RATE_LIMIT_MAX: '100000',
  };
  if (process.env.DATABASE_URL) {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query('drop database if exists asn_merit_e2e with (force)');
    await admin.query('create database asn_merit_e2e');
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/asn_merit_e2e';
    env.DATABASE_URL = url.toString();
  } else {
    rmSync(path.join(ROOT, '.data/pg-e2e'), { recursive: true, force: true });
    env.PG_DATA_DIR = '.data/pg-e2e';
    env.PG_PORT = process.env.E2E_PG_PORT ?? '54349';
  }
  // The e2e database's document files (named for it by the server's config): fresh each run.
  for (const dir of ['.data/pg-e2e-files', '.data/pg-e2e-files-uploads', '.data/files-asn_merit_e2e', '.data/files-asn_merit_e2e-uploads']) rmSync(path.join(ROOT, dir), { recursive: true, force: true });
  const server = spawn(process.execPath, [path.join(ROOT, 'server/dist/main.js')], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
  await waitFor(`http://127.0.0.1:${PORT}/healthz`, server, 120_000);
  project.provide('baseUrl', `http://127.0.0.1:${PORT}`);
  return async () => {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  };
}

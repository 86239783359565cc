import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config.ts';
import { RateLimitError } from './errors.ts';

/** The table every limit counts in (migration `rate_limit`): shared by all the servers on a database. */
export const RATE_LIMIT_TABLE = 'rate_limit';

/**
 * A fixed-window limit per client key, counted in PostgreSQL so that every server on the same
 * database shares it. Should the database fail, the process's own memory counts instead (an
 * insurance limiter), so a database outage never lifts the limit.
 */
export class Limit {
  private readonly limiter: RateLimiterPostgres | RateLimiterMemory;

  constructor(
    /** Prefix of the keys in the table (`login`, `public_query`, ...). */
    readonly name: string,
    private readonly opts: { max: number; windowSeconds: number },
    store?: { pool: Pool; clearExpired?: boolean },
  ) {
    const common = { keyPrefix: name, points: opts.max, duration: opts.windowSeconds };
    this.limiter = store
      ? new RateLimiterPostgres({
          ...common,
          storeClient: store.pool,
          storeType: 'pool',
          tableName: RATE_LIMIT_TABLE,
          tableCreated: true,
          clearExpiredByTimeout: store.clearExpired ?? false,
          insuranceLimiter: new RateLimiterMemory(common),
        })
      : new RateLimiterMemory(common);
  }

  /** Keys fit the table's column; a long one (an e-mail typed by anyone) is hashed. */
  private static key(key: string): string {
    return key.length <= 200 ? key : createHash('sha256').update(key).digest('hex');
  }

  /** Refuses when the key has used up the window, without counting this call (count with consume). */
  async check(key: string): Promise<void> {
    const res = await this.limiter.get(Limit.key(key));
    if (res && res.consumedPoints >= this.opts.max) throw new RateLimitError(Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
  }

  async consume(key: string): Promise<void> {
    try {
      await this.limiter.consume(Limit.key(key));
    } catch (e) {
      if (e instanceof RateLimiterRes) throw new RateLimitError(Math.max(1, Math.ceil(e.msBeforeNext / 1000)));
      throw e;
    }
  }

  async reset(key: string): Promise<void> {
    await this.limiter.delete(Limit.key(key));
  }
}

export interface Limits {
  /** Login attempts per client and e-mail. */
  login: Limit;
  /** Failed logins per client, whatever the e-mail (password spraying). */
  loginClient: Limit;
  publicMutation: Limit;
  /** Public lookups that miss (a wrong feedback tracking code): guessing codes is throttled. */
  publicLookupMiss: Limit;
  /** Queries without a login (the public pages), per client. */
  publicQuery: Limit;
  /** Requests per API key, at the key's own rate (one limiter per distinct rate). */
  apiKey(rate: { max: number; windowSeconds: number }): Limit;
}

/**
 * Every limit, counted in the application's database through the ORM's own connection pool (its
 * statements are not the request's: they do not count in `extensions.sqlStatements`).
 */
export async function createLimits(config: Config, orm: MikroORM): Promise<Limits> {
  const pool = (await orm.em.getConnection().getNativeClient()) as Pool;
  const apiKeyLimits = new Map<string, Limit>();
  return {
    // One of them deletes rows expired an hour ago, every 5 minutes.
    login: new Limit('login', config.loginRateLimit, { pool, clearExpired: true }),
    loginClient: new Limit('login_client', config.loginClientRateLimit, { pool }),
    publicMutation: new Limit('public_mutation', config.publicRateLimit, { pool }),
    publicLookupMiss: new Limit('public_lookup_miss', config.publicRateLimit, { pool }),
    publicQuery: new Limit('public_query', config.publicQueryRateLimit, { pool }),
    apiKey(rate) {
      const name = `api_key_${rate.max}_${rate.windowSeconds}`;
      let limit = apiKeyLimits.get(name);
      if (!limit) apiKeyLimits.set(name, (limit = new Limit(name, rate, { pool })));
      return limit;
    },
  };
}

import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitError } from './errors.ts';

/**
 * A fixed-window limit per client key. In memory: one server process keeps its own counts (put a
 * shared store behind it before running several instances).
 */
export class Limit {
  private readonly limiter: RateLimiterMemory;

  constructor(private readonly opts: { max: number; windowSeconds: number }) {
    this.limiter = new RateLimiterMemory({ points: opts.max, duration: opts.windowSeconds });
  }

  /** Refuses when the key has used up the window, without counting this call (count with consume). */
  async check(key: string): Promise<void> {
    const res = await this.limiter.get(key);
    if (res && res.consumedPoints >= this.opts.max) throw new RateLimitError(Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
  }

  async consume(key: string): Promise<void> {
    try {
      await this.limiter.consume(key);
    } catch (e) {
      if (e instanceof RateLimiterRes) throw new RateLimitError(Math.max(1, Math.ceil(e.msBeforeNext / 1000)));
      throw e;
    }
  }

  async reset(key: string): Promise<void> {
    await this.limiter.delete(key);
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
}

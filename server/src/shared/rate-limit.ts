import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitError } from './errors.ts';

/**
 * A fixed-window limit per client key. In memory: one server process keeps its own counts (put a
 * shared store behind it before running several instances).
 */
export class Limit {
  private readonly limiter: RateLimiterMemory;

  constructor(opts: { max: number; windowSeconds: number }) {
    this.limiter = new RateLimiterMemory({ points: opts.max, duration: opts.windowSeconds });
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
  login: Limit;
  publicMutation: Limit;
  /** Public lookups that miss (a wrong feedback tracking code): guessing codes is throttled. */
  publicLookupMiss: Limit;
}

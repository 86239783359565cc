import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Config } from './config.ts';
import type { StatementCounter } from './db/query-logger.ts';
import type { AccessRecorder } from './modules/access/index.ts';
import type { FileStore } from './modules/document/document.store.ts';
import type { Viewer } from './shared/auth.ts';
import type { UnauthenticatedError } from './shared/errors.ts';
import { Loaders } from './shared/loaders.ts';
import type { Limits } from './shared/rate-limit.ts';

/** Everything a resolver gets for one request. Services are plain classes built from it. */
export interface Context {
  requestId: string;
  em: SqlEntityManager;
  viewer: Viewer | null;
  /** Why the presented token was refused (expired, invalid), shown when a login is required. */
  authError: UnauthenticatedError | null;
  loaders: Loaders;
  config: Config;
  /** The calendar date of the request in Asia/Jakarta. */
  today: string;
  clientIp: string;
  /** `id` or `en`, from Accept-Language; used where the server renders text (exports). */
  locale: 'id' | 'en';
  limits: Limits;
  /** The request's access log (sign-ins, refused mutations, personal data shown, exports). */
  access: AccessRecorder;
  /** SQL statements this request issued (also in `em`'s logger context, where the query logger counts them). */
  statements: StatementCounter;
  /** Where document files are kept (one per server). */
  files: FileStore;
}

export function createContext(parts: Omit<Context, 'loaders'>): Context {
  return { ...parts, loaders: new Loaders(parts.em) };
}

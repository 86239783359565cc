// Typed domain errors. Services throw these; formatError maps them to `extensions.code`
// and hides everything else (no stack, SQL or internal message reaches a client).

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'COST_LIMIT'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  constructor(
    message: string,
    /** Stable machine-readable key the panel translates (e.g. `NIP_SEX_MISMATCH`). */
    readonly reason: string,
    /** The input field that caused the error, as named in the input type (e.g. `nip`). */
    readonly field?: string,
    readonly params?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InputError extends DomainError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(field: string, reason: string, message: string, params?: Record<string, unknown>) {
    super(message, reason, field, params);
  }
}

/** Several field problems found at once (e.g. every NIP check that failed). */
export class InputErrors extends DomainError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(readonly problems: InputError[]) {
    super(problems.map((p) => p.message).join('; '), problems[0]?.reason ?? 'INVALID', problems[0]?.field);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND' as const;
  constructor(entity: string, id: string, field?: string) {
    super(`${entity} ${id} not found`, 'NOT_FOUND', field, { entity, id });
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN' as const;
  constructor(message = 'You are not allowed to do this', reason = 'FORBIDDEN', field?: string) {
    super(message, reason, field);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(message = 'Log in to continue', reason = 'UNAUTHENTICATED') {
    super(message, reason);
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT' as const;
  constructor(message: string, reason = 'CONFLICT', params?: Record<string, unknown>) {
    super(message, reason, undefined, params);
  }
}

export class RateLimitError extends DomainError {
  readonly code = 'RATE_LIMITED' as const;
  constructor(retryAfterSeconds: number) {
    super(`Too many requests; try again in ${retryAfterSeconds} s`, 'RATE_LIMITED', undefined, { retryAfterSeconds });
  }
}

/** An operation whose computed cost is over the caller's limit: refused before any resolver runs. */
export class CostLimitError extends DomainError {
  readonly code = 'COST_LIMIT' as const;
  constructor(message: string, params: { cost: number; limit: number; role: string; costliestField?: string; costliestFieldCost?: number }) {
    super(message, 'QUERY_TOO_COSTLY', undefined, params);
  }
}

/** A database statement cancelled by `statement_timeout` (DB_STATEMENT_TIMEOUT_MS). */
export class QueryTimeoutError extends DomainError {
  readonly code = 'SERVICE_UNAVAILABLE' as const;
  constructor() {
    super('The request took too long in the database and was cancelled; narrow it (a smaller page, a filter) or try again later', 'QUERY_TIMEOUT');
  }
}

/**
 * The database cannot be reached (refused, reset, down for a restart, no free connection in time):
 * HTTP 503 with Retry-After, and nothing about where the database is.
 */
export class DatabaseUnavailableError extends DomainError {
  readonly code = 'SERVICE_UNAVAILABLE' as const;
  static readonly RETRY_AFTER_SECONDS = 5;
  constructor() {
    super('The service is briefly unavailable (its database cannot be reached); try again in a few seconds', 'DATABASE_UNAVAILABLE', undefined, { retryAfterSeconds: DatabaseUnavailableError.RETRY_AFTER_SECONDS });
  }
}

/** Stale optimistic-lock version: the record changed since the caller read it. */
export function staleVersion(entity: string, id: string, sent: number, current: number): ConflictError {
  return new ConflictError(
    `${entity} ${id} was changed by someone else (you sent version ${sent}, current is ${current}); reload and try again`,
    'STALE_VERSION',
    { entity, id, sentVersion: sent, currentVersion: current },
  );
}

// ---- reason catalogues --------------------------------------------------------------------------
// Every reason code the API can answer is declared once, in its module's `<module>.errors.ts`, as
// a typed catalogue; throw sites use the catalogue's factories, so a misspelt code does not
// compile. `npm run schema` writes every catalogue to `schema/reasons.json`, and a panel test fails
// when a code has no Indonesian or English text (`asn.errors.<CODE>`).

const catalogues = new Map<string, readonly string[]>();

/** Every registered catalogue: module name -> its codes (for schema/reasons.json). */
export function reasonCatalogues(): ReadonlyMap<string, readonly string[]> {
  return catalogues;
}

export interface Catalogue<R extends string> {
  readonly module: string;
  readonly codes: readonly R[];
  /** BAD_USER_INPUT naming the input field (as the form knows it). */
  input(field: string, reason: R, message: string, params?: Record<string, unknown>): InputError;
  forbidden(reason: R, message: string, field?: string): ForbiddenError;
  conflict(reason: R, message: string, params?: Record<string, unknown>): ConflictError;
}

/** Declares a module's reason codes (`catalogue('employee', ['NIP_FORMAT', ...] as const)`). */
export function catalogue<const R extends string>(module: string, codes: readonly R[]): Catalogue<R> {
  if (catalogues.has(module)) throw new Error(`reason catalogue ${module} declared twice`);
  catalogues.set(module, codes);
  return {
    module,
    codes,
    input: (field, reason, message, params) => new InputError(field, reason, message, params),
    forbidden: (reason, message, field) => new ForbiddenError(message, reason, field),
    conflict: (reason, message, params) => new ConflictError(message, reason, params),
  };
}

/** Reasons any module may answer (scope, roles, versions, common field checks). */
export const CommonErrors = catalogue('common', [
  'NOT_FOUND',
  'FORBIDDEN',
  'ROLE',
  'READ_ONLY',
  'NO_GOVERNMENT',
  'NO_UNIT',
  'OTHER_GOVERNMENT',
  'OTHER_UNIT',
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'STALE_VERSION',
  'CONFLICT',
  'DUPLICATE',
  'REFERENCED',
  'STILL_REFERENCED',
  'REQUIRED',
  'OUT_OF_RANGE',
  'RANGE_INVERTED',
  'MALFORMED_VALUE',
  'DATE_IMPLAUSIBLE',
  'DATE_IN_FUTURE',
  'INVALID_TRANSITION',
  'CONSTRAINT',
  'OVERLAP',
  'INVALID',
] as const);
export type CommonReason = (typeof CommonErrors.codes)[number];

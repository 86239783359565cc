import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { OptimisticLockError, UniqueConstraintViolationException, ForeignKeyConstraintViolationException, CheckConstraintViolationException, NotNullConstraintViolationException, DriverException } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { DatabaseUnavailableError, DomainError, InputErrors, QueryTimeoutError } from './errors.ts';
import { isDatabaseUnavailable } from './db-errors.ts';

export interface FieldProblem {
  field: string;
  reason: string;
  message: string;
  params?: Record<string, unknown>;
}

// class-validator constraint names -> stable reasons the panel translates.
function flatten(errors: ValidationError[], prefix: string[] = []): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const path = [...prefix, e.property];
    for (const [constraint, message] of Object.entries(e.constraints ?? {})) {
      // Inputs are passed as a single `input` argument: name fields as the form knows them.
      const field = (path[0] === 'input' || path[0] === 'filter' ? path.slice(1) : path).join('.') || path.join('.');
      out.push({ field, reason: `VALIDATION_${constraint.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}`, message: `${field}: ${message.replace(/^\S+\s/, '')}` });
    }
    if (e.children?.length) out.push(...flatten(e.children, path));
  }
  return out;
}

/** The SQLSTATE of a database error (MikroORM's wrapper or pg's own error), else undefined. */
function sqlState(e: unknown): string | undefined {
  if (!(e instanceof Error)) return undefined;
  const { code, severity } = e as { code?: unknown; severity?: unknown };
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && (e instanceof DriverException || typeof severity === 'string') ? code : undefined;
}

/** `birth_date` -> `birthDate`, `unit_id` -> `unitId`: a column as the input field setting it. */
function columnField(column: string | undefined): string | undefined {
  return column?.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

const SAFE_GRAPHQL_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST']);

/**
 * The one place errors are shaped for clients: domain errors keep their code, field and reason;
 * validation errors name each field; anything unexpected is logged and answered with a generic
 * INTERNAL_SERVER_ERROR (no stack, SQL or internal message ever leaves the server).
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const unwrapped = unwrapResolverError(error);
    // A domain error raised before execution (by a plugin: cost limit, rate limit) arrives wrapped in
    // a GraphQLError without a path; it keeps its shape all the same.
    const original = unwrapped instanceof GraphQLError && unwrapped.originalError instanceof DomainError ? unwrapped.originalError : unwrapped;
    const base = { locations: formatted.locations, path: formatted.path };

    if (original instanceof InputErrors) {
      const problems = original.problems.map((p) => ({ field: p.field!, reason: p.reason, message: p.message, params: p.params }));
      return { ...base, message: original.message, extensions: { code: 'BAD_USER_INPUT', field: problems[0]?.field, reason: problems[0]?.reason, problems } };
    }
    if (original instanceof DriverException && (original as { code?: string }).code === '57014') {
      // statement_timeout (DB_STATEMENT_TIMEOUT_MS) cancelled it: logged here, answered without SQL
      // (the cost plugin turns the response into HTTP 503).
      logger.warn({ path: formatted.path }, 'statement cancelled by statement_timeout');
      const timeout = new QueryTimeoutError();
      return { ...base, message: timeout.message, extensions: { code: timeout.code, reason: timeout.reason } };
    }
    if (!(original instanceof DomainError) && isDatabaseUnavailable(original)) {
      // Refused, reset, restarting: a 503 with Retry-After (the cost plugin sets the status), and
      // nothing of the driver's message (it names the database's host and port).
      logger.warn({ path: formatted.path, err: original instanceof Error ? original.message : String(original) }, 'database unavailable');
      const unavailable = new DatabaseUnavailableError();
      return { ...base, message: unavailable.message, extensions: { code: unavailable.code, reason: unavailable.reason, params: unavailable.params } };
    }
    if (original instanceof DomainError) {
      const problems = original.field ? [{ field: original.field, reason: original.reason, message: original.message, params: original.params }] : undefined;
      return { ...base, message: original.message, extensions: { code: original.code, reason: original.reason, field: original.field, params: original.params, problems } };
    }
    if (original instanceof ArgumentValidationError) {
      const problems = flatten(original.extensions.validationErrors);
      return {
        ...base,
        message: problems.map((p) => p.message).join('; ') || 'Invalid input',
        extensions: { code: 'BAD_USER_INPUT', field: problems[0]?.field, reason: problems[0]?.reason, problems },
      };
    }
    // (a query builder can let pg's own error through unwrapped: the SQLSTATE decides, not the class)
    const state = sqlState(original);
    if (original instanceof OptimisticLockError) {
      return { ...base, message: 'The record was changed by someone else; reload and try again', extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } };
    }
    if (original instanceof UniqueConstraintViolationException || state === '23505') {
      return { ...base, message: 'A record with the same unique values already exists', extensions: { code: 'CONFLICT', reason: 'DUPLICATE' } };
    }
    if (original instanceof ForeignKeyConstraintViolationException || state === '23503') {
      return { ...base, message: 'The record is still referenced by other records, or references one that does not exist', extensions: { code: 'CONFLICT', reason: 'REFERENCED' } };
    }
    if (original instanceof CheckConstraintViolationException || state === '23514') {
      return { ...base, message: 'The values break a rule of the data model', extensions: { code: 'BAD_USER_INPUT', reason: 'CONSTRAINT' } };
    }
    if (state === '22P02') {
      return { ...base, message: 'A value has the wrong format (for example an id that is not a UUID)', extensions: { code: 'BAD_USER_INPUT', reason: 'MALFORMED_VALUE' } };
    }
    if (state === '23P01') {
      return { ...base, message: 'The period overlaps another period of the same record', extensions: { code: 'BAD_USER_INPUT', reason: 'OVERLAP' } };
    }
    // Safety nets behind the input guard (shared/input-guard.ts): a required column left empty, or a
    // value PostgreSQL cannot hold (SQLSTATE class 22: too long, out of range, not a valid date).
    if (original instanceof NotNullConstraintViolationException || state === '23502') {
      const field = columnField((original as { column?: string }).column);
      return { ...base, message: `${field ?? 'A required value'}: may not be empty`, extensions: { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field, problems: field ? [{ field, reason: 'REQUIRED', message: `${field}: may not be empty` }] : undefined } };
    }
    if (state?.startsWith('22')) {
      const field = columnField((original as { column?: string }).column);
      return { ...base, message: 'A value is out of the range or length the record can hold', extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE', field } };
    }

    const code = formatted.extensions?.code as string | undefined;
    if (code === 'UNAUTHORIZED') {
      return { ...base, message: 'Your role may not do this', extensions: { code: 'FORBIDDEN', reason: 'ROLE' } };
    }
    if (code === 'UNAUTHENTICATED') {
      return { ...base, message: 'Log in to continue', extensions: { code: 'UNAUTHENTICATED', reason: 'UNAUTHENTICATED' } };
    }
    if (code && SAFE_GRAPHQL_CODES.has(code)) {
      return { ...base, message: formatted.message, extensions: { code } };
    }
    // Errors raised by graphql-js or a scalar (not by our code) carry safe, useful messages.
    if (original instanceof GraphQLError) {
      return { ...base, message: formatted.message, extensions: { code: code ?? 'BAD_USER_INPUT' } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

// One check of every argument of every field, before any resolver runs, so that bad input is a
// BAD_USER_INPUT naming the field rather than an error deep in a service or in PostgreSQL:
// - text with a NUL character (PostgreSQL cannot store it) or a lone UTF-16 surrogate (not text);
// - a date (LocalDate) or time (DateTimeISO) outside 1900-2100: PostgreSQL cannot store year 0,
//   and nothing in civil-service records lies outside that range;
// - an explicit null, which in an update input means "clear it", for a field whose column may not be
//   empty (`updateEmployee(input: { nip: null })`): GraphQL cannot say "optional but not nullable",
//   the entity's column does. (In create inputs null is "not given", as for root arguments.)
import type { EntityMetadata } from '@mikro-orm/core';
import { ReferenceKind } from '@mikro-orm/core';
import { isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLInputType } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../context.ts';
import { InputError, InputErrors } from './errors.ts';

export const DATE_MIN = '1900-01-01';
export const DATE_MAX = '2100-12-31';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `input.initialRank.decreeDate` -> `initialRank.decreeDate`: fields as the form knows them (see format-error). */
function fieldName(path: (string | number)[]): string {
  return (path.length > 1 && (path[0] === 'input' || path[0] === 'filter') ? path.slice(1) : path).join('.');
}

/** `UpdateEmployeeInput` -> the Employee entity, when there is one (update inputs only). */
function entityOf(ctx: Context, inputName: string): EntityMetadata | undefined {
  const m = /^Update(\w+)Input$/.exec(inputName);
  return m ? ctx.em.getMetadata().getByClassName(m[1], false) : undefined;
}

/** The column behind an input field (`rankId` sets the `rank` relation), when it may not be empty. */
function requiredColumn(meta: EntityMetadata, field: string): boolean {
  const prop = meta.properties[field] ?? (field.endsWith('Id') ? meta.properties[field.slice(0, -2)] : undefined);
  if (!prop || prop.nullable || prop.primary || prop.version) return false;
  return prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && !!prop.owner);
}

class Checker {
  readonly problems: InputError[] = [];
  constructor(private readonly ctx: Context) {}

  private problem(path: (string | number)[], reason: string, what: string): void {
    const field = fieldName(path);
    if (this.problems.length < 20) this.problems.push(new InputError(field, reason, `${field}: ${what}`));
  }

  private text(value: string, path: (string | number)[]): void {
    if (value.includes('\u0000')) this.problem(path, 'NUL_CHARACTER', 'contains a NUL character');
    else if (LONE_SURROGATE.test(value)) this.problem(path, 'MALFORMED_TEXT', 'is not valid text (a lone UTF-16 surrogate)');
  }

  /** Any value of a scalar: strings anywhere inside it (JSON objects too). */
  private scalar(value: unknown, path: (string | number)[], typeName: string): void {
    if (typeName === 'LocalDate' && typeof value === 'string') {
      if (value < DATE_MIN || value > DATE_MAX) this.problem(path, 'DATE_OUT_OF_RANGE', `must be a date between ${DATE_MIN} and ${DATE_MAX}`);
      return;
    }
    if (value instanceof Date) {
      const iso = Number.isNaN(value.getTime()) ? '' : value.toISOString();
      if (!(iso >= DATE_MIN && iso.slice(0, 10) <= DATE_MAX)) this.problem(path, 'DATE_OUT_OF_RANGE', `must be a time between ${DATE_MIN} and ${DATE_MAX}`);
      return;
    }
    if (typeof value === 'string') this.text(value, path);
    else if (Array.isArray(value)) value.forEach((v, i) => this.scalar(v, [...path, i], typeName));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) {
      this.text(k, [...path, k]);
      this.scalar(v, [...path, k], typeName);
    }
  }

  check(value: unknown, type: GraphQLInputType, path: (string | number)[]): void {
    if (value === null || value === undefined) return;
    if (isNonNullType(type)) return this.check(value, type.ofType, path);
    if (isListType(type)) {
      if (Array.isArray(value)) value.forEach((v, i) => this.check(v, type.ofType, [...path, i]));
      else this.check(value, type.ofType, path);
      return;
    }
    if (isInputObjectType(type)) {
      const fields = type.getFields();
      const meta = entityOf(this.ctx, type.name);
      for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
        const field = fields[key];
        if (!field) continue;
        if (v === null && meta && requiredColumn(meta, key)) this.problem([...path, key], 'REQUIRED', 'may not be empty (leave it out to keep the current value)');
        else this.check(v, field.type, [...path, key]);
      }
      return;
    }
    if (isScalarType(type)) this.scalar(value, path, type.name);
  }
}

export const inputGuard: MiddlewareFn<Context> = ({ args, info, context }, next) => {
  const keys = Object.keys(args);
  if (keys.length) {
    const defs = info.parentType.getFields()[info.fieldName]?.args ?? [];
    const checker = new Checker(context);
    for (const def of defs) if (def.name in args) checker.check(args[def.name], def.type, [def.name]);
    if (checker.problems.length === 1) throw checker.problems[0];
    if (checker.problems.length) throw new InputErrors(checker.problems);
  }
  return next();
};

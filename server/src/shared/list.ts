// Conventions shared by every list query: pagination arguments, sort order, ranges, the page type.
import { raw } from '@mikro-orm/core';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { CommonErrors } from './errors.ts';
import { DateOnly } from './scalars.ts';

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortOrder, { name: 'SortOrder' });

/** Hard ceiling on a page, so no client can load a whole government in one request. */
export const MAX_PAGE_SIZE = 500;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 25, description: `Page size, 1 to ${MAX_PAGE_SIZE}` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = 25;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  offset: number = 0;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** `XPage` object type: the items of one page plus the total count for the same filter. */
export function PageType<T extends object>(itemClass: ClassType<T>) {
  @ObjectType()
  abstract class PageClass implements Page<T> {
    @Field(() => [itemClass])
    items!: T[];

    @Field(() => Int, { description: 'Number of records matching the filter, over all pages' })
    total!: number;

    @Field(() => Int)
    limit!: number;

    @Field(() => Int)
    offset!: number;
  }
  return PageClass;
}

/** Base of an `XSort` input: one of X's sortable fields and a direction. */
export function SortInput<F extends string>(fieldEnum: Record<string, F>) {
  // Decorated so subclasses inherit its fields; never used directly, so never emitted.
  @InputType()
  abstract class SortClass {
    @Field(() => fieldEnum)
    field!: F;

    @Field(() => SortOrder, { defaultValue: SortOrder.ASC })
    order: SortOrder = SortOrder.ASC;
  }
  return SortClass;
}

@InputType({ description: 'Inclusive date range; either end may be left open' })
export class DateRange {
  @Field(() => DateOnly, { nullable: true })
  from?: string;

  @Field(() => DateOnly, { nullable: true })
  to?: string;
}

@InputType({ description: 'Inclusive integer range; either end may be left open' })
export class IntRange {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  min?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  max?: number;
}

export function checkRange(field: string, range: { from?: unknown; to?: unknown; min?: unknown; max?: unknown } | undefined): void {
  if (!range) return;
  const lo = range.from ?? range.min;
  const hi = range.to ?? range.max;
  if (lo != null && hi != null && (lo as string | number) > (hi as string | number)) {
    throw CommonErrors.input(field, 'RANGE_INVERTED', `${field}: the start of the range is after its end`);
  }
}

/** Escapes LIKE wildcards in user text. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => '\\' + c);
}

/**
 * How many rows a list's QueryBuilder matches, as `count(*)`. MikroORM's `getCount('e.id')` counts a
 * column, which PostgreSQL answers by reading every matching row of the table; `count(*)` it answers
 * from an index alone (2 ms instead of 17 ms for the 17,200 employees of a government, issue 19).
 */
export async function countOf(qb: { clone(): { select(field: unknown): { execute(method: 'get', mapResults: false): Promise<unknown> } } }): Promise<number> {
  const row = (await qb.clone().select(raw('count(*) as n')).execute('get', false)) as { n: string | number } | undefined;
  return Number(row?.n ?? 0);
}

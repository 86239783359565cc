// Building blocks of input types: composite decorators for the fields every module repeats, and the
// base of list filters scoped by government and unit. One place states each field's GraphQL type,
// validation and description.
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { validate as isUuid } from 'uuid';

/** Largest `ids` / `in` list a filter accepts. */
export const MAX_IDS = 1000;

const compose =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const d of decorators) d(target, key);
  };

/** An optional id (`ID`, a UUID). */
export const OptionalId = (description?: string): PropertyDecorator => compose(Field(() => ID, { nullable: true, description }), IsOptional(), IsUUID());

/** A required id (`ID!`, a UUID). */
export const RequiredId = (description?: string): PropertyDecorator => compose(Field(() => ID, { description }), IsUUID());

/** An optional list of ids (`[ID!]`, UUIDs, at most MAX_IDS). */
export const OptionalIds = (description?: string): PropertyDecorator =>
  compose(Field(() => [ID], { nullable: true, description }), IsOptional(), IsUUID('all', { each: true }), ArrayMaxSize(MAX_IDS));

/** The government a record is written into: required for a super admin, implied for others. */
export const WritableGovernmentId = (): PropertyDecorator => OptionalId('Required for a super admin; others write into their own government');

/** Whether a string is a UUID (ids in paths and query strings). */
export const isId = (value: string): boolean => isUuid(value);

/**
 * The base of a list filter over government data: `ids`, a government (super admins and national
 * analysts choose one; others are bound to theirs) and a unit with or without its sub-units.
 */
// Decorated so subclasses inherit its fields; never used directly, so never emitted.
@InputType()
export abstract class ScopedFilter {
  @OptionalIds('Only these records (e.g. ticked rows)')
  ids?: string[];

  @OptionalId('Only this government (super admins and national analysts; others see their own anyway)')
  governmentId?: string;

  @OptionalId('Only this unit (and its sub-units unless includeSubUnits is false)')
  unitId?: string;

  @Field({ defaultValue: true, description: 'With unitId: include the sub-units' })
  @IsOptional()
  @IsBoolean()
  includeSubUnits: boolean = true;
}

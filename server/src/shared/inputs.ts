// Building blocks of input types: composite decorators for the fields every module repeats, and the
// base of list filters scoped by government and unit. One place states each field's GraphQL type,
// validation and description.
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

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

export { isId } from './ids.ts';

/**
 * The base of a list filter over government data: `ids`, a government (super admins and national
 * analysts choose one; others are bound to theirs) and a unit with or without its sub-units.
 */
// Decorated so subclasses inherit its fields; never used directly, so never emitted.
@InputType()
export abstract class ScopedFilter {
  @OptionalIds()
  ids?: string[];

  @OptionalId()
  governmentId?: string;

  @OptionalId('Records of this unit and, unless includeSubUnits is false, of its sub-units')
  unitId?: string;

  @Field({ nullable: true, defaultValue: true })
  @IsOptional()
  @IsBoolean()
  includeSubUnits: boolean = true;
}

import { OptionalProps, type Ref } from '@mikro-orm/core';
import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';

/** Identity, timestamps and the optimistic-lock version every editable record carries. */
@ObjectType()
export abstract class BaseEntity<Optional extends string = never> {
  /** Properties with defaults, which `em.create()` does not require. */
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | Optional;

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** Optimistic lock: an update must send the version it read; a stale one is refused with CONFLICT. */
  @Field(() => Int)
  @Property({ version: true })
  version!: number;
}

/**
 * The id behind a relation value. List reads return plain rows whose relations are bare foreign
 * keys; mutations return entities whose relations are references. Field resolvers accept both.
 */
export function refId(value: Ref<{ id: string }> | { id: string } | string | null | undefined): string | null {
  if (value == null) return null;
  if (typeof value === 'string') return value;
  return value.id;
}

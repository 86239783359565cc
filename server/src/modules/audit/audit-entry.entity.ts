import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { v7 as uuidv7 } from 'uuid';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}
registerEnumType(AuditAction, { name: 'AuditAction' });

/**
 * One change to one record, written in the same transaction as the change by the AuditSubscriber.
 * Append-only: it has no version and no update path.
 */
@ObjectType({ description: 'Audit trail entry' })
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['entityName', 'entityId'] })
@Index({ properties: ['occurredAt'] })
export class AuditEntry {
  [OptionalProps]?: 'occurredAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  governmentId?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 160, nullable: true })
  actorEmail?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 32, nullable: true })
  actorRole?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 64, nullable: true })
  requestId?: string | null;

  @Field()
  @Property({ type: 'timestamptz' })
  occurredAt: Date = new Date();

  @Field(() => AuditAction)
  @Enum({ items: () => AuditAction })
  action!: AuditAction;

  @Field()
  @Property({ length: 64 })
  entityName!: string;

  @Field(() => ID)
  @Property({ length: 64 })
  entityId!: string;

  @Field(() => GraphQLJSONObject, { description: 'Changed fields: { field: { before, after } }' })
  @Property({ type: 'jsonb' })
  changes!: Record<string, { before: unknown; after: unknown }>;
}

import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { BaseEntity } from '../../shared/base.entity.ts';
import { Government, OrgUnit } from '../organization/index.ts';

/** How much of an employee a key sees: the analyst's masked view, or stricter. */
export enum ApiKeyView {
  /** The analyst's view: the HR record, personal data masked or withheld. */
  MASKED = 'MASKED',
  /** Stricter: the directory card only (name, titles, masked NIP, position and unit). */
  DIRECTORY = 'DIRECTORY',
}
registerEnumType(ApiKeyView, { name: 'ApiKeyView', description: 'How much of an employee an API key sees (never more than an analyst)' });

export enum ApiKeyStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(ApiKeyStatus, { name: 'ApiKeyStatus' });

/**
 * A read-only API key for a dashboard, bound to a government or one of its units. The key itself is
 * shown once, at creation; the table keeps its SHA-256 (a 256-bit random key needs no slow hash).
 * Usage (`lastUsedAt`, `requestCount`) is bookkeeping written by the authentication, not audited.
 */
@ObjectType({ description: 'API key of a dashboard or analyst tool: read-only, masked like an analyst or stricter' })
@Entity({ tableName: 'api_key' })
@Unique({ properties: ['government', 'id'] })
@Unique({ properties: ['government', 'keyHash'] })
export class ApiKey extends BaseEntity<'view' | 'trustedOperationsOnly' | 'requestCount'> {
  @ManyToOne(() => Government, { ref: true })
  government!: Ref<Government>;

  @ManyToOne(() => OrgUnit, { ref: true, nullable: true, index: true })
  unit?: Ref<OrgUnit> | null;

  @Field({ description: 'What the key is for (e.g. "Dasbor IKM Diskominfo")' })
  @Property({ length: 120 })
  name!: string;

  @Field({ description: 'The first characters of the key, to recognise it (the key itself is shown once)' })
  @Property({ length: 16 })
  prefix!: string;

  /** SHA-256 (hex) of the key: never exposed, never audited. */
  @Index()
  @Property({ length: 64, hidden: true })
  keyHash!: string;

  @Field(() => ApiKeyView)
  @Enum({ items: () => ApiKeyView })
  view: ApiKeyView = ApiKeyView.MASKED;

  @Field({ description: 'Only the operations registered for the key (persisted queries) may run' })
  @Property({ default: false })
  trustedOperationsOnly: boolean = false;

  @Field(() => Int, { description: 'Requests allowed per window' })
  @Property({ type: 'int' })
  rateLimitMax!: number;

  @Field(() => Int)
  @Property({ type: 'int' })
  rateLimitWindowSeconds!: number;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  expiresAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'The account that revoked the key' })
  @Property({ type: 'uuid', nullable: true })
  revokedById?: string | null;

  @Field(() => ID, { description: 'The account that created the key' })
  @Property({ type: 'uuid' })
  createdById!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => Int, { description: 'Requests authenticated with the key so far' })
  @Property({ type: 'int', default: 0 })
  requestCount: number = 0;
}

/**
 * One operation a key may run (a trusted document): its SHA-256 as a client sends it in
 * `extensions.persistedQuery.sha256Hash`, and the document. Registered from a manifest
 * (graphql-codegen's persisted documents, `{ "<sha256>": "<document>" }`).
 */
@ObjectType({ description: 'An operation registered for an API key (a trusted document)' })
@Entity({ tableName: 'api_key_operation' })
@Unique({ properties: ['governmentId', 'apiKey', 'sha256'] })
export class ApiKeyOperation {
  [OptionalProps]?: 'createdAt' | 'operationName';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  governmentId!: string;

  @ManyToOne(() => ApiKey, { ref: true, deleteRule: 'cascade' })
  apiKey!: Ref<ApiKey>;

  @Field({ description: 'SHA-256 (hex) of the document' })
  @Property({ length: 64 })
  sha256!: string;

  @Field(() => String, { nullable: true })
  @Property({ length: 200, nullable: true })
  operationName?: string | null;

  @Field()
  @Property({ type: 'text' })
  document!: string;

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';

export enum AccessAction {
  /** A successful login (the sign-in log). */
  SIGN_IN = 'SIGN_IN',
  /** A refused login: wrong e-mail or password, disabled account, rate limit (the sign-in log). */
  SIGN_IN_FAILED = 'SIGN_IN_FAILED',
  /** A mutation answered FORBIDDEN or UNAUTHENTICATED. */
  MUTATION_REFUSED = 'MUTATION_REFUSED',
  /** Personal data of one record shown in full (which fields, never their values). */
  PERSONAL_DATA_READ = 'PERSONAL_DATA_READ',
  /** A CSV download (which list, which columns, how many rows). */
  EXPORT = 'EXPORT',
  /** A request authenticated with an API key (which key, which operation). */
  API_KEY_USE = 'API_KEY_USE',
  /** A request of an API key refused before running: over its rate, an operation not registered for it, a mutation. */
  API_KEY_REFUSED = 'API_KEY_REFUSED',
  /** A document file downloaded (which document and type; `reason` PERSONAL for personal documents). */
  DOCUMENT_DOWNLOAD = 'DOCUMENT_DOWNLOAD',
}
registerEnumType(AccessAction, { name: 'AccessAction', description: 'What an access log entry records' });

/**
 * The access log (UU PDP 27/2022 accountability): sign-ins, refused mutations, reads of personal data
 * and exports, with who, when, what and from where. It names fields, never their values. Append-only,
 * written in one insert per request after the answer (see access-log.ts), never through the unit of
 * work (so it is not audited and never rolls back with a refused mutation).
 */
@ObjectType({ description: 'Access log entry: a sign-in, a refused mutation, a read of personal data or an export' })
@Entity({ tableName: 'access_log' })
@Index({ properties: ['governmentId', 'occurredAt'] })
@Index({ properties: ['entityName', 'entityId'] })
@Index({ properties: ['actorId', 'occurredAt'] })
@Index({ properties: ['occurredAt'] })
export class AccessEntry {
  [OptionalProps]?: 'occurredAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Field()
  @Property({ type: 'timestamptz' })
  occurredAt: Date = new Date();

  @Field(() => AccessAction)
  @Enum({ items: () => AccessAction })
  action!: AccessAction;

  @Field(() => ID, { nullable: true, description: 'The government the event concerns: of the record read, of the account signing in, else of the actor (null: none, seen by super admins only)' })
  @Property({ type: 'uuid', nullable: true })
  governmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The account acting (null: anonymous, or an unknown e-mail at sign-in)' })
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'The account\'s e-mail; at a failed sign-in, the e-mail that was tried' })
  @Property({ length: 160, nullable: true })
  actorEmail?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 32, nullable: true })
  actorRole?: string | null;

  @Field(() => ID, { nullable: true, description: 'The government the actor belongs to' })
  @Property({ type: 'uuid', nullable: true })
  actorGovernmentId?: string | null;

  @Field({ description: 'The operation: GraphQL root fields (e.g. "query employee"), or the export (e.g. "export employees")' })
  @Property({ length: 200 })
  operation!: string;

  @Field(() => String, { nullable: true, description: 'The kind of record, e.g. Employee' })
  @Property({ length: 64, nullable: true })
  entityName?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ length: 64, nullable: true })
  entityId?: string | null;

  @Field(() => [String], { description: 'Personal fields shown (reads) or columns written (exports); never their values' })
  @Property({ type: 'jsonb' })
  fields: string[] = [];

  @Field(() => String, { nullable: true, description: 'Why it was refused (e.g. WRONG_PASSWORD, ROLE, TOKEN_REVOKED)' })
  @Property({ length: 64, nullable: true })
  reason?: string | null;

  @Field(() => Int, { nullable: true, description: 'Rows written (exports)' })
  @Property({ type: 'int', nullable: true })
  rowCount?: number | null;

  @Field(() => String, { nullable: true, description: 'The client address (behind a proxy: with TRUST_PROXY)' })
  @Property({ length: 64, nullable: true })
  clientIp?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 64, nullable: true })
  requestId?: string | null;
}

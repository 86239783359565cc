import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { Role } from '../../shared/auth.ts';
import { Employee } from '../employee/index.ts';
import { Government, OrgUnit } from '../organization/index.ts';

/** A login. Its role and its government / unit decide what it may see (see shared/scope.ts). */
@ObjectType({ description: 'User account' })
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity<'active'> {
  @Field()
  @Property({ length: 160, unique: true })
  email!: string;

  /** argon2id hash; never exposed, never audited. */
  @Property({ length: 200, hidden: true, lazy: true })
  passwordHash!: string;

  @Field()
  @Property({ length: 160 })
  displayName!: string;

  @Field(() => Role)
  @Enum({ items: () => Role })
  role!: Role;

  @ManyToOne(() => Government, { ref: true, nullable: true, index: true })
  government?: Ref<Government> | null;

  @ManyToOne(() => OrgUnit, { ref: true, nullable: true, index: true })
  unit?: Ref<OrgUnit> | null;

  @ManyToOne(() => Employee, { ref: true, nullable: true, index: true })
  employee?: Ref<Employee> | null;

  @Field()
  @Property({ default: true })
  active: boolean = true;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt?: Date | null;

  @Index()
  @Property({ type: 'timestamptz', nullable: true })
  passwordChangedAt?: Date | null;
}

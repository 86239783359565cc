import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { Government, OrgUnit } from '../organization/index.ts';

/** A layanan a unit offers the public (e.g. "Pembuatan KTP-el" at a kecamatan). */
@ObjectType({ description: 'Layanan publik offered by a unit' })
@Entity({ tableName: 'public_service' })
@Unique({ properties: ['unit', 'name'] })
@Index({ name: 'public_service_name_trgm_idx', expression: 'create index "public_service_name_trgm_idx" on "public_service" using gin ("name" gin_trgm_ops)' })
export class PublicService extends BaseEntity<'active'> {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => OrgUnit, { ref: true, index: true })
  unit!: Ref<OrgUnit>;

  @Field()
  @Property({ length: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ length: 1000, nullable: true })
  description?: string | null;

  @Field()
  @Property({ default: true })
  active: boolean = true;
}

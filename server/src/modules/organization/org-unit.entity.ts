import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { Government } from './government.entity.ts';
import { OrgUnitKind, Sector } from './organization.enums.ts';

/**
 * A unit kerja / OPD, in a tree. `path` is the materialized chain of ids from the root
 * (`/<root>/<child>/.../<self>/`), so a subtree is one indexed prefix match.
 */
@ObjectType({ description: 'Unit kerja / perangkat daerah' })
@Entity({ tableName: 'org_unit' })
@Unique({ properties: ['government', 'code'] })
@Index({ name: 'org_unit_path_idx', expression: 'create index "org_unit_path_idx" on "org_unit" ("path" text_pattern_ops)' })
@Index({ name: 'org_unit_name_trgm_idx', expression: 'create index "org_unit_name_trgm_idx" on "org_unit" using gin ("name" gin_trgm_ops)' })
export class OrgUnit extends BaseEntity<'active'> {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => OrgUnit, { ref: true, nullable: true, index: true })
  parent?: Ref<OrgUnit> | null;

  @Property({ length: 1000 })
  path!: string;

  @Field(() => Int, { description: 'Depth in the tree, 0 = top-level unit' })
  @Property()
  depth!: number;

  @Field()
  @Property({ length: 32 })
  code!: string;

  @Field()
  @Property({ length: 200 })
  name!: string;

  @Field(() => OrgUnitKind)
  @Enum({ items: () => OrgUnitKind })
  @Index()
  kind!: OrgUnitKind;

  @Field(() => Sector)
  @Enum({ items: () => Sector })
  @Index()
  sector!: Sector;

  @Field(() => Int, { nullable: true, description: 'Population served, for per-capita ratios' })
  @Property({ type: 'integer', nullable: true })
  populationServed?: number | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 300, nullable: true })
  address?: string | null;

  @Field()
  @Property({ default: true })
  active: boolean = true;
}

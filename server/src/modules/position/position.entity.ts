import type { Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { Government, OrgUnit } from '../organization/index.ts';
import { EducationLevel, Rank } from '../reference/index.ts';
import { FunctionalLevel, PositionKind } from './position.enums.ts';

/** A jabatan in a unit, with its planned headcount (formasi) and entry requirements. */
@ObjectType({ description: 'Jabatan' })
@Entity({ tableName: 'position' })
@Unique({ properties: ['government', 'code'] })
@Check({ name: 'position_kind_functional_level_check', expression: `("kind" = 'FUNGSIONAL') = ("functional_level" is not null)` })
@Index({ name: 'position_title_trgm_idx', expression: 'create index "position_title_trgm_idx" on "position" using gin ("title" gin_trgm_ops)' })
export class Position extends BaseEntity<'active'> {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => OrgUnit, { ref: true, index: true })
  unit!: Ref<OrgUnit>;

  /** The superior position (atasan langsung), forming the position tree. */
  @ManyToOne(() => Position, { ref: true, nullable: true, index: true })
  parent?: Ref<Position> | null;

  @Field()
  @Property({ length: 40 })
  code!: string;

  @Field()
  @Property({ length: 200 })
  title!: string;

  @Field(() => PositionKind)
  @Enum({ items: () => PositionKind })
  @Index()
  kind!: PositionKind;

  @Field(() => FunctionalLevel, { nullable: true, description: 'Required when kind is FUNGSIONAL, empty otherwise' })
  @Enum({ items: () => FunctionalLevel, nullable: true })
  functionalLevel?: FunctionalLevel | null;

  @Field(() => String, { nullable: true, description: 'Functional family, e.g. "Guru", "Perawat", "Analis SDM Aparatur"' })
  @Property({ length: 120, nullable: true })
  functionalFamily?: string | null;

  @Field(() => Int, { description: 'Kelas jabatan, 1-17' })
  @Property()
  @Index()
  grade!: number;

  @Field(() => Int, { description: 'Planned headcount (formasi / kebutuhan)' })
  @Property()
  plannedHeadcount!: number;

  @ManyToOne(() => EducationLevel, { ref: true, nullable: true, index: true })
  minEducation?: Ref<EducationLevel> | null;

  @ManyToOne(() => Rank, { ref: true, nullable: true, index: true })
  minRank?: Ref<Rank> | null;

  @Field()
  @Property({ default: true })
  active: boolean = true;
}

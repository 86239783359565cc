import type { Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { Government } from '../organization/index.ts';
import { FunctionalLevel, Position, PositionKind } from '../position/index.ts';
import { CompetencyKind } from './competency.enums.ts';

/**
 * A competency of the dictionary (PermenPANRB 38/2017): the national managerial (M.01-M.08) and
 * socio-cultural (S.01) ones have no government; technical ones belong to a government.
 */
@ObjectType({ description: 'Kompetensi (kamus kompetensi)' })
@Entity({ tableName: 'competency' })
@Index({ name: 'competency_national_code_unique', expression: 'create unique index "competency_national_code_unique" on "competency" ("code") where "government_id" is null' })
@Index({ name: 'competency_government_code_unique', expression: 'create unique index "competency_government_code_unique" on "competency" ("government_id", "code") where "government_id" is not null' })
export class Competency extends BaseEntity {
  @ManyToOne(() => Government, { ref: true, nullable: true, index: true })
  government?: Ref<Government> | null;

  @Field({ description: 'e.g. "M.01"' })
  @Property({ length: 16 })
  code!: string;

  @Field()
  @Property({ length: 120 })
  name!: string;

  @Field(() => CompetencyKind)
  @Enum({ items: () => CompetencyKind })
  kind!: CompetencyKind;

  @Field()
  @Property({ length: 1000 })
  description!: string;

  /** What each level 1-5 means (index 0 = level 1). */
  @Field(() => [String], { description: 'Meaning of levels 1-5, in order' })
  @Property({ type: 'jsonb' })
  levelDescriptions!: string[];

  @Field()
  @Property({ length: 300 })
  legalBasis!: string;
}

/** Standar kompetensi jabatan: the level a position requires of a competency. */
@ObjectType({ description: 'Standar kompetensi jabatan: required level of one competency' })
@Entity({ tableName: 'position_competency' })
@Unique({ properties: ['position', 'competency'] })
@Check({ name: 'position_competency_level_check', expression: '"required_level" >= 1 and "required_level" <= 5' })
export class PositionCompetency extends BaseEntity {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => Position, { ref: true, index: true, deleteRule: 'cascade' })
  position!: Ref<Position>;

  @ManyToOne(() => Competency, { ref: true, index: true })
  competency!: Ref<Competency>;

  @Field(() => Int)
  @Property()
  requiredLevel!: number;
}

/**
 * Typical required level by kind of position (ASN-RULES §5), used to give a new position its
 * standard; editable. The functional level is set for functional positions only.
 */
@ObjectType({ description: 'Typical competency level required by a kind (and functional level) of position' })
@Entity({ tableName: 'competency_level_default' })
@Index({ name: 'competency_level_default_unique', expression: `create unique index "competency_level_default_unique" on "competency_level_default" ("position_kind", coalesce("functional_level", ''))` })
@Check({ name: 'competency_level_default_level_check', expression: '"required_level" >= 1 and "required_level" <= 5' })
export class CompetencyLevelDefault extends BaseEntity {
  @Field(() => PositionKind)
  @Enum({ items: () => PositionKind })
  positionKind!: PositionKind;

  @Field(() => FunctionalLevel, { nullable: true })
  @Enum({ items: () => FunctionalLevel, nullable: true })
  functionalLevel?: FunctionalLevel | null;

  @Field(() => Int)
  @Property()
  requiredLevel!: number;

  @Field()
  @Property({ length: 300 })
  legalBasis!: string;
}

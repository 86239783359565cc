import type { Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { FunctionalLevel, PositionKind } from '../position/index.ts';
import { EducationLevel, Rank } from '../reference/index.ts';

/**
 * Credit points a functional official needs for a promotion (kenaikan pangkat pilihan), per
 * level and rank step (ASN-RULES §3; PermenPANRB 1/2023). A step into the next level's ranks also
 * needs the move to that level (kenaikan jenjang). Editable.
 */
@ObjectType({ description: 'Angka kredit kumulatif for a rank step of a functional level' })
@Entity({ tableName: 'credit_point_requirement' })
@Unique({ properties: ['functionalLevel', 'fromRank'] })
export class CreditPointRequirement extends BaseEntity {
  @Field(() => FunctionalLevel)
  @Enum({ items: () => FunctionalLevel })
  functionalLevel!: FunctionalLevel;

  @ManyToOne(() => Rank, { ref: true, index: true })
  fromRank!: Ref<Rank>;

  @ManyToOne(() => Rank, { ref: true, index: true })
  toRank!: Ref<Rank>;

  @Field(() => Float)
  @Property({ type: 'double' })
  requiredPoints!: number;

  @Field(() => FunctionalLevel, { nullable: true, description: 'Level the step also needs the official to move to (kenaikan jenjang)' })
  @Enum({ items: () => FunctionalLevel, nullable: true })
  requiresLevel?: FunctionalLevel | null;

  @Field()
  @Property({ length: 300 })
  legalBasis!: string;
}

/** Requirements of appointment to a kind of position (ASN-RULES §8; PP 11/2017 jo. PP 17/2020). Editable. */
@ObjectType({ description: 'Syarat pengangkatan dalam jabatan, by kind' })
@Entity({ tableName: 'appointment_requirement' })
@Unique({ properties: ['positionKind'] })
export class AppointmentRequirement extends BaseEntity {
  @Field(() => PositionKind)
  @Enum({ items: () => PositionKind })
  positionKind!: PositionKind;

  @ManyToOne(() => EducationLevel, { ref: true, nullable: true, index: true })
  minEducation?: Ref<EducationLevel> | null;

  @Field(() => Int, { description: 'Years of experience in the listed kinds of position' })
  @Property()
  experienceYears!: number;

  /** Kinds counted as experience: "PENGAWAS", "FUNGSIONAL:AHLI_MUDA", or "*" for any service. */
  @Field(() => [String])
  @Property({ type: 'jsonb' })
  experienceKinds!: string[];

  @Field(() => [String], { description: 'Prior positions, same notation; empty when not required' })
  @Property({ type: 'jsonb' })
  priorKinds!: string[];

  @Field(() => Int)
  @Property()
  priorYears!: number;

  @Field(() => Int, { nullable: true, description: 'Maximum age at appointment' })
  @Property({ type: 'integer', nullable: true })
  maxAge?: number | null;

  @Field(() => Int, { description: 'Years of at least Baik required' })
  @Property()
  performanceYears!: number;

  @Field()
  @Property()
  pnsOnly!: boolean;

  @Field()
  @Property({ length: 300 })
  legalBasis!: string;
}

/** Retirement age by kind and functional level (ASN-RULES §11; UU 20/2023 art. 55). Editable. */
@ObjectType({ description: 'Batas usia pensiun' })
@Entity({ tableName: 'retirement_age' })
@Index({ name: 'retirement_age_unique', expression: `create unique index "retirement_age_unique" on "retirement_age" ("position_kind", coalesce("functional_level", ''))` })
@Check({ name: 'retirement_age_check', expression: '"age" >= 50 and "age" <= 70' })
export class RetirementAge extends BaseEntity {
  @Field(() => PositionKind)
  @Enum({ items: () => PositionKind })
  positionKind!: PositionKind;

  @Field(() => FunctionalLevel, { nullable: true })
  @Enum({ items: () => FunctionalLevel, nullable: true })
  functionalLevel?: FunctionalLevel | null;

  @Field(() => Int)
  @Property()
  age!: number;

  @Field()
  @Property({ length: 300 })
  legalBasis!: string;
}

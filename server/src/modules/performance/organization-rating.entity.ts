import type { Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { Government, OrgUnit } from '../organization/index.ts';
import { FunctionalLevel } from '../position/index.ts';
import { CREDIT_LEGAL_BASIS, DISTRIBUTION_LEGAL_BASIS } from './performance.rules.ts';
import { DistributionBound, OrganizationRatingValue, Predikat } from './performance.enums.ts';

/** The rating of a unit for a year (predikat kinerja organisasi), which bounds its employees' ratings. */
@ObjectType({ description: 'Predikat kinerja organisasi of a unit for a year' })
@Entity({ tableName: 'organization_rating' })
@Unique({ properties: ['unit', 'year'] })
export class OrganizationRating extends BaseEntity {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => OrgUnit, { ref: true, index: true, deleteRule: 'cascade' })
  unit!: Ref<OrgUnit>;

  @Field(() => Int)
  @Property()
  year!: number;

  @Field(() => OrganizationRatingValue)
  @Enum({ items: () => OrganizationRatingValue })
  rating!: OrganizationRatingValue;
}

/** One bound of SE MenPANRB 3/2023 (ASN-RULES §4), editable. */
@ObjectType({ description: 'A bound on the share of some predikat in a unit with a given organisation rating' })
@Entity({ tableName: 'distribution_rule' })
export class PredikatDistributionRule extends BaseEntity<'legalBasis'> {
  @Field(() => OrganizationRatingValue)
  @Enum({ items: () => OrganizationRatingValue })
  organizationRating!: OrganizationRatingValue;

  @Field(() => [Predikat])
  @Property({ type: 'jsonb' })
  predikats!: Predikat[];

  @Field(() => DistributionBound)
  @Enum({ items: () => DistributionBound })
  bound!: DistributionBound;

  @Field(() => Float, { description: 'Percent (AT_MOST/AT_LEAST_PERCENT) or a number of employees (AT_LEAST_COUNT)' })
  @Property({ type: 'double' })
  value!: number;

  @Field()
  @Property({ length: 300 })
  description!: string;

  @Field()
  @Property({ length: 300 })
  legalBasis: string = DISTRIBUTION_LEGAL_BASIS;
}

/** Conversion of an annual predikat to a percentage of the yearly credit points (ASN-RULES §3). */
@ObjectType({ description: 'Konversi predikat ke persentase angka kredit' })
@Entity({ tableName: 'credit_point_conversion' })
@Unique({ properties: ['predikat'] })
@Check({ name: 'credit_point_conversion_percent_check', expression: `"percent" >= '0' and "percent" <= '500'` })
export class CreditPointConversion extends BaseEntity<'legalBasis'> {
  @Field(() => Predikat)
  @Enum({ items: () => Predikat })
  predikat!: Predikat;

  @Field(() => Float)
  @Property({ type: 'double' })
  percent!: number;

  @Field()
  @Property({ length: 300 })
  legalBasis: string = CREDIT_LEGAL_BASIS;
}

/** Yearly credit-point coefficient of a functional level (ASN-RULES §3). */
@ObjectType({ description: 'Koefisien angka kredit per jenjang jabatan fungsional' })
@Entity({ tableName: 'credit_point_coefficient' })
@Unique({ properties: ['functionalLevel'] })
export class CreditPointCoefficient extends BaseEntity<'legalBasis'> {
  @Field(() => FunctionalLevel)
  @Enum({ items: () => FunctionalLevel })
  functionalLevel!: FunctionalLevel;

  @Field(() => Float)
  @Property({ type: 'double' })
  coefficient!: number;

  @Field()
  @Property({ length: 300 })
  legalBasis: string = CREDIT_LEGAL_BASIS;
}

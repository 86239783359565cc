import { DecimalType, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { Government, OrgUnitKind, Sector } from '../organization/index.ts';

/**
 * A target staffing ratio against the population a unit serves (e.g. 1 doctor per 5,000 people at a
 * puskesmas, 1 teacher per 20 pupils at a school), with its basis. Per government, editable.
 */
@ObjectType({ description: 'Target ratio of staff to population served, with its basis' })
@Entity({ tableName: 'workforce_target_ratio' })
@Index({
  name: 'workforce_target_ratio_unique',
  expression: `create unique index "workforce_target_ratio_unique" on "workforce_target_ratio" ("government_id", "sector", coalesce("unit_kind", ''), coalesce(lower("functional_family"), ''))`,
})
@Check({ name: 'workforce_target_ratio_staff_check', expression: '"staff" > 0 and "per_population" > 0' })
export class WorkforceTargetRatio extends BaseEntity<'unitKind' | 'functionalFamily'> {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @Field(() => Sector)
  @Enum({ items: () => Sector })
  sector!: Sector;

  @Field(() => OrgUnitKind, { nullable: true, description: 'Only units of this kind (e.g. PUSKESMAS); empty: every unit of the sector with a population' })
  @Enum({ items: () => OrgUnitKind, nullable: true })
  unitKind?: OrgUnitKind | null;

  @Field(() => String, { nullable: true, description: 'Staff of this functional family (e.g. "Dokter"; "Guru*" for every family starting with Guru); empty: every position of the unit' })
  @Property({ length: 120, nullable: true })
  functionalFamily?: string | null;

  @Field({ description: 'What is counted, e.g. "Dokter per penduduk"' })
  @Property({ length: 200 })
  label!: string;

  @Field(() => Float, { description: 'Staff ...' })
  @Property({ type: new DecimalType('number'), precision: 8, scale: 2 })
  staff!: number;

  @Field(() => Int, { description: '... per this many people served' })
  @Property()
  perPopulation!: number;

  @Field({ description: 'Basis of the target (regulation or standard)' })
  @Property({ length: 300 })
  basis!: string;
}

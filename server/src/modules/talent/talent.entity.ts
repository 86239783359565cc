import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { Expectation, Predikat } from '../performance/index.ts';
import { PotentialLevel } from './talent.enums.ts';
import { TALENT_LEGAL_BASIS } from './talent.rules.ts';

/** A box of the 9-box grid with its label and recommended actions (ASN-RULES §7); editable text. */
@ObjectType({ description: 'Kotak talenta' })
@Entity({ tableName: 'talent_box' })
@Unique({ properties: ['performance', 'potential'] })
export class TalentBox extends BaseEntity<'legalBasis'> {
  @Field(() => Int)
  @Property({ unique: true })
  box!: number;

  @Field(() => Expectation)
  @Enum({ items: () => Expectation })
  performance!: Expectation;

  @Field(() => PotentialLevel)
  @Enum({ items: () => PotentialLevel })
  potential!: PotentialLevel;

  @Field()
  @Property({ length: 120 })
  label!: string;

  @Field()
  @Property({ length: 500 })
  actions!: string;

  @Field()
  @Property({ length: 300 })
  legalBasis: string = TALENT_LEGAL_BASIS;
}

/** Which performance level an annual predikat counts as on the 9-box (configurable). */
@ObjectType({ description: 'Mapping of an annual predikat to the performance axis of the 9-box' })
@Entity({ tableName: 'talent_performance_level' })
@Unique({ properties: ['predikat'] })
export class TalentPerformanceLevel extends BaseEntity<'legalBasis'> {
  @Field(() => Predikat)
  @Enum({ items: () => Predikat })
  predikat!: Predikat;

  @Field(() => Expectation)
  @Enum({ items: () => Expectation })
  performance!: Expectation;

  @Field()
  @Property({ length: 300 })
  legalBasis: string = TALENT_LEGAL_BASIS;
}

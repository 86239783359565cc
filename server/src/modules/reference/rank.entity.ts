import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { RankScheme } from './reference.enums.ts';

/**
 * A pangkat/golongan ruang (PNS, I/a .. IV/e) or a PPPK golongan (I .. XVII). National reference
 * data, shared by every government. `ordinal` orders ranks totally within a scheme.
 */
@ObjectType({ description: 'Pangkat / golongan ruang (PNS) or golongan (PPPK)' })
@Entity({ tableName: 'rank' })
@Unique({ properties: ['scheme', 'code'] })
@Unique({ properties: ['scheme', 'ordinal'] })
export class Rank extends BaseEntity {
  @Field(() => RankScheme)
  @Enum({ items: () => RankScheme })
  scheme!: RankScheme;

  @Field({ description: 'e.g. "III/a" (PNS) or "IX" (PPPK)' })
  @Property({ length: 8 })
  code!: string;

  @Field({ description: 'e.g. "Penata Muda"' })
  @Property({ length: 80 })
  name!: string;

  @Field({ description: 'Golongan: I, II, III or IV for PNS; the roman numeral for PPPK' })
  @Property({ length: 8 })
  golongan!: string;

  @Field(() => Int, { description: 'Position in the total order of the scheme, 1 = lowest' })
  @Property()
  @Index()
  ordinal!: number;

  @Field()
  @Property({ length: 200 })
  legalBasis!: string;
}

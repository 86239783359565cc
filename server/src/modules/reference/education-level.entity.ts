import type { Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { Rank } from './rank.entity.ts';

/**
 * A diploma level (SD .. S3) with the rank rules tied to it (ASN-RULES §2-§3). The ceilings and
 * starting ranks are configurable data: an administrator may edit them, with their legal basis.
 */
@ObjectType({ description: 'Jenjang pendidikan, with its rank ceiling and starting rank' })
@Entity({ tableName: 'education_level' })
export class EducationLevel extends BaseEntity {
  @Field({ description: 'e.g. "S1_D4", "SLTA"' })
  @Property({ length: 24, unique: true })
  code!: string;

  @Field({ description: 'e.g. "S-1 / D-IV"' })
  @Property({ length: 80 })
  name!: string;

  @Field(() => Int, { description: 'Order of the levels, 1 = lowest' })
  @Property({ unique: true })
  ordinal!: number;

  /** Highest PNS rank reachable by regular promotion with this diploma (PP 99/2000 art. 18). */
  @ManyToOne(() => Rank, { ref: true })
  pnsRankCeiling!: Ref<Rank>;

  /** Starting rank of a new PNS appointed with this diploma. */
  @ManyToOne(() => Rank, { ref: true, nullable: true })
  pnsStartingRank?: Ref<Rank> | null;

  /** Entry golongan of a PPPK appointed with this diploma. */
  @ManyToOne(() => Rank, { ref: true, nullable: true })
  pppkEntryRank?: Ref<Rank> | null;

  @Field()
  @Property({ length: 300 })
  legalBasis!: string;
}

import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { DateOnly } from '../../shared/scalars.ts';
import { Government } from '../organization/index.ts';
import { Rank } from '../reference/index.ts';
import { Employee } from './employee.entity.ts';

/** Riwayat pangkat: a rank held from its TMT until the next entry's TMT. */
@ObjectType({ description: 'Riwayat pangkat / golongan' })
@Entity({ tableName: 'rank_history' })
@Unique({ properties: ['employee', 'tmt'] })
export class RankHistory extends BaseEntity {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => Employee, { ref: true, index: true, deleteRule: 'cascade' })
  employee!: Ref<Employee>;

  @ManyToOne(() => Rank, { ref: true, index: true })
  rank!: Ref<Rank>;

  @Field(() => DateOnly, { description: 'TMT: the date the rank takes effect' })
  @Property({ type: 'date' })
  @Index()
  tmt!: string;

  @Field(() => String, { nullable: true, description: 'Nomor SK' })
  @Property({ length: 100, nullable: true })
  decreeNumber?: string | null;

  @Field(() => DateOnly, { nullable: true, description: 'Tanggal SK' })
  @Property({ type: 'date', nullable: true })
  decreeDate?: string | null;
}

import type { Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { Government } from '../organization/index.ts';
import { EducationLevel } from '../reference/index.ts';
import { Employee } from './employee.entity.ts';

/** Riwayat pendidikan: a diploma earned. The highest one bounds regular promotion (ASN-RULES §3). */
@ObjectType({ description: 'Riwayat pendidikan' })
@Entity({ tableName: 'education_history' })
@Unique({ properties: ['employee', 'level', 'graduationYear'] })
export class EducationHistory extends BaseEntity {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => Employee, { ref: true, index: true, deleteRule: 'cascade' })
  employee!: Ref<Employee>;

  @ManyToOne(() => EducationLevel, { ref: true, index: true })
  level!: Ref<EducationLevel>;

  @Field()
  @Property({ length: 200 })
  institution!: string;

  @Field(() => String, { nullable: true })
  @Property({ length: 200, nullable: true })
  major?: string | null;

  @Field(() => Int)
  @Property()
  graduationYear!: number;

  @Field(() => String, { nullable: true, description: 'Nomor ijazah' })
  @Property({ length: 100, nullable: true })
  diplomaNumber?: string | null;
}

import type { Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { DateOnly } from '../../shared/scalars.ts';
import { Employee } from '../employee/index.ts';
import { Government } from '../organization/index.ts';
import { AssessmentPurpose } from './competency.enums.ts';
import { Competency } from './competency.entity.ts';

/** A competency assessment of one employee (assessment centre, uji kompetensi). */
@ObjectType({ description: 'Asesmen kompetensi' })
@Entity({ tableName: 'assessment' })
@Index({ properties: ['employee', 'assessedOn'] })
@Check({ name: 'assessment_potential_check', expression: `"potential_score" is null or ("potential_score" >= '0' and "potential_score" <= '100')` })
export class Assessment extends BaseEntity {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => Employee, { ref: true, index: true, deleteRule: 'cascade' })
  employee!: Ref<Employee>;

  @Field(() => DateOnly)
  @Property({ type: 'date' })
  assessedOn!: string;

  @Field(() => AssessmentPurpose)
  @Enum({ items: () => AssessmentPurpose })
  purpose!: AssessmentPurpose;

  @Field({ description: 'Assessor or institution (e.g. UPT Penilaian Kompetensi BKN)' })
  @Property({ length: 200 })
  assessor!: string;

  @Field(() => String, { nullable: true })
  @Property({ length: 2000, nullable: true })
  notes?: string | null;

  @Field(() => Float, { nullable: true, description: 'Potential score 0-100 (talent axis)' })
  @Property({ type: 'double', nullable: true })
  potentialScore?: number | null;
}

/** The level assessed for one competency in an assessment. */
@ObjectType({ description: 'Assessed level of one competency' })
@Entity({ tableName: 'assessment_score' })
@Unique({ properties: ['assessment', 'competency'] })
@Check({ name: 'assessment_score_level_check', expression: '"level" >= 1 and "level" <= 5' })
export class AssessmentScore extends BaseEntity {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => Assessment, { ref: true, index: true, deleteRule: 'cascade' })
  assessment!: Ref<Assessment>;

  @ManyToOne(() => Competency, { ref: true, index: true })
  competency!: Ref<Competency>;

  @Field(() => Int)
  @Property()
  level!: number;
}

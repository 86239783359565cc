import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { Employee } from '../employee/index.ts';
import { Government } from '../organization/index.ts';
import { EvaluationPeriod, Expectation, Predikat } from './performance.enums.ts';
import { PerformancePlan } from './plan.entity.ts';

/**
 * A periodic (quarter) or annual evaluation of a plan. The predikat is derived from the two
 * ratings by the §4 matrix, stored, and recomputed whenever a rating changes.
 */
@ObjectType({ description: 'Evaluasi kinerja (triwulan or tahunan)' })
@Entity({ tableName: 'performance_evaluation' })
@Unique({ properties: ['plan', 'period'] })
export class PerformanceEvaluation extends BaseEntity {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => PerformancePlan, { ref: true, index: true, deleteRule: 'cascade' })
  plan!: Ref<PerformancePlan>;

  /** Denormalized from the plan: reports and eligibility read evaluations by employee and year. */
  @ManyToOne(() => Employee, { ref: true, index: true, deleteRule: 'cascade' })
  employee!: Ref<Employee>;

  @Field()
  @Property()
  year!: number;

  @Field(() => EvaluationPeriod)
  @Enum({ items: () => EvaluationPeriod })
  period!: EvaluationPeriod;

  @Field(() => Expectation, { description: 'Hasil kerja' })
  @Enum({ items: () => Expectation })
  resultRating!: Expectation;

  @Field(() => Expectation, { description: 'Perilaku kerja' })
  @Enum({ items: () => Expectation })
  behaviourRating!: Expectation;

  @Field(() => Predikat)
  @Enum({ items: () => Predikat })
  predikat!: Predikat;

  @ManyToOne(() => Employee, { ref: true, index: true })
  evaluator!: Ref<Employee>;

  @Field(() => String, { nullable: true })
  @Property({ length: 4000, nullable: true })
  notes?: string | null;
}

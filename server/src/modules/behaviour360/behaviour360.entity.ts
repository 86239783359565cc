import type { Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { Employee } from '../employee/index.ts';
import { Government } from '../organization/index.ts';
import { EvaluationPeriod } from '../performance/index.ts';
import { CoreValue, RaterGroup } from './behaviour360.enums.ts';

/**
 * One rater asked to rate one employee in a period. A rater rates a given employee once per
 * period. Who rated is known to the administrators running the exercise; what they rated is
 * never exposed (the scores have no GraphQL type, only group aggregates do).
 */
@ObjectType({ description: '360 rater assignment (who rates whom in which group and period)' })
@Entity({ tableName: 'rating360_assignment' })
@Unique({ properties: ['ratee', 'year', 'period', 'rater'] })
@Check({ name: 'rating360_self_check', expression: `("group" = 'SELF') = ("ratee_id" = "rater_id")` })
export class Rating360Assignment extends BaseEntity {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => Employee, { ref: true, index: true, deleteRule: 'cascade' })
  ratee!: Ref<Employee>;

  @ManyToOne(() => Employee, { ref: true, index: true, deleteRule: 'cascade' })
  rater!: Ref<Employee>;

  @Field(() => RaterGroup)
  @Enum({ items: () => RaterGroup })
  group!: RaterGroup;

  @Field(() => Int)
  @Property()
  year!: number;

  @Field(() => EvaluationPeriod)
  @Enum({ items: () => EvaluationPeriod })
  period!: EvaluationPeriod;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt?: Date | null;
}

/** One score (1-5) of a submitted assignment. No GraphQL type: never readable one by one. */
@Entity({ tableName: 'rating360_score' })
@Unique({ properties: ['assignment', 'value'] })
@Check({ name: 'rating360_score_check', expression: '"score" >= 1 and "score" <= 5' })
export class Rating360Score extends BaseEntity {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => Rating360Assignment, { ref: true, index: true, deleteRule: 'cascade' })
  assignment!: Ref<Rating360Assignment>;

  @Enum({ items: () => CoreValue })
  value!: CoreValue;

  @Property()
  score!: number;
}

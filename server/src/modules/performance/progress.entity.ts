import type { Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { Employee } from '../employee/index.ts';
import { Government } from '../organization/index.ts';
import { ProgressKind } from './performance.enums.ts';
import { PerformancePlan, PerformanceTarget } from './plan.entity.ts';

/**
 * Continuous feedback on a plan: the employee reports progress (text, evidence, percentage),
 * the superior answers. Seen by the two of them and by administrators of the unit.
 */
@ObjectType({ description: 'Progress report or feedback in a plan thread' })
@Entity({ tableName: 'progress_report' })
@Index({ properties: ['plan', 'createdAt'] })
@Check({ name: 'progress_report_percent_check', expression: '"percent" is null or ("percent" >= 0 and "percent" <= 100)' })
export class ProgressReport extends BaseEntity {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => PerformancePlan, { ref: true, index: true, deleteRule: 'cascade' })
  plan!: Ref<PerformancePlan>;

  @ManyToOne(() => PerformanceTarget, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  target?: Ref<PerformanceTarget> | null;

  /** The report this one answers (feedback to a progress report). */
  @ManyToOne(() => ProgressReport, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  replyTo?: Ref<ProgressReport> | null;

  @Field(() => ProgressKind)
  @Enum({ items: () => ProgressKind })
  kind!: ProgressKind;

  @ManyToOne(() => Employee, { ref: true, index: true })
  author!: Ref<Employee>;

  @Field()
  @Property({ length: 4000 })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Link to evidence (document, photo, report)' })
  @Property({ length: 500, nullable: true })
  evidenceUrl?: string | null;

  @Field(() => Int, { nullable: true, description: 'Completion of the target, 0-100 (progress only)' })
  @Property({ type: 'integer', nullable: true })
  percent?: number | null;
}

import { DecimalType, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { User } from '../auth/index.ts';
import { Government } from '../organization/index.ts';
import { Position } from '../position/index.ts';
import { AbkStatus, WorkPeriod } from './workforce.enums.ts';

/**
 * A workload analysis (analisis beban kerja, ABK) of a position for a year. Versioned: an approved
 * analysis is never edited; a new revision is drafted from it and, once approved, supersedes it.
 * At most one open (draft or reviewed) and one approved revision per position and year.
 */
@ObjectType({ description: 'Analisis beban kerja (ABK) of a position for a year, one revision' })
@Entity({ tableName: 'workload_analysis' })
@Unique({ properties: ['government', 'position', 'year', 'revision'] })
@Index({ name: 'workload_analysis_approved_unique', expression: `create unique index "workload_analysis_approved_unique" on "workload_analysis" ("government_id", "position_id", "year") where "status" = 'APPROVED'` })
@Index({ name: 'workload_analysis_open_unique', expression: `create unique index "workload_analysis_open_unique" on "workload_analysis" ("government_id", "position_id", "year") where "status" in ('DRAFT', 'REVIEWED')` })
@Check({ name: 'workload_analysis_year_check', expression: '"year" >= 2000 and "year" <= 2100' })
export class WorkloadAnalysis extends BaseEntity<'status' | 'notes'> {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => Position, { ref: true, index: true })
  position!: Ref<Position>;

  @Field(() => Int, { description: 'The year the analysis is for (the 2026 and 2027 ABK coexist)' })
  @Property()
  year!: number;

  @Field(() => Int, { description: 'Revision of the analysis for this position and year, from 1' })
  @Property()
  revision!: number;

  @Field(() => AbkStatus)
  @Enum({ items: () => AbkStatus })
  @Index()
  status: AbkStatus = AbkStatus.DRAFT;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  createdBy?: Ref<User> | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  reviewedBy?: Ref<User> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  reviewedAt?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  approvedBy?: Ref<User> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  approvedAt?: Date | null;
}

/** One task (uraian tugas) of an analysis: its output, volume per period and standard minutes. */
@ObjectType({ description: 'Uraian tugas of a workload analysis' })
@Entity({ tableName: 'workload_task' })
@Check({ name: 'workload_task_volume_check', expression: '"volume" > 0' })
@Check({ name: 'workload_task_minutes_check', expression: '"standard_minutes" > 0' })
export class WorkloadTask extends BaseEntity {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => WorkloadAnalysis, { ref: true, index: true, deleteRule: 'cascade' })
  analysis!: Ref<WorkloadAnalysis>;

  @Field(() => Int, { description: 'Order in the analysis' })
  @Property()
  ordinal!: number;

  @Field({ description: 'Uraian tugas' })
  @Property({ length: 500 })
  description!: string;

  @Field({ description: 'Hasil kerja (the output counted)' })
  @Property({ length: 200 })
  output!: string;

  @Field(() => Float, { description: 'Outputs per period (up to two decimals)' })
  @Property({ type: new DecimalType('number'), precision: 12, scale: 2 })
  volume!: number;

  @Field(() => WorkPeriod)
  @Enum({ items: () => WorkPeriod })
  period!: WorkPeriod;

  @Field(() => Float, { description: 'Standard minutes per output (norma waktu, up to two decimals)' })
  @Property({ type: new DecimalType('number'), precision: 10, scale: 2 })
  standardMinutes!: number;
}

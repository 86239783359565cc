import type { Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { Employee } from '../employee/index.ts';
import { Government, OrgUnit } from '../organization/index.ts';
import { Position } from '../position/index.ts';
import { PlanStatus, TargetKind } from './performance.enums.ts';

/**
 * Sasaran Kinerja Pegawai (SKP): one employee's plan for a year, with the superior of record who
 * evaluates it and a snapshot of the position and unit when it was made.
 */
@ObjectType({ description: 'SKP: yearly performance plan' })
@Entity({ tableName: 'performance_plan' })
@Unique({ properties: ['employee', 'year'] })
@Check({ name: 'performance_plan_year_check', expression: '"year" >= 2000 and "year" <= 2100' })
export class PerformancePlan extends BaseEntity<'status'> {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => Employee, { ref: true, index: true, deleteRule: 'cascade' })
  employee!: Ref<Employee>;

  @Field(() => Int)
  @Property()
  year!: number;

  /** The superior of record (pejabat penilai kinerja). */
  @ManyToOne(() => Employee, { ref: true, index: true })
  evaluator!: Ref<Employee>;

  @ManyToOne(() => Position, { ref: true, nullable: true, index: true })
  position?: Ref<Position> | null;

  @Field({ description: 'Position title when the plan was made' })
  @Property({ length: 200 })
  positionTitle!: string;

  @ManyToOne(() => OrgUnit, { ref: true, nullable: true, index: true })
  unit?: Ref<OrgUnit> | null;

  @Field({ description: 'Unit name when the plan was made' })
  @Property({ length: 200 })
  unitName!: string;

  @Field(() => String, { nullable: true, description: "The superior's expectations (ekspektasi pimpinan)" })
  @Property({ length: 4000, nullable: true })
  expectations?: string | null;

  @Field(() => PlanStatus)
  @Enum({ items: () => PlanStatus })
  status: PlanStatus = PlanStatus.DRAFT;
}

/** A work-result target of a plan (rencana hasil kerja) with its indicator and target. */
@ObjectType({ description: 'Rencana hasil kerja: target with indicator' })
@Entity({ tableName: 'performance_target' })
export class PerformanceTarget extends BaseEntity {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => PerformancePlan, { ref: true, index: true, deleteRule: 'cascade' })
  plan!: Ref<PerformancePlan>;

  @Field(() => TargetKind)
  @Enum({ items: () => TargetKind })
  kind!: TargetKind;

  @Field(() => Int)
  @Property()
  ordinal!: number;

  @Field({ description: 'Rencana hasil kerja' })
  @Property({ length: 1000 })
  description!: string;

  @Field({ description: 'Indikator kinerja individu' })
  @Property({ length: 1000 })
  indicator!: string;

  @Field({ description: 'Target (e.g. "12 laporan", "100%")' })
  @Property({ length: 200 })
  target!: string;
}

import type { Ref } from '@mikro-orm/core';
import { Check, Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { DateOnly } from '../../shared/scalars.ts';
import { Government, OrgUnit } from '../organization/index.ts';
import { Position } from '../position/index.ts';
import { Employee } from './employee.entity.ts';

/**
 * Riwayat jabatan: a position held in a unit from `startDate` to `endDate` (inclusive; open
 * when null). Periods of one employee never overlap (checked by the service, and by an
 * exclusion constraint in the database).
 */
@ObjectType({ description: 'Riwayat jabatan' })
@Entity({ tableName: 'position_history' })
@Check({ name: 'position_history_period_check', expression: '"end_date" is null or "end_date" >= "start_date"' })
// One employee never holds two positions in overlapping periods (inclusive bounds, open end).
@Check({ name: 'position_history_no_overlap', expression: "EXCLUDE USING gist (employee_id WITH =, daterange(start_date, end_date, '[]'::text) WITH &&)" })
@Index({ properties: ['employee', 'startDate'] })
export class PositionHistory extends BaseEntity {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => Employee, { ref: true, index: true, deleteRule: 'cascade' })
  employee!: Ref<Employee>;

  @ManyToOne(() => Position, { ref: true, index: true })
  position!: Ref<Position>;

  @ManyToOne(() => OrgUnit, { ref: true, index: true })
  unit!: Ref<OrgUnit>;

  @Field(() => DateOnly, { description: 'TMT jabatan' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => DateOnly, { nullable: true, description: 'Last day in the position; empty while held' })
  @Property({ type: 'date', nullable: true })
  @Index()
  endDate?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 100, nullable: true })
  decreeNumber?: string | null;

  @Field(() => DateOnly, { nullable: true })
  @Property({ type: 'date', nullable: true })
  decreeDate?: string | null;
}

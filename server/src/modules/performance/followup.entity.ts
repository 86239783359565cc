import type { Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { DateOnly } from '../../shared/scalars.ts';
import { Employee } from '../employee/index.ts';
import { Government } from '../organization/index.ts';

// Follow-up of the annual evaluation (tindak lanjut, PP 30/2019): recognition for Sangat Baik,
// coaching for ratings below Baik.

export enum RecognitionStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(RecognitionStatus, { name: 'RecognitionStatus' });

export enum CoachingStatus {
  OPEN = 'OPEN',
  COMPLETED = 'COMPLETED',
}
registerEnumType(CoachingStatus, { name: 'CoachingStatus' });

/** Follow-up of a Sangat Baik annual rating: a proposed award, with its basis. */
@ObjectType({ description: 'Penghargaan (tindak lanjut predikat Sangat Baik)' })
@Entity({ tableName: 'recognition' })
@Unique({ properties: ['employee', 'year'] })
export class Recognition extends BaseEntity<'status'> {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => Employee, { ref: true, index: true, deleteRule: 'cascade' })
  employee!: Ref<Employee>;

  @Field(() => Int)
  @Property()
  year!: number;

  @Field({ description: 'Why it is proposed, with the legal basis' })
  @Property({ length: 1000 })
  basis!: string;

  @Field(() => RecognitionStatus)
  @Enum({ items: () => RecognitionStatus })
  status: RecognitionStatus = RecognitionStatus.PROPOSED;
}

/** Follow-up of an annual rating below Baik: goals, a mentor, a review date and training. */
@ObjectType({ description: 'Rencana pembinaan (tindak lanjut predikat di bawah Baik)' })
@Entity({ tableName: 'coaching_plan' })
@Unique({ properties: ['employee', 'year'] })
@Check({ name: 'coaching_plan_mentor_check', expression: '"mentor_id" <> "employee_id"' })
export class CoachingPlan extends BaseEntity<'status'> {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => Employee, { ref: true, index: true, deleteRule: 'cascade' })
  employee!: Ref<Employee>;

  @Field(() => Int)
  @Property()
  year!: number;

  @Field()
  @Property({ length: 4000 })
  goals!: string;

  @ManyToOne(() => Employee, { ref: true, index: true })
  mentor!: Ref<Employee>;

  @Field(() => DateOnly)
  @Property({ type: 'date' })
  reviewDate!: string;

  @Field(() => [String], { description: 'Training recommended from the competency gaps' })
  @Property({ type: 'jsonb' })
  recommendedTraining!: string[];

  @Field(() => CoachingStatus)
  @Enum({ items: () => CoachingStatus })
  status: CoachingStatus = CoachingStatus.OPEN;
}

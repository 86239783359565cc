import type { Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { DateOnly } from '../../shared/scalars.ts';
import { Government } from '../organization/index.ts';
import { Employee } from './employee.entity.ts';
import { QualificationKind, SanctionLevel } from './employee.enums.ts';

/** A passed service examination (ujian dinas, UKPPI) or a leadership training (PKP, PKA, PKN). */
@ObjectType({ description: 'Ujian dinas, UKPPI or leadership training passed' })
@Entity({ tableName: 'qualification' })
@Unique({ properties: ['employee', 'kind'] })
export class Qualification extends BaseEntity {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => Employee, { ref: true, index: true, deleteRule: 'cascade' })
  employee!: Ref<Employee>;

  @Field(() => QualificationKind)
  @Enum({ items: () => QualificationKind })
  kind!: QualificationKind;

  @Field(() => DateOnly)
  @Property({ type: 'date' })
  passedOn!: string;

  @Field(() => String, { nullable: true, description: 'Certificate number (STTPL / sertifikat)' })
  @Property({ length: 100, nullable: true })
  certificateNumber?: string | null;
}

/** A disciplinary sanction (hukuman disiplin, PP 94/2021); some bar promotion while in force. */
@ObjectType({ description: 'Hukuman disiplin' })
@Entity({ tableName: 'disciplinary_sanction' })
@Check({ name: 'disciplinary_sanction_period_check', expression: '"end_date" is null or "end_date" >= "start_date"' })
export class DisciplinarySanction extends BaseEntity {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => Employee, { ref: true, index: true, deleteRule: 'cascade' })
  employee!: Ref<Employee>;

  @Field(() => SanctionLevel)
  @Enum({ items: () => SanctionLevel })
  level!: SanctionLevel;

  @Field({ description: 'e.g. "Penundaan kenaikan pangkat selama 1 tahun"' })
  @Property({ length: 300 })
  description!: string;

  @Field(() => DateOnly)
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => DateOnly, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Field({ description: 'Whether it bars rank promotion while in force' })
  @Property()
  barsPromotion!: boolean;

  @Field(() => String, { nullable: true })
  @Property({ length: 100, nullable: true })
  decreeNumber?: string | null;
}

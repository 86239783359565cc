import type { Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { User } from '../auth/index.ts';
import { Government } from '../organization/index.ts';
import { Position } from '../position/index.ts';
import { EducationLevel } from '../reference/index.ts';
import { FormasiKind, FormasiStatus } from './workforce.enums.ts';

/** A government's formasi proposal (usulan kebutuhan ASN) for a year. */
@ObjectType({ description: 'Usulan kebutuhan (formasi) of a government for a year' })
@Entity({ tableName: 'formasi_proposal' })
@Unique({ properties: ['government', 'year'] })
@Check({ name: 'formasi_proposal_year_check', expression: '"year" >= 2000 and "year" <= 2100' })
export class FormasiProposal extends BaseEntity<'status' | 'notes'> {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @Field(() => Int)
  @Property()
  year!: number;

  @Field(() => FormasiStatus)
  @Enum({ items: () => FormasiStatus })
  status: FormasiStatus = FormasiStatus.DRAFT;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  submittedBy?: Ref<User> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  approvedBy?: Ref<User> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  approvedAt?: Date | null;
}

/** One line of a proposal: recruits for a position, their kind and the education they need. */
@ObjectType({ description: 'A line of a formasi proposal' })
@Entity({ tableName: 'formasi_proposal_line' })
@Unique({ properties: ['government', 'proposal', 'position', 'kind'] })
@Check({ name: 'formasi_proposal_line_count_check', expression: '"count" >= 1' })
export class FormasiProposalLine extends BaseEntity<'major' | 'justification' | 'formasiBefore' | 'formasiAfter'> {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => FormasiProposal, { ref: true, index: true, deleteRule: 'cascade' })
  proposal!: Ref<FormasiProposal>;

  @ManyToOne(() => Position, { ref: true, index: true })
  position!: Ref<Position>;

  @Field(() => Int)
  @Property()
  count!: number;

  @Field(() => FormasiKind)
  @Enum({ items: () => FormasiKind })
  kind!: FormasiKind;

  @ManyToOne(() => EducationLevel, { ref: true, nullable: true })
  education?: Ref<EducationLevel> | null;

  @Field(() => String, { nullable: true, description: 'Major (program studi) required' })
  @Property({ length: 200, nullable: true })
  major?: string | null;

  @Field(() => String, { nullable: true, description: 'Why; required when the count is over the five-year plan for the year' })
  @Property({ type: 'text', nullable: true })
  justification?: string | null;

  @Field(() => Int, { nullable: true, description: "The position's formasi before the proposal was approved" })
  @Property({ type: 'integer', nullable: true })
  formasiBefore?: number | null;

  @Field(() => Int, { nullable: true, description: "The position's formasi after approval (holders plus recruits, never lowered)" })
  @Property({ type: 'integer', nullable: true })
  formasiAfter?: number | null;
}

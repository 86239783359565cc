import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { User } from '../auth/index.ts';
import { Government, OrgUnit } from '../organization/index.ts';
import { PublicService } from './public-service.entity.ts';
import { FeedbackCategory, FeedbackStatus } from './survey.enums.ts';

/**
 * Public feedback (pengaduan, saran, apresiasi) about a unit or one of its services, followed up
 * by staff: received -> in progress -> answered / rejected. Received at `createdAt`. The optional
 * contact is personal data: no plain field (see FeedbackResolver).
 */
@ObjectType({ description: 'Pengaduan / saran / apresiasi masyarakat' })
@Entity({ tableName: 'feedback' })
@Index({ properties: ['government', 'status', 'createdAt'] })
export class Feedback extends BaseEntity<'status'> {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => OrgUnit, { ref: true, index: true })
  unit!: Ref<OrgUnit>;

  @ManyToOne(() => PublicService, { ref: true, nullable: true, index: true })
  service?: Ref<PublicService> | null;

  @Field({ description: 'Given to the sender; the only key to the public status page' })
  @Property({ length: 16, unique: true })
  trackingCode!: string;

  @Field(() => FeedbackCategory)
  @Enum({ items: () => FeedbackCategory })
  category!: FeedbackCategory;

  @Field()
  @Property({ length: 2000 })
  text!: string;

  // Personal data (optional): e-mail or phone of the sender.
  @Property({ length: 160, nullable: true })
  contact?: string | null;

  @Field(() => FeedbackStatus)
  @Enum({ items: () => FeedbackStatus })
  status: FeedbackStatus = FeedbackStatus.RECEIVED;

  @Field(() => Date, { nullable: true, description: 'When work on it started' })
  @Property({ type: 'timestamptz', nullable: true })
  startedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was answered or rejected' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'The official answer (or the reason for rejecting it)' })
  @Property({ length: 4000, nullable: true })
  answer?: string | null;

  /** The officer who answered or rejected it. */
  @ManyToOne(() => User, { ref: true, nullable: true })
  answeredBy?: Ref<User> | null;
}

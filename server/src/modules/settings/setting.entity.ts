import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { Government } from '../organization/index.ts';

/**
 * A configurable value of the rules (ASN-RULES: "keep it in a reference table an admin can edit,
 * with its legal basis"). A row without a government is the national default; a government may
 * override it with its own row. Each module's migration seeds the defaults it reads.
 */
@ObjectType({ description: 'Configurable value of a rule, with its legal basis' })
@Entity({ tableName: 'setting' })
@Index({ name: 'setting_default_key_unique', expression: 'create unique index "setting_default_key_unique" on "setting" ("key") where "government_id" is null' })
@Index({ name: 'setting_government_key_unique', expression: 'create unique index "setting_government_key_unique" on "setting" ("government_id", "key") where "government_id" is not null' })
export class Setting extends BaseEntity {
  @ManyToOne(() => Government, { ref: true, nullable: true, index: true })
  government?: Ref<Government> | null;

  @Field({ description: 'e.g. "survey.feedbackTargetDays"' })
  @Property({ length: 80 })
  key!: string;

  @Field(() => Float)
  @Property({ type: 'double' })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'Smallest value accepted' })
  @Property({ type: 'double', nullable: true })
  min?: number | null;

  @Field(() => Float, { nullable: true, description: 'Largest value accepted' })
  @Property({ type: 'double', nullable: true })
  max?: number | null;

  @Field()
  @Property({ length: 300 })
  description!: string;

  @Field()
  @Property({ length: 300 })
  legalBasis!: string;
}

import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { AssessmentPurpose } from './competency.enums.ts';

/** A JPM category and its lower bound for a purpose (ASN-RULES §6); editable. */
@ObjectType({ description: 'Kategori job person match' })
@Entity({ tableName: 'jpm_category' })
@Unique({ properties: ['purpose', 'code'] })
export class JpmCategory extends BaseEntity {
  @Field(() => AssessmentPurpose)
  @Enum({ items: () => AssessmentPurpose })
  purpose!: AssessmentPurpose;

  @Field()
  @Property({ length: 40 })
  code!: string;

  @Field()
  @Property({ length: 80 })
  label!: string;

  @Field(() => Float, { description: 'Lowest JPM % of the category (inclusive)' })
  @Property({ type: 'double' })
  minPercent!: number;

  @Field()
  @Property({ length: 300 })
  legalBasis!: string;
}

import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';

/**
 * One of the nine SKM elements (unsur U1-U9) with its standard question and four answer labels,
 * from the questionnaire of PermenPANRB 14/2017. National reference data, seeded by the migration.
 */
@ObjectType({ description: 'Unsur SKM (U1-U9) with its question and answer options' })
@Entity({ tableName: 'survey_element' })
export class SurveyElement extends BaseEntity {
  @Field({ description: '"U1" .. "U9"' })
  @Property({ length: 4, unique: true })
  code!: string;

  @Field(() => Int, { description: '1-9: the order on the questionnaire' })
  @Property({ unique: true })
  ordinal!: number;

  @Field({ description: 'e.g. "Persyaratan"' })
  @Property({ length: 120 })
  name!: string;

  @Field({ description: 'The standard question, in Bahasa Indonesia' })
  @Property({ length: 300 })
  question!: string;

  // Labels of the scores 1-4 (e.g. "Sangat mahal" .. "Gratis"); see the `options` field.
  @Property({ length: 80 })
  answer1!: string;

  @Property({ length: 80 })
  answer2!: string;

  @Property({ length: 80 })
  answer3!: string;

  @Property({ length: 80 })
  answer4!: string;

  @Field()
  @Property({ length: 300 })
  legalBasis!: string;
}

import type { Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { DateOnly } from '../../shared/scalars.ts';
import { Government, OrgUnit } from '../organization/index.ts';
import { PublicService } from './public-service.entity.ts';
import { SurveyStatus } from './survey.enums.ts';

/**
 * An SKM of a service (or of a whole unit) over a period, with the population served in that
 * period (for the Krejcie-Morgan minimum sample). It accepts responses while OPEN and in period.
 */
@ObjectType({ description: 'Survei kepuasan masyarakat (SKM)' })
@Entity({ tableName: 'survey' })
@Check({ name: 'survey_period_check', expression: '"period_end" >= "period_start"' })
@Check({ name: 'survey_population_check', expression: '"population" >= 1' })
@Index({ properties: ['government', 'periodStart'] })
export class Survey extends BaseEntity<'status'> {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => OrgUnit, { ref: true, index: true })
  unit!: Ref<OrgUnit>;

  /** The service surveyed; empty for a survey of the whole unit. */
  @ManyToOne(() => PublicService, { ref: true, nullable: true, index: true })
  service?: Ref<PublicService> | null;

  @Field()
  @Property({ length: 200 })
  title!: string;

  @Field(() => DateOnly)
  @Property({ type: 'date' })
  periodStart!: string;

  @Field(() => DateOnly)
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field(() => Int, { description: 'People served in the period (N of the Krejcie-Morgan formula)' })
  @Property()
  population!: number;

  @Field(() => SurveyStatus)
  @Enum({ items: () => SurveyStatus })
  status: SurveyStatus = SurveyStatus.OPEN;
}

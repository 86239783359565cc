import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { v4 as uuidv4 } from 'uuid';
import { Government } from '../organization/index.ts';
import { RespondentAgeBand, RespondentEducation, RespondentOccupation, RespondentSex } from './survey.enums.ts';
import { Survey } from './survey.entity.ts';

const ANSWERS_IN_RANGE = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'].map((u) => `"${u}" >= 1 and "${u}" <= 4`).join(' and ');

/**
 * One anonymous answer sheet. Deliberately not a GraphQL type: responses are only ever read in
 * aggregate. It holds nothing that identifies the respondent (UU PDP 27/2022): no address, no
 * account, not even the time of day (only the date) nor a time-ordered id (uuid v4, not v7), so it
 * cannot be matched with request logs. Append-only: no version, no update.
 */
@Entity({ tableName: 'survey_response' })
@Unique({ name: 'survey_response_idempotency_unique', properties: ['survey', 'idempotencyKey'] })
@Check({ name: 'survey_response_answers_check', expression: ANSWERS_IN_RANGE })
export class SurveyResponse {
  [OptionalProps]?: 'submittedOn';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  // Indexed by the unique (survey_id, idempotency_key) index.
  @ManyToOne(() => Survey, { ref: true })
  survey!: Ref<Survey>;

  @Property({ type: 'date' })
  submittedOn!: string;

  /** The respondent's retry token: a retried submission with the same key counts once. */
  @Property({ length: 64 })
  idempotencyKey!: string;

  // Scores 1-4 of the elements U1-U9: one column each, so every index is one GROUP BY.
  @Property({ type: 'smallint' })
  u1!: number;

  @Property({ type: 'smallint' })
  u2!: number;

  @Property({ type: 'smallint' })
  u3!: number;

  @Property({ type: 'smallint' })
  u4!: number;

  @Property({ type: 'smallint' })
  u5!: number;

  @Property({ type: 'smallint' })
  u6!: number;

  @Property({ type: 'smallint' })
  u7!: number;

  @Property({ type: 'smallint' })
  u8!: number;

  @Property({ type: 'smallint' })
  u9!: number;

  @Enum({ items: () => RespondentAgeBand, nullable: true })
  ageBand?: RespondentAgeBand | null;

  @Enum({ items: () => RespondentSex, nullable: true })
  sex?: RespondentSex | null;

  @Enum({ items: () => RespondentEducation, nullable: true })
  education?: RespondentEducation | null;

  @Enum({ items: () => RespondentOccupation, nullable: true })
  occupation?: RespondentOccupation | null;

  @Property({ length: 1000, nullable: true })
  suggestion?: string | null;
}

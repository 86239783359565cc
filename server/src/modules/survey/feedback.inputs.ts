import { IsInt, IsOptional, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DateRange, SortInput } from '../../shared/list.ts';
import { FeedbackCategory, FeedbackStatus } from './survey.enums.ts';
import { ScopedFilter } from '../../shared/inputs.ts';
import { OptionalId } from '../../shared/inputs.ts';

@InputType()
export class SubmitFeedbackInput {
  @Field(() => ID, { nullable: true, description: 'The service concerned (its unit is implied)' })
  @IsOptional()
  @IsUUID('all', { message: '$property: not a service id' })
  serviceId?: string;

  @Field(() => ID, { nullable: true, description: 'The unit concerned, when no service is named' })
  @IsOptional()
  @IsUUID('all', { message: '$property: not a unit id' })
  unitId?: string;

  @Field(() => FeedbackCategory)
  category!: FeedbackCategory;

  @Field()
  @Length(10, 2000, { message: '$property: between 10 and 2000 characters' })
  text!: string;

  @Field({ nullable: true, description: 'Optional e-mail or phone for a reply; seen only by the staff handling it' })
  @IsOptional()
  @MaxLength(160, { message: '$property: at most 160 characters' })
  @Matches(/^(\+?[0-9][0-9 -]{6,20}|[^\s@]+@[^\s@]+\.[^\s@]+)$/, { message: '$property: an e-mail address or a phone number' })
  contact?: string;
}

@InputType()
export class FeedbackFilter extends ScopedFilter {
  @Field({ nullable: true, description: 'Tracking code, or part of the text' })
  @IsOptional()
  @MaxLength(100)
  q?: string;

  @OptionalId()
  serviceId?: string;

  @Field(() => [FeedbackStatus], { nullable: true })
  statuses?: FeedbackStatus[];

  @Field(() => [FeedbackCategory], { nullable: true })
  categories?: FeedbackCategory[];

  @Field({ nullable: true, description: 'Only open feedback past its service-level target (true), or not (false)' })
  overdue?: boolean;

  @Field(() => DateRange, { nullable: true, description: 'Received in this range' })
  @IsOptional()
  @ValidateNested()
  received?: DateRange;
}

export enum FeedbackSortField {
  RECEIVED_AT = 'RECEIVED_AT',
  STATUS = 'STATUS',
  CATEGORY = 'CATEGORY',
}
registerEnumType(FeedbackSortField, { name: 'FeedbackSortField' });

@InputType()
export class FeedbackSort extends SortInput(FeedbackSortField) {}

@InputType({ description: 'Moves feedback one step: RECEIVED -> IN_PROGRESS -> ANSWERED or REJECTED' })
export class FeedbackTransitionInput {
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' })
  @IsInt()
  version!: number;

  @Field(() => FeedbackStatus)
  status!: FeedbackStatus;

  @Field({ nullable: true, description: 'Required to answer or reject: the official answer (or the reason), shown to the sender' })
  @IsOptional()
  @Length(10, 4000)
  answer?: string;
}

import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Parent } from '../../shared/root.ts';
import type { Context } from '../../context.ts';
import { ADMIN_ROLES } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { PageArgs, PageType, SortOrder } from '../../shared/list.ts';
import { viewerOf } from '../../shared/resolve.ts';
import { DateOnly } from '../../shared/scalars.ts';
import { seesPersonalData } from '../../shared/scope.ts';
import { User } from '../auth/index.ts';
import { Government, OrgUnit } from '../organization/index.ts';
import { Feedback } from './feedback.entity.ts';
import { FeedbackFilter, FeedbackSort, FeedbackSortField, FeedbackTransitionInput, SubmitFeedbackInput } from './feedback.inputs.ts';
import { FeedbackService } from './feedback.service.ts';
import { PublicService } from './public-service.entity.ts';
import { FeedbackStatus } from './survey.enums.ts';

@ObjectType()
export class FeedbackPage extends PageType(Feedback) {}

@ObjectType({ description: 'What the sender keeps: the tracking code for the public status page' })
export class FeedbackReceipt {
  @Field()
  trackingCode!: string;

  @Field()
  receivedAt!: Date;

  @Field(() => DateOnly, { description: 'An answer is due by this date' })
  dueDate!: string;
}

@ObjectType({ description: 'Public view of a feedback: its state, dates and the official answer only' })
export class FeedbackStatusView {
  @Field()
  trackingCode!: string;

  @Field(() => FeedbackStatus)
  status!: FeedbackStatus;

  @Field()
  receivedAt!: Date;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The official answer, once answered or rejected' })
  answer!: string | null;
}

@Resolver(() => Feedback)
export class FeedbackResolver {
  // ---- public (no login) ----------------------------------------------------------------------

  @Mutation(() => FeedbackReceipt, { description: 'Public: feedback about a service or unit; returns a tracking code (rate-limited per client)' })
  submitFeedback(@Ctx() ctx: Context, @Arg('input', () => SubmitFeedbackInput) input: SubmitFeedbackInput) {
    return new FeedbackService(ctx).submit(input);
  }

  @Query(() => FeedbackStatusView, { description: 'Public: the state of a feedback and its official answer, by tracking code' })
  feedbackStatus(@Ctx() ctx: Context, @Arg('trackingCode') trackingCode: string) {
    return new FeedbackService(ctx).status(trackingCode);
  }

  // ---- staff --------------------------------------------------------------------------------

  @Authorized(...ADMIN_ROLES)
  @Query(() => FeedbackPage, { description: 'Feedback about the units the caller administers' })
  feedbacks(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => FeedbackFilter, { nullable: true }) filter?: FeedbackFilter,
    @Arg('sort', () => [FeedbackSort], { nullable: true }) sort?: FeedbackSort[],
  ) {
    return new FeedbackService(ctx).list(filter, sort, page.limit, page.offset);
  }

  @Authorized(...ADMIN_ROLES)
  @Query(() => FeedbackPage, { description: 'Open feedback past its service-level target, oldest first' })
  overdueFeedback(@Ctx() ctx: Context, @Args() page: PageArgs) {
    return new FeedbackService(ctx).list({ includeSubUnits: true, overdue: true }, [{ field: FeedbackSortField.RECEIVED_AT, order: SortOrder.ASC }], page.limit, page.offset);
  }

  @Authorized(...ADMIN_ROLES)
  @Query(() => Feedback)
  feedback(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new FeedbackService(ctx).get(id);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => Feedback, { description: 'One step of the workflow: RECEIVED -> IN_PROGRESS -> ANSWERED or REJECTED (with the answer)' })
  transitionFeedback(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => FeedbackTransitionInput) input: FeedbackTransitionInput) {
    return new FeedbackService(ctx).transition(id, input);
  }

  // ---- fields -------------------------------------------------------------------------------

  @FieldResolver(() => Date, { description: 'When it was received' })
  receivedAt(@Parent() f: Feedback): Date {
    return new Date(f.createdAt);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data: the sender\'s contact, for the staff handling it' })
  contact(@Parent() f: Feedback, @Ctx() ctx: Context): string | null {
    // Reached only through administrator queries scoped to their units; checked again here.
    if (!f.contact || !seesPersonalData(viewerOf(ctx))) return null;
    ctx.access.personalDataRead('Feedback', f.id, ['contact'], refId(f.government));
    return f.contact;
  }

  @FieldResolver(() => OrgUnit)
  unit(@Parent() f: Feedback, @Ctx() ctx: Context) {
    return ctx.loaders.byId(OrgUnit).load(refId(f.unit)!);
  }

  @FieldResolver(() => PublicService, { nullable: true })
  service(@Parent() f: Feedback, @Ctx() ctx: Context) {
    const id = refId(f.service);
    return id ? ctx.loaders.byId(PublicService).load(id) : null;
  }

  @FieldResolver(() => Government)
  government(@Parent() f: Feedback, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Government).load(refId(f.government)!);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The officer who answered or rejected it' })
  answeredBy(@Parent() f: Feedback, @Ctx() ctx: Context) {
    const id = refId(f.answeredBy);
    return id ? ctx.loaders.byId(User).load(id) : null;
  }

  @FieldResolver(() => Int, { description: 'Service-level target in days (setting survey.feedbackTargetDays)' })
  async targetDays(@Parent() f: Feedback, @Ctx() ctx: Context) {
    return (await new FeedbackService(ctx).timing(f)).targetDays;
  }

  @FieldResolver(() => Int, { description: 'Days from receipt to the answer, or to today while open' })
  async daysTaken(@Parent() f: Feedback, @Ctx() ctx: Context) {
    return (await new FeedbackService(ctx).timing(f)).daysTaken;
  }

  @FieldResolver(() => DateOnly)
  async dueDate(@Parent() f: Feedback, @Ctx() ctx: Context) {
    return (await new FeedbackService(ctx).timing(f)).dueDate;
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date' })
  async overdue(@Parent() f: Feedback, @Ctx() ctx: Context) {
    return (await new FeedbackService(ctx).timing(f)).overdue;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Closed within the target (empty while open)' })
  async withinTarget(@Parent() f: Feedback, @Ctx() ctx: Context) {
    return (await new FeedbackService(ctx).timing(f)).withinTarget;
  }
}

import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Args, Authorized, Ctx, Field, ID, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { countOf, checkRange, PageArgs, PageType, type Page } from '../../shared/list.ts';
import { viewerOf } from '../../shared/resolve.ts';
import { governmentScope } from '../../shared/scope.ts';
import { AccessAction, AccessEntry } from './access-entry.entity.ts';
import { OptionalId, OptionalIds } from '../../shared/inputs.ts';

@InputType()
export class AccessLogFilter {
  @OptionalIds()
  ids?: string[];

  @Field(() => [AccessAction], { nullable: true, description: 'SIGN_IN and SIGN_IN_FAILED: the sign-in log' })
  actions?: AccessAction[];

  @OptionalId()
  actorId?: string;

  @Field({ nullable: true, description: 'The actor\'s e-mail (or the e-mail tried at a failed sign-in), exactly' })
  @IsOptional()
  @MaxLength(160)
  actorEmail?: string;

  @Field({ nullable: true, description: 'Kind of record, e.g. "Employee"' })
  @IsOptional()
  @MaxLength(64)
  entityName?: string;

  @Field(() => ID, { nullable: true, description: 'Who accessed this record' })
  @IsOptional()
  @MaxLength(64)
  entityId?: string;

  @OptionalId()
  governmentId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(64)
  clientIp?: string;

  @Field({ nullable: true })
  from?: Date;

  @Field({ nullable: true })
  to?: Date;
}

@ObjectType()
export class AccessEntryPage extends PageType(AccessEntry) {}

@Resolver(() => AccessEntry)
export class AccessResolver {
  @Authorized(Role.SUPER_ADMIN, Role.GOV_ADMIN)
  @Query(() => AccessEntryPage, { description: 'The access log, newest first: sign-ins, refused mutations, reads of personal data, exports (administrators of the government)' })
  async accessLog(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => AccessLogFilter, { nullable: true }) filter: AccessLogFilter = {}): Promise<Page<AccessEntry>> {
    const viewer = viewerOf(ctx);
    const qb = ctx.em.createQueryBuilder(AccessEntry, 'l');
    const gov = governmentScope(viewer);
    if (gov) qb.andWhere({ governmentId: gov });
    if (filter.ids) qb.andWhere({ id: { $in: filter.ids } });
    if (filter.actions?.length) qb.andWhere({ action: { $in: filter.actions } });
    if (filter.actorId) qb.andWhere({ actorId: filter.actorId });
    if (filter.actorEmail) qb.andWhere({ actorEmail: filter.actorEmail.trim().toLowerCase() });
    if (filter.entityName) qb.andWhere({ entityName: filter.entityName });
    if (filter.entityId) qb.andWhere({ entityId: filter.entityId });
    if (filter.governmentId) qb.andWhere({ governmentId: filter.governmentId });
    if (filter.clientIp) qb.andWhere({ clientIp: filter.clientIp });
    checkRange('occurredAt', { from: filter.from?.getTime(), to: filter.to?.getTime() });
    if (filter.from) qb.andWhere({ occurredAt: { $gte: filter.from } });
    if (filter.to) qb.andWhere({ occurredAt: { $lte: filter.to } });
    const total = await countOf(qb);
    const items = (await qb.select('*').orderBy([{ occurredAt: 'desc' }, { id: 'desc' }]).limit(page.limit, page.offset).execute('all', true)) as AccessEntry[];
    return { items, total, limit: page.limit, offset: page.offset };
  }
}

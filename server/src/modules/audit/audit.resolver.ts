import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Args, Authorized, Ctx, Field, ID, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { countOf, checkRange, PageArgs, PageType, type Page } from '../../shared/list.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { viewerOf } from '../../shared/resolve.ts';
import { governmentScope } from '../../shared/scope.ts';
import { AuditAction, AuditEntry } from './audit-entry.entity.ts';
import { OptionalId, OptionalIds, isId } from '../../shared/inputs.ts';


@InputType()
export class AuditFilter {
  @OptionalIds()
  ids?: string[];

  @Field({ nullable: true, description: 'Entity class, e.g. "Employee"' })
  @IsOptional()
  @MaxLength(64)
  entityName?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  entityId?: string;

  @OptionalId()
  actorId?: string;

  @OptionalId()
  governmentId?: string;

  @Field(() => [AuditAction], { nullable: true })
  actions?: AuditAction[];

  @Field({ nullable: true })
  from?: Date;

  @Field({ nullable: true })
  to?: Date;
}

@ObjectType()
export class AuditEntryPage extends PageType(AuditEntry) {}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.SUPER_ADMIN, Role.GOV_ADMIN)
  @Query(() => AuditEntryPage, { description: 'The audit trail, newest first (administrators of the government)' })
  async auditEntries(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter = {}): Promise<Page<AuditEntry>> {
    const viewer = viewerOf(ctx);
    const qb = ctx.em.createQueryBuilder(AuditEntry, 'a');
    const gov = governmentScope(viewer);
    if (gov) qb.andWhere({ governmentId: gov });
    if (filter.ids) qb.andWhere({ id: { $in: filter.ids } });
    if (filter.governmentId) qb.andWhere({ governmentId: filter.governmentId });
    if (filter.entityName) qb.andWhere({ entityName: filter.entityName });
    if (filter.entityId) qb.andWhere({ entityId: filter.entityId });
    if (filter.actorId) qb.andWhere({ actorId: filter.actorId });
    if (filter.actions?.length) qb.andWhere({ action: { $in: filter.actions } });
    checkRange('occurredAt', { from: filter.from?.getTime(), to: filter.to?.getTime() });
    if (filter.from) qb.andWhere({ occurredAt: { $gte: filter.from } });
    if (filter.to) qb.andWhere({ occurredAt: { $lte: filter.to } });
    const total = await countOf(qb);
    const items = (await qb.select('*').orderBy([{ occurredAt: 'desc' }, { id: 'desc' }]).limit(page.limit, page.offset).execute('all', true)) as AuditEntry[];
    return { items, total, limit: page.limit, offset: page.offset };
  }

  @Authorized(Role.SUPER_ADMIN, Role.GOV_ADMIN)
  @Query(() => AuditEntry, { description: 'One audit trail entry (administrators of the government)' })
  async auditEntry(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<AuditEntry> {
    const viewer = viewerOf(ctx);
    const gov = governmentScope(viewer);
    if (!isId(id)) throw new NotFoundError('AuditEntry', id);
    const [row] = (await ctx.em.createQueryBuilder(AuditEntry, 'a').select('*').where({ id, ...(gov ? { governmentId: gov } : {}) }).execute('all', true)) as AuditEntry[];
    if (!row) throw new NotFoundError('AuditEntry', id);
    return row;
  }
}

import type { Context } from '../../context.ts';
import { ForbiddenError, InputError, NotFoundError } from '../../shared/errors.ts';
import { likeEscape, type Page } from '../../shared/list.ts';
import { assignGiven, checkVersion, orderByOf, viewerOf } from '../../shared/resolve.ts';
import { assertUnitWritable, canSeeGovernment, canSeeUnitPath, governmentScope, isReadOnly, unitScope } from '../../shared/scope.ts';
import { OrgUnit, OrganizationService } from '../organization/index.ts';
import { PublicService } from './public-service.entity.ts';
import { PublicServiceSortField, type CreatePublicServiceInput, type PublicServiceFilter, type PublicServiceSort, type UpdatePublicServiceInput } from './survey.inputs.ts';
import type { ServiceDirectoryEntry } from './survey.types.ts';

const SORT: Record<PublicServiceSortField, string> = {
  [PublicServiceSortField.NAME]: 'ps.name',
  [PublicServiceSortField.CREATED_AT]: 'ps.createdAt',
};

/** A unit the viewer may write records of (surveys, services, feedback handling). */
export async function writableUnit(ctx: Context, unitId: string, field = 'unitId'): Promise<OrgUnit> {
  const viewer = viewerOf(ctx);
  if (isReadOnly(viewer)) throw new ForbiddenError('Your role is read-only', 'READ_ONLY');
  const unit = await ctx.em.findOne(OrgUnit, unitId);
  if (!unit || !canSeeGovernment(viewer, unit.government.id) || !canSeeUnitPath(viewer, unit.path)) throw new NotFoundError('Unit', unitId, field);
  assertUnitWritable(viewer, unit.path, field);
  return unit;
}

/** Scope of a list joined to its unit as `u`: the viewer's government and, for a unit admin, subtree. */
export async function scopeToUnits(
  ctx: Context,
  qb: { andWhere(cond: string | object, params?: unknown[]): unknown },
  filter: { governmentId?: string; unitId?: string; includeSubUnits?: boolean },
  alias: string,
): Promise<void> {
  const viewer = viewerOf(ctx);
  const gov = governmentScope(viewer);
  if (gov) qb.andWhere(`${alias}.government_id = ?`, [gov]);
  const subtree = unitScope(viewer);
  if (subtree) qb.andWhere('u.path like ?', [`${likeEscape(subtree)}%`]);
  if (filter.governmentId) qb.andWhere(`${alias}.government_id = ?`, [filter.governmentId]);
  if (filter.unitId) {
    const unit = await new OrganizationService(ctx).getUnit(filter.unitId, 'unitId');
    if (filter.includeSubUnits === false) qb.andWhere(`${alias}.unit_id = ?`, [unit.id]);
    else qb.andWhere('u.path like ?', [`${likeEscape(unit.path)}%`]);
  }
}

export class PublicServiceService {
  constructor(private readonly ctx: Context) {}

  async list(filter: PublicServiceFilter = { includeSubUnits: true }, sort: PublicServiceSort[] | undefined, limit: number, offset: number): Promise<Page<PublicService>> {
    const qb = this.ctx.em.createQueryBuilder(PublicService, 'ps').join('ps.unit', 'u');
    await scopeToUnits(this.ctx, qb, filter, 'ps');
    if (filter.ids) qb.andWhere({ id: { $in: filter.ids } });
    if (filter.active !== undefined) qb.andWhere({ active: filter.active });
    if (filter.q) qb.andWhere({ name: { $ilike: `%${likeEscape(filter.q.trim())}%` } });
    const total = await qb.clone().getCount('ps.id');
    const items = (await qb
      .select('ps.*')
      .orderBy(orderByOf(sort, SORT, { 'ps.name': 'asc' }).map((o) => ('id' in o ? { 'ps.id': o.id } : o)))
      .limit(limit, offset)
      .execute('all', true)) as PublicService[];
    return { items, total, limit, offset };
  }

  async get(id: string, field?: string): Promise<PublicService> {
    const viewer = viewerOf(this.ctx);
    const row = await this.ctx.loaders.byId(PublicService).load(id);
    const unit = row && (await this.ctx.loaders.byId(OrgUnit).load(row.unit as unknown as string));
    if (!row || !unit || !canSeeGovernment(viewer, row.government as unknown as string) || !canSeeUnitPath(viewer, unit.path)) throw new NotFoundError('PublicService', id, field);
    return row;
  }

  async create(input: CreatePublicServiceInput): Promise<PublicService> {
    const unit = await writableUnit(this.ctx, input.unitId);
    await this.assertNameFree(unit.id, input.name);
    const service = this.ctx.em.create(PublicService, { government: unit.government.id, unit: unit.id, name: input.name.trim(), description: input.description ?? null });
    await this.ctx.em.flush();
    return service;
  }

  async update(id: string, input: UpdatePublicServiceInput): Promise<PublicService> {
    await this.get(id); // scope (NOT_FOUND outside it)
    const service = await this.ctx.em.findOne(PublicService, id, { populate: ['unit'] });
    if (!service) throw new NotFoundError('PublicService', id);
    await writableUnit(this.ctx, service.unit.id);
    checkVersion('PublicService', service, input.version);
    if (input.name && input.name.trim() !== service.name) await this.assertNameFree(service.unit.id, input.name.trim());
    assignGiven(service, { ...input, name: input.name?.trim() }, ['name', 'description', 'active']);
    await this.ctx.em.flush();
    this.ctx.loaders.clear();
    return service;
  }

  /** Active services anyone may send feedback about (public). */
  async directory(filter: { governmentId?: string; unitId?: string; q?: string }, limit: number, offset: number): Promise<Page<ServiceDirectoryEntry>> {
    const qb = this.ctx.em
      .createQueryBuilder(PublicService, 'ps')
      .join('ps.unit', 'u')
      .join('ps.government', 'g')
      .where({ active: true })
      .andWhere('u.active = true');
    if (filter.governmentId) qb.andWhere('ps.government_id = ?', [filter.governmentId]);
    if (filter.unitId) qb.andWhere('ps.unit_id = ?', [filter.unitId]);
    if (filter.q) {
      const like = `%${likeEscape(filter.q.trim())}%`;
      qb.andWhere('(ps.name ilike ? or u.name ilike ?)', [like, like]);
    }
    const total = await qb.clone().getCount('ps.id');
    const rows = (await qb
      .select(['ps.id as service_id', 'ps.name as service_name', 'u.id as unit_id', 'u.name as unit_name', 'g.id as government_id', 'g.name as government_name'])
      .orderBy([{ 'g.name': 'asc' }, { 'u.name': 'asc' }, { 'ps.name': 'asc' }, { 'ps.id': 'asc' }])
      .limit(limit, offset)
      .execute('all', false)) as unknown as Record<string, string>[];
    const items = rows.map((r) => ({ serviceId: r.service_id, serviceName: r.service_name, unitId: r.unit_id, unitName: r.unit_name, governmentId: r.government_id, governmentName: r.government_name }));
    return { items, total, limit, offset };
  }

  private async assertNameFree(unitId: string, name: string): Promise<void> {
    if (await this.ctx.em.count(PublicService, { unit: unitId, name })) {
      throw new InputError('name', 'DUPLICATE', `name: the unit already offers a service named ${name}`);
    }
  }
}


import type { Context } from '../../context.ts';
import { CommonErrors } from '../../shared/errors.ts';
import { countOf, likeEscape, type Page } from '../../shared/list.ts';
import { assignGiven, checkVersion, orderByOf } from '../../shared/resolve.ts';
import { query, sql } from '../../shared/sql.ts';
import { PublicService } from './public-service.entity.ts';
import { scopeToUnits, visibleRecord, writableRecord, writableUnit } from './survey.scope.ts';
import { PublicServiceSortField, type CreatePublicServiceInput, type PublicServiceFilter, type PublicServiceSort, type UpdatePublicServiceInput } from './survey.inputs.ts';
import type { ServiceDirectoryEntry } from './survey.types.ts';

const SORT: Record<PublicServiceSortField, string> = {
  [PublicServiceSortField.NAME]: 'ps.name',
  [PublicServiceSortField.CREATED_AT]: 'ps.createdAt',
};

export class PublicServiceService {
  constructor(private readonly ctx: Context) {}

  async list(filter: PublicServiceFilter = { includeSubUnits: true }, sort: PublicServiceSort[] | undefined, limit: number, offset: number): Promise<Page<PublicService>> {
    const qb = this.ctx.em.createQueryBuilder(PublicService, 'ps').join('ps.unit', 'u');
    await scopeToUnits(this.ctx, qb, filter, 'ps');
    if (filter.ids) qb.andWhere({ id: { $in: filter.ids } });
    if (filter.active !== undefined) qb.andWhere({ active: filter.active });
    if (filter.q) qb.andWhere({ name: { $ilike: `%${likeEscape(filter.q.trim())}%` } });
    const total = await countOf(qb);
    const items = (await qb
      .select('ps.*')
      .orderBy(orderByOf(sort, SORT, { 'ps.name': 'asc' }).map((o) => ('id' in o ? { 'ps.id': o.id } : o)))
      .limit(limit, offset)
      .execute('all', true)) as PublicService[];
    return { items, total, limit, offset };
  }

  get(id: string, field?: string): Promise<PublicService> {
    return visibleRecord(this.ctx, PublicService, 'PublicService', id, field);
  }

  async create(input: CreatePublicServiceInput): Promise<PublicService> {
    const unit = await writableUnit(this.ctx, input.unitId);
    await this.assertNameFree(unit.id, input.name);
    const service = this.ctx.em.create(PublicService, { government: unit.government.id, unit: unit.id, name: input.name.trim(), description: input.description ?? null });
    await this.ctx.em.flush();
    return service;
  }

  async update(id: string, input: UpdatePublicServiceInput): Promise<PublicService> {
    const service = await writableRecord(this.ctx, PublicService, 'PublicService', id);
    checkVersion('PublicService', service, input.version);
    if (input.name && input.name.trim() !== service.name) await this.assertNameFree(service.unit.id, input.name.trim());
    assignGiven(service, { ...input, name: input.name?.trim() }, ['name', 'description', 'active']);
    await this.ctx.em.flush();
    this.ctx.loaders.clear();
    return service;
  }

  /** Active services anyone may send feedback about (public). */
  async directory(filter: { governmentId?: string; q?: string }, limit: number, offset: number): Promise<Page<ServiceDirectoryEntry>> {
    const like = filter.q ? `%${likeEscape(filter.q.trim())}%` : null;
    const where = sql.and([
      sql`ps.active and u.active`,
      filter.governmentId && sql`ps.government_id = ${filter.governmentId}`,
      like && sql`(ps.name ilike ${like} or u.name ilike ${like})`,
    ]);
    const rows = await query<ServiceDirectoryEntry & { total: string }>(
      this.ctx.em,
      sql`select ps.id as "serviceId", ps.name as "serviceName", u.id as "unitId", u.name as "unitName", g.id as "governmentId", g.name as "governmentName",
              count(*) over () as total
         from public_service ps join org_unit u on u.id = ps.unit_id join government g on g.id = ps.government_id
        where ${where}
        order by g.name, u.name, ps.name, ps.id
        limit ${limit} offset ${offset}`,
    );
    let total = Number(rows[0]?.total ?? 0);
    if (!rows.length && offset > 0) {
      total = Number((await query<{ n: string }>(this.ctx.em, sql`select count(*) as n from public_service ps join org_unit u on u.id = ps.unit_id where ${where}`))[0].n);
    }
    return { items: rows.map(({ total: _total, ...item }) => item), total, limit, offset };
  }

  private async assertNameFree(unitId: string, name: string): Promise<void> {
    if (await this.ctx.em.count(PublicService, { unit: unitId, name })) {
      throw CommonErrors.input('name', 'DUPLICATE', `name: the unit already offers a service named ${name}`);
    }
  }
}


import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { CommonErrors, NotFoundError } from '../../shared/errors.ts';
import { countOf, likeEscape, type Page } from '../../shared/list.ts';
import { assignGiven, checkVersion, orderByOf, stillReferenced, viewerOf } from '../../shared/resolve.ts';
import { assertUnitWritable, canSeeGovernment, canSeeUnitPath, governmentScope, unitScope, writableGovernment } from '../../shared/scope.ts';
import { Government } from './government.entity.ts';
import { OrgUnit } from './org-unit.entity.ts';
import { nestedPages } from '../../shared/nested.ts';
import { query, sql } from '../../shared/sql.ts';
import { OrganizationErrors } from './organization.errors.ts';
import {
  GovernmentSortField,
  OrgUnitSortField,
  type CreateGovernmentInput,
  type CreateOrgUnitInput,
  type GovernmentFilter,
  type GovernmentSort,
  type OrgUnitFilter,
  type OrgUnitSort,
  type UpdateGovernmentInput,
  type UpdateOrgUnitInput,
} from './organization.inputs.ts';

const GOV_SORT: Record<GovernmentSortField, string> = {
  [GovernmentSortField.NAME]: 'name',
  [GovernmentSortField.CODE]: 'code',
  [GovernmentSortField.CREATED_AT]: 'createdAt',
};

const UNIT_SORT: Record<OrgUnitSortField, string> = {
  [OrgUnitSortField.NAME]: 'name',
  [OrgUnitSortField.CODE]: 'code',
  [OrgUnitSortField.KIND]: 'kind',
  [OrgUnitSortField.SECTOR]: 'sector',
  [OrgUnitSortField.DEPTH]: 'depth',
  [OrgUnitSortField.POPULATION_SERVED]: 'populationServed',
  [OrgUnitSortField.CREATED_AT]: 'createdAt',
};

export class OrganizationService {
  constructor(private readonly ctx: Context) {}

  // ---- governments --------------------------------------------------------------------------

  async listGovernments(filter: GovernmentFilter = {}, sort: GovernmentSort[] | undefined, limit: number, offset: number): Promise<Page<Government>> {
    const viewer = viewerOf(this.ctx);
    const qb = this.ctx.em.createQueryBuilder(Government, 'g');
    const scope = governmentScope(viewer);
    if (scope) qb.andWhere({ id: scope });
    if (filter.ids) qb.andWhere({ id: { $in: filter.ids } });
    if (filter.kind) qb.andWhere({ kind: filter.kind });
    if (filter.q) {
      const like = `%${likeEscape(filter.q.trim())}%`;
      qb.andWhere({ $or: [{ name: { $ilike: like } }, { code: { $ilike: like } }] });
    }
    const total = await countOf(qb);
    const items = (await qb.select('*').orderBy(orderByOf(sort, GOV_SORT, { name: 'asc' })).limit(limit, offset).execute('all', true)) as Government[];
    return { items, total, limit, offset };
  }

  async getGovernment(id: string): Promise<Government> {
    const viewer = viewerOf(this.ctx);
    const row = await this.ctx.loaders.byId(Government).load(id);
    if (!row || !canSeeGovernment(viewer, row.id)) throw new NotFoundError('Government', id);
    return row;
  }

  async createGovernment(input: CreateGovernmentInput): Promise<Government> {
    this.requireSuperAdmin();
    await this.assertGovernmentCodeFree(input.code);
    const gov = this.ctx.em.create(Government, { code: input.code, name: input.name, kind: input.kind, province: input.province ?? null });
    await this.ctx.em.flush();
    return gov;
  }

  async updateGovernment(id: string, input: UpdateGovernmentInput): Promise<Government> {
    this.requireSuperAdmin();
    const gov = await this.ctx.em.findOne(Government, id);
    if (!gov) throw new NotFoundError('Government', id);
    checkVersion('Government', gov, input.version);
    if (input.code && input.code !== gov.code) await this.assertGovernmentCodeFree(input.code);
    assignGiven(gov, input, ['code', 'name', 'kind', 'province']);
    await this.ctx.em.flush();
    this.ctx.loaders.clear();
    return gov;
  }

  async deleteGovernment(id: string, version: number): Promise<boolean> {
    this.requireSuperAdmin();
    const gov = await this.ctx.em.findOne(Government, id);
    if (!gov) throw new NotFoundError('Government', id);
    checkVersion('Government', gov, version);
    const units = await this.ctx.em.count(OrgUnit, { government: id });
    if (units > 0) throw stillReferenced('The government', 'units', units);
    this.ctx.em.remove(gov);
    await this.ctx.em.flush();
    return true;
  }

  private requireSuperAdmin(): void {
    if (viewerOf(this.ctx).role !== Role.SUPER_ADMIN) throw CommonErrors.forbidden('ROLE', 'Only a super admin manages governments');
  }

  private async assertGovernmentCodeFree(code: string): Promise<void> {
    if (await this.ctx.em.count(Government, { code })) throw CommonErrors.input('code', 'DUPLICATE', `code: a government with code ${code} already exists`);
  }

  // ---- units --------------------------------------------------------------------------------

  async listUnits(filter: OrgUnitFilter = {}, sort: OrgUnitSort[] | undefined, limit: number, offset: number): Promise<Page<OrgUnit>> {
    const viewer = viewerOf(this.ctx);
    const qb = this.ctx.em.createQueryBuilder(OrgUnit, 'u');
    const gov = governmentScope(viewer);
    if (gov) qb.andWhere({ government: gov });
    const subtree = unitScope(viewer);
    if (subtree) qb.andWhere({ path: { $like: `${likeEscape(subtree)}%` } });
    if (filter.governmentId) qb.andWhere({ government: filter.governmentId });
    if (filter.ids) qb.andWhere({ id: { $in: filter.ids } });
    if (filter.parentId) qb.andWhere({ parent: filter.parentId });
    if (filter.topLevel === true) qb.andWhere({ parent: null });
    if (filter.topLevel === false) qb.andWhere({ parent: { $ne: null } });
    if (filter.kinds?.length) qb.andWhere({ kind: { $in: filter.kinds } });
    if (filter.sectors?.length) qb.andWhere({ sector: { $in: filter.sectors } });
    if (filter.active !== undefined) qb.andWhere({ active: filter.active });
    if (filter.withinUnitId) {
      const root = await this.getUnit(filter.withinUnitId);
      qb.andWhere({ path: { $like: `${likeEscape(root.path)}%` } });
    }
    if (filter.q) {
      const like = `%${likeEscape(filter.q.trim())}%`;
      qb.andWhere({ $or: [{ name: { $ilike: like } }, { code: { $ilike: like } }] });
    }
    const total = await countOf(qb);
    const items = (await qb.select('*').orderBy(orderByOf(sort, UNIT_SORT, { path: 'asc' })).limit(limit, offset).execute('all', true)) as OrgUnit[];
    return { items, total, limit, offset };
  }

  /** A unit the viewer may see (NOT_FOUND otherwise). */
  async getUnit(id: string, field?: string): Promise<OrgUnit> {
    const viewer = viewerOf(this.ctx);
    const row = await this.ctx.loaders.byId(OrgUnit).load(id);
    if (!row || !canSeeGovernment(viewer, row.government as unknown as string) || !canSeeUnitPath(viewer, row.path)) {
      throw new NotFoundError('Unit', id, field);
    }
    return row;
  }

  async createUnit(input: CreateOrgUnitInput): Promise<OrgUnit> {
    const viewer = viewerOf(this.ctx);
    const em = this.ctx.em;
    let governmentId = writableGovernment(viewer, input.governmentId);
    let parent: OrgUnit | null = null;
    if (input.parentId) {
      parent = await em.findOne(OrgUnit, input.parentId);
      if (!parent || !canSeeGovernment(viewer, parent.government.id)) throw new NotFoundError('Unit', input.parentId, 'parentId');
      if (parent.government.id !== governmentId) throw CommonErrors.input('parentId', 'OTHER_GOVERNMENT', 'parentId: the parent unit belongs to another government');
      assertUnitWritable(viewer, parent.path, 'parentId');
      governmentId = parent.government.id;
    } else if (viewer.role === Role.UNIT_ADMIN) {
      throw CommonErrors.forbidden('OTHER_UNIT', 'A unit admin may only create units below their own unit', 'parentId');
    }
    await this.assertUnitCodeFree(governmentId, input.code);
    const unit = em.create(OrgUnit, {
      government: governmentId,
      parent: parent?.id ?? null,
      code: input.code,
      name: input.name,
      kind: input.kind,
      sector: input.sector,
      populationServed: input.populationServed ?? null,
      address: input.address ?? null,
      depth: parent ? parent.depth + 1 : 0,
      path: '',
    });
    unit.path = `${parent?.path ?? '/'}${unit.id}/`;
    await em.flush();
    return unit;
  }

  async updateUnit(id: string, input: UpdateOrgUnitInput): Promise<OrgUnit> {
    const viewer = viewerOf(this.ctx);
    const em = this.ctx.em;
    return em.transactional(async () => {
      const unit = await em.findOne(OrgUnit, id);
      if (!unit || !canSeeGovernment(viewer, unit.government.id) || !canSeeUnitPath(viewer, unit.path)) throw new NotFoundError('Unit', id);
      writableGovernment(viewer, unit.government.id);
      checkVersion('Unit', unit, input.version);
      if (input.code && input.code !== unit.code) await this.assertUnitCodeFree(unit.government.id, input.code);
      assignGiven(unit, input, ['code', 'name', 'kind', 'sector', 'populationServed', 'address', 'active']);

      const currentParent = unit.parent?.id ?? null;
      if (input.parentId !== undefined && input.parentId !== currentParent) {
        const oldPath = unit.path;
        let parent: OrgUnit | null = null;
        if (input.parentId) {
          parent = await em.findOne(OrgUnit, input.parentId);
          if (!parent || parent.government.id !== unit.government.id) throw new NotFoundError('Unit', input.parentId, 'parentId');
          if (parent.path.startsWith(oldPath)) throw OrganizationErrors.input('parentId', 'CYCLE', 'parentId: a unit cannot be moved below itself or one of its sub-units');
          assertUnitWritable(viewer, parent.path, 'parentId');
        } else if (viewer.role === Role.UNIT_ADMIN) {
          throw CommonErrors.forbidden('OTHER_UNIT', 'A unit admin may not make a unit top-level', 'parentId');
        }
        unit.parent = parent ? em.getReference(OrgUnit, parent.id, { wrapped: true }) : null;
        unit.path = `${parent?.path ?? '/'}${unit.id}/`;
        const depthShift = (parent ? parent.depth + 1 : 0) - unit.depth;
        unit.depth += depthShift;
        await em.flush();
        // Re-root the subtree: one statement for every descendant's path and depth.
        await query(
          em,
          sql`update org_unit set path = ${unit.path} || substr(path, ${oldPath.length + 1}), depth = depth + ${depthShift}
               where path like ${`${likeEscape(oldPath)}%`} and id <> ${unit.id}`,
        );
      }
      await em.flush();
      this.ctx.loaders.clear();
      return unit;
    });
  }

  async deleteUnit(id: string, version: number): Promise<boolean> {
    const viewer = viewerOf(this.ctx);
    const em = this.ctx.em;
    const unit = await em.findOne(OrgUnit, id);
    if (!unit || !canSeeGovernment(viewer, unit.government.id) || !canSeeUnitPath(viewer, unit.path)) throw new NotFoundError('Unit', id);
    writableGovernment(viewer, unit.government.id);
    if (viewer.role === Role.UNIT_ADMIN && unit.path === viewer.unitPath) throw CommonErrors.forbidden('OTHER_UNIT', 'A unit admin may not delete their own unit');
    checkVersion('Unit', unit, version);
    const [refs] = await query<{ children: string; positions: string; placements: string }>(
      em,
      sql`select (select count(*) from org_unit where parent_id = ${id}) as children,
              (select count(*) from position where unit_id = ${id}) as positions,
              (select count(*) from position_history where unit_id = ${id}) as placements`,
    );
    if (Number(refs.children)) throw stillReferenced('The unit', 'sub-units', Number(refs.children));
    if (Number(refs.positions)) throw stillReferenced('The unit', 'positions', Number(refs.positions));
    if (Number(refs.placements)) throw stillReferenced('The unit', 'position history records', Number(refs.placements));
    em.remove(unit);
    await em.flush();
    return true;
  }

  private async assertUnitCodeFree(governmentId: string, code: string): Promise<void> {
    if (await this.ctx.em.count(OrgUnit, { government: governmentId, code })) {
      throw CommonErrors.input('code', 'DUPLICATE', `code: a unit with code ${code} already exists in this government`);
    }
  }
}

/** Top-level units of government `k` the viewer may see, batched across governments (shared/nested.ts), in the list's order. */
export function governmentUnits(ctx: Context, limit: number, offset: number) {
  const viewer = viewerOf(ctx);
  const gov = governmentScope(viewer);
  const subtree = unitScope(viewer);
  return nestedPages(
    ctx,
    {
      key: 'government-units',
      entity: OrgUnit,
      parents: sql`government k`,
      from: sql`org_unit u`,
      id: sql`u.id`,
      where: sql.and([
        sql`u.government_id = k.id and u.parent_id is null`,
        gov ? sql`u.government_id = ${gov}` : null,
        subtree ? sql`u.path like ${`${likeEscape(subtree)}%`}` : null,
      ]),
      order: sql`u.path asc, u.id asc`,
    },
    limit,
    offset,
  );
}

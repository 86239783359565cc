import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { CommonErrors, NotFoundError } from '../../shared/errors.ts';
import { countOf, checkRange, likeEscape, type Page } from '../../shared/list.ts';
import { assignGiven, checkVersion, orderByOf, stillReferenced, viewerOf } from '../../shared/resolve.ts';
import { assertNotReadOnly, assertUnitWritable, canSeeGovernment, canSeeUnitPath, governmentScope, unitScope } from '../../shared/scope.ts';
import { nestedPages } from '../../shared/nested.ts';
import { placementActive, query, sql, where } from '../../shared/sql.ts';
import { OrgUnit, OrganizationService } from '../organization/index.ts';
import { EducationLevel, Rank, RankScheme } from '../reference/index.ts';
import { Position } from './position.entity.ts';
import { FunctionalLevel, PositionKind, isManagerial } from './position.enums.ts';
import { PositionSortField, type CreatePositionInput, type PositionFilter, type PositionSort, type UpdatePositionInput } from './position.inputs.ts';
import { PositionErrors } from './position.errors.ts';

const SORT: Record<PositionSortField, string> = {
  [PositionSortField.TITLE]: 'title',
  [PositionSortField.CODE]: 'code',
  [PositionSortField.KIND]: 'kind',
  [PositionSortField.GRADE]: 'grade',
  [PositionSortField.PLANNED_HEADCOUNT]: 'plannedHeadcount',
  [PositionSortField.CREATED_AT]: 'createdAt',
};

const MANAGERIAL_KINDS = Object.values(PositionKind).filter(isManagerial);

export class PositionService {
  constructor(private readonly ctx: Context) {}

  async list(filter: PositionFilter = { includeSubUnits: true }, sort: PositionSort[] | undefined, limit: number, offset: number): Promise<Page<Position>> {
    const viewer = viewerOf(this.ctx);
    const em = this.ctx.em;
    const qb = em.createQueryBuilder(Position, 'p').join('p.unit', 'u');
    const gov = governmentScope(viewer);
    if (gov) qb.andWhere({ government: gov });
    const subtree = unitScope(viewer);
    if (subtree) qb.andWhere(...where(sql`u.path like ${`${likeEscape(subtree)}%`}`));
    if (filter.governmentId) qb.andWhere({ government: filter.governmentId });
    if (filter.ids) qb.andWhere({ id: { $in: filter.ids } });
    if (filter.unitId) {
      const unit = await new OrganizationService(this.ctx).getUnit(filter.unitId, 'unitId');
      if (filter.includeSubUnits === false) qb.andWhere({ unit: unit.id });
      else qb.andWhere(...where(sql`u.path like ${`${likeEscape(unit.path)}%`}`));
    }
    if (filter.kinds?.length) qb.andWhere({ kind: { $in: filter.kinds } });
    if (filter.functionalLevels?.length) qb.andWhere({ functionalLevel: { $in: filter.functionalLevels } });
    if (filter.managerial === true) qb.andWhere({ kind: { $in: MANAGERIAL_KINDS } });
    if (filter.managerial === false) qb.andWhere({ kind: { $nin: MANAGERIAL_KINDS } });
    if (filter.active !== undefined) qb.andWhere({ active: filter.active });
    if (filter.grade) {
      checkRange('grade', filter.grade);
      if (filter.grade.min != null) qb.andWhere({ grade: { $gte: filter.grade.min } });
      if (filter.grade.max != null) qb.andWhere({ grade: { $lte: filter.grade.max } });
    }
    if (filter.vacant !== undefined) {
      const holders = sql`(select count(*) from position_history ph where ph.position_id = p.id and ${placementActive('ph', this.ctx.today)})`;
      qb.andWhere(...where(sql`${holders} ${sql.raw(filter.vacant ? '<' : '>=')} p.planned_headcount`));
    }
    if (filter.q) {
      const like = `%${likeEscape(filter.q.trim())}%`;
      qb.andWhere({ $or: [{ title: { $ilike: like } }, { code: { $ilike: like } }, { functionalFamily: { $ilike: like } }] });
    }
    const total = await countOf(qb);
    const items = (await qb
      .select('p.*')
      .orderBy(orderByOf(sort, SORT, { title: 'asc' }).map((o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [`p.${k}`, v]))))
      .limit(limit, offset)
      .execute('all', true)) as Position[];
    return { items, total, limit, offset };
  }

  async get(id: string, field?: string): Promise<Position> {
    const viewer = viewerOf(this.ctx);
    const row = await this.ctx.loaders.byId(Position).load(id);
    if (!row) throw new NotFoundError('Position', id, field);
    const unit = await this.ctx.loaders.byId(OrgUnit).load(row.unit as unknown as string);
    if (!unit || !canSeeGovernment(viewer, unit.government as unknown as string) || !canSeeUnitPath(viewer, unit.path)) throw new NotFoundError('Position', id, field);
    return row;
  }

  async create(input: CreatePositionInput): Promise<Position> {
    const viewer = viewerOf(this.ctx);
    assertNotReadOnly(viewer);
    const em = this.ctx.em;
    const unit = await this.writableUnit(input.unitId);
    const governmentId = unit.government.id;
    this.checkKind(input.kind, input.functionalLevel ?? null);
    await this.assertCodeFree(governmentId, input.code);
    const position = em.create(Position, {
      government: governmentId,
      unit: unit.id,
      code: input.code,
      title: input.title,
      kind: input.kind,
      functionalLevel: input.functionalLevel ?? null,
      functionalFamily: input.functionalFamily ?? null,
      grade: input.grade,
      plannedHeadcount: input.plannedHeadcount,
    });
    if (input.parentId) position.parent = em.getReference(Position, (await this.samePlacePosition(input.parentId, governmentId, 'parentId')).id, { wrapped: true });
    if (input.minEducationId) position.minEducation = em.getReference(EducationLevel, (await this.educationLevel(input.minEducationId)).id, { wrapped: true });
    if (input.minRankId) position.minRank = em.getReference(Rank, (await this.pnsRank(input.minRankId)).id, { wrapped: true });
    await em.flush();
    return position;
  }

  async update(id: string, input: UpdatePositionInput): Promise<Position> {
    const viewer = viewerOf(this.ctx);
    assertNotReadOnly(viewer);
    const em = this.ctx.em;
    const position: Position | null = await em.findOne(Position, id, { populate: ['unit'] });
    if (!position || !canSeeGovernment(viewer, position.government.id) || !canSeeUnitPath(viewer, position.unit.getEntity().path)) throw new NotFoundError('Position', id);
    assertUnitWritable(viewer, position.unit.getEntity().path);
    checkVersion('Position', position, input.version);
    const governmentId = position.government.id;
    if (input.code && input.code !== position.code) await this.assertCodeFree(governmentId, input.code);
    const kind = input.kind ?? position.kind;
    const level = input.functionalLevel !== undefined ? input.functionalLevel : kind === PositionKind.FUNGSIONAL ? position.functionalLevel ?? null : null;
    this.checkKind(kind, level ?? null);
    assignGiven(position, { ...input, functionalLevel: level }, ['code', 'title', 'kind', 'functionalLevel', 'functionalFamily', 'grade', 'plannedHeadcount', 'active']);
    if (input.unitId && input.unitId !== position.unit.id) {
      const unit = await this.writableUnit(input.unitId);
      if (unit.government.id !== governmentId) throw CommonErrors.input('unitId', 'OTHER_GOVERNMENT', 'unitId: the unit belongs to another government');
      position.unit = em.getReference(OrgUnit, unit.id, { wrapped: true });
    }
    if (input.parentId !== undefined) {
      if (input.parentId === id) throw PositionErrors.input('parentId', 'CYCLE', 'parentId: a position cannot report to itself');
      position.parent = input.parentId ? em.getReference(Position, (await this.samePlacePosition(input.parentId, governmentId, 'parentId')).id, { wrapped: true }) : null;
    }
    if (input.minEducationId !== undefined) {
      position.minEducation = input.minEducationId ? em.getReference(EducationLevel, (await this.educationLevel(input.minEducationId)).id, { wrapped: true }) : null;
    }
    if (input.minRankId !== undefined) {
      position.minRank = input.minRankId ? em.getReference(Rank, (await this.pnsRank(input.minRankId)).id, { wrapped: true }) : null;
    }
    await em.flush();
    this.ctx.loaders.clear();
    return position;
  }

  async delete(id: string, version: number): Promise<boolean> {
    const viewer = viewerOf(this.ctx);
    assertNotReadOnly(viewer);
    const em = this.ctx.em;
    const position = await em.findOne(Position, id, { populate: ['unit'] });
    if (!position || !canSeeGovernment(viewer, position.government.id) || !canSeeUnitPath(viewer, position.unit.getEntity().path)) throw new NotFoundError('Position', id);
    assertUnitWritable(viewer, position.unit.getEntity().path);
    checkVersion('Position', position, version);
    const [refs] = await query<{ placements: string; subordinates: string }>(
      em,
      sql`select (select count(*) from position_history where position_id = ${id}) as placements, (select count(*) from position where parent_id = ${id}) as subordinates`,
    );
    if (Number(refs.placements)) throw stillReferenced('The position', 'position history records', Number(refs.placements));
    if (Number(refs.subordinates)) throw stillReferenced('The position', 'subordinate positions', Number(refs.subordinates));
    em.remove(position);
    await em.flush();
    return true;
  }

  private checkKind(kind: PositionKind, level: FunctionalLevel | null): void {
    if (kind === PositionKind.FUNGSIONAL && !level) throw CommonErrors.input('functionalLevel', 'REQUIRED', 'functionalLevel: a functional position needs its level (jenjang)');
    if (kind !== PositionKind.FUNGSIONAL && level) throw PositionErrors.input('functionalLevel', 'NOT_ALLOWED', 'functionalLevel: only functional positions have a level');
  }

  private async writableUnit(unitId: string): Promise<OrgUnit> {
    const viewer = viewerOf(this.ctx);
    const unit = await this.ctx.em.findOne(OrgUnit, unitId);
    if (!unit || !canSeeGovernment(viewer, unit.government.id) || !canSeeUnitPath(viewer, unit.path)) throw new NotFoundError('Unit', unitId, 'unitId');
    assertUnitWritable(viewer, unit.path);
    if (viewer.role === Role.ANALYST) throw CommonErrors.forbidden('READ_ONLY', 'Your role is read-only');
    return unit;
  }

  private async samePlacePosition(id: string, governmentId: string, field: string): Promise<Position> {
    const p = await this.ctx.em.findOne(Position, id);
    if (!p || p.government.id !== governmentId) throw new NotFoundError('Position', id, field);
    return p;
  }

  private async educationLevel(id: string): Promise<EducationLevel> {
    const level = await this.ctx.em.findOne(EducationLevel, id);
    if (!level) throw new NotFoundError('EducationLevel', id, 'minEducationId');
    return level;
  }

  private async pnsRank(id: string): Promise<Rank> {
    const rank = await this.ctx.em.findOne(Rank, id);
    if (!rank) throw new NotFoundError('Rank', id, 'minRankId');
    if (rank.scheme !== RankScheme.PNS) throw PositionErrors.input('minRankId', 'WRONG_SCHEME', 'minRankId: the minimum rank must be a PNS rank');
    return rank;
  }

  private async assertCodeFree(governmentId: string, code: string): Promise<void> {
    if (await this.ctx.em.count(Position, { government: governmentId, code })) {
      throw CommonErrors.input('code', 'DUPLICATE', `code: a position with code ${code} already exists in this government`);
    }
  }
}

/** Positions of unit `k` (and its sub-units when `includeSubUnits`), batched across units (shared/nested.ts), in the list's order. */
export function unitPositions(ctx: Context, includeSubUnits: boolean, limit: number, offset: number) {
  const viewer = viewerOf(ctx);
  const gov = governmentScope(viewer);
  const subtree = unitScope(viewer);
  return nestedPages(
    ctx,
    {
      key: `unit-positions:${includeSubUnits}`,
      entity: Position,
      parents: sql`org_unit k`,
      from: sql`position p join org_unit u on u.id = p.unit_id`,
      id: sql`p.id`,
      where: sql.and([
        gov ? sql`p.government_id = ${gov}` : null,
        subtree ? sql`u.path like ${`${likeEscape(subtree)}%`}` : null,
        // Unit paths are built from ids: no LIKE wildcard can occur in them.
        includeSubUnits ? sql`u.path like k.path || '%'` : sql`p.unit_id = k.id`,
      ]),
      order: sql`p.title asc, p.id asc`,
    },
    limit,
    offset,
  );
}

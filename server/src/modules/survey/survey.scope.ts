// Row scoping shared by the module's staff operations (services, surveys, feedback all belong to a
// unit): what a viewer may see and change, as in shared/scope.ts.
import type { EntityClass, Ref } from '@mikro-orm/core';
import type { Context } from '../../context.ts';
import { refId } from '../../shared/base.entity.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { likeEscape } from '../../shared/list.ts';
import { viewerOf } from '../../shared/resolve.ts';
import { assertNotReadOnly, assertUnitWritable, canSeeGovernment, canSeeUnitPath, governmentScope, unitScope } from '../../shared/scope.ts';
import { isId } from '../../shared/inputs.ts';
import { sql, where } from '../../shared/sql.ts';
import { OrgUnit, OrganizationService } from '../organization/index.ts';

/** Ids arrive as free text in public arguments; anything else is simply not found. */
export const isUuid = isId;

type UnitRecord = { id: string; government: Ref<{ id: string }> | string; unit: Ref<{ id: string }> | string };

/** A unit the viewer may write records of. */
export async function writableUnit(ctx: Context, unitId: string, field = 'unitId'): Promise<OrgUnit> {
  const viewer = viewerOf(ctx);
  assertNotReadOnly(viewer);
  const unit = await ctx.em.findOne(OrgUnit, unitId);
  if (!unit || !canSeeGovernment(viewer, unit.government.id) || !canSeeUnitPath(viewer, unit.path)) throw new NotFoundError('Unit', unitId, field);
  assertUnitWritable(viewer, unit.path, field);
  return unit;
}

/** A record (plain row) the viewer may see: its government and, for a unit admin, its unit's subtree. */
export async function visibleRecord<T extends UnitRecord>(ctx: Context, entity: EntityClass<T>, name: string, id: string, field?: string): Promise<T> {
  const viewer = viewerOf(ctx);
  const row = isUuid(id) ? await ctx.loaders.byId(entity).load(id) : null;
  const unit = row && (await ctx.loaders.byId(OrgUnit).load(refId(row.unit)!));
  if (!row || !unit || !canSeeGovernment(viewer, refId(row.government)!) || !canSeeUnitPath(viewer, unit.path)) throw new NotFoundError(name, id, field);
  return row;
}

/** The entity, for a write by a viewer allowed to change records of its unit. */
export async function writableRecord<T extends UnitRecord>(ctx: Context, entity: EntityClass<T>, name: string, id: string): Promise<T> {
  await visibleRecord(ctx, entity, name, id); // NOT_FOUND outside the viewer's scope
  const record = (await ctx.em.findOne(entity, id as never)) as T | null;
  if (!record) throw new NotFoundError(name, id);
  await writableUnit(ctx, refId(record.unit)!);
  return record;
}

/** Scope of a list joined to its unit as `u`: the viewer's government and, for a unit admin, subtree. */
export async function scopeToUnits(
  ctx: Context,
  qb: { andWhere(cond: string, params?: unknown[]): unknown },
  filter: { governmentId?: string; unitId?: string; includeSubUnits?: boolean },
  alias: string,
): Promise<void> {
  const viewer = viewerOf(ctx);
  const gov = governmentScope(viewer);
  const a = sql.raw(alias);
  if (gov) qb.andWhere(...where(sql`${a}.government_id = ${gov}`));
  const subtree = unitScope(viewer);
  if (subtree) qb.andWhere(...where(sql`u.path like ${`${likeEscape(subtree)}%`}`));
  if (filter.governmentId) qb.andWhere(...where(sql`${a}.government_id = ${filter.governmentId}`));
  if (filter.unitId) {
    const unit = await new OrganizationService(ctx).getUnit(filter.unitId, 'unitId');
    qb.andWhere(...where(filter.includeSubUnits === false ? sql`${a}.unit_id = ${unit.id}` : sql`u.path like ${`${likeEscape(unit.path)}%`}`));
  }
}

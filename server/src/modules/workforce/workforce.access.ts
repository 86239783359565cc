// Who may see and change workforce planning records, the scope of a report, and the rule values in
// effect for a government. Government admins edit and approve; unit admins draft their units'
// analyses; analysts read; employees see nothing (no operation admits their role).
import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { CommonErrors, NotFoundError } from '../../shared/errors.ts';
import { likeEscape } from '../../shared/list.ts';
import { viewerOf } from '../../shared/resolve.ts';
import { canSeeUnitPath, governmentScope, isReadOnly, unitScope } from '../../shared/scope.ts';
import { OrgUnit, OrganizationService } from '../organization/index.ts';
import { Position } from '../position/index.ts';
import { SettingsService } from '../settings/index.ts';
import { ABK_SETTING_KEYS, settingsFrom, type AbkSettings } from './workforce.rules.ts';

/** The §10 values in effect for a government (its overrides, else the national defaults): one statement. */
export async function abkSettings(ctx: Context, governmentId: string): Promise<AbkSettings> {
  const s = new SettingsService(ctx);
  const values = await Promise.all(ABK_SETTING_KEYS.map((k) => s.number(k, governmentId)));
  const map = new Map(ABK_SETTING_KEYS.map((k, i) => [k, values[i]]));
  return settingsFrom((k) => map.get(k)!);
}

export interface ReportScope {
  governmentId: string;
  unitId: string | null;
  /** The subtree prefix every unit of the scope starts with ('/' for a whole government). */
  prefix: string;
  /** Depth of the scope unit (-1 for a government): its direct children are one deeper. */
  depth: number;
}

/** A unit (with its sub-units) or a whole government, within what the viewer may see. */
export async function reportScope(ctx: Context, args: { unitId?: string | null; governmentId?: string | null }): Promise<ReportScope> {
  const viewer = viewerOf(ctx);
  if (args.unitId) {
    const unit = await new OrganizationService(ctx).getUnit(args.unitId, 'unitId');
    const governmentId = refId(unit.government as never)!;
    if (args.governmentId && args.governmentId !== governmentId) throw CommonErrors.input('governmentId', 'OTHER_GOVERNMENT', 'governmentId: the unit belongs to another government; name either the unit or the government');
    return { governmentId, unitId: unit.id, prefix: unit.path, depth: unit.depth };
  }
  const subtree = unitScope(viewer);
  if (subtree) {
    // A unit admin's report covers their unit unless they name one below it.
    return reportScope(ctx, { unitId: viewer.unitId, governmentId: args.governmentId });
  }
  const governmentId = args.governmentId ?? governmentScope(viewer);
  if (!governmentId) throw CommonErrors.input('governmentId', 'REQUIRED', 'governmentId: name the government or the unit');
  await new OrganizationService(ctx).getGovernment(governmentId);
  return { governmentId, unitId: null, prefix: '/', depth: -1 };
}

export const likePrefix = (prefix: string): string => `${likeEscape(prefix)}%`;

export interface PlacedPosition {
  position: Position;
  unit: OrgUnit;
}

/** A position the viewer may see (NOT_FOUND otherwise), with its unit. */
export async function visiblePosition(ctx: Context, id: string, field: string): Promise<PlacedPosition> {
  const viewer = viewerOf(ctx);
  const position = await ctx.loaders.byId(Position).load(id);
  const unit = position ? await ctx.loaders.byId(OrgUnit).load(refId(position.unit as never)!) : null;
  if (!position || !unit) throw new NotFoundError('Position', id, field);
  const gov = governmentScope(viewer);
  if (gov !== null && refId(position.government as never) !== gov) {
    // Writes naming another government's record are refused outright (scope.ts).
    if (!isReadOnly(viewer)) throw CommonErrors.forbidden('OTHER_GOVERNMENT', `${field}: the position belongs to another government`, field);
    throw new NotFoundError('Position', id, field);
  }
  if (!canSeeUnitPath(viewer, unit.path)) throw new NotFoundError('Position', id, field);
  return { position, unit };
}

/** A position whose analyses the viewer may draft: administrators, a unit admin within their subtree. */
export async function draftablePosition(ctx: Context, id: string, field: string): Promise<PlacedPosition> {
  const viewer = viewerOf(ctx);
  if (isReadOnly(viewer)) throw CommonErrors.forbidden('READ_ONLY', 'Your role is read-only');
  const placed = await visiblePosition(ctx, id, field);
  if (viewer.role === Role.UNIT_ADMIN && !canSeeUnitPath(viewer, placed.unit.path)) throw CommonErrors.forbidden('OTHER_UNIT', `${field}: only positions of your unit and its sub-units`, field);
  return placed;
}

/** Government admins (and super admins) approve; others may not. */
export function assertApprover(ctx: Context): void {
  const viewer = viewerOf(ctx);
  if (viewer.role !== Role.SUPER_ADMIN && viewer.role !== Role.GOV_ADMIN) throw CommonErrors.forbidden('ROLE', 'Only government administrators do this');
}

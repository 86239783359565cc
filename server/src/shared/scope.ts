// Row scoping: which governments and units a viewer may see or change. Enforced in services and
// queries (never only in the panel). A record outside the viewer's scope is reported NOT_FOUND on
// reads (its existence is not disclosed) and FORBIDDEN on writes that name it explicitly.
import { Role, type Viewer } from './auth.ts';
import { CommonErrors } from './errors.ts';

/** The government a viewer is bound to, or null when it may see every government. */
export function governmentScope(viewer: Viewer): string | null {
  if (viewer.role === Role.SUPER_ADMIN) return null;
  if (viewer.role === Role.ANALYST && !viewer.governmentId) return null;
  if (!viewer.governmentId) throw CommonErrors.forbidden('NO_GOVERNMENT', 'Your account is not attached to a government');
  return viewer.governmentId;
}

export function canSeeGovernment(viewer: Viewer, governmentId: string): boolean {
  const scope = governmentScope(viewer);
  return scope === null || scope === governmentId;
}

/** The unit subtree path a viewer is confined to (UNIT_ADMIN, or an API key for a unit), or null. */
export function unitScope(viewer: Viewer): string | null {
  if (viewer.apiKey) return viewer.unitPath;
  if (viewer.role !== Role.UNIT_ADMIN) return null;
  if (!viewer.unitPath) throw CommonErrors.forbidden('NO_UNIT', 'Your account is not attached to a unit');
  return viewer.unitPath;
}

export function canSeeUnitPath(viewer: Viewer, unitPath: string): boolean {
  const scope = unitScope(viewer);
  return scope === null || unitPath.startsWith(scope);
}

export function isReadOnly(viewer: Viewer): boolean {
  return viewer.role === Role.ANALYST || viewer.role === Role.EMPLOYEE;
}

/** FORBIDDEN (READ_ONLY) for a role that changes nothing (analysts, employee accounts). */
export function assertNotReadOnly(viewer: Viewer): void {
  if (isReadOnly(viewer)) throw CommonErrors.forbidden('READ_ONLY', 'Your role is read-only');
}

/** Personal data (UU PDP 27/2022) is shown in full to administrators only. */
export function seesPersonalData(viewer: Viewer): boolean {
  return viewer.role === Role.SUPER_ADMIN || viewer.role === Role.GOV_ADMIN || viewer.role === Role.UNIT_ADMIN;
}

/**
 * Resolves the government a write applies to: a government-bound viewer writes into its own
 * (and may not name another); a super admin must name one.
 */
export function writableGovernment(viewer: Viewer, requested: string | null | undefined, field = 'governmentId'): string {
  assertNotReadOnly(viewer);
  const scope = governmentScope(viewer);
  if (scope === null) {
    if (!requested) throw CommonErrors.input(field, 'REQUIRED', `${field}: name the government this record belongs to`);
    return requested;
  }
  if (requested && requested !== scope) throw CommonErrors.forbidden('OTHER_GOVERNMENT', 'You may only write records of your own government', field);
  return scope;
}

/** Unit-scope check for writes naming a unit (by its path). */
export function assertUnitWritable(viewer: Viewer, unitPath: string, field = 'unitId'): void {
  if (!canSeeUnitPath(viewer, unitPath)) throw CommonErrors.forbidden('OTHER_UNIT', 'You may only change records of your own unit and its sub-units', field);
}

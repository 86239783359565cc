// What the dashboard's charts cover: a government, or a unit with its sub-units.

export interface DashboardScope {
  governmentId: string;
  /** The unit charted with its sub-units (a unit admin: their own unit at least); null: the whole government. */
  unitId: string | null;
  /** The unit's or the government's name, for the cards' subtitles. */
  name: string;
  role: string;
  /** Today in Asia/Jakarta (the server's calendar). */
  today: string;
}

/** Arguments of the scoped report queries: the unit when there is one, otherwise the government. */
export function scopeArgs(scope: DashboardScope): { unitId: string | null; governmentId: string | null } {
  return scope.unitId ? { unitId: scope.unitId, governmentId: null } : { unitId: null, governmentId: scope.governmentId };
}

/** Roles that read the scoped reports (headcount, alerts, retirements); an employee sees the public ones only. */
export { isReader } from '../authProvider';

/** A list of the panel filtered as given (react-admin reads `filter` from the URL). */
export function listLink(resource: string, filter: Record<string, unknown>): string {
  return `/${resource}?${new URLSearchParams({ filter: JSON.stringify(filter) })}`;
}


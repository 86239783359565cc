// What a resource tells the data provider: its typed documents and how its records and inputs
// map to react-admin's. Each resource folder exports one (e.g. employees/employees.adapter.ts).
// A paginated report (DUK, a 9-box's employees, a position's candidates) is a read-only resource
// too: `list` only, its arguments taken from the list's filter, what the report says besides its
// rows (date, totals, legal basis) in `meta`; pages then use react-admin's ListBase + DataTable.
import type { RaRecord } from 'react-admin';

export interface ListResult {
  data: RaRecord[];
  total: number;
  /** The rest of a report's answer (react-admin hands it to the page as the list context's `meta`). */
  meta?: Record<string, unknown>;
}

export interface ListParams {
  sort?: { field: string; order: 'ASC' | 'DESC' }[];
  filter: Record<string, unknown>;
}

export interface ResourceAdapter {
  list(params: ListParams & { limit: number; offset: number }): Promise<ListResult>;
  /** The API's `filter` and `sort` for the panel's list state: the server exports the same list as CSV. */
  exportVariables?(params: ListParams): { filter?: unknown; sort?: unknown };
  /** One record (none for a report: its rows have no page of their own). */
  one?(id: string): Promise<RaRecord>;
  create?(data: Record<string, unknown>): Promise<RaRecord>;
  update?(id: string, data: Record<string, unknown>, previous: Record<string, unknown>): Promise<RaRecord>;
  remove?(id: string, previous: Record<string, unknown>): Promise<void>;
}

/** react-admin sort -> the API's sort enum, when the column is sortable there. */
export function sortOf(sort: { field: string; order: 'ASC' | 'DESC' }[] | undefined, fields: Record<string, string>): { field: string; order: 'ASC' | 'DESC' }[] | undefined {
  const mapped = (sort ?? []).filter((s) => fields[s.field]).map((s) => ({ field: fields[s.field], order: s.order }));
  return mapped.length ? mapped : undefined;
}

/** Blank form values become null (cleared) rather than empty strings the API would reject. */
export function blankToNull(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? null : value;
}

/** The fields of `data` that differ from `previous`, for an update input (plus the version read). */
export function changes(data: Record<string, unknown>, previous: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { version: previous.version };
  for (const k of keys) {
    const next = blankToNull(data[k] ?? null);
    const prev = previous[k] ?? null;
    if (JSON.stringify(next) !== JSON.stringify(prev)) out[k] = next;
  }
  return out;
}

/** Only the given keys, blanks dropped (create inputs). */
export function pick(data: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = blankToNull(data[k]);
    if (v !== null && v !== undefined) out[k] = v;
  }
  return out;
}

/** Drops empty filter values react-admin leaves behind. */
export function cleanFilter(filter: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(filter)) {
    if (v === '' || v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out;
}

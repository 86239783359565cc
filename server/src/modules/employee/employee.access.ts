// The one rule deciding what a viewer may see of an employee (UU PDP 27/2022): which employees a
// list may hold (`employeeScope`, SQL) and how much of any one employee, however it was reached —
// a root query, a relation (an evaluator, a 360 ratee, a mentor), a nested list, a report row or
// an export (`employeeView`, and the field table `EMPLOYEE_FIELDS` that the global guard
// `employeeFieldGuard` applies to every field of the Employee type).
import DataLoader from 'dataloader';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Role, type Viewer } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { likeEscape } from '../../shared/list.ts';
import { governmentScope, unitScope } from '../../shared/scope.ts';
import { placementActive, query, sql, type Sql } from '../../shared/sql.ts';
import { EmployeeErrors } from './employee.errors.ts';
import { maskDigits, maskEmail, maskNip } from './employee.rules.ts';

/**
 * How much of one employee a viewer sees, from least to most:
 * - DIRECTORY: a colleague or official reached through a relation (the evaluator of a plan, a 360
 *   ratee, an evaluator outside a unit admin's unit): name, titles, position and unit, NIP with its
 *   birth-date digits masked. No HR record, no personal data.
 * - MASKED: an analyst (or an API key): the HR record, with personal data masked or withheld and
 *   nothing from which the birth date can be recovered (age band instead of age, retirement year
 *   instead of date, NIP masked).
 * - FULL: an administrator whose scope holds the employee, or the employee themself.
 */
export enum EmployeeView {
  DIRECTORY = 1,
  MASKED = 2,
  FULL = 3,
}

const { DIRECTORY, MASKED, FULL } = EmployeeView;

type Mask = (value: unknown) => unknown;
export interface FieldRule {
  /** The least view that sees the field; below it the field is null. */
  min: EmployeeView;
  /** Applied to the value for views below FULL (the field is shown masked, not withheld). */
  mask?: Mask;
}

const str = (f: (s: string) => string): Mask => (v) => (typeof v === 'string' ? f(v) : v);

/**
 * Every field of the Employee type and who sees it. A field missing here is FULL only (and a test
 * fails until it is listed), so a new field never leaks by default. Fields below DIRECTORY are
 * nullable in the schema: null means "not visible to you".
 */
export const EMPLOYEE_FIELDS: Record<string, FieldRule> = {
  id: { min: DIRECTORY },
  government: { min: DIRECTORY },
  nip: { min: DIRECTORY, mask: str(maskNip) },
  frontTitle: { min: DIRECTORY },
  fullName: { min: DIRECTORY },
  backTitle: { min: DIRECTORY },
  displayName: { min: DIRECTORY },
  asnType: { min: DIRECTORY },
  sex: { min: DIRECTORY },
  currentPosition: { min: DIRECTORY },
  currentUnit: { min: DIRECTORY },
  createdAt: { min: DIRECTORY },
  updatedAt: { min: DIRECTORY },
  version: { min: DIRECTORY },
  // The HR record.
  legacyNip: { min: MASKED },
  status: { min: MASKED },
  tmtCpns: { min: MASKED },
  tmtPns: { min: MASKED },
  contractStartDate: { min: MASKED },
  contractEndDate: { min: MASKED },
  currentRank: { min: MASKED },
  currentPlacement: { min: MASKED },
  highestEducation: { min: MASKED },
  rankHistory: { min: MASKED },
  positionHistory: { min: MASKED },
  educationHistory: { min: MASKED },
  qualifications: { min: MASKED },
  annualEvaluations: { min: MASKED },
  coachingPlans: { min: MASKED },
  recognitions: { min: MASKED },
  rankPromotion: { min: MASKED },
  retirement: { min: MASKED },
  ageBand: { min: MASKED },
  // Personal data: masked for analysts, withheld below.
  nik: { min: MASKED, mask: str((v) => maskDigits(v, 4, 2)) },
  phone: { min: MASKED, mask: str((v) => maskDigits(v.replace(/\D/g, ''), 4, 2)) },
  email: { min: MASKED, mask: str(maskEmail) },
  // Personal data (and what gives the birth date away): full view only.
  age: { min: FULL },
  birthDate: { min: FULL },
  birthPlace: { min: FULL },
  address: { min: FULL },
  sanctions: { min: FULL },
};

/** Fields whose full value is personal data: reading them is logged (UU PDP accountability). */
export const PERSONAL_FIELDS = new Set(['nik', 'phone', 'email', 'birthDate', 'birthPlace', 'address', 'sanctions']);

/** Whether the viewer's role masks employees everywhere (analysts, API keys). */
export function masksPersonalData(viewer: Viewer): boolean {
  return viewer.role === Role.ANALYST || !!viewer.apiKey;
}

/**
 * SQL condition (alias `e`) limiting employees to those a viewer may list (MASKED or FULL view):
 * their government; for a unit admin, employees currently placed in their unit's subtree; for an
 * employee, themself.
 */
export function employeeScope(viewer: Viewer, today: string): EmployeeScope {
  const gov = governmentScope(viewer);
  const subtree = unitScope(viewer);
  const fragment = sql.and([
    gov ? sql`e.government_id = ${gov}` : null,
    subtree
      ? sql`exists (select 1 from position_history sph join org_unit su on su.id = sph.unit_id where sph.employee_id = e.id and ${placementActive('sph', today)} and su.path like ${`${likeEscape(subtree)}%`})`
      : null,
    viewer.role === Role.EMPLOYEE && sql`e.id = ${viewer.employeeId ?? '00000000-0000-0000-0000-000000000000'}`,
  ]);
  return Object.assign(fragment, { sql: fragment.text, params: [...fragment.values] });
}

/**
 * The scope as a `sql` fragment. `sql`/`params` are the same text and values for
 * `employee.service.ts`, whose list filter has not moved onto `sql` yet; new code nests the fragment.
 */
export type EmployeeScope = Sql & { /** @deprecated nest the fragment */ sql: string; /** @deprecated nest the fragment */ params: unknown[] };

/** Employees (of the batch) currently placed in the unit admin's subtree: one statement per batch. */
const inUnitScope = (ctx: Context, subtree: string) =>
  ctx.loaders.get('employee.access.inUnitScope', (em) =>
    new DataLoader<string, boolean>(async (ids) => {
      const rows = await query<{ id: string }>(
        em,
        sql`select distinct ph.employee_id as id from position_history ph join org_unit u on u.id = ph.unit_id
             where ph.employee_id in (${sql.list(ids)}) and ${placementActive('ph', ctx.today)} and u.path like ${`${likeEscape(subtree)}%`}`,
      );
      const set = new Set(rows.map((r) => r.id));
      return ids.map((id) => set.has(id));
    }),
  );

/** How much of this employee (a row or an entity: its id and government) the viewer sees. */
export async function employeeView(ctx: Context, employee: { id: string; government: unknown }): Promise<EmployeeView> {
  const viewer = ctx.viewer;
  if (!viewer) return DIRECTORY;
  if (viewer.role === Role.SUPER_ADMIN) return FULL;
  const gov = governmentScope(viewer);
  if (gov !== null && refId(employee.government as string) !== gov) return DIRECTORY;
  switch (viewer.role) {
    case Role.GOV_ADMIN:
      return FULL;
    case Role.UNIT_ADMIN:
      return (await inUnitScope(ctx, unitScope(viewer)!).load(employee.id)) ? FULL : DIRECTORY;
    case Role.EMPLOYEE:
      return viewer.employeeId === employee.id ? FULL : DIRECTORY;
    default:
      // An API key: the analyst's view or stricter, and for a unit key only inside its unit.
      if (viewer.apiKey) {
        if (viewer.apiKey.view === 'DIRECTORY') return DIRECTORY;
        if (viewer.unitPath && !(await inUnitScope(ctx, viewer.unitPath).load(employee.id))) return DIRECTORY;
      }
      return MASKED;
  }
}

/**
 * Global middleware: every field of every Employee object passes through the field table, whatever
 * path led to the object. Cheap for other types (one string comparison).
 */
export const employeeFieldGuard: MiddlewareFn<Context> = async ({ root, info, context }, next) => {
  if (info.parentType.name !== 'Employee') return next();
  const rule = EMPLOYEE_FIELDS[info.fieldName] ?? { min: FULL };
  if (rule.min === DIRECTORY && !rule.mask) return next();
  const view = await employeeView(context, root as { id: string; government: unknown });
  if (view < rule.min) return null;
  const value = await next();
  if (view < FULL && rule.mask) return value == null ? value : rule.mask(value);
  // A full read of personal data is logged (who, when, whose, which fields; never the value).
  if (view === FULL && value != null && PERSONAL_FIELDS.has(info.fieldName)) {
    const e = root as { id: string; government: unknown };
    context.access.personalDataRead('Employee', e.id, [info.fieldName], refId(e.government as string));
  }
  return value;
};

/** An age band of five years ("40-44"), what masked viewers get instead of the age. */
export function ageBand(age: number): string {
  const from = Math.floor(age / 5) * 5;
  return `${from}-${from + 4}`;
}

/**
 * Filters and sorts that would recover a masked value are refused for masked viewers, naming the
 * field: a birth-date range (bisection finds the date), an age range not on whole 5-year bands.
 */
export function assertMaskedFilter(viewer: Viewer, filter: { birthDate?: unknown; age?: { min?: number | null; max?: number | null } | null }, sortFields: string[]): void {
  if (!masksPersonalData(viewer)) return;
  if (filter.birthDate) throw EmployeeErrors.input('birthDate', 'MASKED_FIELD', 'birthDate: personal data is masked for your role and cannot be filtered on');
  if (sortFields.includes('BIRTH_DATE')) throw EmployeeErrors.input('sort', 'MASKED_FIELD', 'sort: personal data is masked for your role; the birth date cannot be sorted on');
  const age = filter.age;
  if (age && ((age.min != null && age.min % 5 !== 0) || (age.max != null && (age.max + 1) % 5 !== 0))) {
    throw EmployeeErrors.input('age', 'MASKED_AGE_BAND', 'age: your role filters by 5-year age bands (min a multiple of 5, such as 40; max one less than a multiple of 5, such as 44)');
  }
}

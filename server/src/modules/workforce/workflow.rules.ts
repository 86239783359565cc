// The workflows of workforce planning as pure rules (ARCHITECTURE: one shape for every workflow):
// a status, an action, the actor's role -> the next status or why not. Applied by the services inside
// the transaction that writes the audit entry.
import { Role } from '../../shared/auth.ts';
import { AbkAction, AbkStatus, FormasiAction, FormasiStatus } from './workforce.enums.ts';

export type Refusal = { ok: false; reason: 'ALREADY_APPROVED' | 'TRANSITION_NOT_ALLOWED' | 'ROLE'; allowed: string[] };
export type Transition<S> = { ok: true; to: S } | Refusal;

type Table<S extends string, A extends string> = Record<S, Partial<Record<A, { to: S; roles: readonly Role[] }>>>;

const APPROVERS = [Role.SUPER_ADMIN, Role.GOV_ADMIN] as const;
const DRAFTERS = [Role.SUPER_ADMIN, Role.GOV_ADMIN, Role.UNIT_ADMIN] as const;

export const ABK_TRANSITIONS: Table<AbkStatus, AbkAction> = {
  [AbkStatus.DRAFT]: { [AbkAction.REVIEW]: { to: AbkStatus.REVIEWED, roles: DRAFTERS } },
  [AbkStatus.REVIEWED]: { [AbkAction.APPROVE]: { to: AbkStatus.APPROVED, roles: APPROVERS }, [AbkAction.RETURN]: { to: AbkStatus.DRAFT, roles: APPROVERS } },
  [AbkStatus.APPROVED]: {},
  [AbkStatus.SUPERSEDED]: {},
};

export const FORMASI_TRANSITIONS: Table<FormasiStatus, FormasiAction> = {
  [FormasiStatus.DRAFT]: { [FormasiAction.SUBMIT]: { to: FormasiStatus.SUBMITTED, roles: APPROVERS } },
  [FormasiStatus.SUBMITTED]: { [FormasiAction.APPROVE]: { to: FormasiStatus.APPROVED, roles: APPROVERS }, [FormasiAction.RETURN]: { to: FormasiStatus.DRAFT, roles: APPROVERS } },
  [FormasiStatus.APPROVED]: {},
};

function step<S extends string, A extends string>(table: Table<S, A>, approved: S[], from: S, action: A, actor: Role): Transition<S> {
  const allowed = Object.keys(table[from]);
  const rule = table[from][action];
  if (!rule) return { ok: false, reason: approved.includes(from) && action === ('APPROVE' as A) ? 'ALREADY_APPROVED' : 'TRANSITION_NOT_ALLOWED', allowed };
  if (!rule.roles.includes(actor)) return { ok: false, reason: 'ROLE', allowed };
  return { ok: true, to: rule.to };
}

/** One step of an ABK: DRAFT -REVIEW-> REVIEWED -APPROVE-> APPROVED (RETURN back to DRAFT). */
export function abkTransition(from: AbkStatus, action: AbkAction, actor: Role): Transition<AbkStatus> {
  return step(ABK_TRANSITIONS, [AbkStatus.APPROVED, AbkStatus.SUPERSEDED], from, action, actor);
}

/** One step of a formasi proposal: DRAFT -SUBMIT-> SUBMITTED -APPROVE-> APPROVED (RETURN back to DRAFT). */
export function formasiTransition(from: FormasiStatus, action: FormasiAction, actor: Role): Transition<FormasiStatus> {
  return step(FORMASI_TRANSITIONS, [FormasiStatus.APPROVED], from, action, actor);
}

/** Formasi after approving `count` recruits into a position: at least its holders plus the recruits. */
export function formasiAfterApproval(formasi: number, bezetting: number, count: number): number {
  return Math.max(formasi, bezetting + count);
}

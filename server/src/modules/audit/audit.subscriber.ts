import { ChangeSetType, ReferenceKind, type ChangeSet, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { AuditAction, AuditEntry } from './audit-entry.entity.ts';

/** Who is acting, carried on the request's EntityManager (its logger context) and its forks. */
export interface AuditActor {
  requestId?: string;
  actorId?: string | null;
  actorEmail?: string | null;
  actorRole?: string | null;
}

// Never written to the audit trail: secrets and bookkeeping columns (sign-ins are in the access log).
const SKIPPED = new Set(['passwordHash', 'keyHash', 'version', 'updatedAt', 'createdAt', 'lastLoginAt', 'lastUsedAt', 'requestCount']);

function plain(value: unknown): unknown {
  if (value == null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const v = value as { id?: unknown; unwrap?: () => { id?: unknown } };
    if (typeof v.unwrap === 'function') return v.unwrap()?.id ?? null;
    if ('id' in v) return v.id;
  }
  return value;
}

/** Columns a record keeps: scalars and the foreign keys it owns (not collections). */
const COLUMN_KINDS = new Set<string>([ReferenceKind.SCALAR, ReferenceKind.MANY_TO_ONE, ReferenceKind.ONE_TO_ONE]);

/**
 * A deletion keeps the record's last values (every audited column, `after: null`), so what was
 * deleted can be read back. MikroORM gives a delete change set no snapshot: the values come from
 * the entity, loaded by the service before removing it (a column not loaded is left out).
 */
function deleted(cs: ChangeSet<object>): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  const entity = cs.entity as Record<string, unknown>;
  for (const prop of cs.meta.props) {
    if (SKIPPED.has(prop.name) || !COLUMN_KINDS.has(prop.kind) || (prop.kind === ReferenceKind.ONE_TO_ONE && !prop.owner) || prop.persist === false) continue;
    if (entity[prop.name] === undefined) continue;
    changes[prop.name] = { before: plain(entity[prop.name]), after: null };
  }
  return changes;
}

function diff(cs: ChangeSet<object>): Record<string, { before: unknown; after: unknown }> {
  if (cs.type === ChangeSetType.DELETE || cs.type === ChangeSetType.DELETE_EARLY) return deleted(cs);
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  const original = (cs.originalEntity ?? {}) as Record<string, unknown>;
  const entity = cs.entity as Record<string, unknown>;
  for (const key of Object.keys(cs.payload)) {
    const prop = cs.meta.properties[key as never] as { name: string } | undefined;
    if (!prop || SKIPPED.has(key)) continue;
    const before = cs.type === ChangeSetType.CREATE ? null : plain(original[key]);
    const after = plain(entity[key]);
    if (cs.type === ChangeSetType.UPDATE && JSON.stringify(before) === JSON.stringify(after)) continue;
    changes[key] = { before, after };
  }
  return changes;
}

const ACTIONS: Partial<Record<ChangeSetType, AuditAction>> = {
  [ChangeSetType.CREATE]: AuditAction.CREATE,
  [ChangeSetType.UPDATE]: AuditAction.UPDATE,
  [ChangeSetType.DELETE]: AuditAction.DELETE,
  [ChangeSetType.DELETE_EARLY]: AuditAction.DELETE,
};

/**
 * The one audit mechanism: on every flush, each created, updated or deleted entity gets an
 * AuditEntry computed into the same unit of work, so it commits (or rolls back) with the change.
 */
export class AuditSubscriber implements EventSubscriber {
  onFlush(args: FlushEventArgs): void {
    const actor = (args.em.getLoggerContext() ?? {}) as AuditActor;
    for (const cs of args.uow.getChangeSets()) {
      const action = ACTIONS[cs.type];
      if (!action || cs.entity instanceof AuditEntry) continue;
      const changes = diff(cs as ChangeSet<object>);
      if (action === AuditAction.UPDATE && Object.keys(changes).length === 0) continue;
      const entity = cs.entity as { id?: string; government?: unknown };
      const governmentId =
        cs.meta.className === 'Government' ? (entity.id ?? null) : (plain(entity.government ?? (cs.originalEntity as { government?: unknown })?.government) as string | null);
      const entry = args.em.create(AuditEntry, {
        action,
        entityName: cs.meta.className,
        entityId: String(cs.getPrimaryKey() ?? entity.id),
        governmentId: governmentId ?? null,
        actorId: actor.actorId ?? null,
        actorEmail: actor.actorEmail ?? null,
        actorRole: actor.actorRole ?? null,
        requestId: actor.requestId ?? null,
        changes,
      });
      args.uow.computeChangeSet(entry);
    }
  }
}

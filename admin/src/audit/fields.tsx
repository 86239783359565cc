import { Link, useRecordContext, useTranslate } from 'react-admin';
import type { MouseEvent } from 'react';
import { useFieldLabel } from './ChangesTable';
import { ENTITY_RESOURCES } from './entities';

interface Entry {
  entityName: string;
  entityId: string;
  actorEmail?: string | null;
  changes?: Record<string, unknown>;
}

/** The record type, translated. */
export const EntityNameField = (_props: { source?: string; label?: string }) => {
  const translate = useTranslate();
  const r = useRecordContext<Entry & { id: string }>();
  if (!r) return null;
  return <>{translate(`asn.audit.entities.${r.entityName}`, { _: r.entityName })}</>;
};

/** The record's id, linked to its page when the panel has one. */
export const EntityIdField = ({ full = false }: { source?: string; label?: string; full?: boolean }) => {
  const r = useRecordContext<Entry & { id: string }>();
  if (!r) return null;
  const target = ENTITY_RESOURCES[r.entityName];
  const short = <code title={r.entityId}>{!full && r.entityId.length > 13 ? `${r.entityId.slice(0, 8)}…` : r.entityId}</code>;
  return target ? (
    <Link to={`/${target.resource}/${r.entityId}/${target.view}`} onClick={(e: MouseEvent) => e.stopPropagation()}>
      {short}
    </Link>
  ) : (
    short
  );
};

/** Who made the change (the system for seeding and background work). */
export const ActorField = (_props: { source?: string; label?: string }) => {
  const translate = useTranslate();
  const r = useRecordContext<Entry & { id: string }>();
  if (!r) return null;
  return <>{r.actorEmail ?? translate('asn.audit.system')}</>;
};

/** The names of the changed fields, for the list. */
export const ChangedFieldsField = (_props: { source?: string; label?: string }) => {
  const r = useRecordContext<Entry & { id: string }>();
  const label = useFieldLabel(r?.entityName ?? '');
  if (!r) return null;
  const fields = Object.keys(r.changes ?? {}).sort().map(label);
  return <span title={fields.join(', ')}>{fields.length > 4 ? `${fields.slice(0, 4).join(', ')} +${fields.length - 4}` : fields.join(', ')}</span>;
};

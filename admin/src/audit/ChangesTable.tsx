// The fields one audit entry changed, each with its value before and after.
import { Typography } from '@mui/material';
import { DataTable, useTranslate } from 'react-admin';
import { LocalDate, LocalDateTime } from '../common/fields';
import { RowsTable } from '../common/RowsTable';
import { ENTITY_RESOURCES } from './entities';

type Change = { before?: unknown; after?: unknown };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const Value = ({ value }: { value: unknown }) => {
  const translate = useTranslate();
  if (value === null || value === undefined || value === '') return <Typography component="span" color="text.secondary">—</Typography>;
  if (typeof value === 'boolean') return <>{translate(value ? 'asn.common.yes' : 'asn.common.no')}</>;
  if (typeof value === 'string' && DAY.test(value)) return <LocalDate value={value} />;
  if (typeof value === 'string' && INSTANT.test(value)) return <LocalDateTime value={value} />;
  if (typeof value === 'object') return <code style={{ whiteSpace: 'pre-wrap' }}>{JSON.stringify(value, null, 1)}</code>;
  return <span style={{ whiteSpace: 'pre-wrap' }}>{String(value)}</span>;
};

/** A field's label from its resource's translations when the panel has one, else its own name. */
export function useFieldLabel(entityName: string) {
  const translate = useTranslate();
  const resource = ENTITY_RESOURCES[entityName]?.resource;
  return (field: string) => (resource ? translate(`resources.${resource}.fields.${field}`, { _: field }) : field);
}

type Row = { id: string; before?: unknown; after?: unknown };
const Col = DataTable.Col<Row>;

export const ChangesTable = ({ entityName, changes }: { entityName: string; changes: Record<string, Change> }) => {
  const translate = useTranslate();
  const label = useFieldLabel(entityName);
  const fields = Object.keys(changes ?? {}).sort();
  if (!fields.length) return <Typography color="text.secondary">{translate('asn.audit.no_changes')}</Typography>;
  return (
    <RowsTable<Row> rows={fields.map((f) => ({ id: f, ...changes[f] }))} resource="auditChanges" hover={false} aria-label={translate('asn.audit.changes')}>
      <Col label="asn.audit.field" cellSx={() => ({ fontWeight: 500 })} render={(r) => <span title={r.id}>{label(r.id)}</span>} />
      <Col label="asn.audit.before" render={(r) => <Value value={r.before} />} />
      <Col label="asn.audit.after" render={(r) => <Value value={r.after} />} />
    </RowsTable>
  );
};

// The fields one audit entry changed, each with its value before and after.
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { LocalDate, LocalDateTime } from '../common/fields';
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

export const ChangesTable = ({ entityName, changes }: { entityName: string; changes: Record<string, Change> }) => {
  const translate = useTranslate();
  const label = useFieldLabel(entityName);
  const fields = Object.keys(changes ?? {}).sort();
  if (!fields.length) return <Typography color="text.secondary">{translate('asn.audit.no_changes')}</Typography>;
  return (
    <Table size="small" aria-label={translate('asn.audit.changes')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('asn.audit.field')}</TableCell>
          <TableCell>{translate('asn.audit.before')}</TableCell>
          <TableCell>{translate('asn.audit.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {fields.map((f) => (
          <TableRow key={f}>
            <TableCell component="th" scope="row" sx={{ fontWeight: 500 }} title={f}>
              {label(f)}
            </TableCell>
            <TableCell>
              <Value value={changes[f]?.before} />
            </TableCell>
            <TableCell>
              <Value value={changes[f]?.after} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

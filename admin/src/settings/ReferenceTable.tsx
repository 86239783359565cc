// One editable reference table: its rows (a DataTable over them) and the dialog that changes one
// (RowDialog.tsx). Every table of the settings page is this component driven by its own
// description (tables.tsx): which columns to show, which fields a row's dialog edits, and the
// mutation that saves them. The server checks the values; its message shows next to the field.
import EditIcon from '@mui/icons-material/Edit';
import { Alert, Box, IconButton, Tooltip, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { DataTable, Loading, usePermissions, useTranslate } from 'react-admin';
import type { EnumName } from '../common/enums';
import { RowsTable, rowPropsBody } from '../common/RowsTable';
import { ScrollBox } from '../common/ScrollBox';
import { useFormat } from '../i18n/format';
import { labelOf, RowDialog } from './RowDialog';

export interface Row {
  id: string;
  version: number;
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface ColumnSpec<R> {
  /** The row's property; also names the label `asn.settings.fields.<source>` unless `label` is given. */
  source: string;
  label?: string;
  /** Custom cell; by default the value itself (numbers in the panel's language). */
  render?: (row: R, translate: Translate) => ReactNode;
  numeric?: boolean;
  /** Fixed decimals for a number (e.g. IKM bounds, always 2). */
  decimals?: number;
  /** Long text in a smaller type (descriptions, legal bases). */
  small?: boolean;
}

/** Where a select's choices come from: an API enum, or national reference data. */
export type ChoiceSource = EnumName | 'educationLevels' | 'pnsRanks' | 'pppkRanks';

export interface FieldSpec {
  /** The form value and the mutation's argument: the server names it in its errors. */
  source: string;
  label?: string;
  kind: 'number' | 'integer' | 'text' | 'multiline' | 'select' | 'list';
  choices?: ChoiceSource;
  required?: boolean;
  /** i18n key (with `helperArgs`). */
  helperText?: string;
  helperArgs?: Record<string, unknown>;
}

export interface TableSpec<R extends Row = Row> {
  key: string;
  queryKey: readonly unknown[];
  load: () => Promise<R[]>;
  columns: ColumnSpec<R>[];
  /** Roles the API lets change rows (none: the table is read only for everyone). */
  editRoles: readonly string[];
  fields?: (row: R) => FieldSpec[];
  /** The dialog's initial values (default: each field's source read from the row). */
  values?: (row: R) => Record<string, unknown>;
  save?: (row: R, values: Record<string, unknown>) => Promise<unknown>;
  /** What the dialog's title calls the row. */
  rowTitle: (row: R, translate: Translate) => string;
  /** Shown to those who may not change the table (i18n key). */
  readOnlyNote: string;
  /** A line above the table (i18n key). */
  description?: string;
  /** Extra controls above the table (e.g. the government whose settings are shown). */
  toolbar?: ReactNode;
}

/** Keeps each table's row type while listing tables of different types together. */
export const defineTable = <R extends Row>(spec: TableSpec<R>): TableSpec<Row> => spec as unknown as TableSpec<Row>;

const Cell = <R extends Row>({ row, column, translate, format }: { row: R; column: ColumnSpec<R>; translate: Translate; format: (n: number, decimals?: number) => string }) => {
  if (column.render) return <>{column.render(row, translate)}</>;
  const value = (row as unknown as Record<string, unknown>)[column.source];
  if (value === null || value === undefined || value === '') return <>—</>;
  if (typeof value === 'number') return <>{format(value, column.decimals)}</>;
  if (typeof value === 'boolean') return <>{translate(value ? 'asn.common.yes' : 'asn.common.no')}</>;
  if (Array.isArray(value)) return <>{value.length ? value.join(', ') : '—'}</>;
  return <>{String(value)}</>;
};

const ReferenceBody = rowPropsBody<Row>((row) => ({ 'data-row': row.id }));

export const ReferenceTable = ({ spec }: { spec: TableSpec }) => {
  const translate = useTranslate();
  const fmt = useFormat();
  const { permissions } = usePermissions<string>();
  const [editing, setEditing] = useState<Row | null>(null);
  const { data, error, isPending } = useQuery({ queryKey: spec.queryKey, queryFn: spec.load });
  const canEdit = !!permissions && spec.editRoles.includes(permissions) && !!spec.save;
  const format = (n: number, decimals?: number) => (decimals === undefined ? fmt.num(n, { maximumFractionDigits: 2 }) : fmt.dec(n, decimals));

  return (
    <Box>
      {spec.description && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(spec.description)}
        </Typography>
      )}
      {spec.toolbar}
      {!canEdit && (
        <Alert severity="info" sx={{ mb: 1 }}>
          {translate(spec.readOnlyNote)}
        </Alert>
      )}
      {error ? (
        <Alert severity="error">{(error as Error).message}</Alert>
      ) : isPending ? (
        <Loading />
      ) : (
        <ScrollBox>
          <RowsTable<Row> rows={data ?? []} resource={`settings.${spec.key}`} body={ReferenceBody} aria-label={translate(`asn.settings.tables.${spec.key}`)}>
            {spec.columns.map((c) => (
              <DataTable.Col<Row>
                key={c.source}
                label={labelOf(c.source, c.label)}
                align={c.numeric ? 'right' : 'left'}
                cellSx={c.small ? () => ({ typography: 'caption', color: 'text.secondary', minWidth: 180 }) : undefined}
                render={(row) => <Cell row={row} column={c} translate={translate} format={format} />}
              />
            ))}
            {canEdit && (
              <DataTable.Col<Row>
                label={false}
                padding="checkbox"
                render={(row) => (
                  <Tooltip title={translate('ra.action.edit')}>
                    <IconButton size="small" aria-label={`${translate('ra.action.edit')} ${spec.rowTitle(row, translate)}`} onClick={() => setEditing(row)}>
                      <EditIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                )}
              />
            )}
          </RowsTable>
        </ScrollBox>
      )}
      {editing && <RowDialog spec={spec} row={editing} onClose={() => setEditing(null)} />}
    </Box>
  );
};

// One editable reference table: its rows, and a dialog that changes one row. Every table of the
// settings page is this component driven by its own description (tables.tsx): which columns to
// show, which fields a row's dialog edits, and the mutation that saves them. The server checks
// the values; its message shows next to the field, and a stale version (someone else changed the
// row meanwhile) shows above the form while the table reloads the current values.
import EditIcon from '@mui/icons-material/Edit';
import { Alert, Box, IconButton, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { HttpError, Loading, NumberInput, SelectInput, TextInput, useLocaleState, usePermissions, useTranslate, required as requiredValue } from 'react-admin';
import { DialogForm } from '../common/DialogForm';
import { choices as enumChoices, type EnumName } from '../common/enums';
import { useEducationChoices, useRankChoices } from '../common/reference';
import { ScrollBox } from '../common/ConditionTable';
import { intlLocale } from '../i18n';

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

export const labelOf = (source: string, label?: string) => label ?? `asn.settings.fields.${source}`;

const Cell = <R extends Row>({ row, column, translate, format }: { row: R; column: ColumnSpec<R>; translate: Translate; format: (n: number, decimals?: number) => string }) => {
  if (column.render) return <>{column.render(row, translate)}</>;
  const value = (row as unknown as Record<string, unknown>)[column.source];
  if (value === null || value === undefined || value === '') return <>—</>;
  if (typeof value === 'number') return <>{format(value, column.decimals)}</>;
  if (typeof value === 'boolean') return <>{translate(value ? 'asn.common.yes' : 'asn.common.no')}</>;
  if (Array.isArray(value)) return <>{value.length ? value.join(', ') : '—'}</>;
  return <>{String(value)}</>;
};

// Selects over reference data: each its own component so only the data needed is fetched.
const EducationSelect = ({ field, validate }: { field: FieldSpec; validate?: ReturnType<typeof requiredValue> }) => (
  <SelectInput source={field.source} label={labelOf(field.source, field.label)} choices={useEducationChoices()} validate={validate} helperText={field.helperText ?? false} />
);
const RankSelect = ({ field, scheme, validate }: { field: FieldSpec; scheme: 'PNS' | 'PPPK'; validate?: ReturnType<typeof requiredValue> }) => (
  <SelectInput source={field.source} label={labelOf(field.source, field.label)} choices={useRankChoices(scheme)} validate={validate} helperText={field.helperText ?? false} />
);

const FieldInput = ({ field }: { field: FieldSpec }) => {
  const translate = useTranslate();
  const label = labelOf(field.source, field.label);
  const validate = field.required ? requiredValue() : undefined;
  const helperText = field.helperText ? translate(field.helperText, field.helperArgs) : false;
  switch (field.kind) {
    case 'number':
      return <NumberInput source={field.source} label={label} validate={validate} helperText={helperText} step="any" />;
    case 'integer':
      return <NumberInput source={field.source} label={label} validate={validate} helperText={helperText} step={1} />;
    case 'select':
      if (field.choices === 'educationLevels') return <EducationSelect field={{ ...field, helperText: helperText || undefined }} validate={validate} />;
      if (field.choices === 'pnsRanks' || field.choices === 'pppkRanks') return <RankSelect field={{ ...field, helperText: helperText || undefined }} scheme={field.choices === 'pnsRanks' ? 'PNS' : 'PPPK'} validate={validate} />;
      return <SelectInput source={field.source} label={label} choices={enumChoices(field.choices as EnumName)} validate={validate} helperText={helperText} />;
    case 'list':
      return <TextInput source={field.source} label={label} validate={validate} helperText={helperText || 'asn.settings.list_hint'} fullWidth />;
    case 'multiline':
      return <TextInput source={field.source} label={label} validate={validate} helperText={helperText} multiline minRows={2} fullWidth />;
    default:
      return <TextInput source={field.source} label={label} validate={validate} helperText={helperText} fullWidth />;
  }
};

const EditDialog = ({ spec, row, onClose }: { spec: TableSpec; row: Row; onClose: () => void }) => {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const fields = spec.fields?.(row) ?? [];
  const record = { id: row.id, ...(spec.values ? spec.values(row) : Object.fromEntries(fields.map((f) => [f.source, (row as unknown as Record<string, unknown>)[f.source] ?? null]))) };
  const submit = async (values: Record<string, unknown>) => {
    try {
      await spec.save!(row, values);
    } catch (e) {
      if (e instanceof HttpError && e.status === 409) {
        // Someone else saved this row since it was read: show them the current values.
        await queryClient.invalidateQueries({ queryKey: spec.queryKey });
        throw new HttpError(translate('asn.settings.conflict'), 409, e.body);
      }
      throw e;
    }
  };
  return (
    <DialogForm open title={translate('asn.settings.edit_title', { row: spec.rowTitle(row, translate) })} record={record} fields={fields.map((f) => f.source)} onClose={onClose} onSubmit={submit}>
      {fields.map((f) => (
        <FieldInput key={f.source} field={f} />
      ))}
    </DialogForm>
  );
};

export const ReferenceTable = ({ spec }: { spec: TableSpec }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions<string>();
  const [editing, setEditing] = useState<Row | null>(null);
  const { data, error, isPending } = useQuery({ queryKey: spec.queryKey, queryFn: spec.load });
  const canEdit = !!permissions && spec.editRoles.includes(permissions) && !!spec.save;
  const format = (n: number, decimals?: number) =>
    n.toLocaleString(intlLocale(locale), decimals === undefined ? { maximumFractionDigits: 2 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

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
          <Table size="small" aria-label={translate(`asn.settings.tables.${spec.key}`)}>
            <TableHead>
              <TableRow>
                {spec.columns.map((c) => (
                  <TableCell key={c.source} align={c.numeric ? 'right' : 'left'}>
                    {translate(labelOf(c.source, c.label))}
                  </TableCell>
                ))}
                {canEdit && <TableCell padding="checkbox" />}
              </TableRow>
            </TableHead>
            <TableBody>
              {(data ?? []).map((row) => (
                <TableRow key={row.id} hover data-row={row.id}>
                  {spec.columns.map((c) => (
                    <TableCell key={c.source} align={c.numeric ? 'right' : 'left'} sx={c.small ? { typography: 'caption', color: 'text.secondary', minWidth: 180 } : undefined}>
                      <Cell row={row} column={c} translate={translate} format={format} />
                    </TableCell>
                  ))}
                  {canEdit && (
                    <TableCell padding="checkbox">
                      <Tooltip title={translate('ra.action.edit')}>
                        <IconButton size="small" aria-label={`${translate('ra.action.edit')} ${spec.rowTitle(row, translate)}`} onClick={() => setEditing(row)}>
                          <EditIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollBox>
      )}
      {editing && <EditDialog spec={spec} row={editing} onClose={() => setEditing(null)} />}
    </Box>
  );
};

// The dialog that changes one row of a reference table: one input per field the table describes
// (tables.tsx), saved by the table's mutation. A stale version (someone else saved the row since it
// was read) reloads the table and says so above the form.
import { useQueryClient } from '@tanstack/react-query';
import { HttpError, NumberInput, SelectInput, TextInput, useTranslate, required as requiredValue } from 'react-admin';
import { DialogForm } from '../common/DialogForm';
import { choices as enumChoices, type EnumName } from '../common/enums';
import { useEducationChoices, useRankChoices } from '../common/reference';
import type { FieldSpec, Row, TableSpec } from './ReferenceTable';

/** A column's or field's label: its own, or `asn.settings.fields.<source>`. */
export const labelOf = (source: string, label?: string) => label ?? `asn.settings.fields.${source}`;

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

/** Changes one row: the fields its table describes, saved by its mutation. */
export const RowDialog = ({ spec, row, onClose }: { spec: TableSpec; row: Row; onClose: () => void }) => {
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

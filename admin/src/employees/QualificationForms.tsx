// The dialogs of the qualifications tab: add or correct a qualification (its kind is fixed once
// recorded) or a disciplinary sanction. A correction sends only what changed, with the version read.
import { Box } from '@mui/material';
import { BooleanInput, DateInput, SelectInput, TextInput, maxLength, required, useTranslate } from 'react-admin';
import { DialogForm } from '../common/DialogForm';
import { choices } from '../common/enums';
import { blankToNull, changes } from '../dataProvider/adapter';
import { request } from '../dataProvider/client';
import {
  EmployeeQualificationAddDocument,
  EmployeeQualificationUpdateDocument,
  EmployeeSanctionAddDocument,
  EmployeeSanctionUpdateDocument,
  type AddQualificationInput,
  type AddSanctionInput,
  type EmployeeQualificationsQuery,
  type UpdateQualificationInput,
  type UpdateSanctionInput,
} from '../gql/graphql';

export type QualificationEntry = NonNullable<EmployeeQualificationsQuery['employee']['qualifications']>[number];
export type SanctionEntry = NonNullable<EmployeeQualificationsQuery['employee']['sanctions']>[number];

const QUALIFICATION_FIELDS = ['kind', 'passedOn', 'certificateNumber'] as const;
const SANCTION_FIELDS = ['level', 'description', 'startDate', 'endDate', 'barsPromotion', 'decreeNumber'] as const;
/** What a correction may change: the kind of a qualification is fixed. */
const QUALIFICATION_UPDATE_FIELDS = ['passedOn', 'certificateNumber'] as const;

function valuesOf(values: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, blankToNull(values[k])]).filter(([, v]) => v !== null && v !== undefined));
}

interface FormProps<E> {
  employeeId: string;
  /** The entry corrected; none when adding one. */
  entry?: E;
  open: boolean;
  onClose: () => void;
}

export const QualificationForm = ({ employeeId, entry, open, onClose }: FormProps<QualificationEntry>) => {
  const translate = useTranslate();
  const save = (values: Record<string, unknown>) =>
    entry
      ? request(EmployeeQualificationUpdateDocument, { id: entry.id, input: changes(values, entry, QUALIFICATION_UPDATE_FIELDS) as unknown as UpdateQualificationInput })
      : request(EmployeeQualificationAddDocument, { input: { ...valuesOf(values, QUALIFICATION_FIELDS), employeeId } as AddQualificationInput });
  return (
    <DialogForm open={open} title={translate(entry ? 'asn.qualifications.edit' : 'asn.qualifications.add')} record={entry} fields={QUALIFICATION_FIELDS} onClose={onClose} onSubmit={save}>
      <SelectInput
        source="kind"
        label="asn.qualifications.kind"
        choices={choices('QualificationKind')}
        validate={required()}
        disabled={!!entry}
        helperText={entry ? 'asn.qualifications.kind_fixed' : undefined}
        fullWidth
      />
      <DateInput source="passedOn" label="asn.qualifications.passedOn" validate={required()} fullWidth helperText="asn.qualifications.passedOn_hint" />
      <TextInput source="certificateNumber" label="asn.qualifications.certificateNumber" validate={maxLength(100)} fullWidth />
    </DialogForm>
  );
};

export const SanctionForm = ({ employeeId, entry, open, onClose }: FormProps<SanctionEntry>) => {
  const translate = useTranslate();
  const save = (values: Record<string, unknown>) =>
    entry
      ? request(EmployeeSanctionUpdateDocument, { id: entry.id, input: changes({ ...values, barsPromotion: !!values.barsPromotion }, entry, SANCTION_FIELDS) as unknown as UpdateSanctionInput })
      : request(EmployeeSanctionAddDocument, { input: { ...valuesOf(values, SANCTION_FIELDS), barsPromotion: !!values.barsPromotion, employeeId } as AddSanctionInput });
  return (
    <DialogForm open={open} title={translate(entry ? 'asn.sanctions.edit' : 'asn.sanctions.add')} record={entry ?? { barsPromotion: false }} fields={SANCTION_FIELDS} onClose={onClose} onSubmit={save}>
      <SelectInput source="level" label="asn.sanctions.level" choices={choices('SanctionLevel')} validate={required()} fullWidth />
      <TextInput source="description" label="asn.sanctions.description" validate={[required(), maxLength(300)]} multiline fullWidth helperText="asn.sanctions.description_hint" />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <DateInput source="startDate" label="asn.sanctions.startDate" validate={required()} />
        <DateInput source="endDate" label="asn.sanctions.endDate" helperText="asn.sanctions.endDate_hint" />
      </Box>
      <BooleanInput source="barsPromotion" label="asn.sanctions.barsPromotion" helperText="asn.sanctions.barsPromotion_hint" />
      <TextInput source="decreeNumber" label="asn.sanctions.decreeNumber" validate={maxLength(100)} fullWidth />
    </DialogForm>
  );
};

// Add / correct one entry of an employee's rank, position or education history (riwayat), in a
// dialog. Corrections send only the changed fields with the version read (a stale one: CONFLICT);
// the server refuses overlapping periods on the date field, shown next to it.
import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { AutocompleteInput, BooleanInput, DateInput, NumberInput, ReferenceInput, TextInput, maxLength, maxValue, minLength, minValue, required, useTranslate } from 'react-admin';
import { DialogForm } from '../common/DialogForm';
import { useEducationChoices, useRankChoices } from '../common/reference';
import { changes, pick } from '../dataProvider/adapter';
import { request } from '../dataProvider/client';
import {
  EmployeeEducationAddDocument,
  EmployeeEducationUpdateDocument,
  EmployeePlacementAddDocument,
  EmployeePlacementUpdateDocument,
  EmployeeRankAddDocument,
  EmployeeRankUpdateDocument,
  type AddEducationHistoryInput,
  type AddPositionHistoryInput,
  type AddRankHistoryInput,
  type EmployeeDetailFragment,
  type UpdateEducationHistoryInput,
  type UpdatePositionHistoryInput,
  type UpdateRankHistoryInput,
} from '../gql/graphql';

export type RankEntry = NonNullable<EmployeeDetailFragment['rankHistory']>[number];
export type PlacementEntry = NonNullable<EmployeeDetailFragment['positionHistory']>[number];
export type EducationEntry = NonNullable<EmployeeDetailFragment['educationHistory']>[number];

interface FormProps<E> {
  employeeId: string;
  /** The entry being corrected; absent when adding. */
  entry?: E;
  open: boolean;
  onClose: () => void;
}

const Row = ({ children }: { children: ReactNode }) => <Box sx={{ display: 'flex', columnGap: 2, flexWrap: 'wrap' }}>{children}</Box>;

// ---- rank ---------------------------------------------------------------------------------------

const RANK_FIELDS = ['rankId', 'tmt', 'decreeNumber', 'decreeDate'] as const;

export const RankForm = ({ employeeId, entry, open, onClose, scheme }: FormProps<RankEntry> & { scheme: 'PNS' | 'PPPK' }) => {
  const translate = useTranslate();
  const ranks = useRankChoices(scheme);
  const previous = entry ? { ...entry, rankId: entry.rank.id } : undefined;
  const submit = (values: Record<string, unknown>) =>
    previous
      ? request(EmployeeRankUpdateDocument, { id: previous.id, input: changes(values, previous, RANK_FIELDS) as unknown as UpdateRankHistoryInput })
      : request(EmployeeRankAddDocument, { input: { ...pick(values, RANK_FIELDS), employeeId } as AddRankHistoryInput });
  return (
    <DialogForm open={open} title={translate(entry ? 'asn.history.edit_rank' : 'asn.history.add_rank')} record={previous} fields={RANK_FIELDS} onClose={onClose} onSubmit={submit}>
      <AutocompleteInput source="rankId" label="resources.employees.fields.rankHistory.rank" choices={ranks} validate={required()} fullWidth />
      <DateInput source="tmt" label="resources.employees.fields.rankHistory.tmt" validate={required()} fullWidth />
      <Row>
        <TextInput source="decreeNumber" label="resources.employees.fields.rankHistory.decreeNumber" validate={maxLength(100)} />
        <DateInput source="decreeDate" label="resources.employees.fields.rankHistory.decreeDate" />
      </Row>
    </DialogForm>
  );
};

// ---- position (placement) -----------------------------------------------------------------------

const PLACEMENT_FIELDS = ['positionId', 'startDate', 'endDate', 'decreeNumber', 'decreeDate'] as const;

export const PlacementForm = ({ employeeId, entry, open, onClose }: FormProps<PlacementEntry>) => {
  const translate = useTranslate();
  const previous = entry ? { ...entry, positionId: entry.position.id } : undefined;
  const submit = (values: Record<string, unknown>) =>
    previous
      ? request(EmployeePlacementUpdateDocument, { id: previous.id, input: changes(values, previous, PLACEMENT_FIELDS) as unknown as UpdatePositionHistoryInput })
      : request(EmployeePlacementAddDocument, { input: { ...pick(values, PLACEMENT_FIELDS), closePrevious: !!values.closePrevious, employeeId } as AddPositionHistoryInput });
  return (
    <DialogForm
      open={open}
      title={translate(entry ? 'asn.history.edit_position' : 'asn.history.add_position')}
      record={previous ?? { closePrevious: false }}
      fields={[...PLACEMENT_FIELDS, 'closePrevious']}
      onClose={onClose}
      onSubmit={submit}
    >
      <ReferenceInput source="positionId" reference="positions">
        <AutocompleteInput
          label="resources.employees.fields.positionHistory.position"
          optionText={(p: { title: string; unit?: { name: string } }) => `${p.title} — ${p.unit?.name ?? ''}`}
          filterToQuery={(q: string) => ({ q })}
          validate={required()}
          fullWidth
        />
      </ReferenceInput>
      <Row>
        <DateInput source="startDate" label="resources.employees.fields.positionHistory.startDate" validate={required()} />
        <DateInput source="endDate" label="resources.employees.fields.positionHistory.endDate" helperText="asn.history.end_hint" />
      </Row>
      <Row>
        <TextInput source="decreeNumber" label="resources.employees.fields.positionHistory.decreeNumber" validate={maxLength(100)} />
        <DateInput source="decreeDate" label="resources.employees.fields.positionHistory.decreeDate" />
      </Row>
      {!entry && <BooleanInput source="closePrevious" label="asn.history.close_previous" helperText="asn.history.close_previous_hint" />}
    </DialogForm>
  );
};

// ---- education ----------------------------------------------------------------------------------

const EDUCATION_FIELDS = ['levelId', 'institution', 'major', 'graduationYear', 'diplomaNumber'] as const;

export const EducationForm = ({ employeeId, entry, open, onClose }: FormProps<EducationEntry>) => {
  const translate = useTranslate();
  const levels = useEducationChoices();
  const previous = entry ? { ...entry, levelId: entry.level.id } : undefined;
  const submit = (values: Record<string, unknown>) =>
    previous
      ? request(EmployeeEducationUpdateDocument, { id: previous.id, input: changes(values, previous, EDUCATION_FIELDS) as unknown as UpdateEducationHistoryInput })
      : request(EmployeeEducationAddDocument, { input: { ...pick(values, EDUCATION_FIELDS), employeeId } as AddEducationHistoryInput });
  return (
    <DialogForm open={open} title={translate(entry ? 'asn.history.edit_education' : 'asn.history.add_education')} record={previous} fields={EDUCATION_FIELDS} onClose={onClose} onSubmit={submit}>
      <AutocompleteInput source="levelId" label="resources.employees.fields.educationHistory.level" choices={levels} validate={required()} fullWidth />
      <TextInput source="institution" label="resources.employees.fields.educationHistory.institution" validate={[required(), minLength(2), maxLength(200)]} fullWidth />
      <TextInput source="major" label="resources.employees.fields.educationHistory.major" validate={[minLength(2), maxLength(200)]} fullWidth />
      <Row>
        <NumberInput source="graduationYear" label="resources.employees.fields.educationHistory.graduationYear" validate={[required(), minValue(1940), maxValue(2100)]} />
        <TextInput source="diplomaNumber" label="resources.employees.fields.educationHistory.diplomaNumber" validate={maxLength(100)} />
      </Row>
    </DialogForm>
  );
};

import EditIcon from '@mui/icons-material/Edit';
import { useState } from 'react';
import { Button, FunctionField, NumberField, SelectInput, Show, SimpleShowLayout, TextField, TextInput, TopToolbar, maxLength, required, useRecordContext, useTranslate } from 'react-admin';
import { DialogForm } from '../common/DialogForm';
import { choices } from '../common/enums';
import { EnumField } from '../common/fields';
import { useCanWrite } from '../common/permissions';
import { changes } from '../dataProvider/adapter';
import { request } from '../dataProvider/client';
import { EvaluationUpdateDocument, type EvaluationItemFragment, type UpdateEvaluationInput } from '../gql/graphql';

const FIELDS = ['resultRating', 'behaviourRating', 'notes'] as const;

/**
 * Correct the ratings of an evaluation; the server recomputes the predikat. The version read is
 * sent, so a correction made meanwhile by someone else is refused (CONFLICT) and said above the form.
 */
const CorrectButton = () => {
  const record = useRecordContext<EvaluationItemFragment>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (!record) return null;
  const submit = (values: Record<string, unknown>) => request(EvaluationUpdateDocument, { id: record.id, input: changes(values, record, FIELDS) as unknown as UpdateEvaluationInput });
  return (
    <>
      <Button label="asn.evaluation.correct" startIcon={<EditIcon />} onClick={() => setOpen(true)} />
      <DialogForm key={record.version} open={open} title={translate('asn.evaluation.correct_title')} record={record} fields={[...FIELDS, 'version']} onClose={() => setOpen(false)} onSubmit={submit}>
        <SelectInput source="resultRating" label="resources.evaluations.fields.resultRating" choices={choices('Expectation')} validate={required()} fullWidth />
        <SelectInput source="behaviourRating" label="resources.evaluations.fields.behaviourRating" choices={choices('Expectation')} validate={required()} fullWidth />
        <TextInput source="notes" label="resources.evaluations.fields.notes" validate={maxLength(4000)} multiline fullWidth />
      </DialogForm>
    </>
  );
};

const Actions = () => {
  const write = useCanWrite();
  return <TopToolbar>{write && <CorrectButton />}</TopToolbar>;
};

export const EvaluationShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <TextField source="employee.displayName" />
      <TextField source="employee.nip" />
      <NumberField source="year" options={{ useGrouping: false }} />
      <EnumField source="period" enumName="EvaluationPeriod" />
      <TextField source="plan.positionTitle" />
      <TextField source="plan.unitName" />
      <EnumField source="resultRating" enumName="Expectation" />
      <EnumField source="behaviourRating" enumName="Expectation" />
      <EnumField source="predikat" enumName="Predikat" />
      <FunctionField source="reasons" render={(r: { reasons: string[] }) => r.reasons.join('; ')} />
      <TextField source="evaluator.displayName" />
      <TextField source="notes" emptyText="—" />
      <TextField source="legalBasis" />
    </SimpleShowLayout>
  </Show>
);

// Correcting an assessment: date, purpose, assessor, notes, potential score and the level per
// competency (the scores are replaced as a whole). Pessimistic, with the version read: the
// server's field problems show next to the inputs, a stale version says someone changed it.
import { useQueryClient } from '@tanstack/react-query';
import { DateInput, Edit, NumberInput, SelectInput, SimpleForm, TextInput, maxLength, maxValue, minLength, minValue, required, useNotify, useRedirect } from 'react-admin';
import { choices } from '../common/enums';
import { LevelInputs } from './AssessmentCreate';

export const AssessmentEdit = () => {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Edit
      mutationMode="pessimistic"
      mutationOptions={{
        onSuccess: (data: { id: string }) => {
          // The JPM card reads the assessment's levels: recompute it.
          void queryClient.invalidateQueries({ queryKey: ['jpm'] });
          notify('ra.notification.updated', { type: 'info', messageArgs: { smart_count: 1 } });
          redirect('show', 'assessments', data.id);
        },
      }}
    >
      <SimpleForm>
        <DateInput source="assessedOn" validate={required()} />
        <SelectInput source="purpose" choices={choices('AssessmentPurpose')} validate={required()} />
        <TextInput source="assessor" validate={[required(), minLength(2), maxLength(200)]} />
        <NumberInput source="potentialScore" validate={[minValue(0), maxValue(100)]} />
        <TextInput source="notes" validate={maxLength(2000)} multiline fullWidth />
        <LevelInputs />
      </SimpleForm>
    </Edit>
  );
};

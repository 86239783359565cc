import { Alert, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useFormState } from 'react-hook-form';
import { AutocompleteInput, Create, DateInput, NumberInput, ReferenceInput, SelectInput, SimpleForm, TextInput, maxValue, minValue, required, useTranslate } from 'react-admin';
import { choices } from '../common/enums';
import { request } from '../dataProvider/client';
import { CompetenciesDocument } from '../gql/graphql';

const LEVELS = [1, 2, 3, 4, 5].map((l) => ({ id: l, name: String(l) }));

/** One level (1-5) per competency of the dictionary; unscored ones are left out. */
export const LevelInputs = () => {
  const translate = useTranslate();
  const { data } = useQuery({ queryKey: ['competencies'], queryFn: () => request(CompetenciesDocument, {}), staleTime: Infinity });
  // A problem with the scores as a whole (e.g. none given) has no input of its own.
  const { errors } = useFormState();
  const problem = errors.scores?.message;
  return (
    <>
      <Typography variant="subtitle1" sx={{ mt: 2, fontWeight: 600 }}>
        {translate('resources.assessments.fields.scores')}
      </Typography>
      {problem && (
        <Alert severity="error" data-testid="scores-error">
          {translate(String(problem), { _: String(problem) })}
        </Alert>
      )}
      {(data?.competencies ?? []).map((c) => (
        <SelectInput key={c.id} source={`levels.${c.id}`} label={`${c.code} ${c.name}`} choices={LEVELS} translateChoice={false} helperText={false} />
      ))}
    </>
  );
};

export const AssessmentCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ purpose: 'MAPPING' }}>
      <ReferenceInput source="employeeId" reference="employees">
        <AutocompleteInput optionText="displayName" filterToQuery={(q: string) => ({ q })} validate={required()} sx={{ minWidth: 360 }} />
      </ReferenceInput>
      <DateInput source="assessedOn" validate={required()} />
      <SelectInput source="purpose" choices={choices('AssessmentPurpose')} validate={required()} />
      <TextInput source="assessor" validate={required()} />
      <NumberInput source="potentialScore" validate={[minValue(0), maxValue(100)]} />
      <TextInput source="notes" multiline fullWidth />
      <LevelInputs />
    </SimpleForm>
  </Create>
);

import { AutocompleteInput, BooleanInput, ReferenceInput, TextInput, maxLength, minLength, required } from 'react-admin';

export const ServiceInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    {!edit && (
      <ReferenceInput source="unitId" reference="units">
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} sx={{ minWidth: 360 }} />
      </ReferenceInput>
    )}
    <TextInput source="name" validate={[required(), minLength(3), maxLength(200)]} fullWidth />
    <TextInput source="description" multiline fullWidth validate={maxLength(1000)} />
    {edit && <BooleanInput source="active" />}
  </>
);

import { AutocompleteInput, BooleanInput, NumberInput, ReferenceInput, SelectInput, TextInput, maxLength, minValue, regex, required } from 'react-admin';
import { choices } from '../common/enums';

export const UnitInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <TextInput source="code" validate={[required(), maxLength(32), regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'asn.errors.VALIDATION_MATCHES')]} />
    <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
    <SelectInput source="kind" choices={choices('OrgUnitKind')} validate={required()} />
    <SelectInput source="sector" choices={choices('Sector')} validate={required()} />
    <ReferenceInput source="parentId" reference="units">
      <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 320 }} />
    </ReferenceInput>
    <NumberInput source="populationServed" validate={minValue(0)} />
    <TextInput source="address" multiline fullWidth />
    {edit && <BooleanInput source="active" />}
  </>
);

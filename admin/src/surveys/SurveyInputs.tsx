import { AutocompleteInput, DateInput, FormDataConsumer, NumberInput, ReferenceInput, SelectInput, TextInput, maxLength, minLength, minValue, required } from 'react-admin';
import { choices } from '../common/enums';

export const SurveyInputs = ({ edit = false }: { edit?: boolean }) => (
    <>
      {!edit && (
        <>
          <ReferenceInput source="unitId" reference="units">
            <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} sx={{ minWidth: 360 }} />
          </ReferenceInput>
          {/* The services of the unit chosen above. */}
          <FormDataConsumer<{ unitId?: string }>>
            {({ formData }) => (
              <ReferenceInput source="serviceId" reference="services" filter={formData.unitId ? { unitId: formData.unitId, includeSubUnits: false } : {}}>
                <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} helperText="asn.survey.service_hint" sx={{ minWidth: 360 }} />
              </ReferenceInput>
            )}
          </FormDataConsumer>
        </>
      )}
      <TextInput source="title" validate={[required(), minLength(3), maxLength(200)]} fullWidth />
      <DateInput source="periodStart" validate={required()} />
      <DateInput source="periodEnd" validate={required()} />
      <NumberInput source="population" validate={[required(), minValue(1)]} helperText="asn.survey.population_hint" />
      <SelectInput source="status" choices={choices('SurveyStatus')} defaultValue="OPEN" validate={required()} />
    </>
);

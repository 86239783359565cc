import { AutocompleteInput, BooleanInput, FormDataConsumer, NumberInput, ReferenceInput, SelectInput, TextInput, maxLength, maxValue, minValue, required } from 'react-admin';
import { choices } from '../common/enums';
import { useEducationChoices, useRankChoices } from '../common/reference';

export const PositionInputs = ({ edit = false }: { edit?: boolean }) => {
  const levels = useEducationChoices();
  const ranks = useRankChoices('PNS');
  return (
    <>
      <ReferenceInput source="unitId" reference="units">
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} sx={{ minWidth: 320 }} />
      </ReferenceInput>
      <TextInput source="code" validate={[required(), maxLength(40)]} />
      <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
      <SelectInput source="kind" choices={choices('PositionKind')} validate={required()} />
      <FormDataConsumer>
        {({ formData }) =>
          formData.kind === 'FUNGSIONAL' && (
            <>
              <SelectInput source="functionalLevel" choices={choices('FunctionalLevel')} validate={required()} />
              <TextInput source="functionalFamily" />
            </>
          )
        }
      </FormDataConsumer>
      <NumberInput source="grade" validate={[required(), minValue(1), maxValue(17)]} />
      <NumberInput source="plannedHeadcount" validate={[required(), minValue(0)]} />
      <ReferenceInput source="parentId" reference="positions">
        <AutocompleteInput optionText="title" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 320 }} />
      </ReferenceInput>
      <SelectInput source="minEducationId" choices={levels} />
      <SelectInput source="minRankId" choices={ranks} />
      {edit && <BooleanInput source="active" />}
    </>
  );
};

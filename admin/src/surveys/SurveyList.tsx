import { AutocompleteInput, DataTable, List, NumberInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { BulkActions, ListActions } from '../common/actions';
import { choices } from '../common/enums';
import { EnumField, LocalDateField } from '../common/fields';
import { GradeField, SampleField } from '../common/ikm';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="units" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={choices('SurveyStatus')} />,
  <NumberInput key="year" source="year" min={2000} max={2100} />,
];

export const SurveyList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'periodStart', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={<BulkActions />}>
      <DataTable.Col source="title" />
      <DataTable.Col source="unit.name" disableSort />
      <DataTable.Col source="periodStart" field={LocalDateField} />
      <DataTable.Col source="status" field={() => <EnumField source="status" enumName="SurveyStatus" />} />
      <DataTable.Col source="responseCount" disableSort field={SampleField} />
      <DataTable.Col source="index.ikm" disableSort field={GradeField} />
    </DataTable>
  </List>
);

import { AutocompleteInput, DataTable, List, NumberInput, ReferenceInput, SelectInput } from 'react-admin';
import { BulkActions, ListActions } from '../common/actions';
import { choices } from '../common/enums';
import { EnumField } from '../common/fields';

const filters = [
  <NumberInput key="year" source="year" alwaysOn />,
  <SelectInput key="period" source="period" choices={choices('EvaluationPeriod')} alwaysOn />,
  <SelectInput key="predikat" source="predikat" choices={choices('Predikat')} />,
  <ReferenceInput key="unitId" source="unitId" reference="units">
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <ReferenceInput key="employeeId" source="employeeId" reference="employees">
    <AutocompleteInput optionText="displayName" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 280 }} />
  </ReferenceInput>,
];

export const EvaluationList = () => (
  <List filters={filters} actions={<ListActions />} filterDefaultValues={{ period: 'ANNUAL' }}>
    <DataTable rowClick="show" bulkActionButtons={<BulkActions />}>
      <DataTable.NumberCol source="year" options={{ useGrouping: false }} disableSort />
      <DataTable.Col source="period" field={() => <EnumField source="period" enumName="EvaluationPeriod" />} disableSort />
      <DataTable.Col source="employee.nip" disableSort />
      <DataTable.Col source="employee.displayName" disableSort />
      <DataTable.Col source="resultRating" field={() => <EnumField source="resultRating" enumName="Expectation" />} disableSort />
      <DataTable.Col source="behaviourRating" field={() => <EnumField source="behaviourRating" enumName="Expectation" />} disableSort />
      <DataTable.Col source="predikat" field={() => <EnumField source="predikat" enumName="Predikat" />} disableSort />
    </DataTable>
  </List>
);

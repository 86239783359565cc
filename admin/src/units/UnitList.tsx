import { BooleanInput, DataTable, List, SearchInput, SelectInput } from 'react-admin';
import { choices } from '../common/enums';
import { EnumField } from '../common/fields';
import { BulkActions, ListActions } from '../common/actions';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={choices('OrgUnitKind')} alwaysOn />,
  <SelectInput key="sector" source="sector" choices={choices('Sector')} />,
  <BooleanInput key="topLevel" source="topLevel" />,
];


export const UnitList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={<BulkActions />}>
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="kind" field={() => <EnumField source="kind" enumName="OrgUnitKind" />} />
      <DataTable.Col source="sector" field={() => <EnumField source="sector" enumName="Sector" />} />
      <DataTable.Col source="parent.name" disableSort />
      <DataTable.NumberCol source="employeeCount" disableSort />
      <DataTable.NumberCol source="populationServed" />
    </DataTable>
  </List>
);

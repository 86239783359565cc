import { AutocompleteInput, BooleanField, BooleanInput, DataTable, List, ReferenceInput, SearchInput } from 'react-admin';
import { BulkActions, ListActions } from '../common/actions';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="units" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  <BooleanInput key="active" source="active" />,
];

export const ServiceList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={<BulkActions />}>
      <DataTable.Col source="name" />
      <DataTable.Col source="unit.name" disableSort />
      <DataTable.Col source="active" field={BooleanField} disableSort />
    </DataTable>
  </List>
);

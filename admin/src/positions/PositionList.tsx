import { AutocompleteInput, BooleanInput, DataTable, List, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { choices } from '../common/enums';
import { EnumField } from '../common/fields';
import { BulkActions, ListActions } from '../common/actions';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="units" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={choices('PositionKind')} />,
  <SelectInput key="functionalLevel" source="functionalLevel" choices={choices('FunctionalLevel')} />,
  <BooleanInput key="vacant" source="vacant" />,
];


export const PositionList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'title', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={<BulkActions />}>
      <DataTable.Col source="code" />
      <DataTable.Col source="title" />
      <DataTable.Col source="kind" field={() => <EnumField source="kind" enumName="PositionKind" />} />
      <DataTable.Col source="unit.name" disableSort />
      <DataTable.NumberCol source="grade" />
      <DataTable.NumberCol source="plannedHeadcount" />
      <DataTable.NumberCol source="holderCount" disableSort />
      <DataTable.NumberCol source="vacancies" disableSort />
    </DataTable>
  </List>
);

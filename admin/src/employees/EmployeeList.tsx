import {
  AutocompleteInput,
  DataTable,
  List,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  DateInput,
} from 'react-admin';
import { choices } from '../common/enums';
import { EnumField } from '../common/fields';
import { BulkActions, ListActions } from '../common/actions';
import { RankSelectInput } from '../common/ReferenceInputs';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="units" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <SelectInput key="asnType" source="asnType" choices={choices('AsnType')} />,
  <SelectInput key="status" source="status" choices={choices('EmployeeStatus')} />,
  <SelectInput key="positionKind" source="positionKind" choices={choices('PositionKind')} />,
  <RankSelectInput key="rankId" source="rankId" />,
  <SelectInput key="sex" source="sex" choices={choices('Sex')} />,
  <NumberInput key="ageMin" source="ageMin" min={0} max={100} />,
  <NumberInput key="ageMax" source="ageMax" min={0} max={100} />,
  <DateInput key="birthFrom" source="birthFrom" />,
  <DateInput key="birthTo" source="birthTo" />,
];

export const EmployeeList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'fullName', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={<BulkActions />}>
      <DataTable.Col source="nip" />
      <DataTable.Col source="displayName" />
      <DataTable.Col source="currentRank.rank.code" />
      <DataTable.Col source="currentPosition.title" disableSort />
      <DataTable.Col source="currentUnit.name" disableSort />
      <DataTable.Col source="asnType" field={() => <EnumField source="asnType" enumName="AsnType" />} />
      <DataTable.Col source="status" field={() => <EnumField source="status" enumName="EmployeeStatus" />} />
      <DataTable.NumberCol source="age" />
    </DataTable>
  </List>
);

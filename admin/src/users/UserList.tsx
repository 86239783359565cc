import { AutocompleteInput, BooleanField, BulkUpdateButton, DataTable, List, NullableBooleanInput, ReferenceInput, SearchInput, SelectInput, TextField, usePermissions } from 'react-admin';
import { BulkActions, ListActions } from '../common/actions';
import { choices } from '../common/enums';
import { EnumField, LocalDateTimeField } from '../common/fields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={choices('Role')} alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="units" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <NullableBooleanInput key="active" source="active" alwaysOn />,
];

export const UserList = () => {
  const { permissions } = usePermissions<string>();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'email', order: 'ASC' }}>
      <DataTable
        rowClick="edit"
        bulkActionButtons={
          <BulkActions>
            <BulkUpdateButton label="asn.users.deactivate" data={{ active: false }} mutationMode="pessimistic" />
          </BulkActions>
        }
      >
        <DataTable.Col source="email" />
        <DataTable.Col source="displayName" />
        <DataTable.Col source="role" field={() => <EnumField source="role" enumName="Role" />} />
        {permissions === 'SUPER_ADMIN' && <DataTable.Col source="government.name" disableSort />}
        <DataTable.Col source="unit.name" disableSort field={() => <TextField source="unit.name" emptyText="—" />} />
        <DataTable.Col source="employee.displayName" disableSort field={() => <TextField source="employee.displayName" emptyText="—" />} />
        <DataTable.Col source="active" field={() => <BooleanField source="active" />} />
        <DataTable.Col source="lastLoginAt" field={() => <LocalDateTimeField source="lastLoginAt" emptyText="—" />} />
      </DataTable>
    </List>
  );
};

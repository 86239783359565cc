// Governments (instansi): the super admin registers and edits them; each holds its own units,
// employees and settings.
import { Create, DataTable, DateField, DeleteButton, Edit, List, SearchInput, SelectInput, Show, SimpleForm, SimpleShowLayout, TextField, TextInput, required, useRecordContext } from 'react-admin';
import { BulkActions, ListActions, ShowActions } from '../common/actions';
import { choices } from '../common/enums';
import { EnumField } from '../common/fields';
import { useCanWrite } from '../common/permissions';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="kind" source="kind" choices={choices('GovernmentKind')} alwaysOn />];

export const GovernmentList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={<BulkActions />}>
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="kind" disableSort field={() => <EnumField source="kind" enumName="GovernmentKind" />} />
      <DataTable.Col source="province" disableSort />
    </DataTable>
  </List>
);

const Inputs = () => (
  <>
    <TextInput source="code" validate={required()} helperText="resources.governments.helpers.code" />
    <TextInput source="name" validate={required()} fullWidth />
    <SelectInput source="kind" choices={choices('GovernmentKind')} validate={required()} />
    <TextInput source="province" />
  </>
);

export const GovernmentCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <Inputs />
    </SimpleForm>
  </Create>
);

export const GovernmentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <Inputs />
    </SimpleForm>
  </Edit>
);

const TopUnits = () => {
  const record = useRecordContext<{ units?: { total: number } }>();
  if (!record?.units) return null;
  return (
    <DataTable resource="units" data={(record.units as unknown as { items: { id: string }[] }).items} total={record.units.total} rowClick={(id) => `/units/${id}/show`} bulkActionButtons={false} sort={{ field: 'name', order: 'ASC' }}>
      <DataTable.Col source="code" disableSort />
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="kind" disableSort field={() => <EnumField source="kind" enumName="OrgUnitKind" />} />
      <DataTable.NumberCol source="employeeCount" disableSort />
    </DataTable>
  );
};

export const GovernmentShow = () => {
  const write = useCanWrite();
  return (
    <Show actions={<ShowActions>{write && <DeleteButton mutationMode="pessimistic" />}</ShowActions>}>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="name" />
        <EnumField source="kind" enumName="GovernmentKind" />
        <TextField source="province" emptyText="—" />
        <DateField source="createdAt" showTime />
        <TopUnits />
      </SimpleShowLayout>
    </Show>
  );
};

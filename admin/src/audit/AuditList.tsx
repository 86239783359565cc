import { AutocompleteInput, DataTable, DateInput, List, ReferenceInput, SelectInput, TextInput, TopToolbar, FilterButton } from 'react-admin';
import { BulkActions, ServerExportButton } from '../common/actions';
import { choices } from '../common/enums';
import { EnumField, LocalDateTimeField } from '../common/fields';
import { entityChoices } from './entities';
import { ActorField, ChangedFieldsField, EntityIdField, EntityNameField } from './fields';

const filters = [
  <SelectInput key="entityName" source="entityName" choices={entityChoices()} alwaysOn />,
  <SelectInput key="action" source="action" choices={choices('AuditAction')} alwaysOn />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
  <ReferenceInput key="actorId" source="actorId" reference="users">
    <AutocompleteInput optionText="email" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <TextInput key="entityId" source="entityId" sx={{ minWidth: 320 }} />,
];

// Read-only: no create; the trail is exported by the server like any list.
const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <ServerExportButton />
  </TopToolbar>
);

export const AuditList = () => (
  <List filters={filters} actions={<Actions />} sort={{ field: 'occurredAt', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={<BulkActions />}>
      <DataTable.Col source="occurredAt" disableSort field={() => <LocalDateTimeField source="occurredAt" />} />
      <DataTable.Col source="action" disableSort field={() => <EnumField source="action" enumName="AuditAction" />} />
      <DataTable.Col source="entityName" disableSort field={EntityNameField} />
      <DataTable.Col source="entityId" disableSort field={EntityIdField} />
      <DataTable.Col source="actorEmail" disableSort field={ActorField} />
      <DataTable.Col source="changes" disableSort field={ChangedFieldsField} />
    </DataTable>
  </List>
);

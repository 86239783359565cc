import { CreateButton, DataTable, FilterButton, List, SearchInput, SelectInput, TextField, TopToolbar, usePermissions, useResourceDefinition } from 'react-admin';
import { choices } from '../common/enums';
import { EnumField } from '../common/fields';
import { GovernmentSelectInput } from '../common/ReferenceInputs';

// No CSV export: the dictionary is short and the API returns it whole.
const Actions = () => {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      <FilterButton />
      {hasCreate && <CreateButton />}
    </TopToolbar>
  );
};

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="kind" source="kind" choices={choices('CompetencyKind')} alwaysOn />];
// The super admin sees every government's technical competencies, and picks one.
const superAdminFilters = [...filters, <GovernmentSelectInput key="governmentId" source="governmentId" alwaysOn />];

export const CompetencyList = () => {
  const { permissions } = usePermissions<string>();
  return (
    <List filters={permissions === 'SUPER_ADMIN' ? superAdminFilters : filters} actions={<Actions />} sort={{ field: 'code', order: 'ASC' }} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.Col source="kind" field={() => <EnumField source="kind" enumName="CompetencyKind" />} />
        <DataTable.Col source="government.name" disableSort field={() => <TextField source="government.name" emptyText="resources.competencies.national" />} />
      </DataTable>
    </List>
  );
};

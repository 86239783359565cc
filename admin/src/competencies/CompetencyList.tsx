import { CreateButton, DataTable, FilterButton, List, SearchInput, SelectInput, TextField, TopToolbar, usePermissions, useResourceDefinition } from 'react-admin';
import { choices } from '../common/enums';
import { EnumField } from '../common/fields';
import { useGovernments } from '../common/reference';

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

export const CompetencyList = () => {
  const { permissions } = usePermissions<string>();
  const superAdmin = permissions === 'SUPER_ADMIN';
  const governments = useGovernments(superAdmin);
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="kind" source="kind" choices={choices('CompetencyKind')} alwaysOn />,
    ...(superAdmin ? [<SelectInput key="governmentId" source="governmentId" choices={governments.map((g) => ({ id: g.id, name: g.name }))} alwaysOn />] : []),
  ];
  return (
    <List filters={filters} actions={<Actions />} sort={{ field: 'code', order: 'ASC' }} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.Col source="kind" field={() => <EnumField source="kind" enumName="CompetencyKind" />} />
        <DataTable.Col source="government.name" disableSort field={() => <TextField source="government.name" emptyText="resources.competencies.national" />} />
      </DataTable>
    </List>
  );
};

import { AutocompleteInput, DataTable, DateInput, List, ReferenceInput, SelectInput } from 'react-admin';
import { BulkActions, ListActions } from '../common/actions';
import { choices } from '../common/enums';
import { EnumField, LocalDateField } from '../common/fields';

const filters = [
  <ReferenceInput key="employeeId" source="employeeId" reference="employees" alwaysOn>
    <AutocompleteInput optionText="displayName" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  <ReferenceInput key="unitId" source="unitId" reference="units">
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <SelectInput key="purpose" source="purpose" choices={choices('AssessmentPurpose')} />,
  <DateInput key="from" source="from" />,
  <DateInput key="to" source="to" />,
];

export const AssessmentList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'assessedOn', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={<BulkActions deletable />}>
      <DataTable.Col source="assessedOn" field={LocalDateField} disableSort />
      <DataTable.Col source="employee.nip" disableSort />
      <DataTable.Col source="employee.displayName" disableSort />
      <DataTable.Col source="purpose" field={() => <EnumField source="purpose" enumName="AssessmentPurpose" />} disableSort />
      <DataTable.Col source="assessor" disableSort />
      <DataTable.NumberCol source="potentialScore" disableSort />
    </DataTable>
  </List>
);

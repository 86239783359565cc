import { BulkActions } from '../common/actions';
import { AutocompleteInput, BooleanInput, DataTable, DateField, ExportButton, FilterButton, List, ReferenceInput, SearchInput, SelectInput, TopToolbar } from 'react-admin';
import { choices } from '../common/enums';
import { EnumField } from '../common/fields';
import { DaysField, FeedbackStatusField } from './fields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={choices('FeedbackStatus')} alwaysOn />,
  <BooleanInput key="overdue" source="overdue" alwaysOn />,
  <SelectInput key="category" source="category" choices={choices('FeedbackCategory')} />,
  <ReferenceInput key="unitId" source="unitId" reference="units">
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 260 }} />
  </ReferenceInput>,
];

export const FeedbackList = () => (
  <List
    filters={filters}
    actions={
      <TopToolbar>
        <FilterButton />
        <ExportButton maxResults={1000} />
      </TopToolbar>
    }
    sort={{ field: 'receivedAt', order: 'DESC' }}
  >
    <DataTable rowClick="show" bulkActionButtons={<BulkActions />}>
      <DataTable.Col source="trackingCode" disableSort />
      <DataTable.Col source="category" field={() => <EnumField source="category" enumName="FeedbackCategory" />} />
      <DataTable.Col source="status" field={FeedbackStatusField} />
      <DataTable.Col source="unit.name" disableSort />
      <DataTable.Col source="receivedAt" field={DateField} />
      <DataTable.Col source="daysTaken" disableSort field={DaysField} />
    </DataTable>
  </List>
);

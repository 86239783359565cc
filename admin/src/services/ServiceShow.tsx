import { BooleanField, DataTable, Pagination, ReferenceField, ReferenceManyField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { ShowActions } from '../common/actions';
import { EnumField, LocalDateField } from '../common/fields';

export const ServiceShow = () => (
  <Show actions={<ShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="asn.tabs.profile">
        <TextField source="name" />
        <ReferenceField source="unitId" reference="units" />
        <TextField source="description" emptyText="—" />
        <BooleanField source="active" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="asn.tabs.surveys" path="surveys">
        <ReferenceManyField reference="surveys" target="serviceId" label={false} pagination={<Pagination />} sort={{ field: 'periodStart', order: 'DESC' }}>
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="title" />
            <DataTable.Col source="periodStart" field={LocalDateField} />
            <DataTable.Col source="status" field={() => <EnumField source="status" enumName="SurveyStatus" />} />
            <DataTable.NumberCol source="responseCount" />
            <DataTable.NumberCol source="index.ikm" options={{ minimumFractionDigits: 2, maximumFractionDigits: 2 }} />
            <DataTable.Col source="index.grade" />
          </DataTable>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);

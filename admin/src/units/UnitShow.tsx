import { BooleanField, DataTable, NumberField, Pagination, ReferenceField, ReferenceManyField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/fields';
import { ShowActions } from '../common/actions';
import { UnitPerformanceTab } from './UnitPerformance';

export const UnitShow = () => (
  <Show actions={<ShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="asn.tabs.profile">
        <TextField source="code" />
        <TextField source="name" />
        <EnumField source="kind" enumName="OrgUnitKind" />
        <EnumField source="sector" enumName="Sector" />
        <ReferenceField source="parentId" reference="units" emptyText="—" />
        <NumberField source="employeeCount" />
        <NumberField source="populationServed" emptyText="—" />
        <TextField source="address" emptyText="—" />
        <BooleanField source="active" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="asn.tabs.sub_units" path="children">
        <ReferenceManyField reference="units" target="parentId" label={false} pagination={<Pagination />}>
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="name" />
            <DataTable.Col source="kind" field={() => <EnumField source="kind" enumName="OrgUnitKind" />} />
            <DataTable.NumberCol source="employeeCount" />
          </DataTable>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="asn.tabs.positions" path="positions">
        <ReferenceManyField reference="positions" target="unitId" label={false} pagination={<Pagination />}>
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="title" />
            <DataTable.Col source="kind" field={() => <EnumField source="kind" enumName="PositionKind" />} />
            <DataTable.NumberCol source="plannedHeadcount" />
            <DataTable.NumberCol source="holderCount" />
            <DataTable.NumberCol source="vacancies" />
          </DataTable>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="asn.tabs.employees" path="employees">
        <ReferenceManyField reference="employees" target="unitId" label={false} pagination={<Pagination />} sort={{ field: 'fullName', order: 'ASC' }}>
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="nip" />
            <DataTable.Col source="displayName" />
            <DataTable.Col source="currentPosition.title" />
            <DataTable.Col source="currentRank.rank.code" />
          </DataTable>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="asn.tabs.org_performance" path="performance">
        <UnitPerformanceTab />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);

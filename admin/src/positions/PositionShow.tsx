import { BooleanField, DataTable, NumberField, Pagination, ReferenceField, ReferenceManyField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/fields';
import { ShowActions } from '../common/actions';
import { PositionCandidates } from './PositionCandidates';
import { FormationCard } from './PositionFormation';
import { CompetencyStandardTab } from './PositionStandard';
import { PositionWorkload } from '../workforce/PositionWorkload';

export const PositionShow = () => (
  <Show actions={<ShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="asn.tabs.profile">
        <FormationCard />
        <TextField source="code" />
        <TextField source="title" />
        <EnumField source="kind" enumName="PositionKind" />
        <EnumField source="functionalLevel" enumName="FunctionalLevel" />
        <TextField source="functionalFamily" emptyText="—" />
        <BooleanField source="managerial" />
        <NumberField source="grade" />
        <ReferenceField source="unitId" reference="units" />
        <ReferenceField source="parentId" reference="positions" emptyText="—" />
        <TextField source="minEducation.name" label="resources.positions.fields.minEducation" emptyText="—" />
        <TextField source="minRank.code" label="resources.positions.fields.minRank" emptyText="—" />
        <BooleanField source="active" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="asn.tabs.employees" path="holders">
        <ReferenceManyField reference="employees" target="positionId" label={false} pagination={<Pagination />}>
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="nip" />
            <DataTable.Col source="displayName" />
            <DataTable.Col source="currentRank.rank.code" />
            <DataTable.NumberCol source="age" />
          </DataTable>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="asn.tabs.competency_standard" path="standard">
        <CompetencyStandardTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="asn.workforce.tab" path="abk">
        <PositionWorkload />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="asn.tabs.candidates" path="candidates">
        <PositionCandidates />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);

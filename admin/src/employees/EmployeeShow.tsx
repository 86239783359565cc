import { Alert } from '@mui/material';
import {
  ArrayField,
  DataTable,
  DeleteWithConfirmButton,
  FunctionField,
  NumberField,
  Show,
  TabbedShowLayout,
  TabbedShowLayoutTabs,
  TextField,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { EnumField, LocalDateField } from '../common/fields';
import { ShowActions } from '../common/actions';
import { PromotionTab } from './EmployeePromotion';
import { QualificationsTab } from './EmployeeQualifications';
import { Behaviour360Tab, CompetencyTab, PerformanceTab, TalentTab } from './EmployeePerformance';

const Actions = () => {
  const { permissions } = usePermissions<string>();
  return <ShowActions>{(permissions === 'SUPER_ADMIN' || permissions === 'GOV_ADMIN') && <DeleteWithConfirmButton mutationMode="pessimistic" />}</ShowActions>;
};

const PersonalDataNotice = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<string>();
  return permissions === 'ANALYST' ? <Alert severity="info">{translate('asn.personal_masked')}</Alert> : null;
};

export const EmployeeShow = () => (
  <Show actions={<Actions />}>
    {/* Many tabs: they scroll sideways on a tablet instead of being cut off. */}
    <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" sx={{ width: 0, minWidth: '100%' }} />}>
      <TabbedShowLayout.Tab label="asn.tabs.profile">
        <TextField source="nip" />
        <TextField source="displayName" />
        <EnumField source="asnType" enumName="AsnType" />
        <EnumField source="status" enumName="EmployeeStatus" />
        <EnumField source="sex" enumName="Sex" />
        <NumberField source="age" />
        <FunctionField source="currentRank" render={(r: { currentRank?: { rank: { code: string; name: string }; tmt: string } | null }) => (r.currentRank ? `${r.currentRank.rank.code} – ${r.currentRank.rank.name}` : '—')} />
        <TextField source="currentPosition.title" emptyText="—" />
        <TextField source="currentUnit.name" emptyText="—" />
        <FunctionField source="highestEducation" render={(r: { highestEducation?: { level: { name: string }; institution: string } | null }) => (r.highestEducation ? `${r.highestEducation.level.name}, ${r.highestEducation.institution}` : '—')} />
        <LocalDateField source="tmtCpns" emptyText="—" />
        <LocalDateField source="tmtPns" emptyText="—" />
        <LocalDateField source="contractStartDate" emptyText="—" />
        <LocalDateField source="contractEndDate" emptyText="—" />
        <TextField source="legacyNip" emptyText="—" />
        <TextField source="government.name" label="resources.employees.fields.government" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="asn.tabs.personal" path="personal">
        <PersonalDataNotice />
        <TextField source="birthPlace" emptyText="—" />
        <LocalDateField source="birthDate" emptyText="—" />
        <TextField source="nik" emptyText="—" />
        <TextField source="phone" emptyText="—" />
        <TextField source="email" emptyText="—" />
        <TextField source="address" emptyText="—" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="asn.tabs.promotion" path="promotion">
        <PromotionTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="asn.tabs.rank_history" path="ranks">
        <ArrayField source="rankHistory" label={false}>
          <DataTable bulkActionButtons={false}>
            <DataTable.Col source="tmt" label="resources.employees.fields.rankHistory.tmt" field={LocalDateField} />
            <DataTable.Col source="rank.code" label="resources.employees.fields.rankHistory.rank" render={(r: { rank: { code: string; name: string } }) => `${r.rank.code} – ${r.rank.name}`} />
            <DataTable.Col source="decreeNumber" label="resources.employees.fields.rankHistory.decreeNumber" />
            <DataTable.Col source="decreeDate" label="resources.employees.fields.rankHistory.decreeDate" field={LocalDateField} />
          </DataTable>
        </ArrayField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="asn.tabs.position_history" path="positions">
        <ArrayField source="positionHistory" label={false}>
          <DataTable bulkActionButtons={false}>
            <DataTable.Col source="startDate" label="resources.employees.fields.positionHistory.startDate" field={LocalDateField} />
            <DataTable.Col source="endDate" label="resources.employees.fields.positionHistory.endDate" field={LocalDateField} />
            <DataTable.Col source="position.title" label="resources.employees.fields.positionHistory.position" />
            <DataTable.Col source="unit.name" label="resources.employees.fields.positionHistory.unit" />
            <DataTable.Col source="decreeNumber" label="resources.employees.fields.positionHistory.decreeNumber" />
          </DataTable>
        </ArrayField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="asn.tabs.education_history" path="education">
        <ArrayField source="educationHistory" label={false}>
          <DataTable bulkActionButtons={false}>
            <DataTable.Col source="level.name" label="resources.employees.fields.educationHistory.level" />
            <DataTable.Col source="institution" label="resources.employees.fields.educationHistory.institution" />
            <DataTable.Col source="major" label="resources.employees.fields.educationHistory.major" />
            <DataTable.NumberCol source="graduationYear" label="resources.employees.fields.educationHistory.graduationYear" options={{ useGrouping: false }} />
          </DataTable>
        </ArrayField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="asn.tabs.qualifications" path="qualifications">
        <QualificationsTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="asn.tabs.competency" path="competency">
        <CompetencyTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="asn.tabs.performance" path="performance">
        <PerformanceTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="asn.tabs.behaviour360" path="behaviour360">
        <Behaviour360Tab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="asn.tabs.talent" path="talent">
        <TalentTab />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);

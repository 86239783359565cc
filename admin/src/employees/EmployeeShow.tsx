import { Alert } from '@mui/material';
import {
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
import { AuditLinkButton } from '../audit/AuditLinkButton';
import { EnumField, LocalDateField } from '../common/fields';
import { ShowActions } from '../common/actions';
import { EducationHistoryTab, PositionHistoryTab, RankHistoryTab } from './EmployeeHistory';
import { PromotionTab } from './EmployeePromotion';
import { QualificationsTab } from './EmployeeQualifications';
import { Behaviour360Tab } from './EmployeeBehaviour360';
import { CompetencyTab } from './EmployeeCompetency';
import { PerformanceTab } from './EmployeePerformance';
import { TalentTab } from './EmployeeTalent';
import { DocumentsTab } from '../documents/DocumentsTab';

const Actions = () => {
  const { permissions } = usePermissions<string>();
  return (
    <ShowActions>
      <AuditLinkButton entityName="Employee" />
      {(permissions === 'SUPER_ADMIN' || permissions === 'GOV_ADMIN') && <DeleteWithConfirmButton mutationMode="pessimistic" />}
    </ShowActions>
  );
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
        <RankHistoryTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="asn.tabs.position_history" path="positions">
        <PositionHistoryTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="asn.tabs.education_history" path="education">
        <EducationHistoryTab />
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
      <TabbedShowLayout.Tab label="asn.documents.tab" path="documents">
        <DocumentsTab />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);

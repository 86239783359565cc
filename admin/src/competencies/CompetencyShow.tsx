import { Typography } from '@mui/material';
import { DataTable, EditButton, Labeled, Show, SimpleShowLayout, TextField, TopToolbar, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { EnumField } from '../common/fields';
import { RowsTable } from '../common/RowsTable';
import { canEditCompetency } from './index';

interface CompetencyRecord {
  id: string;
  levelDescriptions: string[];
  government?: { id: string; name: string } | null;
}

const Actions = () => {
  const { permissions } = usePermissions<string>();
  const record = useRecordContext<CompetencyRecord>();
  return <TopToolbar>{canEditCompetency(permissions, record) && <EditButton />}</TopToolbar>;
};

/** What each level 1-5 means. */
type Level = { id: number; description: string };
const LevelCol = DataTable.Col<Level>;

const Levels = () => {
  const record = useRecordContext<CompetencyRecord>();
  if (!record) return null;
  return (
    <Labeled label="resources.competencies.fields.levelDescriptions" fullWidth>
      <RowsTable<Level> rows={record.levelDescriptions.map((description, i) => ({ id: i + 1, description }))} resource="competencyLevels" hover={false}>
        <LevelCol label="resources.competencies.level" sx={{ width: 80 }} render={(l) => l.id} />
        <LevelCol label="resources.competencies.level_meaning" render={(l) => l.description} />
      </RowsTable>
    </Labeled>
  );
};

const Owner = () => {
  const translate = useTranslate();
  const record = useRecordContext<CompetencyRecord>();
  return <Typography variant="body2">{record?.government?.name ?? translate('resources.competencies.national')}</Typography>;
};

export const CompetencyShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <EnumField source="kind" enumName="CompetencyKind" />
      <Labeled source="government">
        <Owner />
      </Labeled>
      <TextField source="description" />
      <Levels />
      <TextField source="legalBasis" />
    </SimpleShowLayout>
  </Show>
);

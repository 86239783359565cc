import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { EditButton, Labeled, Show, SimpleShowLayout, TextField, TopToolbar, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { EnumField } from '../common/fields';
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
const Levels = () => {
  const translate = useTranslate();
  const record = useRecordContext<CompetencyRecord>();
  if (!record) return null;
  return (
    <Labeled label="resources.competencies.fields.levelDescriptions" fullWidth>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 80 }}>{translate('resources.competencies.level')}</TableCell>
            <TableCell>{translate('resources.competencies.level_meaning')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {record.levelDescriptions.map((d, i) => (
            <TableRow key={i}>
              <TableCell>{i + 1}</TableCell>
              <TableCell>{d}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
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

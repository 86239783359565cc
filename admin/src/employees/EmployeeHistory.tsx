// The history tabs (riwayat pangkat, jabatan, pendidikan): read by everyone who sees the employee,
// added to, corrected and deleted by administrators.
import AddIcon from '@mui/icons-material/Add';
import { Box, Stack } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { ArrayField, Button, DataTable, useRecordContext, useTranslate } from 'react-admin';
import { SCROLL_SX } from '../common/ScrollBox';
import { DeleteEntryButton, EditEntryButton } from '../common/EntryButtons';
import { LocalDateField } from '../common/fields';
import { useCanWrite } from '../common/permissions';
import { request } from '../dataProvider/client';
import { EmployeeEducationDeleteDocument, EmployeePlacementDeleteDocument, EmployeeRankDeleteDocument, type EmployeeDetailFragment } from '../gql/graphql';
import { EducationForm, PlacementForm, RankForm, type EducationEntry, type PlacementEntry, type RankEntry } from './HistoryForms';

/** Which dialog is open: adding (no entry) or correcting one entry. */
type Editing<E> = { entry?: E } | null;

const AddButton = ({ onClick }: { onClick: () => void }) => (
  <Stack direction="row" sx={{ justifyContent: 'flex-end', mb: 1 }}>
    <Button label="asn.actions.add" onClick={onClick} startIcon={<AddIcon />} variant="outlined" />
  </Stack>
);

/** Tables keep their columns and scroll sideways on a narrow screen. */
const Scroll = ({ children }: { children: ReactNode }) => <Box sx={{ ...SCROLL_SX, '& table': { minWidth: 640 } }}>{children}</Box>;

export const RankHistoryTab = () => {
  const record = useRecordContext<EmployeeDetailFragment>();
  const translate = useTranslate();
  const write = useCanWrite();
  const [editing, setEditing] = useState<Editing<RankEntry>>(null);
  if (!record) return null;
  return (
    <Box>
      {write && <AddButton onClick={() => setEditing({})} />}
      <Scroll>
        <ArrayField source="rankHistory" label={false}>
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="tmt" label="resources.employees.fields.rankHistory.tmt" field={LocalDateField} />
            <DataTable.Col source="rank.code" label="resources.employees.fields.rankHistory.rank" render={(r: RankEntry) => `${r.rank.code} – ${r.rank.name}`} />
            <DataTable.Col source="decreeNumber" label="resources.employees.fields.rankHistory.decreeNumber" />
            <DataTable.Col source="decreeDate" label="resources.employees.fields.rankHistory.decreeDate" field={LocalDateField} />
            {write && (
              <DataTable.Col
                label="asn.actions.actions"
                align="right"
                render={(r: RankEntry) => (
                  <Box sx={{ whiteSpace: 'nowrap' }}>
                    <EditEntryButton onClick={() => setEditing({ entry: r })} />
                    <DeleteEntryButton what={`${translate('resources.employees.fields.rankHistory.rank')} ${r.rank.code}`} remove={() => request(EmployeeRankDeleteDocument, { id: r.id, version: r.version })} />
                  </Box>
                )}
              />
            )}
          </DataTable>
        </ArrayField>
      </Scroll>
      <RankForm
        key={editing?.entry?.id ?? 'new'}
        employeeId={record.id}
        scheme={record.asnType === 'PNS' ? 'PNS' : 'PPPK'}
        entry={editing?.entry}
        open={!!editing}
        onClose={() => setEditing(null)}
      />
    </Box>
  );
};

export const PositionHistoryTab = () => {
  const record = useRecordContext<EmployeeDetailFragment>();
  const write = useCanWrite();
  const [editing, setEditing] = useState<Editing<PlacementEntry>>(null);
  if (!record) return null;
  return (
    <Box>
      {write && <AddButton onClick={() => setEditing({})} />}
      <Scroll>
        <ArrayField source="positionHistory" label={false}>
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="startDate" label="resources.employees.fields.positionHistory.startDate" field={LocalDateField} />
            <DataTable.Col source="endDate" label="resources.employees.fields.positionHistory.endDate" field={LocalDateField} />
            <DataTable.Col source="position.title" label="resources.employees.fields.positionHistory.position" />
            <DataTable.Col source="unit.name" label="resources.employees.fields.positionHistory.unit" />
            <DataTable.Col source="decreeNumber" label="resources.employees.fields.positionHistory.decreeNumber" />
            {write && (
              <DataTable.Col
                label="asn.actions.actions"
                align="right"
                render={(r: PlacementEntry) => (
                  <Box sx={{ whiteSpace: 'nowrap' }}>
                    <EditEntryButton onClick={() => setEditing({ entry: r })} />
                    <DeleteEntryButton what={r.position.title} remove={() => request(EmployeePlacementDeleteDocument, { id: r.id, version: r.version })} />
                  </Box>
                )}
              />
            )}
          </DataTable>
        </ArrayField>
      </Scroll>
      <PlacementForm key={editing?.entry?.id ?? 'new'} employeeId={record.id} entry={editing?.entry} open={!!editing} onClose={() => setEditing(null)} />
    </Box>
  );
};

export const EducationHistoryTab = () => {
  const record = useRecordContext<EmployeeDetailFragment>();
  const write = useCanWrite();
  const [editing, setEditing] = useState<Editing<EducationEntry>>(null);
  if (!record) return null;
  return (
    <Box>
      {write && <AddButton onClick={() => setEditing({})} />}
      <Scroll>
        <ArrayField source="educationHistory" label={false}>
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="level.name" label="resources.employees.fields.educationHistory.level" />
            <DataTable.Col source="institution" label="resources.employees.fields.educationHistory.institution" />
            <DataTable.Col source="major" label="resources.employees.fields.educationHistory.major" />
            <DataTable.NumberCol source="graduationYear" label="resources.employees.fields.educationHistory.graduationYear" options={{ useGrouping: false }} />
            <DataTable.Col source="diplomaNumber" label="resources.employees.fields.educationHistory.diplomaNumber" />
            {write && (
              <DataTable.Col
                label="asn.actions.actions"
                align="right"
                render={(r: EducationEntry) => (
                  <Box sx={{ whiteSpace: 'nowrap' }}>
                    <EditEntryButton onClick={() => setEditing({ entry: r })} />
                    <DeleteEntryButton what={`${r.level.name}, ${r.institution}`} remove={() => request(EmployeeEducationDeleteDocument, { id: r.id, version: r.version })} />
                  </Box>
                )}
              />
            )}
          </DataTable>
        </ArrayField>
      </Scroll>
      <EducationForm key={editing?.entry?.id ?? 'new'} employeeId={record.id} entry={editing?.entry} open={!!editing} onClose={() => setEditing(null)} />
    </Box>
  );
};

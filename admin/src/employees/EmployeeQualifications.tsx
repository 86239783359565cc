// Tab "Kualifikasi & disiplin": passed service exams (ujian dinas, UKPPI), leadership training
// (PKP, PKA, PKN) and disciplinary sanctions, the facts the promotion and appointment rules read.
// Administrators add, correct (the same dialog, prefilled; the version read is sent) and delete them
// (QualificationForms.tsx); sanctions are personal data (null for other roles).
import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Button, DataTable, useRecordContext, useTranslate } from 'react-admin';
import { DeleteEntryButton, EditEntryButton } from '../common/EntryButtons';
import { LocalDate } from '../common/fields';
import { useCanWrite } from '../common/permissions';
import { RowsTable } from '../common/RowsTable';
import { ScrollBox } from '../common/ScrollBox';
import { request } from '../dataProvider/client';
import { EmployeeQualificationDeleteDocument, EmployeeQualificationsDocument, EmployeeSanctionDeleteDocument } from '../gql/graphql';
import { QualificationForm, SanctionForm, type QualificationEntry, type SanctionEntry } from './QualificationForms';

type DialogState = { kind: 'qualification'; entry?: QualificationEntry } | { kind: 'sanction'; entry?: SanctionEntry } | null;
const QCol = DataTable.Col<QualificationEntry>;
const SCol = DataTable.Col<SanctionEntry>;
const rowActions = { align: 'right', cellSx: () => ({ whiteSpace: 'nowrap' }) } as const;

const Section = ({ title, onAdd, children }: { title: string; onAdd?: () => void; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" component="h2">
            {translate(title)}
          </Typography>
          {onAdd && <Button label="asn.actions.add" onClick={onAdd} startIcon={<AddIcon />} variant="outlined" />}
        </Stack>
        {children}
      </CardContent>
    </Card>
  );
};

const Qualifications = ({ rows, write, onEdit }: { rows: QualificationEntry[]; write: boolean; onEdit: (q: QualificationEntry) => void }) => {
  const translate = useTranslate();
  const kind = (q: QualificationEntry) => translate(`asn.enums.QualificationKind.${q.kind}`);
  if (!rows.length) return <Typography color="text.secondary">{translate('asn.qualifications.none')}</Typography>;
  return (
    <ScrollBox>
      <RowsTable<QualificationEntry> rows={rows} resource="qualifications" hover={false} sx={{ '& .RaDataTable-table': { minWidth: 520 } }} data-testid="qualifications">
        <QCol label="asn.qualifications.kind" render={kind} />
        <QCol label="asn.qualifications.passedOn" render={(q) => <LocalDate value={q.passedOn} />} />
        <QCol label="asn.qualifications.certificateNumber" render={(q) => q.certificateNumber ?? '—'} />
        {write && (
          <QCol
            label={false}
            {...rowActions}
            render={(q) => (
              <>
                <EditEntryButton onClick={() => onEdit(q)} />
                <DeleteEntryButton what={kind(q)} remove={() => request(EmployeeQualificationDeleteDocument, { id: q.id, version: q.version })} />
              </>
            )}
          />
        )}
      </RowsTable>
    </ScrollBox>
  );
};

const Sanctions = ({ rows, write, onEdit }: { rows: SanctionEntry[]; write: boolean; onEdit: (s: SanctionEntry) => void }) => {
  const translate = useTranslate();
  if (!rows.length) return <Typography color="text.secondary">{translate('asn.sanctions.none')}</Typography>;
  return (
    <ScrollBox>
      <RowsTable<SanctionEntry> rows={rows} resource="sanctions" hover={false} sx={{ '& .RaDataTable-table': { minWidth: 720 } }} data-testid="sanctions">
        <SCol label="asn.sanctions.level" render={(s) => translate(`asn.enums.SanctionLevel.${s.level}`)} />
        <SCol label="asn.sanctions.description" render={(s) => s.description} />
        <SCol
          label="asn.sanctions.period"
          cellSx={() => ({ whiteSpace: 'nowrap' })}
          render={(s) => (
            <>
              <LocalDate value={s.startDate} /> – {s.endDate ? <LocalDate value={s.endDate} /> : translate('asn.sanctions.open_ended')}
            </>
          )}
        />
        <SCol label="asn.sanctions.barsPromotion" render={(s) => (s.barsPromotion ? <Chip size="small" color="warning" label={translate('asn.common.yes')} /> : translate('asn.common.no'))} />
        <SCol label="asn.sanctions.decreeNumber" render={(s) => s.decreeNumber ?? '—'} />
        {write && (
          <SCol
            label={false}
            {...rowActions}
            render={(s) => (
              <>
                <EditEntryButton onClick={() => onEdit(s)} />
                <DeleteEntryButton what={s.description} remove={() => request(EmployeeSanctionDeleteDocument, { id: s.id, version: s.version })} />
              </>
            )}
          />
        )}
      </RowsTable>
    </ScrollBox>
  );
};

export const QualificationsTab = () => {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string }>();
  const write = useCanWrite();
  const [dialog, setDialog] = useState<DialogState>(null);
  const { data, error, isPending } = useQuery({ enabled: !!record, queryKey: ['qualifications', record?.id], queryFn: () => request(EmployeeQualificationsDocument, { id: record!.id }) });
  if (!record) return null;
  if (isPending) return <Typography>…</Typography>;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  const { qualifications, sanctions } = data.employee;
  const close = () => setDialog(null);
  return (
    <Stack spacing={2} sx={{ maxWidth: 1200 }}>
      <Section title="asn.qualifications.title" onAdd={write ? () => setDialog({ kind: 'qualification' }) : undefined}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('asn.qualifications.hint')}
        </Typography>
        <Qualifications rows={qualifications ?? []} write={write} onEdit={(entry) => setDialog({ kind: 'qualification', entry })} />
      </Section>
      <Section title="asn.sanctions.title" onAdd={write && sanctions ? () => setDialog({ kind: 'sanction' }) : undefined}>
        {sanctions === null ? <Alert severity="info">{translate('asn.sanctions.hidden')}</Alert> : <Sanctions rows={sanctions} write={write} onEdit={(entry) => setDialog({ kind: 'sanction', entry })} />}
      </Section>
      <Box>
        <QualificationForm employeeId={record.id} entry={dialog?.kind === 'qualification' ? dialog.entry : undefined} open={dialog?.kind === 'qualification'} onClose={close} />
        <SanctionForm employeeId={record.id} entry={dialog?.kind === 'sanction' ? dialog.entry : undefined} open={dialog?.kind === 'sanction'} onClose={close} />
      </Box>
    </Stack>
  );
};

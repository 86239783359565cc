// Tab "Kualifikasi & disiplin": passed service exams (ujian dinas, UKPPI), leadership training
// (PKP, PKA, PKN) and disciplinary sanctions, the facts the promotion and appointment rules read.
// Administrators add, correct (the same dialog, prefilled; the version read is sent) and delete them; sanctions are personal data (null for other roles).
import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { BooleanInput, Button, DateInput, SelectInput, TextInput, maxLength, required, useRecordContext, useTranslate } from 'react-admin';
import { ScrollBox } from '../common/ConditionTable';
import { DialogForm } from '../common/DialogForm';
import { DeleteEntryButton, EditEntryButton } from '../common/EntryButtons';
import { choices } from '../common/enums';
import { LocalDate } from '../common/fields';
import { useCanWrite } from '../common/permissions';
import { blankToNull, changes } from '../dataProvider/adapter';
import { request } from '../dataProvider/client';
import {
  EmployeeQualificationAddDocument,
  EmployeeQualificationDeleteDocument,
  EmployeeQualificationUpdateDocument,
  EmployeeQualificationsDocument,
  EmployeeSanctionAddDocument,
  EmployeeSanctionDeleteDocument,
  EmployeeSanctionUpdateDocument,
  type AddQualificationInput,
  type AddSanctionInput,
  type EmployeeQualificationsQuery,
  type UpdateQualificationInput,
  type UpdateSanctionInput,
} from '../gql/graphql';

const QUALIFICATION_FIELDS = ['kind', 'passedOn', 'certificateNumber'] as const;
const SANCTION_FIELDS = ['level', 'description', 'startDate', 'endDate', 'barsPromotion', 'decreeNumber'] as const;
/** What a correction may change: the kind of a qualification is fixed. */
const QUALIFICATION_UPDATE_FIELDS = ['passedOn', 'certificateNumber'] as const;

type QualificationEntry = NonNullable<EmployeeQualificationsQuery['employee']['qualifications']>[number];
type SanctionEntry = NonNullable<EmployeeQualificationsQuery['employee']['sanctions']>[number];
type DialogState = { kind: 'qualification'; entry?: QualificationEntry } | { kind: 'sanction'; entry?: SanctionEntry } | null;

const Header = ({ title, onAdd }: { title: string; onAdd?: () => void }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
      <Typography variant="h6" component="h2">
        {translate(title)}
      </Typography>
      {onAdd && <Button label="asn.actions.add" onClick={onAdd} startIcon={<AddIcon />} variant="outlined" />}
    </Stack>
  );
};

function valuesOf(values: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, blankToNull(values[k])]).filter(([, v]) => v !== null && v !== undefined));
}

export const QualificationsTab = () => {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string }>();
  const write = useCanWrite();
  const [dialog, setDialog] = useState<DialogState>(null);
  const { data, error, isPending } = useQuery({ enabled: !!record, queryKey: ['qualifications', record?.id], queryFn: () => request(EmployeeQualificationsDocument, { id: record!.id }) });
  if (!record) return null;
  if (isPending) return <Typography>…</Typography>;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  const { sanctions } = data.employee;
  const qualifications = data.employee.qualifications ?? [];

  const editedQualification = dialog?.kind === 'qualification' ? dialog.entry : undefined;
  const editedSanction = dialog?.kind === 'sanction' ? dialog.entry : undefined;
  const saveQualification = (values: Record<string, unknown>) =>
    editedQualification
      ? request(EmployeeQualificationUpdateDocument, { id: editedQualification.id, input: changes(values, editedQualification, QUALIFICATION_UPDATE_FIELDS) as unknown as UpdateQualificationInput })
      : request(EmployeeQualificationAddDocument, { input: { ...valuesOf(values, QUALIFICATION_FIELDS), employeeId: record.id } as AddQualificationInput });
  const saveSanction = (values: Record<string, unknown>) =>
    editedSanction
      ? request(EmployeeSanctionUpdateDocument, { id: editedSanction.id, input: changes({ ...values, barsPromotion: !!values.barsPromotion }, editedSanction, SANCTION_FIELDS) as unknown as UpdateSanctionInput })
      : request(EmployeeSanctionAddDocument, { input: { ...valuesOf(values, SANCTION_FIELDS), barsPromotion: !!values.barsPromotion, employeeId: record.id } as AddSanctionInput });

  return (
    <Stack spacing={2} sx={{ maxWidth: 1200 }}>
      <Card variant="outlined">
        <CardContent>
          <Header title="asn.qualifications.title" onAdd={write ? () => setDialog({ kind: 'qualification' }) : undefined} />
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('asn.qualifications.hint')}
          </Typography>
          {qualifications.length === 0 ? (
            <Typography color="text.secondary">{translate('asn.qualifications.none')}</Typography>
          ) : (
            <ScrollBox>
              <Table size="small" sx={{ minWidth: 520 }} data-testid="qualifications">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('asn.qualifications.kind')}</TableCell>
                    <TableCell>{translate('asn.qualifications.passedOn')}</TableCell>
                    <TableCell>{translate('asn.qualifications.certificateNumber')}</TableCell>
                    {write && <TableCell />}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {qualifications.map((q) => (
                    <TableRow key={q.id}>
                      <TableCell>{translate(`asn.enums.QualificationKind.${q.kind}`)}</TableCell>
                      <TableCell>
                        <LocalDate value={q.passedOn} />
                      </TableCell>
                      <TableCell>{q.certificateNumber ?? '—'}</TableCell>
                      {write && (
                        <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                          <EditEntryButton onClick={() => setDialog({ kind: 'qualification', entry: q })} />
                          <DeleteEntryButton what={translate(`asn.enums.QualificationKind.${q.kind}`)} remove={() => request(EmployeeQualificationDeleteDocument, { id: q.id, version: q.version })} />
                        </TableCell>
                      )}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ScrollBox>
          )}
        </CardContent>
      </Card>

      <Card variant="outlined">
        <CardContent>
          <Header title="asn.sanctions.title" onAdd={write && sanctions ? () => setDialog({ kind: 'sanction' }) : undefined} />
          {sanctions === null ? (
            <Alert severity="info">{translate('asn.sanctions.hidden')}</Alert>
          ) : sanctions.length === 0 ? (
            <Typography color="text.secondary">{translate('asn.sanctions.none')}</Typography>
          ) : (
            <ScrollBox>
              <Table size="small" sx={{ minWidth: 720 }} data-testid="sanctions">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('asn.sanctions.level')}</TableCell>
                    <TableCell>{translate('asn.sanctions.description')}</TableCell>
                    <TableCell>{translate('asn.sanctions.period')}</TableCell>
                    <TableCell>{translate('asn.sanctions.barsPromotion')}</TableCell>
                    <TableCell>{translate('asn.sanctions.decreeNumber')}</TableCell>
                    {write && <TableCell />}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {sanctions.map((s) => (
                    <TableRow key={s.id}>
                      <TableCell>{translate(`asn.enums.SanctionLevel.${s.level}`)}</TableCell>
                      <TableCell>{s.description}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        <LocalDate value={s.startDate} /> – {s.endDate ? <LocalDate value={s.endDate} /> : translate('asn.sanctions.open_ended')}
                      </TableCell>
                      <TableCell>{s.barsPromotion ? <Chip size="small" color="warning" label={translate('asn.common.yes')} /> : translate('asn.common.no')}</TableCell>
                      <TableCell>{s.decreeNumber ?? '—'}</TableCell>
                      {write && (
                        <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                          <EditEntryButton onClick={() => setDialog({ kind: 'sanction', entry: s })} />
                          <DeleteEntryButton what={s.description} remove={() => request(EmployeeSanctionDeleteDocument, { id: s.id, version: s.version })} />
                        </TableCell>
                      )}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ScrollBox>
          )}
        </CardContent>
      </Card>

      <DialogForm
        open={dialog?.kind === 'qualification'}
        title={translate(editedQualification ? 'asn.qualifications.edit' : 'asn.qualifications.add')}
        record={editedQualification}
        fields={QUALIFICATION_FIELDS}
        onClose={() => setDialog(null)}
        onSubmit={saveQualification}
      >
        <SelectInput
          source="kind"
          label="asn.qualifications.kind"
          choices={choices('QualificationKind')}
          validate={required()}
          disabled={!!editedQualification}
          helperText={editedQualification ? 'asn.qualifications.kind_fixed' : undefined}
          fullWidth
        />
        <DateInput source="passedOn" label="asn.qualifications.passedOn" validate={required()} fullWidth helperText="asn.qualifications.passedOn_hint" />
        <TextInput source="certificateNumber" label="asn.qualifications.certificateNumber" validate={maxLength(100)} fullWidth />
      </DialogForm>

      <DialogForm
        open={dialog?.kind === 'sanction'}
        title={translate(editedSanction ? 'asn.sanctions.edit' : 'asn.sanctions.add')}
        record={editedSanction ?? { barsPromotion: false }}
        fields={SANCTION_FIELDS}
        onClose={() => setDialog(null)}
        onSubmit={saveSanction}
      >
        <SelectInput source="level" label="asn.sanctions.level" choices={choices('SanctionLevel')} validate={required()} fullWidth />
        <TextInput source="description" label="asn.sanctions.description" validate={[required(), maxLength(300)]} multiline fullWidth helperText="asn.sanctions.description_hint" />
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          <DateInput source="startDate" label="asn.sanctions.startDate" validate={required()} />
          <DateInput source="endDate" label="asn.sanctions.endDate" helperText="asn.sanctions.endDate_hint" />
        </Box>
        <BooleanInput source="barsPromotion" label="asn.sanctions.barsPromotion" helperText="asn.sanctions.barsPromotion_hint" />
        <TextInput source="decreeNumber" label="asn.sanctions.decreeNumber" validate={maxLength(100)} fullWidth />
      </DialogForm>
    </Stack>
  );
};

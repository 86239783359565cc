// Parts of the position page: holders against the formasi, and the competency standard (which
// administrators edit: a level per competency, add one, remove one).
import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Card, CardContent, Chip, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AutocompleteInput, Button, SelectInput, required, useRecordContext, useTranslate } from 'react-admin';
import { ScrollBox } from '../common/ConditionTable';
import { DialogForm } from '../common/DialogForm';
import { DeleteEntryButton, EditEntryButton } from '../common/EntryButtons';
import { useCanWrite } from '../common/permissions';
import { request } from '../dataProvider/client';
import {
  CompetenciesDocument,
  PositionCompetencyRemoveDocument,
  PositionCompetencySetDocument,
  PositionCompetencyStandardDocument,
  type PositionCompetencyStandardQuery,
  type PositionItemFragment,
} from '../gql/graphql';

const Figure = ({ label, value, color }: { label: string; value: number; color?: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 110 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Typography variant="h5" component="div" color={color}>
        {value}
      </Typography>
    </Box>
  );
};

/** Bezetting against formasi: planned headcount, current holders, vacancies (or excess). */
export const FormationCard = () => {
  const translate = useTranslate();
  const p = useRecordContext<PositionItemFragment>();
  if (!p) return null;
  const filled = p.plannedHeadcount > 0 ? Math.min(100, (p.holderCount / p.plannedHeadcount) * 100) : p.holderCount > 0 ? 100 : 0;
  const status = p.vacancies > 0 ? 'vacant' : p.vacancies < 0 ? 'over' : 'full';
  return (
    <Card variant="outlined" sx={{ mb: 2, maxWidth: 720 }} data-testid="formation">
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('asn.formation.title')}
        </Typography>
        <Stack direction="row" spacing={{ xs: 2, sm: 4 }} sx={{ mt: 1, flexWrap: 'wrap' }} useFlexGap>
          <Figure label="resources.positions.fields.plannedHeadcount" value={p.plannedHeadcount} />
          <Figure label="resources.positions.fields.holderCount" value={p.holderCount} />
          <Figure label={p.vacancies < 0 ? 'asn.formation.excess' : 'resources.positions.fields.vacancies'} value={Math.abs(p.vacancies)} color={p.vacancies > 0 ? 'warning.main' : p.vacancies < 0 ? 'error.main' : undefined} />
        </Stack>
        <LinearProgress variant="determinate" value={filled} color={status === 'over' ? 'error' : status === 'vacant' ? 'warning' : 'success'} sx={{ mt: 2, height: 8, borderRadius: 4 }} aria-label={translate('asn.formation.title')} />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate(`asn.formation.${status}`, { smart_count: Math.abs(p.vacancies) })}
        </Typography>
      </CardContent>
    </Card>
  );
};

const LEVELS = [1, 2, 3, 4, 5].map((l) => ({ id: l, name: String(l) }));
const STANDARD_FIELDS = ['competencyId', 'requiredLevel'] as const;

type StandardRow = PositionCompetencyStandardQuery['position']['competencyStandard'][number];

/** Sets the level of one competency (a row being changed, or a competency being added). */
const StandardForm = ({ positionId, entry, taken, open, onClose }: { positionId: string; entry?: StandardRow; taken: string[]; open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const { data } = useQuery({ enabled: open && !entry, queryKey: ['competencies'], queryFn: () => request(CompetenciesDocument, {}), staleTime: Infinity });
  const choices = (data?.competencies ?? []).filter((c) => !taken.includes(c.id)).map((c) => ({ id: c.id, name: `${c.code} ${c.name}` }));
  const submit = (values: Record<string, unknown>) =>
    request(PositionCompetencySetDocument, { positionId, competencyId: String(values.competencyId ?? ''), requiredLevel: Number(values.requiredLevel) });
  return (
    <DialogForm
      open={open}
      title={translate(entry ? 'asn.standard.edit_title' : 'asn.standard.add_title')}
      record={entry ? { id: entry.competency.id, competencyId: entry.competency.id, requiredLevel: entry.requiredLevel } : undefined}
      fields={STANDARD_FIELDS}
      onClose={onClose}
      onSubmit={submit}
    >
      {entry ? (
        <Typography sx={{ mb: 2 }} data-testid="standard-competency">
          {entry.competency.code} {entry.competency.name}
        </Typography>
      ) : (
        <AutocompleteInput source="competencyId" label="asn.standard.competency" choices={choices} validate={required()} fullWidth />
      )}
      <SelectInput source="requiredLevel" label="asn.standard.level" choices={LEVELS} translateChoice={false} validate={required()} helperText="asn.standard.level_hint" fullWidth />
    </DialogForm>
  );
};

/** Standar kompetensi jabatan: the level required for each competency (PermenPANRB 38/2017). */
export const CompetencyStandardTab = () => {
  const translate = useTranslate();
  const write = useCanWrite();
  const p = useRecordContext<{ id: string }>();
  const [dialog, setDialog] = useState<{ entry?: StandardRow } | null>(null);
  const { data, error, isPending } = useQuery({ enabled: !!p, queryKey: ['competencyStandard', p?.id], queryFn: () => request(PositionCompetencyStandardDocument, { id: p!.id }) });
  if (!p) return null;
  if (isPending) return <Typography>…</Typography>;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  const rows = data.position.competencyStandard;
  return (
    <Stack spacing={1} sx={{ maxWidth: 900 }}>
      {write && (
        <Box>
          <Button label="asn.standard.add" onClick={() => setDialog({})} startIcon={<AddIcon />} variant="outlined" />
        </Box>
      )}
      {!rows.length && <Typography color="text.secondary">{translate('asn.standard.none')}</Typography>}
      {rows.some((r) => r.isDefault) && (
        <Alert severity="info">
          {translate('asn.standard.default_hint')}
          {write && ` ${translate('asn.standard.remove_default_hint')}`}
        </Alert>
      )}
      {rows.length > 0 && (
        <ScrollBox>
          <Table size="small" sx={{ minWidth: 520 }} data-testid="competency-standard">
            <TableHead>
              <TableRow>
                <TableCell>{translate('asn.jpm.competency')}</TableCell>
                <TableCell>{translate('asn.standard.kind')}</TableCell>
                <TableCell align="right">{translate('asn.standard.level')}</TableCell>
                <TableCell />
                {write && <TableCell />}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.competency.id} data-competency={r.competency.code}>
                  <TableCell>
                    {r.competency.code} {r.competency.name}
                  </TableCell>
                  <TableCell>{translate(`asn.enums.CompetencyKind.${r.competency.kind}`)}</TableCell>
                  <TableCell align="right" data-testid="required-level">
                    {r.requiredLevel}
                  </TableCell>
                  <TableCell>{r.isDefault && <Chip size="small" variant="outlined" label={translate('asn.standard.default')} />}</TableCell>
                  {write && (
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      <EditEntryButton onClick={() => setDialog({ entry: r })} />
                      {!r.isDefault && (
                        <DeleteEntryButton what={`${r.competency.code} ${r.competency.name}`} remove={() => request(PositionCompetencyRemoveDocument, { positionId: p.id, competencyId: r.competency.id })} />
                      )}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollBox>
      )}
      {write && <StandardForm positionId={p.id} entry={dialog?.entry} taken={rows.map((r) => r.competency.id)} open={!!dialog} onClose={() => setDialog(null)} />}
    </Stack>
  );
};

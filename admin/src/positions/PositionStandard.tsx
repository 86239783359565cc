// Tab "Standar kompetensi": the level required for each competency; administrators change a level,
// add a competency and remove one (a default standard's rows cannot be removed one by one).
import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Chip, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AutocompleteInput, Button, DataTable, SelectInput, required, useRecordContext, useTranslate } from 'react-admin';
import { DialogForm } from '../common/DialogForm';
import { DeleteEntryButton, EditEntryButton } from '../common/EntryButtons';
import { useCanWrite } from '../common/permissions';
import { RowsTable, rowPropsBody } from '../common/RowsTable';
import { ScrollBox } from '../common/ScrollBox';
import { request } from '../dataProvider/client';
import {
  CompetenciesDocument,
  PositionCompetencyRemoveDocument,
  PositionCompetencySetDocument,
  PositionCompetencyStandardDocument,
  type PositionCompetencyStandardQuery,
} from '../gql/graphql';

const LEVELS = [1, 2, 3, 4, 5].map((l) => ({ id: l, name: String(l) }));
const STANDARD_FIELDS = ['competencyId', 'requiredLevel'] as const;

type StandardRow = PositionCompetencyStandardQuery['position']['competencyStandard'][number] & { id: string };
const Col = DataTable.Col<StandardRow>;
const StandardBody = rowPropsBody<StandardRow>((r) => ({ 'data-competency': r.competency.code }));

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
  const rows: StandardRow[] = data.position.competencyStandard.map((r) => ({ ...r, id: r.competency.id }));
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
          <RowsTable<StandardRow> rows={rows} resource="competencyStandard" hover={false} body={StandardBody} sx={{ '& .RaDataTable-table': { minWidth: 520 } }} data-testid="competency-standard">
            <Col label="asn.jpm.competency" render={(r) => `${r.competency.code} ${r.competency.name}`} />
            <Col label="asn.standard.kind" render={(r) => translate(`asn.enums.CompetencyKind.${r.competency.kind}`)} />
            <Col label="asn.standard.level" align="right" render={(r) => <span data-testid="required-level">{r.requiredLevel}</span>} />
            <Col label={false} render={(r) => r.isDefault && <Chip size="small" variant="outlined" label={translate('asn.standard.default')} />} />
            {write && (
              <Col
                label={false}
                align="right"
                cellSx={() => ({ whiteSpace: 'nowrap' })}
                render={(r) => (
                  <>
                    <EditEntryButton onClick={() => setDialog({ entry: r })} />
                    {!r.isDefault && (
                      <DeleteEntryButton what={`${r.competency.code} ${r.competency.name}`} remove={() => request(PositionCompetencyRemoveDocument, { positionId: p.id, competencyId: r.competency.id })} />
                    )}
                  </>
                )}
              />
            )}
          </RowsTable>
        </ScrollBox>
      )}
      {write && <StandardForm positionId={p.id} entry={dialog?.entry} taken={rows.map((r) => r.competency.id)} open={!!dialog} onClose={() => setDialog(null)} />}
    </Stack>
  );
};

// Tab "Kandidat": employees who could fill this position (ASN-RULES §8), ranked by merit score, with
// the requirements each one meets or fails and how the score is made, so the ranking can be explained.
// The list is the `positionCandidates` resource of the data provider, read through ReportListBase.
import { Box, Card, CardContent, Chip, FormControlLabel, Stack, Switch, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useState } from 'react';
import { useListContext, useRecordContext, useTranslate } from 'react-admin';
import { AsOfField, isAsOf } from '../common/AsOfField';
import { LegalBasis } from '../common/Reasons';
import { ReportError, ReportListBase } from '../common/ReportList';
import { UnitPicker, type UnitOption } from '../common/UnitPicker';
import type { CandidatesFilter, CandidatesMeta } from './candidates.adapter';
import { CandidateTable } from './CandidateTable';

const useMeta = () => useListContext().meta as CandidatesMeta | undefined;

/** Why the list is in this order: the formula, its weights and the legal basis. */
const Explanation = () => {
  const translate = useTranslate();
  const list = useMeta();
  if (!list) return null;
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('asn.candidates.how_ranked')}
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', my: 1 }}>
          {list.weights.map((w) => (
            <Chip key={w.code} variant="outlined" label={`${translate(`asn.candidates.weights.${w.code}`, { _: w.code })}: ${w.weight}`} />
          ))}
        </Stack>
        <Typography variant="body2" data-testid="score-formula">
          {translate('asn.candidates.formula')}: {list.scoreFormula}
        </Typography>
        <Box sx={{ mt: 1 }}>
          <LegalBasis value={list.legalBasis} />
        </Box>
      </CardContent>
    </Card>
  );
};

/** Qualified or not, with how many each (from the answer shown). */
const QualifiedToggle = ({ qualified, onChange }: { qualified: boolean; onChange: (qualified: boolean) => void }) => {
  const translate = useTranslate();
  const list = useMeta();
  return (
    <ToggleButtonGroup exclusive size="small" value={qualified ? 'yes' : 'no'} onChange={(_, v) => v && onChange(v === 'yes')} aria-label={translate('asn.candidates.title')}>
      <ToggleButton value="yes">
        {translate('asn.candidates.qualified')}
        {list ? ` (${list.qualifiedTotal})` : ''}
      </ToggleButton>
      <ToggleButton value="no">
        {translate('asn.candidates.not_qualified')}
        {list ? ` (${list.notQualifiedTotal})` : ''}
      </ToggleButton>
    </ToggleButtonGroup>
  );
};

const Hint = ({ qualified }: { qualified: boolean }) => {
  const translate = useTranslate();
  const list = useMeta();
  if (!list) return null;
  return (
    <Typography variant="body2" color="text.secondary">
      {translate(qualified ? 'asn.candidates.qualified_hint' : 'asn.candidates.not_qualified_hint')} {translate('asn.candidates.vacancies', { smart_count: list.vacancies })}
    </Typography>
  );
};

export const PositionCandidates = () => {
  const translate = useTranslate();
  const position = useRecordContext<{ id: string; government?: { id: string } }>();
  const [qualified, setQualified] = useState(true);
  const [poolOnly, setPoolOnly] = useState(false);
  const [unit, setUnit] = useState<UnitOption | null>(null);
  const [asOf, setAsOf] = useState('');
  if (!position) return null;
  const filter: CandidatesFilter = { positionId: position.id, qualified, talentPoolOnly: poolOnly, unitId: unit?.id ?? null, asOf: asOf || null };
  return (
    <ReportListBase resource="positionCandidates" filter={filter} perPage={10} enabled={isAsOf(asOf)}>
      <Stack spacing={2}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ alignItems: { md: 'center' }, flexWrap: 'wrap' }}>
          <QualifiedToggle qualified={qualified} onChange={setQualified} />
          <FormControlLabel control={<Switch checked={poolOnly} onChange={(ev) => setPoolOnly(ev.target.checked)} />} label={translate('asn.candidates.pool_only')} />
          <UnitPicker value={unit} onChange={setUnit} label="asn.candidates.unit" governmentId={position.government?.id} />
          <AsOfField value={asOf} onChange={setAsOf} width={200} />
        </Stack>
        <ReportError />
        <Hint qualified={qualified} />
        <CandidateTable showFailed={!qualified} />
        <Explanation />
      </Stack>
    </ReportListBase>
  );
};

// The 9-box of a unit (and its sub-units) or of the whole government for a performance year; the
// box opened and the year are kept in the URL (?box=7&year=2025), so a link opens the same list.
import { Alert, Box, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { today, yearOf } from '@asn-merit/common';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Title, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { ReportScopeFields, useReportScope } from '../common/ReportScope';
import { request } from '../dataProvider/client';
import { TalentGridPageDocument } from '../gql/graphql';
import { TalentGrid } from './TalentGrid';
import { TalentMembers } from './TalentMembers';

export const TalentPage = () => {
  const translate = useTranslate();
  const reportScope = useReportScope();
  const [params, setParams] = useSearchParams();
  const thisYear = yearOf(today());
  const year = Number(params.get('year')) || thisYear - 1;
  const box = Number(params.get('box')) || null;
  const setParam = (key: string, value: string | null) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value == null) next.delete(key);
      else next.set(key, value);
      return next;
    });
  const scope = reportScope.args;
  const ready = !reportScope.choosesGovernment || !!reportScope.governmentId;
  // Nine counts, not a list: a plain query.
  const { data, error, isFetching } = useQuery({
    enabled: ready,
    queryKey: ['talentGrid', scope, year],
    queryFn: () => request(TalentGridPageDocument, { ...scope, year }),
    placeholderData: keepPreviousData,
  });
  const grid = data?.talentGrid;
  const placed = grid?.cells.reduce((sum, c) => sum + c.count, 0) ?? 0;

  return (
    <Card sx={{ mt: { xs: 1, sm: 2 } }}>
      <Title title="asn.talent.title" />
      <CardContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('asn.talent.description')}
        </Typography>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ alignItems: { md: 'flex-start' }, flexWrap: 'wrap', mb: 2 }}>
          <ReportScopeFields scope={reportScope} governmentLabel="asn.talent.government" unitLabel="asn.talent.unit" unitHint="asn.talent.unit_hint" />
          <TextField
            select
            size="small"
            label={translate('asn.talent.year')}
            value={year}
            onChange={(ev) => setParam('year', String(ev.target.value))}
            helperText={translate('asn.talent.year_hint')}
            slotProps={{ htmlInput: { name: 'year' } }}
            sx={{ width: { xs: '100%', sm: 220 } }}
          >
            {Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => (
              <MenuItem key={y} value={y}>
                {y}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        {error && <Alert severity="error">{error.message}</Alert>}
        {grid && (
          <Box sx={{ opacity: isFetching ? 0.6 : 1 }}>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate('asn.talent.placed', { smart_count: placed, year: grid.year })} · {translate('asn.talent.unplaced', { smart_count: grid.unplaced })}
            </Typography>
            <TalentGrid cells={grid.cells} box={box} onSelect={(b) => setParam('box', b == null ? null : String(b))} />
            {box ? (
              <TalentMembers box={box} cell={grid.cells.find((c) => c.box.box === box)} scope={scope} year={grid.year} />
            ) : (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
                {translate('asn.talent.pick_box')}
              </Typography>
            )}
          </Box>
        )}
      </CardContent>
    </Card>
  );
};

// The 9-box of a unit (and its sub-units) or of the whole government: performance across,
// potential up. Each box shows how many employees it holds and opens the list of them.
import { Alert, Box, ButtonBase, Card, CardContent, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, TextField, Typography } from '@mui/material';
import { alpha, useTheme } from '@mui/material/styles';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, Title, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { ScrollBox } from '../common/ConditionTable';
import { ReportScopeFields, useReportScope } from '../common/ReportScope';
import { request } from '../dataProvider/client';
import { TalentBoxPageDocument, TalentGridPageDocument, type TalentGridPageQuery } from '../gql/graphql';

type Cell = TalentGridPageQuery['talentGrid']['cells'][number];

// Rows top to bottom, columns left to right: the usual picture of the 9-box.
const POTENTIAL_ROWS = ['TINGGI', 'MENENGAH', 'RENDAH'] as const;
const PERFORMANCE_COLUMNS = ['DI_BAWAH', 'SESUAI', 'DI_ATAS'] as const;

/** How strong a box is (0 weakest .. 4 strongest): position on the diagonal. */
const strength = (cell: Cell) => PERFORMANCE_COLUMNS.indexOf(cell.box.performance as never) + (2 - POTENTIAL_ROWS.indexOf(cell.box.potential as never));

const BoxCell = ({ cell, total, selected, onSelect }: { cell: Cell; total: number; selected: boolean; onSelect: () => void }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const tone = [theme.palette.error.main, theme.palette.warning.main, theme.palette.info.main, theme.palette.success.light, theme.palette.success.main][strength(cell)];
  const share = total ? Math.round((cell.count / total) * 1000) / 10 : 0;
  return (
    <ButtonBase
      onClick={onSelect}
      aria-pressed={selected}
      aria-label={translate('asn.talent.box_aria', { box: cell.box.box, label: cell.box.label, smart_count: cell.count })}
      data-box={cell.box.box}
      sx={{
        display: 'block',
        textAlign: 'left',
        width: '100%',
        height: '100%',
        minHeight: { xs: 96, sm: 120 },
        p: 1.5,
        borderRadius: 1,
        border: 2,
        borderColor: selected ? theme.palette.primary.main : alpha(tone, 0.5),
        bgcolor: alpha(tone, theme.palette.mode === 'dark' ? 0.25 : 0.14),
        '&:hover': { bgcolor: alpha(tone, 0.3) },
      }}
    >
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'baseline' }}>
        <Typography variant="caption" color="text.secondary">
          {translate('asn.talent.box', { box: cell.box.box })}
        </Typography>
        <Typography variant="h5" component="span" className="box-count">
          {cell.count.toLocaleString('id-ID')}
        </Typography>
      </Stack>
      <Typography variant="subtitle2" sx={{ lineHeight: 1.2 }}>
        {cell.box.label}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {share.toLocaleString('id-ID')}%
      </Typography>
    </ButtonBase>
  );
};

const Members = ({ box, cell, scope, year }: { box: number; cell?: Cell; scope: { unitId: string | null; governmentId: string | null }; year: number }) => {
  const translate = useTranslate();
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  useEffect(() => setPage(0), [box, scope.unitId, scope.governmentId, year]);
  const { data, error, isFetching } = useQuery({
    queryKey: ['talentBox', box, scope, year, page, perPage],
    queryFn: () => request(TalentBoxPageDocument, { boxes: [box], ...scope, year, limit: perPage, offset: page * perPage }),
    placeholderData: keepPreviousData,
  });
  const members = data?.talentBoxMembers;
  return (
    <Box sx={{ mt: 3, opacity: isFetching ? 0.6 : 1 }} data-testid="talent-members">
      <Typography variant="h6">
        {translate('asn.talent.box', { box })} · {cell?.box.label}
      </Typography>
      {cell && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('asn.talent.actions')}: {cell.box.actions}
        </Typography>
      )}
      {error && <Alert severity="error">{error.message}</Alert>}
      {members && members.items.length === 0 && <Alert severity="info">{translate('asn.talent.empty_box')}</Alert>}
      {members && members.items.length > 0 && (
        <>
          <ScrollBox>
            <Table size="small" sx={{ minWidth: 720 }} aria-label={translate('asn.talent.members')}>
              <TableHead>
                <TableRow>
                  <TableCell>NIP</TableCell>
                  <TableCell>{translate('asn.talent.name')}</TableCell>
                  <TableCell>{translate('asn.talent.rank')}</TableCell>
                  <TableCell>{translate('asn.talent.position')}</TableCell>
                  <TableCell>{translate('asn.talent.unit')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {members.items.map((e) => (
                  <TableRow key={e.id} hover>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{e.nip}</TableCell>
                    <TableCell>
                      <Link to={`/employees/${e.id}/show`}>{e.displayName}</Link>
                    </TableCell>
                    <TableCell>{e.currentRank ? `${e.currentRank.rank.code} ${e.currentRank.rank.name}` : '—'}</TableCell>
                    <TableCell>{e.currentPosition?.title ?? '—'}</TableCell>
                    <TableCell>{e.currentUnit?.name ?? '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollBox>
          <TablePagination
            component="div"
            count={members.total}
            page={page}
            rowsPerPage={perPage}
            rowsPerPageOptions={[25, 50, 100]}
            onPageChange={(_, p) => setPage(p)}
            onRowsPerPageChange={(ev) => {
              setPerPage(Number(ev.target.value));
              setPage(0);
            }}
            labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
            labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
          />
        </>
      )}
    </Box>
  );
};

export const TalentPage = () => {
  const translate = useTranslate();
  const reportScope = useReportScope();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
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
  const { data, error, isFetching } = useQuery({
    enabled: ready,
    queryKey: ['talentGrid', scope, year],
    queryFn: () => request(TalentGridPageDocument, { ...scope, year }),
    placeholderData: keepPreviousData,
  });
  const grid = data?.talentGrid;
  const placed = grid?.cells.reduce((sum, c) => sum + c.count, 0) ?? 0;
  const cellAt = (potential: string, performance: string) => grid?.cells.find((c) => c.box.potential === potential && c.box.performance === performance);

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
            <Box
              role="grid"
              aria-label={translate('asn.talent.title')}
              sx={{ display: 'grid', gridTemplateColumns: { xs: '28px repeat(3, 1fr)', sm: '40px repeat(3, 1fr)' }, gap: 1, maxWidth: 900 }}
            >
              {POTENTIAL_ROWS.map((potential, r) => (
                <Box key={potential} role="row" sx={{ display: 'contents' }}>
                  <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
                    <Typography variant="caption" sx={{ writingMode: 'vertical-rl', transform: 'rotate(180deg)', whiteSpace: 'nowrap' }}>
                      {r === 1 ? `${translate('asn.talent.potential')} · ` : ''}
                      {translate(`asn.enums.PotentialLevel.${potential}`)}
                    </Typography>
                  </Box>
                  {PERFORMANCE_COLUMNS.map((performance) => {
                    const cell = cellAt(potential, performance);
                    return (
                      <Box key={performance} role="gridcell">
                        {cell && <BoxCell cell={cell} total={placed} selected={box === cell.box.box} onSelect={() => setParam('box', box === cell.box.box ? null : String(cell.box.box))} />}
                      </Box>
                    );
                  })}
                </Box>
              ))}
              <Box />
              {PERFORMANCE_COLUMNS.map((performance) => (
                <Typography key={performance} variant="caption" sx={{ textAlign: 'center' }}>
                  {translate(`asn.enums.Expectation.${performance}`)}
                </Typography>
              ))}
              <Box />
              <Typography variant="caption" color="text.secondary" sx={{ gridColumn: 'span 3', textAlign: 'center' }}>
                {translate('asn.talent.performance')} →
              </Typography>
            </Box>
            {box ? <Members box={box} cell={grid.cells.find((c) => c.box.box === box)} scope={scope} year={grid.year} /> : <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>{translate('asn.talent.pick_box')}</Typography>}
          </Box>
        )}
      </CardContent>
    </Card>
  );
};

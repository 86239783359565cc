// Tab "Kandidat": employees who could fill this position (ASN-RULES §8), ranked by merit score, with
// the requirements each one meets or fails and how the score is made, so the ranking can be explained.
import KeyboardArrowDownIcon from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUpIcon from '@mui/icons-material/KeyboardArrowUp';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  Collapse,
  FormControlLabel,
  IconButton,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import { ScrollBox } from '../common/ConditionTable';
import { UnitPicker, type UnitOption } from '../common/UnitPicker';
import { request } from '../dataProvider/client';
import { PositionCandidatesDocument, type PositionCandidatesQuery } from '../gql/graphql';
import { CandidateDetail, type Candidate } from './CandidateDetail';

type CandidateList = PositionCandidatesQuery['positionCandidates'];

/** Why the list is in this order: the formula, its weights and the legal basis. */
const Explanation = ({ list }: { list: CandidateList }) => {
  const translate = useTranslate();
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
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          {translate('asn.common.legal_basis')}: {list.legalBasis}
        </Typography>
      </CardContent>
    </Card>
  );
};

const CandidateRow = ({ candidate, rank, showFailed }: { candidate: Candidate; rank: number; showFailed: boolean }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const e = candidate.employee;
  const columns = showFailed ? 10 : 9;
  return (
    <Fragment>
      <TableRow hover sx={{ '& > td': { borderBottom: open ? 'unset' : undefined } }} data-testid="candidate-row">
        <TableCell padding="checkbox">
          <IconButton size="small" aria-label={translate(open ? 'asn.candidates.hide_detail' : 'asn.candidates.show_detail')} aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? <KeyboardArrowUpIcon /> : <KeyboardArrowDownIcon />}
          </IconButton>
        </TableCell>
        <TableCell align="right">{rank}</TableCell>
        <TableCell>
          <Link to={`/employees/${e.id}/show`}>{e.displayName}</Link>
          <Typography variant="caption" color="text.secondary" component="div">
            {e.nip}
          </Typography>
        </TableCell>
        <TableCell>{e.currentRank?.rank.code ?? '—'}</TableCell>
        <TableCell>
          {e.currentPosition?.title ?? '—'}
          <Typography variant="caption" color="text.secondary" component="div">
            {e.currentUnit?.name ?? ''}
          </Typography>
        </TableCell>
        <TableCell align="right">
          <strong>{candidate.score.toLocaleString('id-ID', { maximumFractionDigits: 2 })}</strong>
        </TableCell>
        <TableCell align="right">{candidate.jpm != null ? `${candidate.jpm.toLocaleString('id-ID', { maximumFractionDigits: 2 })}%` : '—'}</TableCell>
        <TableCell align="right">{candidate.talentBox ?? '—'}</TableCell>
        <TableCell>{candidate.latestPredikat ? translate(`asn.enums.Predikat.${candidate.latestPredikat}`) : '—'}</TableCell>
        {showFailed && (
          <TableCell>
            <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
              {candidate.failedRequirements.map((r) => (
                <Chip key={r.code} size="small" color="error" variant="outlined" label={translate(`asn.conditions.codes.${r.code}`, { _: r.code })} title={`${r.description}: ${r.actual} (${r.required})`} />
              ))}
            </Stack>
          </TableCell>
        )}
      </TableRow>
      <TableRow>
        <TableCell sx={{ py: 0 }} colSpan={columns}>
          <Collapse in={open} timeout="auto" unmountOnExit>
            <CandidateDetail candidate={candidate} />
          </Collapse>
        </TableCell>
      </TableRow>
    </Fragment>
  );
};

export const PositionCandidates = () => {
  const translate = useTranslate();
  const position = useRecordContext<{ id: string; government?: { id: string } }>();
  const [qualified, setQualified] = useState(true);
  const [poolOnly, setPoolOnly] = useState(false);
  const [unit, setUnit] = useState<UnitOption | null>(null);
  const [asOf, setAsOf] = useState('');
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(10);
  const validDate = asOf === '' || /^\d{4}-\d{2}-\d{2}$/.test(asOf);
  const { data, error, isPending, isFetching } = useQuery({
    enabled: !!position && validDate,
    queryKey: ['positionCandidates', position?.id, qualified, poolOnly, unit?.id, asOf, page, perPage],
    queryFn: () =>
      request(PositionCandidatesDocument, {
        positionId: position!.id,
        qualified,
        talentPoolOnly: poolOnly,
        unitId: unit?.id ?? null,
        asOf: asOf || null,
        limit: perPage,
        offset: page * perPage,
      }),
    placeholderData: keepPreviousData,
  });
  const list = data?.positionCandidates;
  const change = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(0);
  };

  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ alignItems: { md: 'center' }, flexWrap: 'wrap' }}>
        <ToggleButtonGroup exclusive size="small" value={qualified ? 'yes' : 'no'} onChange={(_, v) => v && change(setQualified)(v === 'yes')} aria-label={translate('asn.candidates.title')}>
          <ToggleButton value="yes">
            {translate('asn.candidates.qualified')}
            {list ? ` (${list.qualifiedTotal})` : ''}
          </ToggleButton>
          <ToggleButton value="no">
            {translate('asn.candidates.not_qualified')}
            {list ? ` (${list.notQualifiedTotal})` : ''}
          </ToggleButton>
        </ToggleButtonGroup>
        <FormControlLabel control={<Switch checked={poolOnly} onChange={(ev) => change(setPoolOnly)(ev.target.checked)} />} label={translate('asn.candidates.pool_only')} />
        <UnitPicker value={unit} onChange={change(setUnit)} label="asn.candidates.unit" governmentId={position?.government?.id} />
        <TextField
          type="date"
          size="small"
          label={translate('asn.common.as_of')}
          value={asOf}
          onChange={(ev) => change(setAsOf)(ev.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: { xs: '100%', sm: 200 } }}
        />
      </Stack>
      {error && <Alert severity="error">{error.message}</Alert>}
      {isPending && !error && <Typography>…</Typography>}
      {list && (
        <>
          <Typography variant="body2" color="text.secondary">
            {translate(qualified ? 'asn.candidates.qualified_hint' : 'asn.candidates.not_qualified_hint')} {translate('asn.candidates.vacancies', { smart_count: list.vacancies })}
          </Typography>
          <Box sx={{ opacity: isFetching ? 0.6 : 1 }}>
            {list.items.length === 0 ? (
              <Alert severity="info">{translate('asn.candidates.none')}</Alert>
            ) : (
              <ScrollBox>
                <Table size="small" sx={{ minWidth: 900 }} aria-label={translate('asn.candidates.title')}>
                  <TableHead>
                    <TableRow>
                      <TableCell padding="checkbox" />
                      <TableCell align="right">#</TableCell>
                      <TableCell>{translate('asn.candidates.employee')}</TableCell>
                      <TableCell>{translate('resources.employees.fields.currentRank')}</TableCell>
                      <TableCell>{translate('asn.candidates.current_position')}</TableCell>
                      <TableCell align="right">{translate('asn.candidates.score')}</TableCell>
                      <TableCell align="right">JPM</TableCell>
                      <TableCell align="right">{translate('asn.candidates.box')}</TableCell>
                      <TableCell>{translate('asn.candidates.predikat')}</TableCell>
                      {!qualified && <TableCell>{translate('asn.candidates.failed')}</TableCell>}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {list.items.map((c, i) => (
                      <CandidateRow key={c.employee.id} candidate={c} rank={page * perPage + i + 1} showFailed={!qualified} />
                    ))}
                  </TableBody>
                </Table>
              </ScrollBox>
            )}
            <TablePagination
              component="div"
              count={list.total}
              page={page}
              rowsPerPage={perPage}
              rowsPerPageOptions={[10, 25, 50]}
              onPageChange={(_, p) => setPage(p)}
              onRowsPerPageChange={(ev) => change(setPerPage)(Number(ev.target.value))}
              labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
              labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
            />
          </Box>
          <Explanation list={list} />
        </>
      )}
    </Stack>
  );
};

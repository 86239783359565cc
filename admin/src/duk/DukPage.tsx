// Daftar Urut Kepangkatan (DUK): the PNS of a unit (and its sub-units) or of the whole government,
// most senior first, on a date; the whole list downloads as CSV from the server.
import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Link, Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { ScrollBox } from '../common/ConditionTable';
import { LocalDate } from '../common/fields';
import { ReportScopeFields, useReportScope } from '../common/ReportScope';
import { request } from '../dataProvider/client';
import { DukListDocument, type DukListQuery } from '../gql/graphql';
import { downloadExport } from '../common/download';

type Entry = DukListQuery['duk']['items'][number];

/** Leadership training as its short name (PKA, PKN II ...); the full name on hover. */
const short = (kind: string) => kind.replace('_', ' ');

const DukRow = ({ e, showBirthDate }: { e: Entry; showBirthDate: boolean }) => {
  const translate = useTranslate();
  return (
    <TableRow hover>
      <TableCell align="right">{e.number}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{e.employee.nip}</TableCell>
      <TableCell>
        <Link to={`/employees/${e.employee.id}/show`}>{e.employee.displayName}</Link>
      </TableCell>
      <TableCell>
        <strong>{e.rank?.code ?? '—'}</strong> {e.rank?.name ?? ''}
        <Typography variant="caption" color="text.secondary" component="div" sx={{ whiteSpace: 'nowrap' }}>
          TMT <LocalDate value={e.rankTmt} />
        </Typography>
      </TableCell>
      <TableCell>
        {e.position?.title ?? '—'}
        {e.positionTmt && (
          <Typography variant="caption" color="text.secondary" component="div" sx={{ whiteSpace: 'nowrap' }}>
            TMT <LocalDate value={e.positionTmt} />
          </Typography>
        )}
      </TableCell>
      <TableCell>{e.unit?.name ?? '—'}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('asn.duk.service_length', { years: e.serviceYears, months: e.serviceMonths })}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {e.leadershipTraining ? (
          <Tooltip title={translate(`asn.enums.QualificationKind.${e.leadershipTraining}`)}>
            <span>{short(e.leadershipTraining)}</span>
          </Tooltip>
        ) : (
          '—'
        )}
        {e.leadershipTrainingDate && (
          <Typography variant="caption" color="text.secondary" component="div">
            {e.leadershipTrainingDate.slice(0, 4)}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        {e.education ?? '—'}
        {(e.major || e.graduationYear) && (
          <Typography variant="caption" color="text.secondary" component="div">
            {[e.major, e.graduationYear].filter(Boolean).join(', ')}
          </Typography>
        )}
      </TableCell>
      <TableCell align="right">{e.age}</TableCell>
      {showBirthDate && (
        <TableCell sx={{ whiteSpace: 'nowrap' }}>
          <LocalDate value={e.birthDate} />
        </TableCell>
      )}
    </TableRow>
  );
};

export const DukPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const scope = useReportScope();
  const [asOf, setAsOf] = useState('');
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  const [downloading, setDownloading] = useState(false);
  const ready = (!scope.choosesGovernment || !!scope.governmentId) && (asOf === '' || /^\d{4}-\d{2}-\d{2}$/.test(asOf));
  const { data, error, isPending, isFetching } = useQuery({
    enabled: ready,
    queryKey: ['duk', scope.args, asOf, page, perPage],
    queryFn: () =>
      request(DukListDocument, {
        ...scope.args,
        asOf: asOf || null,
        limit: perPage,
        offset: page * perPage,
      }),
    placeholderData: keepPreviousData,
  });
  const duk = data?.duk;
  const showBirthDate = !!duk?.items.some((e) => e.birthDate);
  const reset = () => setPage(0);

  const download = async () => {
    if (!duk) return;
    setDownloading(true);
    try {
      await downloadExport(duk.csvPath, locale, `DUK-${duk.asOf}.csv`);
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), { type: 'error' });
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Card sx={{ mt: { xs: 1, sm: 2 } }}>
      <Title title="asn.duk.title" />
      <CardContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('asn.duk.description')}
        </Typography>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ alignItems: { md: 'flex-start' }, flexWrap: 'wrap', mb: 2 }}>
          <ReportScopeFields scope={scope} onChange={reset} governmentLabel="asn.duk.government" unitLabel="asn.duk.unit" unitHint="asn.duk.unit_hint" />
          <TextField
            type="date"
            size="small"
            label={translate('asn.common.as_of')}
            value={asOf}
            onChange={(ev) => {
              setAsOf(ev.target.value);
              reset();
            }}
            helperText={translate('asn.common.as_of_hint')}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { name: 'asOf' } }}
            sx={{ width: { xs: '100%', sm: 220 } }}
          />
          <Box sx={{ flex: 1 }} />
          <Button label="asn.duk.download" onClick={download} disabled={!duk || downloading} variant="contained" startIcon={<DownloadIcon />} />
        </Stack>
        {error && <Alert severity="error">{error.message}</Alert>}
        {isPending && ready && !error && <Typography>…</Typography>}
        {duk && (
          <Box sx={{ opacity: isFetching ? 0.6 : 1 }}>
            <Typography variant="body2" color="text.secondary">
              {translate('asn.duk.count', { smart_count: duk.total })} · {translate('asn.common.as_of')} <LocalDate value={duk.asOf} />
            </Typography>
            {duk.items.length === 0 ? (
              <Alert severity="info" sx={{ mt: 1 }}>
                {translate('asn.duk.empty')}
              </Alert>
            ) : (
              <ScrollBox>
                <Table size="small" sx={{ minWidth: 1200 }} aria-label={translate('asn.duk.title')}>
                  <TableHead>
                    <TableRow>
                      <TableCell align="right">{translate('asn.duk.number')}</TableCell>
                      <TableCell>NIP</TableCell>
                      <TableCell sx={{ minWidth: 170 }}>{translate('asn.duk.name')}</TableCell>
                      <TableCell sx={{ minWidth: 150 }}>{translate('asn.duk.rank')}</TableCell>
                      <TableCell sx={{ minWidth: 190 }}>{translate('asn.duk.position')}</TableCell>
                      <TableCell sx={{ minWidth: 150 }}>{translate('asn.duk.unit')}</TableCell>
                      <TableCell>{translate('asn.duk.service')}</TableCell>
                      <TableCell>{translate('asn.duk.leadership')}</TableCell>
                      <TableCell sx={{ minWidth: 150 }}>{translate('asn.duk.education')}</TableCell>
                      <TableCell align="right">{translate('asn.duk.age')}</TableCell>
                      {showBirthDate && <TableCell>{translate('asn.duk.birth_date')}</TableCell>}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {duk.items.map((e) => (
                      <DukRow key={e.employee.id} e={e} showBirthDate={showBirthDate} />
                    ))}
                  </TableBody>
                </Table>
              </ScrollBox>
            )}
            <TablePagination
              component="div"
              count={duk.total}
              page={page}
              rowsPerPage={perPage}
              rowsPerPageOptions={[25, 50, 100]}
              onPageChange={(_, p) => setPage(p)}
              onRowsPerPageChange={(ev) => {
                setPerPage(Number(ev.target.value));
                reset();
              }}
              labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
              labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
            />
          </Box>
        )}
      </CardContent>
    </Card>
  );
};

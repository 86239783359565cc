import { Alert, Card, CardContent, Grid, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslate } from 'react-admin';
import { IkmBadge } from '../common/ikm';
import { request } from '../dataProvider/client';
import { PublicTransparencyDocument, type PublicTransparencyQuery } from '../gql/graphql';
import { PredikatDistribution } from './PredikatDistribution';
import { PublicLayout } from './PublicLayout';

type Row = PublicTransparencyQuery['surveyIndices'][number];

const Change = ({ row }: { row: Row }) => {
  if (row.ikmChange === null) return <>—</>;
  const sign = row.ikmChange > 0 ? '▲' : row.ikmChange < 0 ? '▼' : '＝';
  return (
    <Typography variant="body2" component="span" color={row.ikmChange > 0 ? 'success.main' : row.ikmChange < 0 ? 'error.main' : 'text.secondary'}>
      {sign} {Math.abs(row.ikmChange).toFixed(2)}
    </Typography>
  );
};

/** Public transparency (no login): IKM per unit and year with the change from the year before; aggregates only. */
export const TransparencyPage = () => {
  const translate = useTranslate();
  const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date()));
  const [year, setYear] = useState(thisYear - 1);
  // The year before is fetched too, for the change.
  const period = { from: `${year - 1}-01-01`, to: `${year}-12-31` };
  const units = useQuery({ queryKey: ['public', 'transparency', 'UNIT', year], queryFn: () => request(PublicTransparencyDocument, { period, groupBy: 'UNIT' }) });
  const governments = useQuery({ queryKey: ['public', 'transparency', 'GOVERNMENT', year], queryFn: () => request(PublicTransparencyDocument, { period, groupBy: 'GOVERNMENT' }) });
  const rows = (units.data?.surveyIndices ?? []).filter((r) => r.year === year);
  const totals = (governments.data?.surveyIndices ?? []).filter((r) => r.year === year);
  const byGovernment = new Map<string, Row[]>();
  for (const r of rows) byGovernment.set(r.governmentName, [...(byGovernment.get(r.governmentName) ?? []), r]);

  return (
    <PublicLayout title="asn.public.transparency.title">
      <Typography sx={{ mb: 2 }}>{translate('asn.public.transparency.description')}</Typography>
      <TextField select name="year" label={translate('asn.public.transparency.year')} value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ mb: 3, minWidth: 160 }}>
        {[thisYear, thisYear - 1, thisYear - 2].map((y) => (
          <MenuItem key={y} value={y}>
            {y}
          </MenuItem>
        ))}
      </TextField>
      <Grid container spacing={2} sx={{ mb: 3 }}>
        {totals.map((g) => (
          <Grid key={g.governmentId} size={{ xs: 12, sm: 6 }}>
            <Card>
              <CardContent>
                <Typography variant="overline">{g.governmentName}</Typography>
                <IkmBadge index={g} />
                <Typography variant="body2" color="text.secondary">
                  {translate('asn.public.transparency.responses')}: {g.responses.toLocaleString('id-ID')} · {translate('asn.public.transparency.change')}: <Change row={g} />
                </Typography>
              </CardContent>
            </Card>
          </Grid>
        ))}
      </Grid>
      {units.isSuccess && !rows.length && <Alert severity="info">{translate('asn.public.transparency.empty')}</Alert>}
      {rows.length > 0 && (
        <Table size="small" data-testid="transparency-table">
          <TableHead>
            <TableRow>
              <TableCell>{translate('asn.public.transparency.unit')}</TableCell>
              <TableCell align="right">{translate('asn.public.transparency.responses')}</TableCell>
              <TableCell>{translate('asn.public.transparency.ikm')}</TableCell>
              <TableCell align="right">{translate('asn.public.transparency.change')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {[...byGovernment.entries()].map(([government, list]) => (
              <Fragment key={government}>
                <TableRow>
                  <TableCell colSpan={4} sx={{ fontWeight: 600, bgcolor: 'action.hover' }}>
                    {government}
                  </TableCell>
                </TableRow>
                {list.map((r) => (
                  <TableRow key={r.unitId}>
                    <TableCell>{r.unitName}</TableCell>
                    <TableCell align="right">{r.responses.toLocaleString('id-ID')}</TableCell>
                    <TableCell>{r.withheld ? <Typography variant="body2" color="text.secondary">{translate('asn.public.transparency.withheld', { minimum: r.minimumResponses })}</Typography> : <IkmBadge index={r} />}</TableCell>
                    <TableCell align="right">
                      <Change row={r} />
                    </TableCell>
                  </TableRow>
                ))}
              </Fragment>
            ))}
          </TableBody>
        </Table>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 3 }}>
        {translate('asn.public.transparency.method')}
      </Typography>
      <Typography variant="h6" component="h2" sx={{ mt: 4, mb: 1 }}>
        {translate('asn.public.transparency.predikat_title', { year })}
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate('asn.public.transparency.predikat_description')}
      </Typography>
      {totals.map((g) => (
        <PredikatDistribution key={g.governmentId} governmentId={g.governmentId} year={year} />
      ))}
    </PublicLayout>
  );
};

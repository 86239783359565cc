import { Alert, Card, CardContent, Grid, MenuItem, TableCell, TableRow, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Children, useState } from 'react';
import { DataTable, DataTableRow, useRecordContext, useTranslate, type DataTableRowProps } from 'react-admin';
import { IkmBadge } from '../common/ikm';
import { RowsTable, tableBody } from '../common/RowsTable';
import { today, yearOf } from '@asn-merit/common';
import { request } from '../dataProvider/client';
import { PublicTransparencyDocument, type PublicTransparencyQuery } from '../gql/graphql';
import { useFormat } from '../i18n/format';
import { PredikatDistribution } from './PredikatDistribution';
import { PublicLayout } from './PublicLayout';

type Row = PublicTransparencyQuery['surveyIndices'][number];
/** A government's heading line, or one of its units. */
type Line = { id: string; government?: string; row?: Row };
const Col = DataTable.Col<Line>;

const LineRow = (props: DataTableRowProps) => {
  const line = useRecordContext<Line>()!;
  if (!line.government) return <DataTableRow {...props} />;
  return (
    <TableRow>
      <TableCell colSpan={Children.toArray(props.children).length} sx={{ fontWeight: 600, bgcolor: 'action.hover' }}>
        {line.government}
      </TableCell>
    </TableRow>
  );
};
const LineBody = tableBody(LineRow);

const Change = ({ row }: { row: Row }) => {
  const fmt = useFormat();
  if (row.ikmChange === null) return <>—</>;
  const sign = row.ikmChange > 0 ? '▲' : row.ikmChange < 0 ? '▼' : '＝';
  return (
    <Typography variant="body2" component="span" color={row.ikmChange > 0 ? 'success.main' : row.ikmChange < 0 ? 'error.main' : 'text.secondary'}>
      {sign} {fmt.dec(Math.abs(row.ikmChange), 2)}
    </Typography>
  );
};

/** Public transparency (no login): IKM per unit and year with the change from the year before; aggregates only. */
export const TransparencyPage = () => {
  const translate = useTranslate();
  const fmt = useFormat();
  const thisYear = yearOf(today());
  const [year, setYear] = useState(thisYear - 1);
  // The year before is fetched too, for the change.
  const period = { from: `${year - 1}-01-01`, to: `${year}-12-31` };
  const units = useQuery({ queryKey: ['public', 'transparency', 'UNIT', year], queryFn: () => request(PublicTransparencyDocument, { period, groupBy: 'UNIT' }) });
  const governments = useQuery({ queryKey: ['public', 'transparency', 'GOVERNMENT', year], queryFn: () => request(PublicTransparencyDocument, { period, groupBy: 'GOVERNMENT' }) });
  const rows = (units.data?.surveyIndices ?? []).filter((r) => r.year === year);
  const totals = (governments.data?.surveyIndices ?? []).filter((r) => r.year === year);
  const byGovernment = new Map<string, Row[]>();
  for (const r of rows) byGovernment.set(r.governmentName, [...(byGovernment.get(r.governmentName) ?? []), r]);
  const lines: Line[] = [...byGovernment.entries()].flatMap(([government, list]) => [{ id: `government:${government}`, government }, ...list.map((r) => ({ id: r.unitId ?? r.unitName ?? '', row: r }))]);

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
                  {translate('asn.public.transparency.responses')}: {fmt.num(g.responses)} · {translate('asn.public.transparency.change')}: <Change row={g} />
                </Typography>
              </CardContent>
            </Card>
          </Grid>
        ))}
      </Grid>
      {units.isSuccess && !rows.length && <Alert severity="info">{translate('asn.public.transparency.empty')}</Alert>}
      {rows.length > 0 && (
        <RowsTable<Line> rows={lines} resource="transparency" hover={false} body={LineBody} data-testid="transparency-table">
          <Col label="asn.public.transparency.unit" render={(l) => l.row?.unitName} />
          <Col label="asn.public.transparency.responses" align="right" render={(l) => l.row && fmt.num(l.row.responses)} />
          <Col
            label="asn.public.transparency.ikm"
            render={(l) =>
              l.row?.withheld ? (
                <Typography variant="body2" color="text.secondary">
                  {translate('asn.public.transparency.withheld', { minimum: l.row.minimumResponses })}
                </Typography>
              ) : (
                <IkmBadge index={l.row} />
              )
            }
          />
          <Col label="asn.public.transparency.change" align="right" render={(l) => l.row && <Change row={l.row} />} />
        </RowsTable>
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

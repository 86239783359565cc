import { Alert, Box, TableCell, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { DataTable, DataTableRow, useRecordContext, useTranslate, type DataTableRowProps } from 'react-admin';
import { RowsTable, tableBody } from '../common/RowsTable';
import { request } from '../dataProvider/client';
import { PublicPredikatDistributionDocument, type PublicPredikatDistributionQuery } from '../gql/graphql';
import { useFormat } from '../i18n/format';

type Unit = PublicPredikatDistributionQuery['predikatDistribution']['units'][number];
/** A unit's line, or the whole government's (`all`), first. */
type Line = Unit & { id: string; all?: boolean };
const PREDIKATS = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
const Col = DataTable.Col<Line>;

/** A withheld unit (too few rated) shows why across its counts. */
const LineRow = (props: DataTableRowProps) => {
  const translate = useTranslate();
  const line = useRecordContext<Line>()!;
  const sx = line.all ? { bgcolor: 'action.hover' } : undefined;
  if (!line.withheld) return <DataTableRow {...props} sx={sx} />;
  return (
    <TableRow sx={sx}>
      <TableCell>{line.unitName}</TableCell>
      <TableCell colSpan={PREDIKATS.length + 1}>
        <Typography variant="body2" color="text.secondary">
          {translate('asn.public.transparency.predikat_withheld')}
        </Typography>
      </TableCell>
    </TableRow>
  );
};
const LineBody = tableBody(LineRow);

const Count = ({ line, predikat }: { line: Line; predikat: (typeof PREDIKATS)[number] }) => {
  const fmt = useFormat();
  const c = line.counts.find((x) => x.predikat === predikat);
  return (
    <>
      {fmt.num(c?.count ?? 0)}
      <Typography variant="caption" color="text.secondary" component="div">
        {c ? `${fmt.num(c.percent)}%` : ''}
      </Typography>
    </>
  );
};

/** Public: annual predikat counts per unit of one government (aggregate only; small units withheld). */
export const PredikatDistribution = ({ governmentId, year }: { governmentId: string; year: number }) => {
  const translate = useTranslate();
  const fmt = useFormat();
  const q = useQuery({ queryKey: ['public', 'predikat', governmentId, year], queryFn: () => request(PublicPredikatDistributionDocument, { governmentId, year }) });
  const d = q.data?.predikatDistribution;
  if (q.isError) return <Alert severity="error">{translate('ra.notification.http_error')}</Alert>;
  if (!d) return null;
  const lines: Line[] = [
    { ...d.government, unitName: translate('asn.public.transparency.all_units'), id: 'all', all: true },
    ...d.units.map((u, i) => ({ ...u, id: u.unitId ?? `unit-${i}` })),
  ];
  return (
    <Box sx={{ mb: 3, overflowX: 'auto' }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {d.governmentName}
      </Typography>
      {d.government.total === null && d.government.withheld && d.units.length === 0 ? (
        <Alert severity="info">{translate('asn.public.transparency.predikat_empty')}</Alert>
      ) : (
        <RowsTable<Line> rows={lines} resource="predikatDistribution" hover={false} body={LineBody} data-testid="predikat-table">
          <Col label="asn.public.transparency.unit" cellSx={(l) => (l.all ? { fontWeight: 600 } : {})} render={(l) => l.unitName} />
          <Col label="asn.public.transparency.rated" align="right" render={(l) => (l.total == null ? '' : fmt.num(l.total))} />
          {PREDIKATS.map((p) => (
            <Col key={p} label={`asn.enums.Predikat.${p}`} align="right" render={(l) => <Count line={l} predikat={p} />} />
          ))}
        </RowsTable>
      )}
      <Typography variant="caption" color="text.secondary">
        {translate('asn.public.transparency.predikat_note', { minimum: d.minimumUnitSize })}
      </Typography>
    </Box>
  );
};

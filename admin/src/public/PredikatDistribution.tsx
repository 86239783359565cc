import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { request } from '../dataProvider/client';
import { PublicPredikatDistributionDocument, type PublicPredikatDistributionQuery } from '../gql/graphql';

type Unit = PublicPredikatDistributionQuery['predikatDistribution']['units'][number];
const PREDIKATS = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;

const Cells = ({ unit }: { unit: Unit }) => {
  const translate = useTranslate();
  if (unit.withheld) {
    return (
      <TableCell colSpan={PREDIKATS.length + 1}>
        <Typography variant="body2" color="text.secondary">
          {translate('asn.public.transparency.predikat_withheld')}
        </Typography>
      </TableCell>
    );
  }
  return (
    <>
      <TableCell align="right">{unit.total?.toLocaleString('id-ID')}</TableCell>
      {PREDIKATS.map((p) => {
        const c = unit.counts.find((x) => x.predikat === p);
        return (
          <TableCell key={p} align="right">
            {c?.count.toLocaleString('id-ID') ?? 0}
            <Typography variant="caption" color="text.secondary" component="div">
              {c?.percent.toLocaleString('id-ID')}%
            </Typography>
          </TableCell>
        );
      })}
    </>
  );
};

/** Public: annual predikat counts per unit of one government (aggregate only; small units withheld). */
export const PredikatDistribution = ({ governmentId, year }: { governmentId: string; year: number }) => {
  const translate = useTranslate();
  const q = useQuery({ queryKey: ['public', 'predikat', governmentId, year], queryFn: () => request(PublicPredikatDistributionDocument, { governmentId, year }) });
  const d = q.data?.predikatDistribution;
  if (q.isError) return <Alert severity="error">{translate('ra.notification.http_error')}</Alert>;
  if (!d) return null;
  return (
    <Box sx={{ mb: 3, overflowX: 'auto' }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {d.governmentName}
      </Typography>
      {d.government.total === null && d.government.withheld && d.units.length === 0 ? (
        <Alert severity="info">{translate('asn.public.transparency.predikat_empty')}</Alert>
      ) : (
        <Table size="small" data-testid="predikat-table">
          <TableHead>
            <TableRow>
              <TableCell>{translate('asn.public.transparency.unit')}</TableCell>
              <TableCell align="right">{translate('asn.public.transparency.rated')}</TableCell>
              {PREDIKATS.map((p) => (
                <TableCell key={p} align="right">
                  {translate(`asn.enums.Predikat.${p}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            <TableRow sx={{ bgcolor: 'action.hover' }}>
              <TableCell sx={{ fontWeight: 600 }}>{translate('asn.public.transparency.all_units')}</TableCell>
              <Cells unit={d.government} />
            </TableRow>
            {d.units.map((u) => (
              <TableRow key={u.unitId}>
                <TableCell>{u.unitName}</TableCell>
                <Cells unit={u} />
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Typography variant="caption" color="text.secondary">
        {translate('asn.public.transparency.predikat_note', { minimum: d.minimumUnitSize })}
      </Typography>
    </Box>
  );
};

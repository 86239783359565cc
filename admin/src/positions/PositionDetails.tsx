// Parts of the position page: holders against the formasi, and the competency standard.
import { Alert, Box, Card, CardContent, Chip, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useRecordContext, useTranslate } from 'react-admin';
import { ScrollBox } from '../common/ConditionTable';
import { request } from '../dataProvider/client';
import { PositionCompetencyStandardDocument, type PositionItemFragment } from '../gql/graphql';

const Figure = ({ label, value, color }: { label: string; value: number; color?: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 110 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Typography variant="h5" component="div" color={color}>
        {value}
      </Typography>
    </Box>
  );
};

/** Bezetting against formasi: planned headcount, current holders, vacancies (or excess). */
export const FormationCard = () => {
  const translate = useTranslate();
  const p = useRecordContext<PositionItemFragment>();
  if (!p) return null;
  const filled = p.plannedHeadcount > 0 ? Math.min(100, (p.holderCount / p.plannedHeadcount) * 100) : p.holderCount > 0 ? 100 : 0;
  const status = p.vacancies > 0 ? 'vacant' : p.vacancies < 0 ? 'over' : 'full';
  return (
    <Card variant="outlined" sx={{ mb: 2, maxWidth: 720 }} data-testid="formation">
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('asn.formation.title')}
        </Typography>
        <Stack direction="row" spacing={{ xs: 2, sm: 4 }} sx={{ mt: 1, flexWrap: 'wrap' }} useFlexGap>
          <Figure label="resources.positions.fields.plannedHeadcount" value={p.plannedHeadcount} />
          <Figure label="resources.positions.fields.holderCount" value={p.holderCount} />
          <Figure label={p.vacancies < 0 ? 'asn.formation.excess' : 'resources.positions.fields.vacancies'} value={Math.abs(p.vacancies)} color={p.vacancies > 0 ? 'warning.main' : p.vacancies < 0 ? 'error.main' : undefined} />
        </Stack>
        <LinearProgress variant="determinate" value={filled} color={status === 'over' ? 'error' : status === 'vacant' ? 'warning' : 'success'} sx={{ mt: 2, height: 8, borderRadius: 4 }} aria-label={translate('asn.formation.title')} />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate(`asn.formation.${status}`, { smart_count: Math.abs(p.vacancies) })}
        </Typography>
      </CardContent>
    </Card>
  );
};

/** Standar kompetensi jabatan: the level required for each competency (PermenPANRB 38/2017). */
export const CompetencyStandardTab = () => {
  const translate = useTranslate();
  const p = useRecordContext<{ id: string }>();
  const { data, error, isPending } = useQuery({ enabled: !!p, queryKey: ['competencyStandard', p?.id], queryFn: () => request(PositionCompetencyStandardDocument, { id: p!.id }) });
  if (isPending) return <Typography>…</Typography>;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  const rows = data.position.competencyStandard;
  if (!rows.length) return <Typography color="text.secondary">{translate('asn.standard.none')}</Typography>;
  return (
    <Stack spacing={1} sx={{ maxWidth: 900 }}>
      {rows.some((r) => r.isDefault) && <Alert severity="info">{translate('asn.standard.default_hint')}</Alert>}
      <ScrollBox>
        <Table size="small" sx={{ minWidth: 520 }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('asn.jpm.competency')}</TableCell>
              <TableCell>{translate('asn.standard.kind')}</TableCell>
              <TableCell align="right">{translate('asn.standard.level')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.competency.id}>
                <TableCell>
                  {r.competency.code} {r.competency.name}
                </TableCell>
                <TableCell>{translate(`asn.enums.CompetencyKind.${r.competency.kind}`)}</TableCell>
                <TableCell align="right">{r.requiredLevel}</TableCell>
                <TableCell>{r.isDefault && <Chip size="small" variant="outlined" label={translate('asn.standard.default')} />}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollBox>
    </Stack>
  );
};

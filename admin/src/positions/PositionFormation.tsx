// The position's holders against its formasi (planned headcount), on the profile tab.
import { Box, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { PositionItemFragment } from '../gql/graphql';

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

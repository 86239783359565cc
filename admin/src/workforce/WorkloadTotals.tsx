// The server's computation of an analysis: required staff, EJ and band, gaps against holders and formasi.
import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { WorkloadAnalysisItemFragment } from '../gql/graphql';
import { useFormat } from '../i18n/format';

const Figure = ({ label, value, color, testId }: { label: string; value: string; color?: string; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 120 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Typography variant="h6" component="div" color={color} data-testid={testId}>
        {value}
      </Typography>
    </Box>
  );
};

export const WorkloadTotals = ({ analysis }: { analysis: WorkloadAnalysisItemFragment }) => {
  const translate = useTranslate();
  const fmt = useFormat();
  const c = analysis.computation;
  const gapText = c.gap > 0 ? translate('asn.workforce.short', { smart_count: c.gap }) : c.gap < 0 ? translate('asn.workforce.over', { smart_count: -c.gap }) : translate('asn.workforce.balanced');
  return (
    <Card variant="outlined" sx={{ mt: 2, maxWidth: 900 }}>
      <CardContent>
        <Stack direction="row" spacing={3} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Figure label="asn.workforce.total_workload" value={fmt.num(c.totalWorkloadMinutes)} />
          <Figure label="asn.workforce.effective" value={fmt.num(c.effectiveMinutesPerYear)} />
          <Figure label="asn.workforce.required" value={`${fmt.dec(c.requiredStaff, 2)} → ${c.requiredStaffRounded}`} testId="required" />
          <Figure label="asn.workforce.bezetting" value={fmt.num(c.bezetting)} />
          <Figure label="asn.workforce.formasi" value={fmt.num(c.formasi)} />
          <Figure label="asn.workforce.ej" value={c.ej === null ? '—' : `${fmt.dec(c.ej, 2)} (${c.ejBand})`} />
          <Figure label="asn.workforce.gap" value={gapText} color={c.gap > 0 ? 'warning.main' : c.gap < 0 ? 'error.main' : 'success.main'} testId="gap" />
        </Stack>
      </CardContent>
    </Card>
  );
};

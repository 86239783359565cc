// Need against staff as plain bars (MUI boxes): one pair per group (a sector, a year).
import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormat } from '../i18n/format';

export interface BarGroup {
  key: string;
  label: string;
  /** What is needed. */
  requiredStaffRounded: number;
  /** What there is. */
  bezetting: number;
}

export const NeedBars = ({ title, groups, needLabel = 'asn.workforce.need', staffLabel = 'asn.workforce.bezetting' }: { title: string; groups: BarGroup[]; needLabel?: string; staffLabel?: string }) => {
  const translate = useTranslate();
  const fmt = useFormat();
  const max = Math.max(1, ...groups.flatMap((g) => [g.requiredStaffRounded, g.bezetting]));
  return (
    <Box sx={{ mt: 2 }} data-testid="need-bars">
      <Typography variant="subtitle1">{translate(title)}</Typography>
      <Stack direction="row" spacing={2} sx={{ fontSize: 12, mb: 1 }}>
        <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          <Box sx={{ width: 12, height: 12, bgcolor: 'warning.main' }} /> {translate(needLabel)}
        </Box>
        <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          <Box sx={{ width: 12, height: 12, bgcolor: 'primary.main' }} /> {translate(staffLabel)}
        </Box>
      </Stack>
      {groups.map((g) => (
        <Stack key={g.key} direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
          <Typography variant="body2" sx={{ width: 160, flexShrink: 0 }} noWrap>
            {g.label}
          </Typography>
          <Box sx={{ flex: 1 }}>
            <Box sx={{ height: 8, width: `${(g.requiredStaffRounded / max) * 100}%`, bgcolor: 'warning.main', borderRadius: 1 }} />
            <Box sx={{ height: 8, mt: 0.25, width: `${(g.bezetting / max) * 100}%`, bgcolor: 'primary.main', borderRadius: 1 }} />
          </Box>
          <Typography variant="caption" sx={{ width: 110, textAlign: 'right' }}>
            {fmt.num(g.requiredStaffRounded)} / {fmt.num(g.bezetting)}
          </Typography>
        </Stack>
      ))}
    </Box>
  );
};

// Vertical columns over a short series (retirements per year): each value is written above its
// column and each period below it; to assistive technology, one image described by its numbers.
import { Box, Typography } from '@mui/material';
import { barPercent } from './data';

export interface Column {
  key: string;
  label: string;
  value: number;
}

export const ColumnChart = ({ columns, label, format, color = 'primary.main', height = 150 }: { columns: Column[]; label: string; format: (n: number) => string; color?: string; height?: number }) => {
  const max = Math.max(0, ...columns.map((c) => c.value));
  return (
    <Box role="img" aria-label={`${label}: ${columns.map((c) => `${c.label} ${format(c.value)}`).join(', ')}`}>
      <Box sx={{ display: 'flex', alignItems: 'stretch', gap: { xs: 1, sm: 2 }, height, borderBottom: 1, borderColor: 'divider' }}>
        {columns.map((c) => (
          <Box key={c.key} data-key={c.key} sx={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', justifyContent: 'flex-end', alignItems: 'center' }}>
            <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }} data-value={c.value}>
              {format(c.value)}
            </Typography>
            <Box sx={{ width: '64%', maxWidth: 56, height: `calc(${barPercent(c.value, max)}% - 1.5rem)`, bgcolor: color, borderRadius: '4px 4px 0 0' }} />
          </Box>
        ))}
      </Box>
      <Box sx={{ display: 'flex', gap: { xs: 1, sm: 2 }, mt: 0.5 }}>
        {columns.map((c) => (
          <Typography key={c.key} variant="caption" color="text.secondary" sx={{ flex: 1, minWidth: 0, textAlign: 'center' }}>
            {c.label}
          </Typography>
        ))}
      </Box>
    </Box>
  );
};

// One bar split into shares (ASN type, sex, predikat), with a legend giving each count and share as
// text. The bar is an image to assistive technology, described by its numbers.
import { Box, Typography } from '@mui/material';
import { Link } from 'react-admin';
import { share } from './data';

export interface Segment {
  key: string;
  label: string;
  value: number;
  /** A theme colour path, e.g. 'primary.main'. */
  color: string;
  to?: string;
}

export const StackedBar = ({ segments, label, format, pct, height = 22 }: { segments: Segment[]; label: string; format: (n: number) => string; pct: (n: number) => string; height?: number }) => {
  const total = segments.reduce((s, x) => s + x.value, 0);
  const described = segments.map((s) => `${s.label} ${format(s.value)} (${pct(share(s.value, total))})`).join(', ');
  return (
    <Box>
      <Box role="img" aria-label={`${label}: ${described}`} sx={{ display: 'flex', height, borderRadius: 1, overflow: 'hidden', bgcolor: 'action.hover' }}>
        {segments
          .filter((s) => s.value > 0)
          .map((s) => (
            <Box key={s.key} title={`${s.label}: ${format(s.value)}`} sx={{ flex: `${s.value} 0 0`, bgcolor: s.color, minWidth: 2, '& + &': { borderLeft: 2, borderColor: 'background.paper' } }} />
          ))}
      </Box>
      <Box component="ul" aria-label={label} sx={{ listStyle: 'none', m: 0, mt: 1, p: 0, display: 'flex', flexWrap: 'wrap', columnGap: 2, rowGap: 0.5 }}>
        {segments.map((s) => (
          <Box component="li" key={s.key} data-key={s.key} sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
            <Box aria-hidden sx={{ width: 12, height: 12, borderRadius: 0.5, bgcolor: s.color, flexShrink: 0 }} />
            <Typography variant="body2">
              {s.to ? (
                <Link to={s.to} underline="hover">
                  {s.label}
                </Link>
              ) : (
                s.label
              )}{' '}
              <Box component="strong" sx={{ fontVariantNumeric: 'tabular-nums' }} data-value={s.value}>
                {format(s.value)}
              </Box>{' '}
              <Typography component="span" variant="caption" color="text.secondary">
                ({pct(share(s.value, total))})
              </Typography>
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
};

// Horizontal bars: one row per item with its name (a link when given), the bar and the value as
// text. A list to assistive technology ("Dinas Kesehatan, 36"), so every number can be read.
import { Box, Typography } from '@mui/material';
import { Link } from 'react-admin';
import { barPercent } from './data';

export interface BarItem {
  key: string;
  label: string;
  value: number;
  /** Shown after the value, e.g. the share: "12%". */
  note?: string;
  /** Full name on hover (labels are cut to one line). */
  hint?: string;
  to?: string;
  /** A theme colour path (e.g. 'secondary.main'); the primary colour by default. */
  color?: string;
  /** Drawn paler: "not placed", "the unit itself". */
  muted?: boolean;
  /** Value only, no bar: a sum of other rows ("38 more") would dwarf the bars it is not comparable to. */
  noBar?: boolean;
}

export const HBarChart = ({ items, label, format, max }: { items: BarItem[]; label: string; format: (n: number) => string; max?: number }) => {
  const top = max ?? Math.max(0, ...items.filter((i) => !i.noBar).map((i) => i.value));
  return (
    <Box component="ul" aria-label={label} sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 0.75 }}>
      {items.map((item) => (
        <Box
          component="li"
          key={item.key}
          data-key={item.key}
          sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 42%) minmax(0, 1fr) 5.5rem', sm: 'minmax(0, 38%) minmax(0, 1fr) 6rem' }, columnGap: 1, alignItems: 'center' }}
        >
          <Typography variant="body2" noWrap title={item.hint ?? item.label} color={item.muted ? 'text.secondary' : 'text.primary'}>
            {item.to ? (
              <Link to={item.to} underline="hover">
                {item.label}
              </Link>
            ) : (
              item.label
            )}
          </Typography>
          {item.noBar ? (
            <span />
          ) : (
            <Box aria-hidden sx={{ height: 14, borderRadius: 0.5, bgcolor: 'action.hover', overflow: 'hidden' }}>
              <Box sx={{ width: `${barPercent(item.value, top)}%`, height: '100%', bgcolor: item.color ?? 'primary.main', opacity: item.muted ? 0.45 : 1, borderRadius: 0.5 }} />
            </Box>
          )}
          <Typography variant="body2" sx={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} data-value={item.value}>
            {format(item.value)}
            {item.note && (
              <Typography component="span" variant="caption" color="text.secondary">
                {' '}
                {item.note}
              </Typography>
            )}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};

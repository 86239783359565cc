// The frame of every dashboard chart: a title, what it covers (scope and period), an optional link
// to the list behind it, and the loading / error / empty states.
import { Alert, Box, Card, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { Link, useTranslate } from 'react-admin';

export interface ChartCardProps {
  /** Stable name for tests and styling (data-chart). */
  name: string;
  title: string;
  /** Scope and period, e.g. "Kota Semarang · per 21 November 2026". */
  subtitle?: string;
  link?: { to: string; label: string };
  loading?: boolean;
  error?: Error | null;
  empty?: boolean;
  emptyText?: string;
  children?: ReactNode;
}

export const ChartCard = ({ name, title, subtitle, link, loading, error, empty, emptyText, children }: ChartCardProps) => {
  const translate = useTranslate();
  const id = useId();
  return (
    <Card component="section" aria-labelledby={id} data-chart={name} aria-busy={loading || undefined} sx={{ height: '100%', display: 'flex', flexDirection: 'column' }}>
      <CardContent sx={{ flex: 1, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', justifyContent: 'space-between' }}>
          <Box sx={{ minWidth: 0 }}>
            <Typography id={id} variant="h6" component="h2" sx={{ fontSize: '1.05rem', lineHeight: 1.3 }}>
              {title}
            </Typography>
            {subtitle && (
              <Typography variant="caption" color="text.secondary" component="p" data-role="subtitle">
                {subtitle}
              </Typography>
            )}
          </Box>
          {link && (
            <Typography variant="body2" sx={{ flexShrink: 0, pt: 0.25 }}>
              <Link to={link.to} underline="hover">
                {link.label}
              </Link>
            </Typography>
          )}
        </Stack>
        {error ? (
          <Alert severity="error">{error.message}</Alert>
        ) : loading ? (
          <Box aria-label={translate('ra.page.loading')}>
            {[0, 1, 2, 3].map((i) => (
              <Skeleton key={i} height={22} />
            ))}
          </Box>
        ) : empty ? (
          <Typography variant="body2" color="text.secondary">
            {emptyText ?? translate('asn.dashboard.no_data')}
          </Typography>
        ) : (
          children
        )}
      </CardContent>
    </Card>
  );
};

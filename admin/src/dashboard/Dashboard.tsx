// The panel's first page: who is signed in, the stat cards, then the charts (a lazily loaded chunk).
import { Card, CardContent, Grid, Skeleton, Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import { Title, useGetIdentity, useGetList, usePermissions, useTranslate } from 'react-admin';
import { useFormat } from '../i18n/format';

const DashboardCharts = lazy(() => import('./DashboardCharts').then((m) => ({ default: m.DashboardCharts })));

const Stat = ({ label, resource, filter = {}, name }: { label: string; resource: string; filter?: Record<string, unknown>; name: string }) => {
  const { total, isPending } = useGetList(resource, { pagination: { page: 1, perPage: 1 }, filter });
  const fmt = useFormat();
  return (
    <Card data-stat={name}>
      <CardContent>
        <Typography variant="overline">{label}</Typography>
        <Typography variant="h4" data-value={total ?? undefined}>
          {isPending ? '…' : fmt.num(total ?? 0)}
        </Typography>
      </CardContent>
    </Card>
  );
};

export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions: role } = usePermissions<string>();
  return (
    <>
      <Title title="asn.title" />
      <Typography variant="h5" component="h1" sx={{ mt: 2 }}>
        {translate('asn.subtitle')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }} color="text.secondary">
        {identity?.fullName} · {identity?.role ? translate(`asn.enums.Role.${identity.role}`) : ''} {identity?.government ? `· ${identity.government}` : ''} {identity?.unit ? `· ${identity.unit}` : ''}
      </Typography>
      {/* An employee's own account would count only themself: the stat cards are for staff roles. */}
      {role && role !== 'EMPLOYEE' && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <Stat name="employees" label={translate('resources.employees.name', { smart_count: 2 })} resource="employees" />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <Stat name="units" label={translate('resources.units.name', { smart_count: 2 })} resource="units" />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <Stat name="vacant-positions" label={`${translate('resources.positions.name', { smart_count: 2 })} · ${translate('resources.positions.fields.vacant')}`} resource="positions" filter={{ vacant: true }} />
          </Grid>
        </Grid>
      )}
      <Suspense fallback={<Skeleton variant="rounded" height={240} sx={{ mt: 2 }} />}>
        <DashboardCharts />
      </Suspense>
    </>
  );
};

import { Card, CardContent, Grid, Typography } from '@mui/material';
import { useGetIdentity, useGetList, useTranslate, Title } from 'react-admin';

const Stat = ({ label, resource, filter = {} }: { label: string; resource: string; filter?: Record<string, unknown> }) => {
  const { total, isPending } = useGetList(resource, { pagination: { page: 1, perPage: 1 }, filter });
  return (
    <Card>
      <CardContent>
        <Typography variant="overline">{label}</Typography>
        <Typography variant="h4">{isPending ? '…' : (total ?? 0).toLocaleString('id-ID')}</Typography>
      </CardContent>
    </Card>
  );
};

export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <>
      <Title title="asn.title" />
      <Typography variant="h5" sx={{ mt: 2 }}>
        {translate('asn.subtitle')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }} color="text.secondary">
        {identity?.fullName} · {identity?.role ? translate(`asn.enums.Role.${identity.role}`) : ''} {identity?.government ? `· ${identity.government}` : ''} {identity?.unit ? `· ${identity.unit}` : ''}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 4 }}>
          <Stat label={translate('resources.employees.name', { smart_count: 2 })} resource="employees" />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <Stat label={translate('resources.units.name', { smart_count: 2 })} resource="units" />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <Stat label={`${translate('resources.positions.name', { smart_count: 2 })} · ${translate('resources.positions.fields.vacant')}`} resource="positions" filter={{ vacant: true }} />
        </Grid>
      </Grid>
    </>
  );
};

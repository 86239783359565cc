// The dashboard's charts (loaded lazily: the first page needs only the stat cards). The scope is the
// viewer's own (a unit admin: their unit; others: their government), narrowed to a unit on demand; a
// super admin picks the government. Cards a role may not read are not shown.
import { Alert, Grid, MenuItem, Stack, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { usePermissions, useTranslate } from 'react-admin';
import { sessionUser } from '../authProvider';
import { UnitPicker, type UnitOption } from '../common/UnitPicker';
import { request } from '../dataProvider/client';
import { GovernmentsDocument } from '../gql/graphql';
import { CompositionCard, HeadcountByUnitCard, RankCard } from './HeadcountCards';
import { PredikatCard, PromotionsCard } from './PerformanceCards';
import { IkmCard, RetirementsCard } from './ServiceCards';
import { isReader, todayJakarta, type DashboardScope } from './scope';

const half = { xs: 12, md: 6 } as const;

export const DashboardCharts = () => {
  const translate = useTranslate();
  const { permissions: role } = usePermissions<string>();
  const user = sessionUser();
  const reader = isReader(role);
  // Bound to no government (super admin, national analyst): pick one.
  const choosesGovernment = reader && !user?.government;
  const { data: governments } = useQuery({
    enabled: choosesGovernment,
    queryKey: ['governments'],
    queryFn: () => request(GovernmentsDocument, { limit: 100, offset: 0 }),
    staleTime: Infinity,
  });
  const [governmentId, setGovernmentId] = useState<string | null>(user?.government?.id ?? null);
  const [unit, setUnit] = useState<UnitOption | null>(null);
  useEffect(() => {
    if (choosesGovernment && !governmentId && governments?.governments.items.length) setGovernmentId(governments.governments.items[0].id);
  }, [choosesGovernment, governmentId, governments]);

  const ownUnit = role === 'UNIT_ADMIN' && user?.unit ? user.unit : null;
  const scopeUnit = unit ?? ownUnit;
  const governmentName = user?.government?.name ?? governments?.governments.items.find((g) => g.id === governmentId)?.name ?? '';
  const scope: DashboardScope | null = governmentId && role ? { governmentId, unitId: scopeUnit?.id ?? null, name: scopeUnit?.name ?? governmentName, role, today: todayJakarta() } : null;

  return (
    <>
      {reader && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} useFlexGap sx={{ flexWrap: 'wrap', my: 2 }}>
          {choosesGovernment && (
            <TextField
              select
              size="small"
              label={translate('asn.dashboard.scope_government')}
              value={governmentId ?? ''}
              onChange={(ev) => {
                setGovernmentId(ev.target.value);
                setUnit(null);
              }}
              sx={{ width: { xs: '100%', sm: 300 } }}
            >
              {(governments?.governments.items ?? []).map((g) => (
                <MenuItem key={g.id} value={g.id}>
                  {g.name}
                </MenuItem>
              ))}
            </TextField>
          )}
          <UnitPicker value={unit} onChange={setUnit} label="asn.dashboard.scope_unit" helperText={ownUnit ? 'asn.dashboard.scope_own_unit_hint' : 'asn.dashboard.scope_unit_hint'} governmentId={governmentId} />
        </Stack>
      )}
      {!scope ? (
        reader && <Alert severity="info">{translate('asn.dashboard.choose_government')}</Alert>
      ) : (
        <Grid container spacing={2} sx={{ mt: reader ? 0 : 2 }}>
          {reader && (
            <>
              <Grid size={half}>
                <CompositionCard scope={scope} />
              </Grid>
              <Grid size={half}>
                <HeadcountByUnitCard scope={scope} />
              </Grid>
              <Grid size={half}>
                <RankCard scope={scope} />
              </Grid>
            </>
          )}
          <Grid size={half}>
            <PredikatCard scope={scope} />
          </Grid>
          {reader && (
            <>
              <Grid size={half}>
                <PromotionsCard scope={scope} />
              </Grid>
              <Grid size={half}>
                <RetirementsCard scope={scope} />
              </Grid>
            </>
          )}
          <Grid size={{ xs: 12 }}>
            <IkmCard scope={scope} />
          </Grid>
        </Grid>
      )}
    </>
  );
};

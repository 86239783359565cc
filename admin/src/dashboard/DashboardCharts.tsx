// The dashboard's charts (loaded lazily: the first page needs only the stat cards). The scope is the
// viewer's own (a unit admin: their unit; others: their government), narrowed to a unit on demand; a
// super admin picks the government. Cards a role may not read are not shown.
import { Alert, Grid, Stack } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import { sessionUser } from '../authProvider';
import { ReportScopeFields, useReportScope } from '../common/ReportScope';
import { CompositionCard, HeadcountByUnitCard, RankCard } from './HeadcountCards';
import { PredikatCard, PromotionsCard } from './PerformanceCards';
import { IkmCard } from './IkmCard';
import { RetirementsCard } from './RetirementsCard';
import { today } from '@asn-merit/common';
import { isReader, type DashboardScope } from './scope';

const half = { xs: 12, md: 6 } as const;

export const DashboardCharts = () => {
  const translate = useTranslate();
  const { permissions: role } = usePermissions<string>();
  const user = sessionUser();
  const reader = isReader(role);
  // Bound to no government (super admin, national analyst): pick one.
  const reportScope = useReportScope(reader);
  const { governmentId, governmentName } = reportScope;

  const ownUnit = role === 'UNIT_ADMIN' && user?.unit ? user.unit : null;
  const scopeUnit = reportScope.unit ?? ownUnit;
  const scope: DashboardScope | null = governmentId && role ? { governmentId, unitId: scopeUnit?.id ?? null, name: scopeUnit?.name ?? governmentName, role, today: today() } : null;

  return (
    <>
      {reader && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} useFlexGap sx={{ flexWrap: 'wrap', my: 2 }}>
          <ReportScopeFields
            scope={reportScope}
            governmentLabel="asn.dashboard.scope_government"
            unitLabel="asn.dashboard.scope_unit"
            unitHint={ownUnit ? 'asn.dashboard.scope_own_unit_hint' : 'asn.dashboard.scope_unit_hint'}
          />
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

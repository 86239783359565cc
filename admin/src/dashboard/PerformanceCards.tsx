// Predikat distribution of the last completed year, and the rank promotions due soon.
import { Box, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useTranslate } from 'react-admin';
import { request } from '../dataProvider/client';
import { DashboardPredikatDocument, DashboardPromotionsDocument, type Predikat } from '../gql/graphql';
import { ChartCard } from './ChartCard';
import { addMonths } from '@asn-merit/common';
import { lastCompletedYear } from './charts/data';
import { StackedBar } from './charts/StackedBar';
import { useFormat } from '../i18n/format';
import { scopeArgs, type DashboardScope } from './scope';

const PREDIKAT_COLORS: Record<Predikat, string> = {
  SANGAT_BAIK: 'success.main',
  BAIK: 'primary.main',
  BUTUH_PERBAIKAN: 'warning.main',
  KURANG: 'error.light',
  SANGAT_KURANG: 'error.dark',
};
const MAX_UNITS = 6;

export const PredikatCard = ({ scope }: { scope: DashboardScope }) => {
  const translate = useTranslate();
  const fmt = useFormat();
  const year = lastCompletedYear(scope.today);
  const { data, error, isPending } = useQuery({
    queryKey: ['dashboard', 'predikat', scope.governmentId, scope.unitId, year],
    queryFn: async () => (await request(DashboardPredikatDocument, { governmentId: scope.governmentId, unitId: scope.unitId, year })).predikatDistribution,
  });
  const whole = data?.government;
  const segments = (counts: { predikat: Predikat; count: number }[]) =>
    counts.map((c) => ({ key: c.predikat, label: translate(`asn.enums.Predikat.${c.predikat}`), value: c.count, color: PREDIKAT_COLORS[c.predikat] }));
  const units = (data?.units ?? []).filter((u) => !u.withheld && u.unitId !== scope.unitId).slice(0, MAX_UNITS);
  const title = translate('asn.dashboard.predikat.title');
  return (
    <ChartCard
      name="predikat"
      title={title}
      subtitle={[translate('asn.dashboard.predikat.period', { year }), scope.name, whole?.total ? translate('asn.dashboard.predikat.rated', { count: fmt.num(whole.total), smart_count: whole.total }) : null].filter(Boolean).join(' · ')}
      link={{ to: '/evaluations', label: translate('asn.dashboard.predikat.link') }}
      loading={isPending}
      error={error}
      empty={!!whole && !whole.withheld && !whole.total}
    >
      {whole?.withheld ? (
        <Typography variant="body2" color="text.secondary">
          {translate('asn.dashboard.predikat.withheld', { count: fmt.num(data!.minimumUnitSize) })}
        </Typography>
      ) : (
        whole && <StackedBar label={`${title} ${year}`} format={fmt.num} pct={fmt.pct} segments={segments(whole.counts)} />
      )}
      {units.length > 0 && (
        <Box>
          <Typography variant="subtitle2" component="h3" gutterBottom>
            {translate('asn.dashboard.predikat.by_unit')}
          </Typography>
          <Stack component="ul" spacing={0.75} sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {units.map((u) => (
              <Box component="li" key={u.unitId} sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 38%) minmax(0, 1fr) 4rem', columnGap: 1, alignItems: 'center' }}>
                <Typography variant="body2" noWrap title={u.unitName}>
                  {u.unitName}
                </Typography>
                <Box
                  role="img"
                  aria-label={`${u.unitName}: ${u.counts.map((c) => `${translate(`asn.enums.Predikat.${c.predikat}`)} ${fmt.num(c.count)}`).join(', ')}`}
                  sx={{ display: 'flex', height: 12, borderRadius: 0.5, overflow: 'hidden', bgcolor: 'action.hover' }}
                >
                  {u.counts
                    .filter((c) => c.count > 0)
                    .map((c) => (
                      <Box key={c.predikat} sx={{ flex: `${c.count} 0 0`, bgcolor: PREDIKAT_COLORS[c.predikat] }} />
                    ))}
                </Box>
                <Typography variant="body2" sx={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                  {fmt.num(u.total ?? 0)}
                </Typography>
              </Box>
            ))}
          </Stack>
        </Box>
      )}
    </ChartCard>
  );
};

const LISTED = 8;

export const PromotionsCard = ({ scope }: { scope: DashboardScope }) => {
  const translate = useTranslate();
  const fmt = useFormat();
  const { data, error, isPending } = useQuery({
    queryKey: ['dashboard', 'promotions', scope.governmentId, scope.unitId],
    queryFn: async () => (await request(DashboardPromotionsDocument, { ...scopeArgs(scope), limit: LISTED })).hrAlerts,
  });
  const months = data?.promotionMonths ?? 3;
  return (
    <ChartCard
      name="promotions"
      title={translate('asn.dashboard.promotions.title', { months })}
      subtitle={`${scope.name} · ${translate('asn.dashboard.promotions.period', { date: fmt.date(addMonths(scope.today, months)) })}`}
      loading={isPending}
      error={error}
      empty={!!data && data.promotionsDue === 0}
      emptyText={translate('asn.dashboard.promotions.none')}
    >
      {data && (
        <>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
            <Typography variant="h4" component="p" data-testid="promotions-due" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {fmt.num(data.promotionsDue)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('asn.dashboard.promotions.due', { months })}
            </Typography>
          </Stack>
          <Stack component="ul" spacing={0.5} aria-label={translate('asn.dashboard.promotions.title', { months })} sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {data.promotions.map((p) => (
              <Box component="li" key={p.employeeId} sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 1, alignItems: 'baseline' }}>
                <Link to={`/employees/${p.employee.id}/show`} underline="hover" sx={{ fontWeight: 500 }}>
                  {p.employee.displayName}
                </Link>
                <Typography variant="caption" color="text.secondary">
                  {[
                    `${p.currentRank?.code ?? '—'} → ${p.nextRank?.code ?? '—'}`,
                    p.earliestTmt ? translate('asn.dashboard.promotions.tmt', { date: fmt.date(p.earliestTmt) }) : null,
                    p.eligible ? translate('asn.dashboard.promotions.eligible_now') : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography>
              </Box>
            ))}
          </Stack>
          {data.promotionsDue > data.promotions.length && (
            <Typography variant="body2" color="text.secondary">
              {translate('asn.dashboard.promotions.more', { count: fmt.num(data.promotionsDue - data.promotions.length) })}
            </Typography>
          )}
        </>
      )}
    </ChartCard>
  );
};

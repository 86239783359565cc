// Retirements per year for the next five years, and the units with the most of them.
import { Box, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { request } from '../dataProvider/client';
import { DashboardRetirementsDocument } from '../gql/graphql';
import { ChartCard } from './ChartCard';
import { ColumnChart } from './charts/ColumnChart';
import { HBarChart } from './charts/HBarChart';
import { useFormat } from '../i18n/format';
import { scopeArgs, type DashboardScope } from './scope';

export const YEARS = 5;

export const RetirementsCard = ({ scope }: { scope: DashboardScope }) => {
  const translate = useTranslate();
  const fmt = useFormat();
  const { data, error, isPending } = useQuery({
    queryKey: ['dashboard', 'retirements', scope.governmentId, scope.unitId],
    queryFn: async () => (await request(DashboardRetirementsDocument, { ...scopeArgs(scope), years: YEARS })).retirementProjection,
  });
  const title = translate('asn.dashboard.retirements.title');
  // Units with the most retirements over the whole period.
  const byUnit = new Map<string, { key: string; label: string; value: number }>();
  for (const c of data?.cells ?? []) {
    if (!c.unit) continue;
    const u = byUnit.get(c.unit.id) ?? { key: c.unit.id, label: c.unit.name, value: 0 };
    u.value += c.count;
    byUnit.set(c.unit.id, u);
  }
  const topUnits = [...byUnit.values()].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label)).slice(0, 3);
  return (
    <ChartCard
      name="retirements"
      title={title}
      subtitle={data ? `${scope.name} · ${translate('asn.dashboard.retirements.period', { from: data.fromYear, to: data.toYear })}` : scope.name}
      loading={isPending}
      error={error}
    >
      {data && (
        <>
          <Typography variant="body2">
            <Box component="strong" data-testid="retirements-total" sx={{ fontSize: '1.25rem', fontVariantNumeric: 'tabular-nums' }}>
              {fmt.num(data.total)}
            </Box>{' '}
            {translate('asn.dashboard.retirements.total', { years: YEARS, smart_count: data.total })}
          </Typography>
          <ColumnChart label={title} format={fmt.num} columns={data.byYear.map((y) => ({ key: String(y.year), label: String(y.year), value: y.count }))} />
          {topUnits.length > 0 && (
            <Box>
              <Typography variant="subtitle2" component="h3" gutterBottom>
                {translate('asn.dashboard.retirements.by_unit')}
              </Typography>
              <HBarChart items={topUnits.map((u) => ({ ...u, color: 'secondary.main' }))} label={translate('asn.dashboard.retirements.by_unit')} format={fmt.num} />
            </Box>
          )}
        </>
      )}
    </ChartCard>
  );
};

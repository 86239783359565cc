// Headcount charts: by unit (horizontal bars), the composition by ASN type and sex (stacked bars),
// and by rank (horizontal bars, I/a to IV/e then PPPK golongan).
import { Box, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { request } from '../dataProvider/client';
import { DashboardHeadcountDocument, type HeadcountGroup } from '../gql/graphql';
import { ChartCard } from './ChartCard';
import { HBarChart, type BarItem } from './charts/HBarChart';
import { share, topWithRest } from './charts/data';
import { StackedBar } from './charts/StackedBar';
import { useFormat } from '../i18n/format';
import { listLink, scopeArgs, type DashboardScope } from './scope';

const MAX_UNITS = 10;

function useHeadcount(scope: DashboardScope, groupBy: HeadcountGroup) {
  return useQuery({
    queryKey: ['dashboard', 'headcount', groupBy, scope.governmentId, scope.unitId],
    queryFn: async () => (await request(DashboardHeadcountDocument, { groupBy, ...scopeArgs(scope) })).headcount,
  });
}

/** Employees list filtered to the scope (and more). */
const employeesLink = (scope: DashboardScope, filter: Record<string, unknown> = {}) => listLink('employees', { ...(scope.unitId ? { unitId: scope.unitId } : {}), ...filter });

export const HeadcountByUnitCard = ({ scope }: { scope: DashboardScope }) => {
  const translate = useTranslate();
  const fmt = useFormat();
  const { data, error, isPending } = useHeadcount(scope, 'UNIT');
  const items: BarItem[] = (data?.buckets ?? []).map((b) => {
    if (b.key === 'NONE') return { key: b.key, label: translate('asn.dashboard.headcount_unit.not_placed'), value: b.count, muted: true };
    if (b.key === data?.unit?.id) return { key: b.key, label: translate('asn.dashboard.headcount_unit.unit_itself', { name: b.label }), value: b.count, muted: true };
    return { key: b.key, label: b.label, hint: `${b.label}${b.detail ? ` (${b.detail})` : ''}`, value: b.count, to: employeesLink(scope, { unitId: b.key }) };
  });
  const shown = topWithRest(items, MAX_UNITS, (count, value) => ({ key: 'rest', label: translate('asn.dashboard.others', { count: fmt.num(count) }), value, muted: true, noBar: true }) as BarItem);
  const title = translate(scope.unitId ? 'asn.dashboard.headcount_unit.title_sub' : 'asn.dashboard.headcount_unit.title');
  return (
    <ChartCard
      name="headcount-unit"
      title={title}
      subtitle={data ? `${scope.name} · ${translate('asn.dashboard.as_of', { date: fmt.date(data.asOf) })} · ${translate('asn.dashboard.employees', { count: fmt.num(data.total), smart_count: data.total })}` : scope.name}
      link={{ to: '/units', label: translate('asn.dashboard.headcount_unit.link') }}
      loading={isPending}
      error={error}
      empty={!!data && data.buckets.length === 0}
    >
      <HBarChart items={shown} label={title} format={fmt.num} />
    </ChartCard>
  );
};

const ASN_COLORS: Record<string, string> = { PNS: 'primary.main', PPPK: 'secondary.main', PPPK_PARUH_WAKTU: 'info.main', NONE: 'text.disabled' };
const SEX_COLORS: Record<string, string> = { MALE: 'info.main', FEMALE: 'secondary.main', NONE: 'text.disabled' };

export const CompositionCard = ({ scope }: { scope: DashboardScope }) => {
  const translate = useTranslate();
  const fmt = useFormat();
  const asn = useHeadcount(scope, 'ASN_TYPE');
  const sex = useHeadcount(scope, 'SEX');
  const total = asn.data?.total ?? 0;
  const label = (enumName: string, key: string, fallback: string) => (key === 'NONE' ? translate('asn.dashboard.not_recorded') : translate(`asn.enums.${enumName}.${key}`, { _: fallback }));
  return (
    <ChartCard
      name="composition"
      title={translate('asn.dashboard.composition.title')}
      subtitle={asn.data ? `${scope.name} · ${translate('asn.dashboard.as_of', { date: fmt.date(asn.data.asOf) })}` : scope.name}
      link={{ to: employeesLink(scope), label: translate('asn.dashboard.composition.link') }}
      loading={asn.isPending || sex.isPending}
      error={asn.error ?? sex.error}
      empty={!!asn.data && total === 0}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
        <Typography variant="h4" component="p" data-testid="headcount-total" sx={{ fontVariantNumeric: 'tabular-nums' }}>
          {fmt.num(total)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('asn.dashboard.composition.in_service')}
        </Typography>
      </Stack>
      <Box data-group="ASN_TYPE">
        <Typography variant="subtitle2" component="h3" gutterBottom>
          {translate('asn.dashboard.composition.asn_type')}
        </Typography>
        <StackedBar
          label={translate('asn.dashboard.composition.asn_type')}
          format={fmt.num}
          pct={fmt.pct}
          segments={(asn.data?.buckets ?? []).map((b) => ({ key: b.key, label: label('AsnType', b.key, b.label), value: b.count, color: ASN_COLORS[b.key] ?? 'grey.500', to: b.key === 'NONE' ? undefined : employeesLink(scope, { asnType: b.key }) }))}
        />
      </Box>
      <Box data-group="SEX">
        <Typography variant="subtitle2" component="h3" gutterBottom>
          {translate('asn.dashboard.composition.sex')}
        </Typography>
        <StackedBar
          label={translate('asn.dashboard.composition.sex')}
          format={fmt.num}
          pct={fmt.pct}
          segments={(sex.data?.buckets ?? []).map((b) => ({ key: b.key, label: label('Sex', b.key, b.label), value: b.count, color: SEX_COLORS[b.key] ?? 'grey.500', to: b.key === 'NONE' ? undefined : employeesLink(scope, { sex: b.key }) }))}
        />
      </Box>
    </ChartCard>
  );
};

export const RankCard = ({ scope }: { scope: DashboardScope }) => {
  const translate = useTranslate();
  const fmt = useFormat();
  const { data, error, isPending } = useHeadcount(scope, 'RANK');
  const title = translate('asn.dashboard.rank.title');
  const items: BarItem[] = (data?.buckets ?? []).map((b) => ({
    key: b.key,
    label: b.key === 'NONE' ? translate('asn.dashboard.rank.no_rank') : b.label,
    hint: b.detail ? `${b.label} · ${b.detail}` : undefined,
    value: b.count,
    note: data ? fmt.pct(share(b.count, data.total)) : undefined,
    color: b.key.startsWith('PPPK:') ? 'secondary.main' : 'primary.main',
    muted: b.key === 'NONE',
  }));
  return (
    <ChartCard
      name="headcount-rank"
      title={title}
      subtitle={data ? `${scope.name} · ${translate('asn.dashboard.as_of', { date: fmt.date(data.asOf) })}` : scope.name}
      link={{ to: '/duk', label: translate('asn.dashboard.rank.link') }}
      loading={isPending}
      error={error}
      empty={!!data && data.buckets.length === 0}
    >
      <HBarChart items={items} label={title} format={fmt.num} />
    </ChartCard>
  );
};

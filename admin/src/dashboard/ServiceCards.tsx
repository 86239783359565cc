// Retirements per year for the next five years, and the IKM of each unit with its trend.
import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { ScrollBox } from '../common/ConditionTable';
import { request } from '../dataProvider/client';
import { DashboardIkmDocument, DashboardRetirementsDocument } from '../gql/graphql';
import { ChartCard } from './ChartCard';
import { ColumnChart } from './charts/ColumnChart';
import { HBarChart } from './charts/HBarChart';
import { Sparkline } from './charts/Sparkline';
import { useFormat } from './charts/format';
import { isReader, scopeArgs, type DashboardScope } from './scope';

const YEARS = 5;

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

const GRADE_COLORS: Record<string, 'success' | 'info' | 'warning' | 'error'> = { A: 'success', B: 'info', C: 'warning', D: 'error' };
const MAX_UNITS = 12;

/** A unit's own IKM range, at least 5 points wide so that small moves do not look like leaps. */
function sparkRange(values: number[]): { min: number; max: number } {
  if (!values.length) return { min: 25, max: 100 };
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max(0, 5 - (hi - lo)) / 2;
  return { min: lo - pad, max: hi + pad };
}

interface UnitIkm {
  unitId: string;
  unitName: string;
  latest: { year: number; ikm: number; grade: string | null; gradeLabel: string | null; ikmChange: number | null } | null;
  byYear: Map<number, number | null>;
}

export const IkmCard = ({ scope }: { scope: DashboardScope }) => {
  const translate = useTranslate();
  const fmt = useFormat();
  const toYear = Number(scope.today.slice(0, 4));
  const fromYear = toYear - YEARS + 1;
  const { data, error, isPending } = useQuery({
    queryKey: ['dashboard', 'ikm', scope.governmentId, scope.unitId, scope.today],
    queryFn: async () =>
      (
        await request(DashboardIkmDocument, {
          scope: scope.unitId ? { unitId: scope.unitId, includeSubUnits: true } : { governmentId: scope.governmentId },
          period: { from: `${fromYear}-01-01`, to: scope.today },
        })
      ).surveyIndices,
  });
  const units = new Map<string, UnitIkm>();
  for (const r of data ?? []) {
    if (!r.unitId) continue;
    const u = units.get(r.unitId) ?? { unitId: r.unitId, unitName: r.unitName ?? '', latest: null, byYear: new Map() };
    const ikm = r.withheld ? null : r.ikm;
    u.byYear.set(r.year, ikm);
    if (ikm !== null && (!u.latest || r.year > u.latest.year)) u.latest = { year: r.year, ikm, grade: r.grade, gradeLabel: r.gradeLabel, ikmChange: r.ikmChange };
    units.set(r.unitId, u);
  }
  const rows = [...units.values()].sort((a, b) => (b.latest?.ikm ?? -1) - (a.latest?.ikm ?? -1) || a.unitName.localeCompare(b.unitName));
  const shown = rows.slice(0, MAX_UNITS);
  const years = Array.from({ length: YEARS }, (_, i) => fromYear + i);
  const title = translate('asn.dashboard.ikm.title');
  const link = isReader(scope.role) ? { to: '/surveys', label: translate('asn.dashboard.ikm.link') } : { to: '/publik/transparansi', label: translate('asn.dashboard.ikm.public_link') };
  return (
    <ChartCard
      name="ikm"
      title={title}
      subtitle={`${scope.name} · ${translate('asn.dashboard.ikm.period', { from: fromYear, to: toYear })}`}
      link={link}
      loading={isPending}
      error={error}
      empty={!!data && rows.length === 0}
    >
      <ScrollBox>
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('asn.dashboard.ikm.unit')}</TableCell>
              <TableCell>{translate('asn.dashboard.ikm.latest')}</TableCell>
              <TableCell align="right">{translate('asn.dashboard.ikm.change')}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('asn.dashboard.ikm.trend')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((u) => {
              const change = u.latest?.ikmChange ?? null;
              const range = sparkRange([...u.byYear.values()].filter((v): v is number => v !== null));
              const signed = change === null ? '—' : `${change > 0 ? '+' : change < 0 ? '−' : '±'}${fmt.dec(Math.abs(change))}`;
              return (
                <TableRow key={u.unitId} data-unit={u.unitId}>
                  <TableCell sx={{ maxWidth: { xs: 120, sm: 180, md: 300 } }}>
                    <Typography variant="body2" noWrap title={u.unitName}>
                      {u.unitName}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {u.latest ? (
                      <>
                        <Box component="span" sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }} data-value={u.latest.ikm}>
                          {fmt.dec(u.latest.ikm)}
                        </Box>{' '}
                        {u.latest.grade && <Chip size="small" color={GRADE_COLORS[u.latest.grade] ?? 'default'} label={u.latest.grade} title={u.latest.gradeLabel ?? undefined} />}{' '}
                        <Typography component="span" variant="caption" color="text.secondary">
                          ({u.latest.year})
                        </Typography>
                      </>
                    ) : (
                      <Typography component="span" variant="body2" color="text.secondary">
                        {translate('asn.dashboard.ikm.withheld')}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', color: change === null || change === 0 ? 'text.secondary' : change > 0 ? 'success.main' : 'error.main' }} aria-label={translate('asn.dashboard.ikm.change_label', { value: signed })}>
                    {change !== null && change !== 0 && <span aria-hidden>{change > 0 ? '▲ ' : '▼ '}</span>}
                    {signed}
                  </TableCell>
                  <TableCell>
                    <Sparkline
                      values={years.map((y) => u.byYear.get(y) ?? null)}
                      min={range.min}
                      max={range.max}
                      label={translate('asn.dashboard.ikm.trend_label', {
                        unit: u.unitName,
                        values: years
                          .filter((y) => u.byYear.get(y) != null)
                          .map((y) => `${y} ${fmt.dec(u.byYear.get(y)!)}`)
                          .join(', '),
                      })}
                    />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </ScrollBox>
      {rows.length > shown.length && (
        <Typography variant="body2" color="text.secondary">
          {translate('asn.dashboard.others', { count: fmt.num(rows.length - shown.length) })}
        </Typography>
      )}
    </ChartCard>
  );
};

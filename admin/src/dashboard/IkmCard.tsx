// The IKM of each unit of the scope, its change from the year before and its trend over five years.
import { Box, Chip, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { DataTable, useTranslate } from 'react-admin';
import { RowsTable, rowPropsBody } from '../common/RowsTable';
import { ScrollBox } from '../common/ScrollBox';
import { request } from '../dataProvider/client';
import { DashboardIkmDocument } from '../gql/graphql';
import { useFormat } from '../i18n/format';
import { ChartCard } from './ChartCard';
import { Sparkline } from './charts/Sparkline';
import { YEARS } from './RetirementsCard';
import { isReader, type DashboardScope } from './scope';

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
  id: string;
  unitId: string;
  unitName: string;
  latest: { year: number; ikm: number; grade: string | null; gradeLabel: string | null; ikmChange: number | null } | null;
  /** IKM per year (null: withheld); a plain object, so the rows compare by value. */
  byYear: Record<number, number | null>;
}

const Col = DataTable.Col<UnitIkm>;
const IkmBody = rowPropsBody<UnitIkm>((u) => ({ 'data-unit': u.unitId }));

/** The unit's latest IKM (its value in `data-value`), grade and year, or why there is none. */
const Latest = ({ u }: { u: UnitIkm }) => {
  const translate = useTranslate();
  const fmt = useFormat();
  if (!u.latest)
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate('asn.dashboard.ikm.withheld')}
      </Typography>
    );
  return (
    <>
      <Box component="span" sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }} data-value={u.latest.ikm}>
        {fmt.dec(u.latest.ikm)}
      </Box>{' '}
      {u.latest.grade && <Chip size="small" color={GRADE_COLORS[u.latest.grade] ?? 'default'} label={u.latest.grade} title={u.latest.gradeLabel ?? undefined} />}{' '}
      <Typography component="span" variant="caption" color="text.secondary">
        ({u.latest.year})
      </Typography>
    </>
  );
};

/** The change from the year before, signed and coloured. */
const Change = ({ change }: { change: number | null }) => {
  const translate = useTranslate();
  const fmt = useFormat();
  const signed = change === null ? '—' : `${change > 0 ? '+' : change < 0 ? '−' : '±'}${fmt.dec(Math.abs(change))}`;
  return (
    <Box
      component="span"
      sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', color: change === null || change === 0 ? 'text.secondary' : change > 0 ? 'success.main' : 'error.main' }}
      aria-label={translate('asn.dashboard.ikm.change_label', { value: signed })}
    >
      {change !== null && change !== 0 && <span aria-hidden>{change > 0 ? '▲ ' : '▼ '}</span>}
      {signed}
    </Box>
  );
};

/** The unit's IKM over the years shown, on its own scale. */
const Trend = ({ u, years }: { u: UnitIkm; years: number[] }) => {
  const translate = useTranslate();
  const fmt = useFormat();
  const range = sparkRange(Object.values(u.byYear).filter((v): v is number => v !== null));
  return (
    <Sparkline
      values={years.map((y) => u.byYear[y] ?? null)}
      min={range.min}
      max={range.max}
      label={translate('asn.dashboard.ikm.trend_label', {
        unit: u.unitName,
        values: years
          .filter((y) => u.byYear[y] != null)
          .map((y) => `${y} ${fmt.dec(u.byYear[y]!)}`)
          .join(', '),
      })}
    />
  );
};

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
    const u = units.get(r.unitId) ?? { id: r.unitId, unitId: r.unitId, unitName: r.unitName ?? '', latest: null, byYear: {} };
    const ikm = r.withheld ? null : r.ikm;
    u.byYear[r.year] = ikm;
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
        <RowsTable<UnitIkm> rows={shown} resource="dashboardIkm" hover={false} body={IkmBody} aria-label={title}>
          <Col
            label="asn.dashboard.ikm.unit"
            sx={{ maxWidth: { xs: 120, sm: 180, md: 300 } }}
            render={(u) => (
              <Typography variant="body2" noWrap title={u.unitName}>
                {u.unitName}
              </Typography>
            )}
          />
          <Col label="asn.dashboard.ikm.latest" cellSx={() => ({ whiteSpace: 'nowrap' })} render={(u) => <Latest u={u} />} />
          <Col label="asn.dashboard.ikm.change" align="right" render={(u) => <Change change={u.latest?.ikmChange ?? null} />} />
          <Col label="asn.dashboard.ikm.trend" sx={{ whiteSpace: 'nowrap' }} render={(u) => <Trend u={u} years={years} />} />
        </RowsTable>
      </ScrollBox>
      {rows.length > shown.length && (
        <Typography variant="body2" color="text.secondary">
          {translate('asn.dashboard.others', { count: fmt.num(rows.length - shown.length) })}
        </Typography>
      )}
    </ChartCard>
  );
};

// "Kebutuhan pegawai": the needs of a unit (with sub-units) or government for a year from the
// approved ABK — units coloured by gap (click to open the sub-units), need against staff per
// sector, the largest shortages and surpluses, the population ratios — and the five-year plan.
import { Alert, Box, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, DataTable, Title, useTranslate } from 'react-admin';
import { ReportScopeFields, useReportScope } from '../common/ReportScope';
import { RowsTable } from '../common/RowsTable';
import { request } from '../dataProvider/client';
import { WorkforceNeedsDocument, type NeedGroupItemFragment, type PositionNeedItemFragment, type WorkforceNeedsQuery } from '../gql/graphql';
import { useFormat } from '../i18n/format';
import { NeedBars } from './NeedBars';
import { PlanSection } from './PlanSection';

const thisYear = new Date().getFullYear();
const PositionCol = DataTable.Col<PositionNeedItemFragment & { id: string }>;
const RatioCol = DataTable.Col<WorkforceNeedsQuery['workforceNeeds']['ratios'][number] & { id: string }>;

/** A unit's colour by its gap relative to its need: short (warning/error) or over (info). */
export const gapColor = (g: { gap: number; requiredStaffRounded: number }) => {
  const share = g.requiredStaffRounded > 0 ? g.gap / g.requiredStaffRounded : g.gap > 0 ? 1 : 0;
  return share > 0.25 ? 'error.main' : share > 0.05 ? 'warning.main' : share < -0.05 ? 'info.main' : 'success.main';
};

const UnitTile = ({ unit, onOpen }: { unit: NeedGroupItemFragment; onOpen: () => void }) => {
  const translate = useTranslate();
  return (
    <Box
      role="button"
      data-testid="need-unit"
      onClick={unit.hasSubUnits ? onOpen : undefined}
      sx={{ p: 1.5, borderLeft: 6, borderColor: gapColor(unit), bgcolor: 'action.hover', borderRadius: 1, cursor: unit.hasSubUnits ? 'pointer' : 'default', minWidth: 220, flex: '1 1 220px' }}
    >
      <Typography variant="subtitle2">{unit.label}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('asn.workforce.need')} {unit.requiredStaffRounded} · {translate('asn.workforce.bezetting')} {unit.bezetting} ·{' '}
        {unit.gap > 0 ? translate('asn.workforce.short', { smart_count: unit.gap }) : unit.gap < 0 ? translate('asn.workforce.over', { smart_count: -unit.gap }) : translate('asn.workforce.balanced')}
      </Typography>
    </Box>
  );
};

const Positions = ({ rows, title }: { rows: PositionNeedItemFragment[]; title: string }) => {
  const translate = useTranslate();
  const fmt = useFormat();
  return (
    <Box sx={{ flex: 1, minWidth: 320 }}>
      <Typography variant="subtitle1">{translate(title)}</Typography>
      <RowsTable rows={rows.map((r) => ({ ...r, id: r.positionId }))} resource="positionNeeds">
        <PositionCol label="asn.workforce.position" render={(r) => `${r.title} — ${r.unitName}`} />
        <PositionCol label="asn.workforce.required" render={(r) => (r.requiredStaff === null ? '—' : fmt.dec(r.requiredStaff, 2))} />
        <PositionCol label="asn.workforce.bezetting" render={(r) => fmt.num(r.bezetting)} />
        <PositionCol label="asn.workforce.gap" render={(r) => fmt.num(r.gap ?? 0)} />
      </RowsTable>
    </Box>
  );
};

export const NeedsPage = () => {
  const translate = useTranslate();
  const fmt = useFormat();
  const scope = useReportScope();
  const [year, setYear] = useState(thisYear);
  const ready = !scope.choosesGovernment || !!scope.governmentId;
  const { data, error } = useQuery({ enabled: ready, queryKey: ['workforceNeeds', scope.args, year], queryFn: () => request(WorkforceNeedsDocument, { ...scope.args, year }) });
  const n = data?.workforceNeeds;
  return (
    <Card sx={{ mt: { xs: 1, sm: 2 } }}>
      <Title title="asn.workforce.needs_title" />
      <CardContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('asn.workforce.needs_description')}
        </Typography>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ mb: 2, flexWrap: 'wrap' }}>
          <ReportScopeFields scope={scope} governmentLabel="asn.workforce.government" unitLabel="asn.workforce.unit" unitHint="asn.workforce.unit_hint" />
          <TextField select size="small" label={translate('asn.workforce.year')} value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ minWidth: 120 }}>
            {[0, 1, 2, 3, 4].map((i) => (
              <MenuItem key={i} value={thisYear + i}>
                {thisYear + i}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        {error && <Alert severity="error">{error.message}</Alert>}
        {!n ? (
          !error && <Typography>…</Typography>
        ) : (
          <>
            <Typography variant="h6" data-testid="needs-totals">
              {translate('asn.workforce.need')} {fmt.num(n.totals.requiredStaffRounded)} · {translate('asn.workforce.bezetting')} {fmt.num(n.totals.bezetting)} ·{' '}
              {translate('asn.workforce.short', { smart_count: n.totals.shortage })} · {translate('asn.workforce.over', { smart_count: n.totals.surplus })}
            </Typography>
            <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center' }}>
              <Typography variant="subtitle1">{translate('asn.workforce.units')}</Typography>
              {scope.unit && <Button label="asn.workforce.up" onClick={() => scope.setUnit(null)} />}
            </Stack>
            <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap', my: 1 }}>
              {n.byUnit.map((u) => (
                <UnitTile key={u.key} unit={u} onOpen={() => scope.setUnit({ id: u.key, name: u.label })} />
              ))}
            </Stack>
            <NeedBars title="asn.workforce.sectors" groups={n.bySector.map((s) => ({ ...s, label: translate(`asn.enums.Sector.${s.key}`) }))} />
            <NeedBars title="asn.workforce.kinds" groups={n.byKind.map((k) => ({ ...k, label: translate(`asn.enums.PositionKind.${k.key}`) }))} />
            <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ mt: 2 }}>
              <Positions rows={n.largestShortages} title="asn.workforce.shortages" />
              <Positions rows={n.largestSurpluses} title="asn.workforce.surpluses" />
            </Stack>
            <Typography variant="subtitle1" sx={{ mt: 2 }}>
              {translate('asn.workforce.ratios')}
            </Typography>
            <RowsTable rows={n.ratios.map((r) => ({ ...r, id: `${r.ratioId}-${r.unitName}` }))} resource="ratioNeeds">
              <RatioCol
                label="asn.workforce.ratios"
                render={(r) =>
                  translate('asn.workforce.ratio_line', {
                    unit: r.unitName,
                    staff: fmt.num(r.staff),
                    population: fmt.num(r.population),
                    per: fmt.num(r.targetStaffPer),
                    target: fmt.num(r.targetPopulation),
                    result: r.shortfall > 0 ? translate('asn.workforce.short', { smart_count: r.shortfall }) : translate('asn.workforce.over', { smart_count: -r.shortfall }),
                  })
                }
              />
              <RatioCol label="asn.workforce.target" render={(r) => r.label} />
            </RowsTable>
            <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
              {n.legalBasis}
            </Typography>
          </>
        )}
        {ready && <PlanSection scope={scope.args} />}
      </CardContent>
    </Card>
  );
};

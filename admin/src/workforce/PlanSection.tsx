// The five-year plan of the page's scope: need and staff per year (bars), a table of positions with
// the recruits of each year (the `workforcePlan` resource through ReportListBase), CSV and XLSX
// downloads of the whole plan, and a what-if growth of the health sector's population.
import DownloadIcon from '@mui/icons-material/Download';
import { Box, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, DataTable, useListContext, useLocaleState, useTranslate } from 'react-admin';
import { downloadExport } from '../common/download';
import { ReportError, ReportListBase, ReportTable } from '../common/ReportList';
import { useAction } from '../common/useConfirmedAction';
import { useFormat } from '../i18n/format';
import { NeedBars } from './NeedBars';
import type { PlanEntry, PlanFilter, PlanMeta } from './plan.adapter';

const Col = DataTable.Col<PlanEntry>;
const thisYear = new Date().getFullYear();

const Downloads = () => {
  const [locale] = useLocaleState();
  const { meta } = useListContext();
  const plan = meta as PlanMeta | undefined;
  const csv = useAction({ run: () => downloadExport(plan!.exportPath, locale, 'rencana-kebutuhan.csv') });
  const xlsx = useAction({ run: () => downloadExport(plan!.exportPath.replace('.csv?', '.xlsx?'), locale, 'rencana-kebutuhan.xlsx') });
  return (
    <Stack direction="row" spacing={1}>
      <Button label="asn.workforce.download_csv" onClick={csv.start} disabled={!plan || csv.busy} variant="outlined" startIcon={<DownloadIcon />} />
      <Button label="asn.workforce.download_xlsx" onClick={xlsx.start} disabled={!plan || xlsx.busy} variant="contained" startIcon={<DownloadIcon />} />
    </Stack>
  );
};

const PerYear = () => {
  const translate = useTranslate();
  const { meta } = useListContext();
  const plan = meta as PlanMeta | undefined;
  if (!plan) return null;
  return (
    <>
      <NeedBars
        title="asn.workforce.plan_per_year"
        groups={plan.totals.years.map((y) => ({ key: String(y.year), label: translate('asn.workforce.recruit', { year: y.year }) + `: ${y.recruit}`, requiredStaffRounded: y.need, bezetting: y.available }))}
      />
      {plan.positionsWithoutAbk > 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('asn.workforce.without_abk', { smart_count: plan.positionsWithoutAbk })}
        </Typography>
      )}
    </>
  );
};

export const PlanSection = ({ scope }: { scope: { unitId: string | null; governmentId: string | null } }) => {
  const translate = useTranslate();
  const fmt = useFormat();
  const [growth, setGrowth] = useState('');
  const percent = Number(growth);
  const filter: PlanFilter = { ...scope, fromYear: thisYear, scenario: growth && Number.isFinite(percent) && percent !== 0 ? { sectorGrowth: [{ sector: 'KESEHATAN' as never, percentPerYear: percent }] } : null };
  const years = [0, 1, 2, 3, 4].map((i) => thisYear + i);
  return (
    <Box sx={{ mt: 4 }} data-testid="plan">
      <Typography variant="h6" component="h2">
        {translate('asn.workforce.plan_title')} {years[0]}–{years[4]}
      </Typography>
      <ReportListBase resource="workforcePlan" filter={filter} perPage={25}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ my: 2, alignItems: { md: 'center' } }}>
          <TextField size="small" type="number" label={translate('asn.workforce.growth')} value={growth} onChange={(e) => setGrowth(e.target.value)} sx={{ minWidth: 380 }} />
          <Box sx={{ flex: 1 }} />
          <Downloads />
        </Stack>
        <ReportError />
        <PerYear />
        <ReportTable<PlanEntry> perPageOptions={[25, 50, 100]} minWidth={900} sx={{ mt: 2 }}>
          <Col label="asn.workforce.position" render={(r) => `${r.title} — ${r.unitName}`} />
          <Col label="asn.workforce.required" render={(r) => (r.requiredStaff === null ? '—' : fmt.dec(r.requiredStaff, 2))} />
          <Col label="asn.workforce.bezetting" render={(r) => fmt.num(r.bezetting)} />
          {years.map((y, i) => (
            <Col key={y} label={translate('asn.workforce.recruit', { year: y })} render={(r) => <span data-testid={`recruit-${y}`}>{fmt.num(r.years[i]?.recruit ?? 0)}</span>} />
          ))}
          <Col label="asn.workforce.total" render={(r) => fmt.num(r.totalRecruit)} />
        </ReportTable>
      </ReportListBase>
    </Box>
  );
};

// Daftar Urut Kepangkatan (DUK): the PNS of a unit (and its sub-units) or of the whole government,
// most senior first, on a date; the whole list downloads as CSV from the server. The list is the
// `duk` resource of the data provider, read through ReportListBase (common/ReportList.tsx).
import DownloadIcon from '@mui/icons-material/Download';
import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, Title, useListContext, useLocaleState, useTranslate } from 'react-admin';
import { AsOfField, isAsOf } from '../common/AsOfField';
import { downloadExport } from '../common/download';
import { LocalDate } from '../common/fields';
import { ReportError, ReportListBase } from '../common/ReportList';
import { ReportScopeFields, useReportScope } from '../common/ReportScope';
import { useAction } from '../common/useConfirmedAction';
import type { DukFilter, DukMeta } from './duk.adapter';
import { DukTable } from './DukTable';

/** The whole list (every page) as CSV, for the date of the answer shown. */
const DownloadButton = () => {
  const [locale] = useLocaleState();
  const { meta } = useListContext();
  const duk = meta as DukMeta | undefined;
  const csv = useAction({ run: () => downloadExport(duk!.csvPath, locale, `DUK-${duk!.asOf}.csv`) });
  return <Button label="asn.duk.download" onClick={csv.start} disabled={!duk || csv.busy} variant="contained" startIcon={<DownloadIcon />} />;
};

/** How many PNS the list holds, on which date. */
const Summary = () => {
  const translate = useTranslate();
  const { meta, total, isPending } = useListContext();
  if (isPending || !meta) return null;
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('asn.duk.count', { smart_count: total ?? 0 })} · {translate('asn.common.as_of')} <LocalDate value={(meta as DukMeta).asOf} />
    </Typography>
  );
};

export const DukPage = () => {
  const translate = useTranslate();
  const scope = useReportScope();
  const [asOf, setAsOf] = useState('');
  const ready = (!scope.choosesGovernment || !!scope.governmentId) && isAsOf(asOf);
  const filter: DukFilter = { ...scope.args, asOf: asOf || null };
  return (
    <Card sx={{ mt: { xs: 1, sm: 2 } }}>
      <Title title="asn.duk.title" />
      <CardContent>
        <ReportListBase resource="duk" filter={filter} perPage={25} enabled={ready}>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('asn.duk.description')}
          </Typography>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ alignItems: { md: 'flex-start' }, flexWrap: 'wrap', mb: 2 }}>
            <ReportScopeFields scope={scope} governmentLabel="asn.duk.government" unitLabel="asn.duk.unit" unitHint="asn.duk.unit_hint" />
            <AsOfField value={asOf} onChange={setAsOf} helperText="asn.common.as_of_hint" />
            <Box sx={{ flex: 1 }} />
            <DownloadButton />
          </Stack>
          <ReportError />
          <Summary />
          <DukTable />
        </ReportListBase>
      </CardContent>
    </Card>
  );
};

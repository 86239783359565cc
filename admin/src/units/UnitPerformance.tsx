// Tab of the unit page: the annual predikat of the unit's employees against the bound of its
// organisation rating (SE MenPANRB 3/2023), and, for administrators, setting that rating.
import EditIcon from '@mui/icons-material/Edit';
import { today, yearOf } from '@asn-merit/common';
import { Alert, Card, CardContent, Chip, MenuItem, Select, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, DataTable, SelectInput, required, useRecordContext, useTranslate } from 'react-admin';
import { DialogForm } from '../common/DialogForm';
import { choices } from '../common/enums';
import { useCanWrite } from '../common/permissions';
import { Reasons } from '../common/Reasons';
import { RowsTable } from '../common/RowsTable';
import { request } from '../dataProvider/client';
import { OrgUnitDistributionDocument, OrgUnitRatingSetDocument, type OrgUnitDistributionQuery, type OrganizationRatingValue } from '../gql/graphql';
import { useFormat } from '../i18n/format';

type Check = OrgUnitDistributionQuery['performanceDistribution']['checks'][number] & { id: string };
const Col = DataTable.Col<Check>;

const thisYear = yearOf(today());
const YEARS = [0, 1, 2, 3, 4, 5].map((d) => thisYear - d);

const RatingForm = ({ unitId, year, rating, open, onClose }: { unitId: string; year: number; rating?: OrganizationRatingValue | null; open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const submit = (values: Record<string, unknown>) => request(OrgUnitRatingSetDocument, { input: { unitId, year, rating: values.rating as OrganizationRatingValue } });
  return (
    <DialogForm open={open} title={translate('asn.org_rating.set_title', { year })} record={{ rating: rating ?? undefined }} fields={['rating', 'year']} onClose={onClose} onSubmit={submit}>
      <SelectInput source="rating" label="asn.org_rating.rating" choices={choices('OrganizationRatingValue')} validate={required()} helperText="asn.org_rating.hint" fullWidth />
    </DialogForm>
  );
};

export const UnitPerformanceTab = () => {
  const translate = useTranslate();
  const fmt = useFormat();
  const write = useCanWrite();
  const record = useRecordContext<{ id: string }>();
  const [year, setYear] = useState(thisYear - 1);
  const [open, setOpen] = useState(false);
  const { data, error, isPending } = useQuery({ enabled: !!record, queryKey: ['distribution', record?.id, year], queryFn: () => request(OrgUnitDistributionDocument, { unitId: record!.id, year }) });
  if (!record) return null;
  const d = data?.performanceDistribution;
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Select size="small" value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ width: 140 }} inputProps={{ 'aria-label': translate('asn.org_rating.year') }}>
          {YEARS.map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </Select>
        {write && <Button label="asn.org_rating.set" startIcon={<EditIcon />} variant="outlined" onClick={() => setOpen(true)} disabled={isPending} />}
      </Stack>
      {error && <Alert severity="error">{error.message}</Alert>}
      {isPending && <Typography>…</Typography>}
      {d && (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h6">
              {translate('asn.org_rating.rating')} {d.year}: {d.organizationRating ? translate(`asn.enums.OrganizationRatingValue.${d.organizationRating}`) : translate('asn.org_rating.not_set')}
            </Typography>
            <Chip sx={{ mt: 1 }} color={d.compliant ? 'success' : 'warning'} label={translate(d.compliant ? 'asn.org_rating.compliant' : 'asn.org_rating.not_compliant')} />
            <Typography variant="body2" sx={{ mt: 1 }}>
              {translate('asn.org_rating.total', { count: d.total })}: {d.counts.map((c) => `${translate(`asn.enums.Predikat.${c.predikat}`)} ${c.count}`).join(' · ')}
            </Typography>
            {d.checks.length > 0 && (
              <RowsTable<Check> rows={d.checks.map((c) => ({ ...c, id: c.description }))} resource="distributionChecks" hover={false} sx={{ mt: 1 }}>
                <Col label="asn.org_rating.bound" render={(c) => c.description} />
                <Col label="asn.org_rating.actual" align="right" render={(c) => `${c.count} (${fmt.pct(c.percent)})`} />
                <Col label="asn.org_rating.passed" render={(c) => translate(c.passed ? 'ra.boolean.true' : 'ra.boolean.false')} />
              </RowsTable>
            )}
            <Reasons reasons={d.reasons} legalBasis={d.legalBasis} />
          </CardContent>
        </Card>
      )}
      {write && <RatingForm key={`${year}-${d?.organizationRating ?? ''}`} unitId={record.id} year={year} rating={d?.organizationRating} open={open} onClose={() => setOpen(false)} />}
    </Stack>
  );
};

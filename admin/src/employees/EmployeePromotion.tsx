// Tab "Kenaikan pangkat": is the employee eligible for the next rank on a date, and why (ASN-RULES §3);
// with their retirement age and date (§11).
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { Alert, Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { AsOfField, isAsOf } from '../common/AsOfField';
import { ConditionTable } from '../common/ConditionTable';
import { LocalDate } from '../common/fields';
import { request } from '../dataProvider/client';
import { EmployeeRankPromotionDocument, type EmployeeRankPromotionQuery } from '../gql/graphql';
import { RetirementCard } from './RetirementCard';

type Eligibility = NonNullable<EmployeeRankPromotionQuery['employee']['rankPromotion']>;

const Rank = ({ rank }: { rank: { code: string; name: string } | null }) => (
  <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
    {rank ? `${rank.code} (${rank.name})` : '—'}
  </Box>
);

/** The answer first: eligible or not, from which rank to which, by which route, from when. */
const Answer = ({ e }: { e: Eligibility }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ borderColor: e.eligible ? 'success.main' : 'warning.main', borderWidth: 2 }}>
      <CardContent>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
          {e.eligible ? <CheckCircleIcon color="success" sx={{ fontSize: 48 }} /> : <CancelIcon color="warning" sx={{ fontSize: 48 }} />}
          <Box sx={{ flex: 1 }}>
            <Typography variant="h5" component="h2" data-testid="promotion-verdict">
              {translate(e.eligible ? 'asn.promotion.eligible' : 'asn.promotion.not_eligible')}
            </Typography>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mt: 0.5 }}>
              <Typography component="span">
                <Rank rank={e.currentRank} />
              </Typography>
              <ArrowForwardIcon fontSize="small" aria-label={translate('asn.promotion.to')} />
              <Typography component="span" sx={{ fontWeight: 600 }}>
                <Rank rank={e.nextRank} />
              </Typography>
              <Chip size="small" variant="outlined" label={`${translate('asn.promotion.route')}: ${translate(`asn.enums.PromotionRoute.${e.route}`)}`} />
            </Stack>
          </Box>
          <Box sx={{ textAlign: { sm: 'right' } }}>
            <Typography variant="caption" color="text.secondary" component="div">
              {translate('asn.promotion.earliest_tmt')}
            </Typography>
            <Typography variant="h6" component="div">
              {e.earliestTmt ? <LocalDate value={e.earliestTmt} /> : translate('asn.promotion.no_date')}
            </Typography>
          </Box>
        </Stack>
        <Typography sx={{ mt: 2 }}>{e.summary}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('asn.promotion.current_tmt')}: <LocalDate value={e.currentRankTmt} /> · {translate('asn.common.as_of')}: <LocalDate value={e.asOf} />
        </Typography>
      </CardContent>
    </Card>
  );
};

export const PromotionTab = () => {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string }>();
  // Empty: today on the server (Asia/Jakarta).
  const [asOf, setAsOf] = useState('');
  const { data, error, isPending, isFetching } = useQuery({
    enabled: !!record && isAsOf(asOf),
    queryKey: ['rankPromotion', record?.id, asOf],
    queryFn: () => request(EmployeeRankPromotionDocument, { id: record!.id, asOf: asOf || null }),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack spacing={2} sx={{ maxWidth: 1200 }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <AsOfField value={asOf} onChange={setAsOf} label="asn.promotion.ask_as_of" helperText="asn.common.as_of_hint" width={260} testId="promotion-as-of" />
        {isFetching && <Typography color="text.secondary">…</Typography>}
      </Stack>
      {error && <Alert severity="error">{error.message}</Alert>}
      {isPending && !error && <Typography>…</Typography>}
      {data?.employee.rankPromotion && (
        <>
          <Answer e={data.employee.rankPromotion} />
          {data.employee.rankPromotion.conditions.length > 0 && (
            <Card variant="outlined">
              <CardContent>
                <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
                  {translate('asn.conditions.title')}
                </Typography>
                <ConditionTable conditions={data.employee.rankPromotion.conditions} showPassesOn />
              </CardContent>
            </Card>
          )}
          {data.employee.retirement && <RetirementCard r={data.employee.retirement} />}
        </>
      )}
    </Stack>
  );
};

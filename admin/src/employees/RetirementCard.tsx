// The employee's retirement age (by position, UU 20/2023 art. 55) and date, with the reasons.
import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { LocalDate } from '../common/fields';
import { Reasons } from '../common/Reasons';
import type { EmployeeRankPromotionQuery } from '../gql/graphql';

type Retirement = NonNullable<EmployeeRankPromotionQuery['employee']['retirement']>;

export const RetirementCard = ({ r }: { r: Retirement }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('asn.retirement.title')}
        </Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 1, sm: 4 }} sx={{ mt: 1 }}>
          <Box>
            <Typography variant="caption" color="text.secondary" component="div">
              {translate('asn.retirement.age')}
            </Typography>
            <Typography variant="h6" component="div">
              {translate('asn.common.years', { smart_count: r.retirementAge })}
            </Typography>
          </Box>
          <Box>
            <Typography variant="caption" color="text.secondary" component="div">
              {translate('asn.retirement.date')}
            </Typography>
            <Typography variant="h6" component="div">
              {r.retirementDate ? <LocalDate value={r.retirementDate} /> : r.retirementYear}
            </Typography>
          </Box>
        </Stack>
        <Reasons reasons={r.reasons} legalBasis={r.legalBasis} sx={{ pl: 2, mb: 1 }} />
      </CardContent>
    </Card>
  );
};

import { Alert, Card, CardContent, Chip, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useRecordContext, useTranslate } from 'react-admin';
import { Reasons } from '../common/Reasons';
import { request } from '../dataProvider/client';
import { EmployeeTalentDocument } from '../gql/graphql';

/** Tab "Talenta": the employee's place in the 9-box, with why and what to do. */
export const TalentTab = () => {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string }>();
  const { data, error, isPending } = useQuery({ enabled: !!record, queryKey: ['talent', record?.id], queryFn: () => request(EmployeeTalentDocument, { employeeId: record!.id }) });
  if (isPending) return <Typography>…</Typography>;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  const p = data.talentPlacement;
  return (
    <Card variant="outlined">
      <CardContent>
        {p.box ? (
          <>
            <Typography variant="h5">
              {translate('asn.talent.box')} {p.box.box}: {p.box.label}
            </Typography>
            {p.inSuccessionPool && <Chip color="success" label={translate('asn.talent.pool')} sx={{ mt: 1 }} />}
            <Typography sx={{ mt: 1 }}>
              {translate('asn.talent.actions')}: {p.box.actions}
            </Typography>
          </>
        ) : (
          <Typography color="text.secondary">{translate('asn.talent.unplaced')}</Typography>
        )}
        <Reasons reasons={p.reasons} legalBasis={p.legalBasis} />
      </CardContent>
    </Card>
  );
};

// After a survey response is sent: its receipt, and the survey's result as it now stands.
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { Alert, Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { LocalDate } from '../common/fields';
import { IkmBadge } from '../common/ikm';
import { request } from '../dataProvider/client';
import { PublicSurveyResultDocument, type PublicSubmitSurveyResponseMutation } from '../gql/graphql';

export type Receipt = PublicSubmitSurveyResponseMutation['submitSurveyResponse'];

/** After submitting: the receipt, and the survey's result as it now stands. */
export const ReceiptView = ({ receipt, onAnother }: { receipt: Receipt; onAnother: () => void }) => {
  const translate = useTranslate();
  const { data } = useQuery({ queryKey: ['public', 'surveyResult', receipt.surveyId, receipt.receiptCode], queryFn: () => request(PublicSurveyResultDocument, { surveyId: receipt.surveyId }) });
  const result = data?.surveyIndex;
  return (
    <Card data-testid="survey-receipt">
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
          <CheckCircleIcon color="success" />
          <Typography variant="h6">{translate('asn.public.survey.receipt_title')}</Typography>
        </Stack>
        <Typography>
          {translate('asn.public.survey.receipt_code')}: <strong data-testid="receipt-code">{receipt.receiptCode}</strong>
        </Typography>
        <Typography>
          {translate('asn.public.survey.receipt_date')}: <LocalDate value={receipt.submittedOn} />
        </Typography>
        {receipt.duplicate && <Alert severity="info" sx={{ mt: 1 }}>{translate('asn.public.survey.duplicate')}</Alert>}
        {result && (
          <Box sx={{ mt: 3 }} data-testid="survey-result">
            <Typography variant="subtitle1" gutterBottom>
              {translate('asn.public.survey.result_title')}
            </Typography>
            <Typography>
              {translate('asn.public.survey.responses')}: <strong data-testid="result-responses">{result.responses}</strong>
            </Typography>
            <Typography>
              {translate('asn.public.survey.minimum_sample')}: {result.minimumSample}
            </Typography>
            <Box sx={{ mt: 1 }}>
              {result.withheld ? (
                <Typography color="text.secondary">{translate('asn.survey.withheld', { minimum: result.minimumResponses, responses: result.responses })}</Typography>
              ) : (
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Typography>{translate('asn.survey.ikm')}:</Typography>
                  <IkmBadge index={result} />
                </Stack>
              )}
            </Box>
          </Box>
        )}
        <Button sx={{ mt: 3 }} variant="outlined" onClick={onAnother}>
          {translate('asn.public.survey.another')}
        </Button>
      </CardContent>
    </Card>
  );
};

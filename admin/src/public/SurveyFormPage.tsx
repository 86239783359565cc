import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Card,
  CardContent,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Grid,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { IkmBadge } from '../common/ikm';
import { request } from '../dataProvider/client';
import {
  PublicQuestionnaireDocument,
  PublicSubmitSurveyResponseDocument,
  PublicSurveyListDocument,
  PublicSurveyResultDocument,
  type PublicSubmitSurveyResponseMutation,
  type SubmitSurveyResponseInput,
} from '../gql/graphql';
import { PublicLayout } from './PublicLayout';
import { newSheetKey, problemsOf } from './publicApi';

type Receipt = PublicSubmitSurveyResponseMutation['submitSurveyResponse'];
const PROFILE = [
  ['ageBand', 'ageBands', 'RespondentAgeBand', 'age_band'],
  ['sex', 'sexes', 'RespondentSex', 'sex'],
  ['education', 'educations', 'RespondentEducation', 'education'],
  ['occupation', 'occupations', 'RespondentOccupation', 'occupation'],
] as const;

/** After submitting: the receipt, and the survey's result as it now stands. */
const ReceiptView = ({ receipt, onAnother }: { receipt: Receipt; onAnother: () => void }) => {
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
          {translate('asn.public.survey.receipt_date')}: {receipt.submittedOn}
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

/** The public SKM form (no login): choose a survey, answer U1-U9, optional profile and suggestion. */
export const SurveyFormPage = () => {
  const translate = useTranslate();
  const [params] = useSearchParams();
  const [surveyId, setSurveyId] = useState<string | null>(params.get('survei'));
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [profile, setProfile] = useState<Record<string, string>>({});
  const [suggestion, setSuggestion] = useState('');
  const [sheetKey, setSheetKey] = useState(newSheetKey);
  const [problems, setProblems] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [receipt, setReceipt] = useState<Receipt | null>(null);

  const questionnaire = useQuery({ queryKey: ['public', 'questionnaire'], queryFn: () => request(PublicQuestionnaireDocument), staleTime: Infinity });
  const surveys = useQuery({ queryKey: ['public', 'surveys'], queryFn: () => request(PublicSurveyListDocument, { limit: 500, offset: 0 }) });
  const submit = useMutation({
    mutationFn: (input: SubmitSurveyResponseInput) => request(PublicSubmitSurveyResponseDocument, { input }),
    onSuccess: (data) => setReceipt(data.submitSurveyResponse),
    onError: (error) => setProblems(problemsOf(error)),
  });

  const q = questionnaire.data?.surveyQuestionnaire;
  const options = surveys.data?.publicSurveys.items ?? [];
  const chosen = options.find((s) => s.id === surveyId) ?? null;

  const reset = () => {
    setAnswers({});
    setProfile({});
    setSuggestion('');
    setProblems(null);
    setReceipt(null);
    setSheetKey(newSheetKey());
  };

  const send = () => {
    if (!surveyId) return setProblems({ message: translate('asn.errors.REQUIRED'), fields: { surveyId: translate('asn.errors.REQUIRED') } });
    if (!q || q.elements.some((e) => !answers[e.code])) return setProblems({ message: translate('asn.public.survey.answer_all'), fields: {} });
    setProblems(null);
    const sheet = Object.fromEntries(q.elements.map((e) => [e.code.toLowerCase(), answers[e.code]]));
    submit.mutate({
      surveyId,
      idempotencyKey: sheetKey,
      answers: sheet as unknown as SubmitSurveyResponseInput['answers'],
      profile: Object.keys(profile).length ? profile : undefined,
      suggestion: suggestion.trim() || undefined,
    });
  };

  if (receipt) {
    return (
      <PublicLayout title="asn.public.survey.title">
        <ReceiptView receipt={receipt} onAnother={reset} />
      </PublicLayout>
    );
  }

  const fieldError = (field: string) => problems?.fields[field];
  return (
    <PublicLayout title="asn.public.survey.title">
      <Typography sx={{ mb: 1 }}>{translate('asn.public.survey.description')}</Typography>
      <Alert severity="info" sx={{ mb: 3 }}>
        {translate('asn.public.survey.anonymous_note')}
      </Alert>
      {surveys.isSuccess && !options.length && <Alert severity="warning">{translate('asn.public.survey.no_open')}</Alert>}
      <Autocomplete
        options={options}
        value={chosen}
        onChange={(_e, v) => setSurveyId(v?.id ?? null)}
        groupBy={(s) => s.governmentName}
        getOptionLabel={(s) => `${s.serviceName ?? s.title} · ${s.unitName}`}
        loading={surveys.isPending}
        renderInput={(props) => (
          <TextField {...props} name="surveyId" label={translate('asn.public.survey.choose')} placeholder={translate('asn.public.survey.choose_hint')} error={!!fieldError('surveyId')} helperText={fieldError('surveyId')} />
        )}
        sx={{ mb: 3 }}
      />
      {q && (
        <>
          <Typography variant="h6" component="h2" gutterBottom>
            {translate('asn.public.survey.questions')}
          </Typography>
          {q.elements.map((e, i) => {
            const error = fieldError(`answers.${e.code.toLowerCase()}`);
            return (
              <FormControl key={e.code} component="fieldset" error={!!error} data-element={e.code} sx={{ display: 'block', mb: 2.5 }}>
                <FormLabel component="legend" sx={{ color: 'text.primary' }}>
                  {i + 1}. {e.question}
                </FormLabel>
                <RadioGroup row name={e.code} value={answers[e.code] ?? ''} onChange={(_ev, v) => setAnswers((a) => ({ ...a, [e.code]: Number(v) }))}>
                  {e.options.map((o) => (
                    <FormControlLabel key={o.score} value={o.score} control={<Radio />} label={o.label} />
                  ))}
                </RadioGroup>
                {error && <FormHelperText>{error}</FormHelperText>}
              </FormControl>
            );
          })}
          <Typography variant="h6" component="h2" gutterBottom sx={{ mt: 2 }}>
            {translate('asn.public.survey.profile')}
          </Typography>
          <Grid container spacing={2} sx={{ mb: 2 }}>
            {PROFILE.map(([field, list, enumName, label]) => (
              <Grid key={field} size={{ xs: 12, sm: 6 }}>
                <TextField
                  select
                  fullWidth
                  name={field}
                  label={translate(`asn.public.survey.${label}`)}
                  value={profile[field] ?? ''}
                  onChange={(ev) => setProfile((p) => ({ ...p, [field]: ev.target.value }))}
                  error={!!fieldError(`profile.${field}`)}
                  helperText={fieldError(`profile.${field}`)}
                >
                  {q[list].map((o) => (
                    <MenuItem key={o.value} value={o.value}>
                      {translate(`asn.enums.${enumName}.${o.value}`, { _: o.label })}
                    </MenuItem>
                  ))}
                </TextField>
              </Grid>
            ))}
          </Grid>
          <TextField
            fullWidth
            multiline
            minRows={3}
            name="suggestion"
            label={translate('asn.public.survey.suggestion')}
            value={suggestion}
            onChange={(ev) => setSuggestion(ev.target.value)}
            slotProps={{ htmlInput: { maxLength: q.suggestionMaxLength } }}
            error={!!fieldError('suggestion')}
            helperText={fieldError('suggestion') ?? `${suggestion.length} / ${q.suggestionMaxLength}`}
          />
        </>
      )}
      {problems && (
        <Alert severity="error" sx={{ mt: 2 }} role="alert">
          {problems.message}
        </Alert>
      )}
      <Button variant="contained" size="large" sx={{ mt: 3 }} onClick={send} disabled={submit.isPending || !q}>
        {translate('asn.public.survey.submit')}
      </Button>
    </PublicLayout>
  );
};

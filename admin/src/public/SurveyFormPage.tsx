// The public SKM form (no login): the survey, the nine questions and the optional profile
// (SurveyFormFields.tsx), then the receipt (SurveyReceipt.tsx).
import { Alert, Autocomplete, Button, TextField, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { request } from '../dataProvider/client';
import { PublicQuestionnaireDocument, PublicSubmitSurveyResponseDocument, PublicSurveyListDocument, type SubmitSurveyResponseInput } from '../gql/graphql';
import { PublicLayout } from './PublicLayout';
import { newSheetKey, problemsOf } from './publicApi';
import { ProfileFields, Questions } from './SurveyFormFields';
import { ReceiptView, type Receipt } from './SurveyReceipt';

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
          <Questions questionnaire={q} answers={answers} onAnswer={(code, score) => setAnswers((a) => ({ ...a, [code]: score }))} fieldError={fieldError} />
          <ProfileFields questionnaire={q} profile={profile} onChange={(field, value) => setProfile((p) => ({ ...p, [field]: value }))} fieldError={fieldError} />
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

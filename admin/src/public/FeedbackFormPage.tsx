import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import { Alert, Autocomplete, Button, Card, CardContent, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { ENUMS } from '../common/enums';
import { request } from '../dataProvider/client';
import { PublicServiceDirectoryDocument, PublicSubmitFeedbackDocument, type FeedbackCategory, type SubmitFeedbackInput } from '../gql/graphql';
import { PublicLayout } from './PublicLayout';
import { problemsOf } from './publicApi';

/** Public feedback (no login): a service, the kind, the text and an optional contact; returns a tracking code. */
export const FeedbackFormPage = () => {
  const translate = useTranslate();
  const [serviceId, setServiceId] = useState<string | null>(null);
  const [category, setCategory] = useState<FeedbackCategory>('COMPLAINT');
  const [text, setText] = useState('');
  const [contact, setContact] = useState('');
  const [problems, setProblems] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const directory = useQuery({ queryKey: ['public', 'serviceDirectory'], queryFn: () => request(PublicServiceDirectoryDocument, { limit: 500, offset: 0 }) });
  const submit = useMutation({
    mutationFn: (input: SubmitFeedbackInput) => request(PublicSubmitFeedbackDocument, { input }),
    onError: (error) => setProblems(problemsOf(error)),
  });
  const options = directory.data?.serviceDirectory.items ?? [];
  const fieldError = (field: string) => problems?.fields[field];

  if (submit.data) {
    const { trackingCode, dueDate } = submit.data.submitFeedback;
    return (
      <PublicLayout title="asn.public.feedback.title">
        <Card>
          <CardContent>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
              <MarkEmailReadIcon color="success" />
              <Typography variant="h6">{translate('asn.public.feedback.tracking_title')}</Typography>
            </Stack>
            <Typography>
              {translate('asn.public.feedback.tracking_code')}: <strong data-testid="tracking-code">{trackingCode}</strong>
            </Typography>
            <Typography>
              {translate('asn.public.feedback.due')}: {dueDate}
            </Typography>
            <Typography color="text.secondary" sx={{ mt: 1 }}>
              {translate('asn.public.feedback.tracking_hint')}
            </Typography>
            <Button component={Link} to={`/publik/lacak/${trackingCode}`} variant="outlined" sx={{ mt: 2 }}>
              {translate('asn.public.feedback.check_status')}
            </Button>
          </CardContent>
        </Card>
      </PublicLayout>
    );
  }

  const send = () => {
    setProblems(null);
    const chosen = options.find((o) => o.serviceId === serviceId);
    submit.mutate({ serviceId: chosen?.serviceId, unitId: chosen?.unitId, category, text: text.trim(), contact: contact.trim() || undefined });
  };

  return (
    <PublicLayout title="asn.public.feedback.title">
      <Typography sx={{ mb: 3 }}>{translate('asn.public.feedback.description')}</Typography>
      <Stack spacing={2.5}>
        <Autocomplete
          options={options}
          value={options.find((o) => o.serviceId === serviceId) ?? null}
          onChange={(_e, v) => setServiceId(v?.serviceId ?? null)}
          groupBy={(o) => o.governmentName}
          getOptionLabel={(o) => `${o.serviceName} · ${o.unitName}`}
          isOptionEqualToValue={(a, b) => a.serviceId === b.serviceId}
          loading={directory.isPending}
          renderInput={(props) => (
            <TextField {...props} name="serviceId" label={translate('asn.public.feedback.service')} error={!!(fieldError('serviceId') ?? fieldError('unitId'))} helperText={fieldError('serviceId') ?? fieldError('unitId')} />
          )}
        />
        <FormControl>
          <FormLabel>{translate('asn.public.feedback.category')}</FormLabel>
          <RadioGroup row name="category" value={category} onChange={(_e, v) => setCategory(v as FeedbackCategory)}>
            {ENUMS.FeedbackCategory.map((c) => (
              <FormControlLabel key={c} value={c} control={<Radio />} label={translate(`asn.enums.FeedbackCategory.${c}`)} />
            ))}
          </RadioGroup>
        </FormControl>
        <TextField
          name="text"
          multiline
          minRows={4}
          label={translate('asn.public.feedback.text')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          slotProps={{ htmlInput: { maxLength: 2000 } }}
          error={!!fieldError('text')}
          helperText={fieldError('text') ?? `${translate('asn.public.feedback.text_hint')} (${text.length})`}
        />
        <TextField
          name="contact"
          label={translate('asn.public.feedback.contact')}
          value={contact}
          onChange={(e) => setContact(e.target.value)}
          error={!!fieldError('contact')}
          helperText={fieldError('contact') ?? translate('asn.public.feedback.contact_hint')}
        />
      </Stack>
      {problems && (
        <Alert severity="error" sx={{ mt: 2 }} role="alert">
          {problems.message}
        </Alert>
      )}
      <Button variant="contained" size="large" sx={{ mt: 3 }} onClick={send} disabled={submit.isPending}>
        {translate('asn.public.feedback.submit')}
      </Button>
    </PublicLayout>
  );
};

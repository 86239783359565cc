import { Alert, Button, Card, CardContent, Chip, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useNavigate, useParams } from 'react-router-dom';
import { request } from '../dataProvider/client';
import { PublicFeedbackStatusDocument } from '../gql/graphql';
import { useFormat } from '../i18n/format';
import { PublicLayout } from './PublicLayout';
import { problemsOf } from './publicApi';

const COLORS: Record<string, 'default' | 'info' | 'success' | 'error'> = { RECEIVED: 'default', IN_PROGRESS: 'info', ANSWERED: 'success', REJECTED: 'error' };

/** Public status of a feedback by tracking code: its state, dates and the official answer only. */
export const FeedbackStatusPage = () => {
  const translate = useTranslate();
  const fmt = useFormat();
  const { code } = useParams();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(code ?? '');
  const status = useQuery({ queryKey: ['public', 'feedbackStatus', code], queryFn: () => request(PublicFeedbackStatusDocument, { trackingCode: code! }), enabled: !!code, retry: false });
  const when = (iso: string | null) => (iso ? fmt.dateTime(iso, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Jakarta' }) : '—');
  const error = status.error ? problemsOf(status.error) : null;
  const s = status.data?.feedbackStatus;

  return (
    <PublicLayout title="asn.public.status.title">
      <Typography sx={{ mb: 2 }}>{translate('asn.public.status.description')}</Typography>
      <Stack direction="row" spacing={1} component="form" onSubmit={(e) => (e.preventDefault(), navigate(`/publik/lacak/${encodeURIComponent(typed.trim())}`))}>
        <TextField name="trackingCode" label={translate('asn.public.status.code')} value={typed} onChange={(e) => setTyped(e.target.value)} placeholder="ADU-XXXXXXXXXX" error={!!error} helperText={error?.fields.trackingCode ?? error?.message} sx={{ minWidth: 280 }} />
        <Button type="submit" variant="contained" sx={{ alignSelf: 'flex-start', mt: 1 }}>
          {translate('asn.public.status.check')}
        </Button>
      </Stack>
      {s && (
        <Card sx={{ mt: 3 }} data-testid="feedback-status">
          <CardContent>
            <Typography variant="h6" gutterBottom>
              {s.trackingCode} <Chip color={COLORS[s.status]} label={translate(`asn.enums.FeedbackStatus.${s.status}`)} sx={{ ml: 1 }} />
            </Typography>
            <Typography>
              {translate('asn.public.status.received')}: {when(s.receivedAt)}
            </Typography>
            {s.startedAt && (
              <Typography>
                {translate('asn.public.status.started')}: {when(s.startedAt)}
              </Typography>
            )}
            {s.closedAt && (
              <Typography>
                {translate('asn.public.status.closed')}: {when(s.closedAt)}
              </Typography>
            )}
            <Typography variant="subtitle1" sx={{ mt: 2 }}>
              {translate('asn.public.status.answer')}
            </Typography>
            {s.answer ? <Alert severity={s.status === 'REJECTED' ? 'warning' : 'success'}>{s.answer}</Alert> : <Typography color="text.secondary">{translate('asn.public.status.no_answer')}</Typography>}
          </CardContent>
        </Card>
      )}
    </PublicLayout>
  );
};

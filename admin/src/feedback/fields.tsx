import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const COLORS: Record<string, 'default' | 'info' | 'success' | 'error'> = { RECEIVED: 'default', IN_PROGRESS: 'info', ANSWERED: 'success', REJECTED: 'error' };

/** Status, and lateness against the service-level target. */
export const FeedbackStatusField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<{ status: string; overdue: boolean }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <Chip size="small" color={COLORS[record.status]} label={translate(`asn.enums.FeedbackStatus.${record.status}`)} />
      {record.overdue && <Chip size="small" color="warning" label={translate('asn.feedback.overdue')} sx={{ ml: 0.5 }} />}
    </>
  );
};

/** Days taken against the target, e.g. "3 / 14". */
export const DaysField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<{ daysTaken: number; targetDays: number }>();
  if (!record) return null;
  return (
    <span>
      {record.daysTaken} / {record.targetDays}
    </span>
  );
};

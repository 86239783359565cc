// IKM display shared by the survey resource and the public pages.
import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormat } from '../i18n/format';

interface IndexLike {
  ikm: number | null;
  grade: string | null;
  gradeLabel: string | null;
  withheld: boolean;
}

const COLORS: Record<string, 'success' | 'info' | 'warning' | 'error'> = { A: 'success', B: 'info', C: 'warning', D: 'error' };

/** IKM with its grade, or why it is not shown. */
export const IkmBadge = ({ index }: { index: IndexLike | null | undefined }) => {
  const translate = useTranslate();
  const fmt = useFormat();
  if (!index || index.withheld || index.ikm === null) return <Typography variant="body2" color="text.secondary">{translate('asn.survey.withheld_short')}</Typography>;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="body2" component="span" sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {fmt.dec(index.ikm, 2)}
      </Typography>
      {index.grade && <Chip size="small" color={COLORS[index.grade] ?? 'default'} label={`${index.grade} · ${index.gradeLabel ?? ''}`} />}
    </Stack>
  );
};

export const GradeField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<{ index: IndexLike | null }>();
  return <IkmBadge index={record?.index} />;
};

/** Responses against the Krejcie-Morgan minimum sample. */
export const SampleField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<{ responseCount: number; minimumSample: number; sampleReached: boolean }>();
  const translate = useTranslate();
  const fmt = useFormat();
  if (!record) return null;
  return (
    <Typography variant="body2" color={record.sampleReached ? 'success.main' : 'text.primary'} title={translate(record.sampleReached ? 'asn.survey.sample_reached' : 'asn.survey.sample_not_reached')}>
      {fmt.num(record.responseCount)} / {fmt.num(record.minimumSample)}
      {record.sampleReached ? ' ✓' : ''}
    </Typography>
  );
};

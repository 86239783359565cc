// The date a report or a rule is asked for: empty means today on the server (Asia/Jakarta).
import { TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Empty (today) or a whole YYYY-MM-DD date: what may be sent while the user types. */
export const isAsOf = (value: string) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value);

export interface AsOfFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** i18n key (default: "Per tanggal"). */
  label?: string;
  /** i18n key. */
  helperText?: string;
  /** Width from the small breakpoint up (full width below). */
  width?: number;
  testId?: string;
}

export const AsOfField = ({ value, onChange, label = 'asn.common.as_of', helperText, width = 220, testId }: AsOfFieldProps) => {
  const translate = useTranslate();
  return (
    <TextField
      type="date"
      size="small"
      label={translate(label)}
      value={value}
      onChange={(ev) => onChange(ev.target.value)}
      helperText={helperText ? translate(helperText) : undefined}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { name: 'asOf', 'data-testid': testId } }}
      sx={{ width: { xs: '100%', sm: width } }}
    />
  );
};

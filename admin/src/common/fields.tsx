import { DateField, SelectField, type DateFieldProps } from 'react-admin';
import { useFormat, useIntlLocale } from '../i18n/format';
import { choices, type EnumName } from './enums';

/** A calendar date (`YYYY-MM-DD`) written out in the panel's language (e.g. 26 September 1986). */
export const LocalDateField = (props: DateFieldProps) => (
  <DateField locales={useIntlLocale()} options={{ year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }} {...props} />
);

/** A moment (ISO timestamp) in the panel's language with its time (e.g. 23 November 2026 20.19). */
export const LocalDateTimeField = (props: DateFieldProps) => (
  <DateField locales={useIntlLocale()} showTime options={{ year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' }} {...props} />
);

/** An enum value with its translated label. */
export const EnumField = ({ source, enumName, label }: { source: string; enumName: EnumName; label?: string }) => (
  <SelectField source={source} label={label} choices={choices(enumName)} />
);

/** A `YYYY-MM-DD` date written in the panel's language, outside a record context. */
export const LocalDate = ({ value }: { value: string | null | undefined }) => {
  const fmt = useFormat();
  return <>{value ? fmt.date(value) : '—'}</>;
};

/** A moment (ISO timestamp) in the panel's language, outside a record context. */
export const LocalDateTime = ({ value }: { value: string | null | undefined }) => {
  const fmt = useFormat();
  return <>{value ? fmt.dateTime(value) : '—'}</>;
};

import { DateField, SelectField, useLocaleState, type DateFieldProps } from 'react-admin';
import { intlLocale } from '../i18n';
import { choices, type EnumName } from './enums';

/** A calendar date (`YYYY-MM-DD`) written the Indonesian way (e.g. 26 September 1986). */
export const LocalDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField locales={intlLocale(locale)} options={{ year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }} {...props} />;
};

/** A moment (ISO timestamp) written the Indonesian way with its time (e.g. 23 November 2026 20.19). */
export const LocalDateTimeField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField locales={intlLocale(locale)} showTime options={{ year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' }} {...props} />;
};

/** An enum value with its translated label. */
export const EnumField = ({ source, enumName, label }: { source: string; enumName: EnumName; label?: string }) => (
  <SelectField source={source} label={label} choices={choices(enumName)} />
);

/** A `YYYY-MM-DD` date written in the panel's language, outside a record context. */
export const LocalDate = ({ value }: { value: string | null | undefined }) => {
  const [locale] = useLocaleState();
  if (!value) return <>—</>;
  return <>{new Date(`${value}T00:00:00Z`).toLocaleDateString(intlLocale(locale), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })}</>;
};

/** A moment (ISO timestamp) in the panel's language, outside a record context. */
export const LocalDateTime = ({ value }: { value: string | null | undefined }) => {
  const [locale] = useLocaleState();
  if (!value) return <>—</>;
  return <>{new Date(value).toLocaleString(intlLocale(locale), { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' })}</>;
};

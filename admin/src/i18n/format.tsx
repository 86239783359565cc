// Numbers and dates the user reads, in the panel's language: 1.234,5 and 21 November 2026 in Bahasa
// Indonesia, 1,234.5 and 21 November 2026 in English. This is the only file of the panel that names
// an Intl locale (locale.test.ts fails on one anywhere else): format through useFormat(), or let
// react-admin's NumberField/DateField take the locale LocaleFormats gives them.
import { ThemeProvider, type Theme } from '@mui/material/styles';
import { useCallback, type ReactNode } from 'react';
import { useLocaleState } from 'react-admin';

/** Intl locale of a panel language ('id' | 'en'). */
export const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'id-ID');

/** The Intl locale of the language chosen in the panel. */
export function useIntlLocale(): string {
  const [locale] = useLocaleState();
  return intlLocale(locale);
}

export interface Format {
  /** A number with grouping (1.234 / 1,234); `options` as Intl.NumberFormat's. */
  num: (n: number, options?: Intl.NumberFormatOptions) => string;
  /** A percentage with at most one decimal: 93,6% (id) / 93.6% (en). */
  pct: (n: number) => string;
  /** A number with exactly `digits` decimals (IKM: 2). */
  dec: (n: number, digits?: number) => string;
  /** A YYYY-MM-DD date written out: 21 November 2026. */
  date: (iso: string) => string;
  /** A moment (ISO timestamp) with its time: 23 November 2026 20.19 (id) / 23 November 2026, 20:19 (en); `options` replace the default fields. */
  dateTime: (iso: string, options?: Intl.DateTimeFormatOptions) => string;
}

export function formatFor(intl: string): Format {
  return {
    num: (n, options) => n.toLocaleString(intl, options),
    pct: (n) => `${n.toLocaleString(intl, { maximumFractionDigits: 1 })}%`,
    dec: (n, digits = 2) => n.toLocaleString(intl, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    date: (iso) => new Date(`${iso}T00:00:00Z`).toLocaleDateString(intl, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
    dateTime: (iso, options) => new Date(iso).toLocaleString(intl, options ?? { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' }),
  };
}

/** Formatters in the panel's language (they follow a language switch). */
export function useFormat(): Format {
  return formatFor(useIntlLocale());
}

/**
 * Gives react-admin's NumberField and DateField (and DataTable.NumberCol) the panel's locale by
 * default, through their theme props; without it they format in the browser's language.
 */
export const LocaleFormats = ({ children }: { children: ReactNode }) => {
  const locales = useIntlLocale();
  const theme = useCallback(
    (outer: Theme) =>
      ({
        ...outer,
        components: {
          ...outer.components,
          RaNumberField: { defaultProps: { locales } },
          RaDateField: { defaultProps: { locales } },
        },
      }) as Theme,
    [locales],
  );
  return <ThemeProvider theme={theme}>{children}</ThemeProvider>;
};

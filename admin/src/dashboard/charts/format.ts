// Numbers and dates in the panel's language: 1.234 and 21 November 2026 in Bahasa Indonesia.
import { useLocaleState } from 'react-admin';
import { intlLocale } from '../../i18n';

export interface Format {
  num: (n: number) => string;
  /** A percentage with at most one decimal: 93,6% (id) / 93.6% (en). */
  pct: (n: number) => string;
  /** A number with exactly `digits` decimals (IKM: 2). */
  dec: (n: number, digits?: number) => string;
  /** A YYYY-MM-DD date written out: 21 November 2026. */
  date: (iso: string) => string;
}

export function useFormat(): Format {
  const [locale] = useLocaleState();
  const intl = intlLocale(locale);
  return {
    num: (n) => n.toLocaleString(intl),
    pct: (n) => `${n.toLocaleString(intl, { maximumFractionDigits: 1 })}%`,
    dec: (n, digits = 2) => n.toLocaleString(intl, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    date: (iso) => new Date(`${iso}T00:00:00Z`).toLocaleDateString(intl, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  };
}

import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from './en';
import { id } from './id';

export const LOCALES = [
  { locale: 'id', name: 'Bahasa Indonesia' },
  { locale: 'en', name: 'English' },
];

// Bahasa Indonesia by default; English on demand (both bundled: they are small).
export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? en : id), 'id', LOCALES, { allowMissing: false });

/** Intl locale for dates and numbers. */
export const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'id-ID');

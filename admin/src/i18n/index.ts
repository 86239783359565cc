import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { messages as apikeys } from '../apikeys/messages';
import { messages as assessments } from '../assessments/messages';
import { messages as dashboard } from '../dashboard/messages';
import { messages as governments } from '../governments/messages';
import { messages as audit } from '../audit/messages';
import { messages as competencies } from '../competencies/messages';
import { messages as documents } from '../documents/messages';
import { messages as duk } from '../duk/messages';
import { messages as employees } from '../employees/messages';
import { messages as evaluations } from '../evaluations/messages';
import { messages as feedback } from '../feedback/messages';
import { messages as positions } from '../positions/messages';
import { messages as services } from '../services/messages';
import { messages as settings } from '../settings/messages';
import { messages as surveys } from '../surveys/messages';
import { messages as talent } from '../talent/messages';
import { messages as units } from '../units/messages';
import { messages as users } from '../users/messages';
import { messages as workforce } from '../workforce/messages';
import { en as enBase } from './en';
import { id as idBase } from './id';
import { mergeMessages } from './merge';

// Each resource folder keeps its own labels; they are merged over the shared messages here.
const resources = [dashboard, employees, units, positions, assessments, evaluations, services, surveys, feedback, duk, talent, users, audit, settings, competencies, governments, apikeys, workforce, documents];

export const id = mergeMessages(idBase, ...resources.map((r) => r.id)) as TranslationMessages;
export const en = mergeMessages(enBase, ...resources.map((r) => r.en)) as TranslationMessages;

export const LOCALES = [
  { locale: 'id', name: 'Bahasa Indonesia' },
  { locale: 'en', name: 'English' },
];

/** The language chosen earlier (react-admin keeps it in its store), so a reload keeps it. */
function storedLocale(): 'id' | 'en' {
  try {
    return JSON.parse(localStorage.getItem('RaStore.locale') ?? '"id"') === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

// Bahasa Indonesia by default; English on demand (both bundled: they are small).
export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? en : id), storedLocale(), LOCALES, { allowMissing: false });

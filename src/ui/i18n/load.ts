/**
 * Switches the app to the admin's language once Zendesk says who is signed in: loads that
 * catalogue (each language its own chunk: none is in the first screen's JavaScript),
 * sets the formats, and the document's `lang` and `dir`.
 */
import { setFormats } from './format';
import { setCatalogue } from './messages';
import { directionOf, resolveLocale, type Locale } from './locales';
import type { LocaleCatalogue } from './catalogue';

const LOADERS: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<{ default: LocaleCatalogue }>>> = {
  de: () => import('./locales/de'),
  fr: () => import('./locales/fr'),
  es: () => import('./locales/es'),
  ja: () => import('./locales/ja'),
  'pt-BR': () => import('./locales/pt-BR'),
  he: () => import('./locales/he'),
};

export interface LanguageChoice {
  locale: Locale;
  dir: 'ltr' | 'rtl';
}

/** Never fails: a catalogue that cannot load leaves English (with the locale's formats). */
export async function chooseLanguage(requested: string | null | undefined, currency = 'USD'): Promise<LanguageChoice> {
  const locale = resolveLocale(requested);
  const dir = directionOf(locale);
  let catalogue: LocaleCatalogue = {};
  if (locale !== 'en') {
    try {
      catalogue = (await LOADERS[locale]()).default;
    } catch {
      catalogue = {};
    }
  }
  setCatalogue(catalogue);
  setFormats(locale, currency);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
  }
  return { locale, dir };
}

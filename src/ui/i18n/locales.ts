/**
 * The languages Seat Review speaks, and which one an admin gets: their Zendesk profile's
 * locale (`currentUser.locale`, e.g. `de`, `en-US`, `pt-br`), matched exactly, then by
 * language, then English.
 */
export const LOCALES = ['en', 'de', 'fr', 'es', 'ja', 'pt-BR', 'he'] as const;
export type Locale = (typeof LOCALES)[number];

const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['he', 'ar', 'fa', 'ur']);

export function resolveLocale(requested: string | null | undefined): Locale {
  const wanted = (requested ?? '').trim().replace('_', '-').toLowerCase();
  if (wanted === '') return 'en';
  const exact = LOCALES.find((l) => l.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  return LOCALES.find((l) => l.toLowerCase().split('-')[0] === language) ?? 'en';
}

export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

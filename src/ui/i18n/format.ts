/**
 * Numbers, money, dates, relative days and plurals in the admin's locale, through Intl:
 * set once when the app knows who is signed in (load.ts), read by every message. One date
 * format throughout the screen; days are calendar days.
 */
import { DAY_MS } from '../../seats/seat';

interface Formats {
  locale: string;
  currency: string;
  number: Intl.NumberFormat;
  money: Intl.NumberFormat;
  date: Intl.DateTimeFormat;
  dateTime: Intl.DateTimeFormat;
  relative: Intl.RelativeTimeFormat;
  plural: Intl.PluralRules;
  list: Intl.ListFormat;
}

function formatsFor(locale: string, currency: string): Formats {
  return {
    locale,
    currency,
    number: new Intl.NumberFormat(locale),
    money: new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: 2 }),
    date: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
    dateTime: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    relative: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
    plural: new Intl.PluralRules(locale),
    list: new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
  };
}

let current: Formats = formatsFor('en', 'USD');

/** Sets the locale (and currency) every format below uses. */
export function setFormats(locale: string, currency = 'USD'): void {
  current = formatsFor(locale, currency);
}

export const formatLocale = (): string => current.locale;
export const num = (n: number): string => current.number.format(n);
/** An amount with its ISO currency code after it, in every locale ("1,705 USD", "1.705 USD"): the code, not a symbol, since a seat price may be in any currency. */
export const money = (n: number): string => `${current.money.format(n)}\u00a0${current.currency}`;
/** A day as the screen shows every date (UTC, as Zendesk stores them). */
export const date = (ms: number): string => current.date.format(ms);
export const dateTime = (ms: number): string => current.dateTime.format(ms);
export const list = (items: readonly string[]): string => current.list.format(items);

/** "today", "yesterday", "5 days ago": whole calendar days (UTC) between the two instants. */
export function daysAgo(ms: number, now: number): string {
  const days = Math.floor(now / DAY_MS) - Math.floor(ms / DAY_MS);
  return current.relative.format(-days, 'day');
}

/** Plural forms by the locale's rules; `#` becomes the number in the locale. `other` is always required. */
export function plural(n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  const exact = forms[`=${n}` as Intl.LDMLPluralRule];
  const form = exact ?? forms[current.plural.select(n)] ?? forms.other;
  return form.replace(/#/g, num(n));
}

/**
 * The formats only the seat history uses (signed changes, times in UTC, amounts in a day's own currency), in the admin's
 * locale: apart from format.ts so they stay out of the first screen's JavaScript; built
 * on first use and again when the locale changes.
 */
import { formatLocale } from './format';

interface HistoryFormats {
  locale: string;
  signed: Intl.NumberFormat;
  money: Intl.NumberFormat;
  timeUtc: Intl.DateTimeFormat;
  dateTimeUtc: Intl.DateTimeFormat;
}

let cached: HistoryFormats | null = null;

function formats(): HistoryFormats {
  const locale = formatLocale();
  if (cached?.locale !== locale) {
    const utc = { hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' } as const;
    cached = {
      locale,
      signed: new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 2 }),
      money: new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: 2 }),
      timeUtc: new Intl.DateTimeFormat(locale, utc),
      dateTimeUtc: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', ...utc }),
    };
  }
  return cached;
}

/** A change, with its sign: "+2", "-1", "0". */
export const signed = (n: number): string => formats().signed.format(n);

/** A time of day in UTC, saying so ("06:10 UTC"): the daily run's day is a UTC day. */
export const timeUtc = (ms: number): string => formats().timeUtc.format(ms);
export const dateTimeUtc = (ms: number): string => formats().dateTimeUtc.format(ms);

/** An amount in the currency a day was priced in, as format.ts's `money` writes one ("1,705 USD"). */
export const moneyIn = (n: number, currency: string): string => `${formats().money.format(n)}\u00a0${currency}`;

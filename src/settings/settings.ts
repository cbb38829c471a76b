/**
 * The app's installation settings (manifest `parameters`), typed and validated.
 * Zendesk hands them over as strings or numbers depending on the field, and an admin
 * can type anything: a bad value falls back to the default and is reported by name and
 * code (the UI words it), so the review still works and the admin learns what to fix.
 */
import { DESTINATION_ID, DESTINATIONS, isDestination, type DestinationName } from '../destinations/names';

export interface Exemptions {
  emails: ReadonlySet<string>;
  ids: ReadonlySet<number>;
}

export interface SeatReviewSettings {
  idleDays: number;
  graceDays: number;
  /** Monthly price of one paid seat, or null when not set. */
  seatPrice: number | null;
  /** ISO 4217 code every cost is shown in (seat_price is in it), upper-cased; USD unless set. */
  seatCurrency: string;
  /** Seats the account bought (Admin Center's seat count), or null when not set: what Zendesk bills. */
  seatsPurchased: number | null;
  exempt: Exemptions;
  saasEndpoint: string | null;
  /**
   * `saas_destination` trimmed and lower-cased, 'seat-review' when empty: one of DESTINATIONS, or
   * what the admin typed when it names none (a problem says so, and no snapshot can be sent).
   */
  saasDestination: DestinationName | (string & {});
  /** `saas_destination_id` trimmed (the platform's instance, app account or app), or null when not set. */
  saasDestinationId: string | null;
}

/** What `saas_destination_id` names on a platform that needs one (DESTINATION_ID). */
export type DestinationIdKind = NonNullable<(typeof DESTINATION_ID)[DestinationName]>;

/** A setting that could not be used as given, by manifest parameter name; the UI words it (src/ui/text/settings.ts). */
export type SettingProblem =
  /** Not a whole number of days 0–3650: `value` as given was ignored and `fallback` used. */
  | { setting: 'idle_days' | 'grace_days'; code: 'days-out-of-range'; value: string; fallback: number; max: number }
  /** Not a plain decimal: `value` as given was ignored, so costs are not shown. */
  | { setting: 'seat_price'; code: 'price-not-a-number'; value: string }
  /** Not a currency code this browser knows: `value` as given was ignored and DEFAULT_SEAT_CURRENCY used. */
  | { setting: 'seat_currency'; code: 'currency-unknown'; value: string }
  /** Not a whole number 0–MAX_SEATS_PURCHASED: `value` as given was ignored, so purchased seats are not shown. */
  | { setting: 'seats_purchased'; code: 'seats-not-a-number'; value: string }
  /** `count` entries are neither an email nor a user id; `examples`: the first few, shortened. */
  | { setting: 'exempt_users'; code: 'exempt-entries-ignored'; count: number; examples: readonly string[] }
  /** Names no platform snapshots can go to: `value` as given; `valid`, the names it takes. Nothing is sent until fixed. */
  | { setting: 'saas_destination'; code: 'destination-unknown'; value: string; valid: readonly DestinationName[] }
  /** The platform needs `saas_destination_id` (`names`: what it is there) and it is not set: nothing is sent until it is. */
  | { setting: 'saas_destination_id'; code: 'destination-id-missing'; destination: DestinationName; names: DestinationIdKind };

/** The most days a day setting takes. */
export const MAX_DAYS = 3650;

/** The most seats the seats_purchased setting takes. */
export const MAX_SEATS_PURCHASED = 1_000_000;

export const DEFAULT_IDLE_DAYS = 30;
export const DEFAULT_GRACE_DAYS = 14;
export const DEFAULT_SEAT_CURRENCY = 'USD';

function present(value: unknown): boolean {
  return typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null;
}

function wholeDays(raw: Record<string, unknown>, setting: 'idle_days' | 'grace_days', fallback: number, problems: SettingProblem[]): number {
  const value = raw[setting];
  if (!present(value)) return fallback;
  const digits = String(value).trim();
  const n = /^\d{1,4}$/.test(digits) ? Number(digits) : NaN;
  if (!Number.isInteger(n) || n > MAX_DAYS) {
    problems.push({ setting, code: 'days-out-of-range', value: String(value), fallback, max: MAX_DAYS });
    return fallback;
  }
  return n;
}

function price(raw: Record<string, unknown>, problems: SettingProblem[]): number | null {
  const value = raw.seat_price;
  if (!present(value)) return null;
  const written = String(value).trim();
  // Plain decimal only (55, 55.5 or 55,5): no hex, exponents or thousands separators.
  const n = /^\d{1,9}([.,]\d{1,4})?$/.test(written) ? Number(written.replace(',', '.')) : NaN;
  if (!Number.isFinite(n)) {
    problems.push({ setting: 'seat_price', code: 'price-not-a-number', value: String(value) });
    return null;
  }
  return n;
}

/** The browser's ISO 4217 codes, or null where Intl cannot list them (older engines); read once. */
let knownCurrencies: ReadonlySet<string> | null | undefined;

function supportedCurrencies(): ReadonlySet<string> | null {
  if (knownCurrencies === undefined) {
    // Typed as always there (ES2022), but older browsers in Zendesk's iframe may lack it.
    const list = (Intl as { supportedValuesOf?: (key: 'currency') => string[] }).supportedValuesOf;
    try {
      knownCurrencies = typeof list === 'function' ? new Set(list('currency')) : null;
    } catch {
      knownCurrencies = null;
    }
  }
  return knownCurrencies;
}

function currency(raw: Record<string, unknown>, problems: SettingProblem[]): string {
  const value = raw.seat_currency;
  if (!present(value)) return DEFAULT_SEAT_CURRENCY;
  const code = String(value).trim().toUpperCase();
  const known = supportedCurrencies();
  // Without the browser's list, the shape is all we can check; Intl formats any three letters.
  if (!/^[A-Z]{3}$/.test(code) || (known !== null && !known.has(code))) {
    problems.push({ setting: 'seat_currency', code: 'currency-unknown', value: String(value) });
    return DEFAULT_SEAT_CURRENCY;
  }
  return code;
}

function seatsPurchased(raw: Record<string, unknown>, problems: SettingProblem[]): number | null {
  const value = raw.seats_purchased;
  if (!present(value)) return null;
  const digits = String(value).trim();
  const n = /^\d{1,7}$/.test(digits) ? Number(digits) : NaN;
  if (!Number.isInteger(n) || n > MAX_SEATS_PURCHASED) {
    problems.push({ setting: 'seats_purchased', code: 'seats-not-a-number', value: String(value) });
    return null;
  }
  return n;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** How many ignored entries the one exempt_users problem quotes, and how much of each. */
export const EXEMPT_EXAMPLES = 3;
const EXAMPLE_LENGTH = 40;

/** A `#` at the start of a line or after whitespace starts a comment; `a#b@x.com` is an address. */
const COMMENT = /(?:^|\s)#.*$/;

/** An entry as the problem quotes it: at most EXAMPLE_LENGTH characters, whatever was pasted. */
function shorten(entry: string): string {
  // By code point, so a cut never splits a character.
  const head = Array.from(entry.slice(0, EXAMPLE_LENGTH * 2));
  const long = head.length > EXAMPLE_LENGTH || entry.length > EXAMPLE_LENGTH * 2;
  return long ? `${head.slice(0, EXAMPLE_LENGTH - 1).join('')}…` : entry;
}

/**
 * One email or user id a line (or comma-separated); blank lines and `#` comments are
 * skipped. However long the paste, bad entries make at most one problem: their count and
 * the first few, so the admin sees what to fix without a screen of warnings.
 */
export function parseExemptions(value: unknown, problems: SettingProblem[] = []): Exemptions {
  const emails = new Set<string>();
  const ids = new Set<number>();
  if (typeof value !== 'string') return { emails, ids };
  let ignored = 0;
  const examples: string[] = [];
  for (const line of value.split(/\r?\n/)) {
    // Comments go first, so a comma inside a comment never makes a new entry.
    for (const raw of line.replace(COMMENT, '').split(',')) {
      const entry = raw.trim();
      if (entry === '') continue;
      if (/^\d{1,16}$/.test(entry) && Number.isSafeInteger(Number(entry))) ids.add(Number(entry));
      else if (EMAIL.test(entry)) emails.add(entry.toLowerCase());
      else {
        ignored++;
        if (examples.length < EXEMPT_EXAMPLES) examples.push(shorten(entry));
      }
    }
  }
  if (ignored > 0) problems.push({ setting: 'exempt_users', code: 'exempt-entries-ignored', count: ignored, examples });
  return { emails, ids };
}

function endpoint(raw: Record<string, unknown>): string | null {
  const value = raw.saas_endpoint;
  return present(value) ? String(value).trim() : null;
}

/** The destination setting, and a problem when it names no platform or its platform lacks the id it needs. */
function destination(raw: Record<string, unknown>, problems: SettingProblem[]): Pick<SeatReviewSettings, 'saasDestination' | 'saasDestinationId'> {
  const given = present(raw.saas_destination) ? String(raw.saas_destination).trim() : '';
  const name = given === '' ? 'seat-review' : given.toLowerCase();
  const id = present(raw.saas_destination_id) ? String(raw.saas_destination_id).trim() : null;
  if (!isDestination(name)) {
    problems.push({ setting: 'saas_destination', code: 'destination-unknown', value: given, valid: DESTINATIONS });
  } else {
    const names = DESTINATION_ID[name];
    if (names !== null && id === null) problems.push({ setting: 'saas_destination_id', code: 'destination-id-missing', destination: name, names });
  }
  return { saasDestination: name, saasDestinationId: id };
}

export function parseSettings(raw: Record<string, unknown>): {
  settings: SeatReviewSettings;
  problems: SettingProblem[];
} {
  const problems: SettingProblem[] = [];
  const settings: SeatReviewSettings = {
    idleDays: wholeDays(raw, 'idle_days', DEFAULT_IDLE_DAYS, problems),
    graceDays: wholeDays(raw, 'grace_days', DEFAULT_GRACE_DAYS, problems),
    seatPrice: price(raw, problems),
    seatCurrency: currency(raw, problems),
    seatsPurchased: seatsPurchased(raw, problems),
    exempt: parseExemptions(raw.exempt_users, problems),
    saasEndpoint: endpoint(raw),
    ...destination(raw, problems),
  };
  return { settings, problems };
}

/**
 * The app's installation settings (manifest `parameters`), typed and validated.
 * Zendesk hands them over as strings or numbers depending on the field, and an admin
 * can type anything: a bad value falls back to the default and is reported by name,
 * so the review still works and the admin learns what to fix.
 */
export interface Exemptions {
  emails: ReadonlySet<string>;
  ids: ReadonlySet<number>;
}

export interface SeatReviewSettings {
  idleDays: number;
  graceDays: number;
  /** Monthly price of one paid seat, or null when not set. */
  seatPrice: number | null;
  exempt: Exemptions;
  saasEndpoint: string | null;
}

export interface SettingProblem {
  /** The manifest parameter name, e.g. `idle_days`. */
  setting: string;
  message: string;
  /** Machine-readable kind, for problems that carry numbers the UI may word itself. */
  code?: 'exempt_entries_ignored';
  /** exempt_entries_ignored: how many entries were ignored, and the first few (shortened). */
  count?: number;
  examples?: readonly string[];
}

export const DEFAULT_IDLE_DAYS = 30;
export const DEFAULT_GRACE_DAYS = 14;

function present(value: unknown): boolean {
  return value !== undefined && value !== null && String(value).trim() !== '';
}

function wholeDays(
  raw: Record<string, unknown>,
  setting: string,
  label: string,
  fallback: number,
  problems: SettingProblem[],
): number {
  const value = raw[setting];
  if (!present(value)) return fallback;
  const digits = String(value).trim();
  const n = /^\d{1,4}$/.test(digits) ? Number(digits) : NaN;
  if (!Number.isInteger(n) || n > 3650) {
    problems.push({
      setting,
      message: `${label} must be a whole number of days between 0 and 3650; "${String(value)}" was ignored and ${fallback} used.`,
    });
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
    problems.push({
      setting: 'seat_price',
      message: `Monthly price per paid seat must be a plain number such as 55 or 55.50; "${String(value)}" was ignored, so costs are not shown.`,
    });
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
  const head = [...entry.slice(0, EXAMPLE_LENGTH * 2)];
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
  if (ignored > 0) {
    const listed = examples.map((e) => `"${e}"`).join(', ');
    const more = ignored > examples.length ? `, and ${ignored - examples.length} more` : '';
    problems.push({
      setting: 'exempt_users',
      code: 'exempt_entries_ignored',
      count: ignored,
      examples,
      message:
        `Exempt users: ${ignored} ${ignored === 1 ? 'entry is' : 'entries are'} neither an email nor a user id and ` +
        `${ignored === 1 ? 'was' : 'were'} ignored: ${listed}${more}.`,
    });
  }
  return { emails, ids };
}

function endpoint(raw: Record<string, unknown>): string | null {
  const value = raw.saas_endpoint;
  return present(value) ? String(value).trim() : null;
}

export function parseSettings(raw: Record<string, unknown>): {
  settings: SeatReviewSettings;
  problems: SettingProblem[];
} {
  const problems: SettingProblem[] = [];
  const settings: SeatReviewSettings = {
    idleDays: wholeDays(raw, 'idle_days', 'Idle threshold', DEFAULT_IDLE_DAYS, problems),
    graceDays: wholeDays(raw, 'grace_days', 'Grace period for new seats', DEFAULT_GRACE_DAYS, problems),
    seatPrice: price(raw, problems),
    exempt: parseExemptions(raw.exempt_users, problems),
    saasEndpoint: endpoint(raw),
  };
  return { settings, problems };
}

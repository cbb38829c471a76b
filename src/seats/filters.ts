/**
 * What the admin narrows the table to: a text search on name/email, one filter for every
 * column (suspended included) and the API-only signal. Pure: the UI keeps a SeatFilters
 * value and calls `applyFilters`. Every filter value is a key (never a label): the UI
 * words the choices. The summary's figures are filters too (`SUMMARY_FILTERS`), so a
 * figure and the rows it selects always count the same seats.
 */
import type { SeatClass } from './classes';
import type { ReviewedSeat } from './review';
import { DAY_MS, roleTypeKey, type RoleTypeKey, type Seat, type TicketRestriction } from './seat';

export type FlagFilter = 'any' | 'yes' | 'no' | 'unset';
/** A span of days back from now: dates within it, or dates older than it. */
export interface DateRange {
  kind: 'within' | 'older';
  days: number;
}

/** What each date filter key means. The keys are names only: nothing reads a day count out of them. */
export const DATE_RANGES = {
  within_7: { kind: 'within', days: 7 },
  within_30: { kind: 'within', days: 30 },
  within_90: { kind: 'within', days: 90 },
  within_365: { kind: 'within', days: 365 },
  older_30: { kind: 'older', days: 30 },
  older_90: { kind: 'older', days: 90 },
  older_365: { kind: 'older', days: 365 },
} as const satisfies Record<string, DateRange>;

export type DateRangeKey = keyof typeof DATE_RANGES;
export type DateFilter = 'any' | 'never' | DateRangeKey;
export type IdleFilter = 'any' | 'idle' | 'not_idle' | 'exempt';
/** Last seen is a date, or no session at all ('never'), or unknown while sessions are not read. */
export type LastSeenFilter = DateFilter | 'unknown';
/** Ticket interactions in the idle window: none (0), some (1 or more), or not counted. */
export type InteractionsFilter = 'any' | 'none' | 'some' | 'unknown';
/** The "API-only sign-in?" signal. */
export type SignalFilter = 'any' | 'has' | 'has_not';
/** Suspended agents: hidden (the review's start), shown with the others ('any'), or alone. */
export type SuspendedFilter = 'any' | 'hide' | 'only';
/** Every seat that holds a paid seat, whatever its class (the "Paid seats" figure). */
export type SeatClassFilter = 'any' | 'all_paid' | SeatClass;

export interface SeatFilters {
  search: string;
  name: string;
  email: string;
  created: DateFilter;
  lastSignIn: DateFilter;
  lastSeen: LastSeenFilter;
  idle: IdleFilter;
  interactions: InteractionsFilter;
  apiOnly: SignalFilter;
  seatClass: SeatClassFilter;
  role: 'any' | Seat['role'];
  /** 'any', or a role type's key (`roleTypeKey`). */
  roleType: 'any' | RoleTypeKey;
  ticketRestriction: 'any' | 'none' | TicketRestriction;
  chatOnly: FlagFilter;
  moderator: FlagFilter;
  restrictedAgent: FlagFilter;
  shared: FlagFilter;
  sharedAgent: FlagFilter;
  twoFactorAuth: FlagFilter;
  verified: FlagFilter;
  reportCsv: FlagFilter;
  suspended: SuspendedFilter;
}

export type FlagFilterKey = 'chatOnly' | 'moderator' | 'restrictedAgent' | 'shared' | 'sharedAgent' | 'twoFactorAuth' | 'verified' | 'reportCsv';
export const FLAG_FILTER_KEYS: readonly FlagFilterKey[] = [
  'chatOnly',
  'moderator',
  'restrictedAgent',
  'shared',
  'sharedAgent',
  'twoFactorAuth',
  'verified',
  'reportCsv',
];

/** Filters nothing: every row, suspended ones included. */
export const NO_FILTERS: SeatFilters = {
  search: '',
  name: '',
  email: '',
  created: 'any',
  lastSignIn: 'any',
  lastSeen: 'any',
  idle: 'any',
  interactions: 'any',
  apiOnly: 'any',
  seatClass: 'any',
  role: 'any',
  roleType: 'any',
  ticketRestriction: 'any',
  chatOnly: 'any',
  moderator: 'any',
  restrictedAgent: 'any',
  shared: 'any',
  sharedAgent: 'any',
  twoFactorAuth: 'any',
  verified: 'any',
  reportCsv: 'any',
  suspended: 'any',
};

/**
 * What the review starts with and "Clear filters" returns to: suspended agents hidden, as
 * the "Seats" figure counts seats. The "Show suspended agents" switch is this filter.
 */
export const REVIEW_FILTERS: SeatFilters = { ...NO_FILTERS, suspended: 'hide' };

const FILTER_KEYS = Object.keys(NO_FILTERS) as (keyof SeatFilters)[];

/** How many filters differ from the review's start (the search box included). */
export function activeFilterCount(filters: SeatFilters): number {
  return FILTER_KEYS.filter((key) => filters[key].trim() !== REVIEW_FILTERS[key]).length;
}

/** Whether suspended agents are among the rows shown (the switch's state). */
export function showsSuspended(filters: Pick<SeatFilters, 'suspended'>): boolean {
  return filters.suspended !== 'hide';
}

/** The summary figures that filter the table when clicked. */
export type SummaryCard = 'seats' | 'paid' | 'idle' | 'suspended';
type CardFilters = Pick<SeatFilters, 'seatClass' | 'idle' | 'suspended'>;

/** The filters each figure counts by: applied to the review, they list exactly the seats the figure counts. */
export const SUMMARY_FILTERS: Readonly<Record<SummaryCard, CardFilters>> = {
  seats: { seatClass: 'any', idle: 'any', suspended: 'hide' },
  paid: { seatClass: 'all_paid', idle: 'any', suspended: 'hide' },
  idle: { seatClass: 'any', idle: 'idle', suspended: 'hide' },
  suspended: { seatClass: 'any', idle: 'any', suspended: 'only' },
};

/** A figure is pressed while the table is filtered the way it counts (other filters aside). */
export function summaryCardPressed(filters: SeatFilters, card: SummaryCard): boolean {
  const own = SUMMARY_FILTERS[card];
  return filters.seatClass === own.seatClass && filters.idle === own.idle && filters.suspended === own.suspended;
}

/** What a click on a figure changes: its filters, or back to the seats' when it was already pressed. Other filters stay. */
export function summaryCardPatch(filters: SeatFilters, card: SummaryCard): CardFilters {
  return summaryCardPressed(filters, card) ? SUMMARY_FILTERS.seats : SUMMARY_FILTERS[card];
}

/** Whether a known date falls in `range`: the boundary day counts as within, so within and older split every date in two. */
export function inDateRange(ms: number, range: DateRange, now: number): boolean {
  const cutoff = now - range.days * DAY_MS;
  return range.kind === 'within' ? ms >= cutoff : ms < cutoff;
}

export function matchesDate(ms: number | null, filter: DateFilter, now: number): boolean {
  if (filter === 'any') return true;
  if (filter === 'never') return ms === null;
  return ms !== null && inDateRange(ms, DATE_RANGES[filter], now);
}

// Lower-cased once per seat, not on every keystroke for every seat (10,000+ of them).
const lowered = new WeakMap<object, { name: string; email: string }>();
function lower(seat: ReviewedSeat['seat']): { name: string; email: string } {
  let text = lowered.get(seat);
  if (text === undefined) {
    text = { name: seat.name.toLowerCase(), email: seat.email.toLowerCase() };
    lowered.set(seat, text);
  }
  return text;
}

/** Whether a row passes one filter set to `value` (never 'any': a filter left at 'any' is not tested). Text arrives lower-cased. */
type Test<V> = (row: ReviewedSeat, value: Exclude<V, 'any'>, now: number) => boolean;

const flagTest =
  (key: FlagFilterKey): Test<FlagFilter> =>
  (row, value) =>
    row.seat[key] === (value === 'unset' ? null : value === 'yes');

const TESTS: { [K in keyof SeatFilters]: Test<SeatFilters[K]> } = {
  search: (r, text) => lower(r.seat).name.includes(text) || lower(r.seat).email.includes(text),
  name: (r, text) => lower(r.seat).name.includes(text),
  email: (r, text) => lower(r.seat).email.includes(text),
  created: (r, value, now) => matchesDate(r.seat.createdAt, value, now),
  lastSignIn: (r, value, now) => matchesDate(r.seat.lastLoginAt, value, now),
  // Sessions not read (undefined) are unknown: in no date range, and not "no session".
  lastSeen: (r, value, now) => {
    const seen = r.engagement.lastSeenAt;
    return value === 'unknown' ? seen === undefined : seen !== undefined && matchesDate(seen, value, now);
  },
  idle: (r, value) => (value === 'exempt' ? r.verdict.exempt : r.verdict.idle === (value === 'idle')),
  // Not counted is unknown, never "none".
  interactions: (r, value) => {
    const count = r.engagement.interactions;
    return value === 'unknown' ? count === null : count !== null && count > 0 === (value === 'some');
  },
  apiOnly: (r, value) => r.verdict.reasons.some((reason) => reason.code === 'api_only_sign_in') === (value === 'has'),
  seatClass: (r, value) => (value === 'all_paid' ? r.seatClass.paid : r.seatClass.seatClass === value),
  role: (r, value) => r.seat.role === value,
  roleType: (r, value) => roleTypeKey(r.seat) === value,
  ticketRestriction: (r, value) => (r.seat.ticketRestriction ?? 'none') === value,
  chatOnly: flagTest('chatOnly'),
  moderator: flagTest('moderator'),
  restrictedAgent: flagTest('restrictedAgent'),
  shared: flagTest('shared'),
  sharedAgent: flagTest('sharedAgent'),
  twoFactorAuth: flagTest('twoFactorAuth'),
  verified: flagTest('verified'),
  reportCsv: flagTest('reportCsv'),
  suspended: (r, value) => r.seat.suspended === (value === 'only'),
};

/** Rows passing every filter in force, in their order. Only the filters in force are tested: usually one check a row. */
export function applyFilters(rows: readonly ReviewedSeat[], filters: SeatFilters, now: number): ReviewedSeat[] {
  const tests: ((row: ReviewedSeat) => boolean)[] = [];
  for (const key of FILTER_KEYS) {
    const value = filters[key].trim().toLowerCase();
    // A key with its own value type; the table is typed key by key, so the pair is sound.
    const test = TESTS[key] as Test<string>;
    if (value !== NO_FILTERS[key]) tests.push((row) => test(row, value, now));
  }
  // Nothing to filter by: the rows as they are (a sort re-filters 10,000 rows otherwise).
  if (tests.length === 0) return [...rows];
  return rows.filter((row) => tests.every((test) => test(row)));
}

/** A role type the roster holds, for the role type filter: its key and what the UI words it from. */
export interface RoleTypeChoice {
  key: RoleTypeKey;
  role: Seat['role'];
  roleType: number | null;
}

/** The role types present among `seats`, once each, in the roster's order (the UI orders them by their words). */
export function roleTypeChoices(seats: readonly Pick<Seat, 'role' | 'roleType'>[]): RoleTypeChoice[] {
  const found = new Map<RoleTypeKey, RoleTypeChoice>();
  for (const seat of seats) {
    const key = roleTypeKey(seat);
    if (!found.has(key)) found.set(key, { key, role: seat.role, roleType: seat.roleType });
  }
  return [...found.values()];
}

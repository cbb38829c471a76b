/**
 * What the admin narrows the table to: a text search on name/email and one filter for
 * every column. Pure: the UI keeps a SeatFilters value and calls `applyFilters`. Every
 * filter value is a key (never a label): the UI words the choices.
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

export interface SeatFilters {
  search: string;
  name: string;
  email: string;
  created: DateFilter;
  lastSignIn: DateFilter;
  idle: IdleFilter;
  seatClass: 'any' | SeatClass;
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

export const NO_FILTERS: SeatFilters = {
  search: '',
  name: '',
  email: '',
  created: 'any',
  lastSignIn: 'any',
  idle: 'any',
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
};

/** How many filters differ from "show everything" (the search box included). */
export function activeFilterCount(filters: SeatFilters): number {
  return (Object.keys(NO_FILTERS) as (keyof SeatFilters)[]).filter((key) => filters[key].trim() !== NO_FILTERS[key]).length;
}

function matchesFlag(value: boolean | null, filter: FlagFilter): boolean {
  switch (filter) {
    case 'any':
      return true;
    case 'yes':
      return value === true;
    case 'no':
      return value === false;
    case 'unset':
      return value === null;
  }
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

function matchesIdle(row: ReviewedSeat, filter: IdleFilter): boolean {
  switch (filter) {
    case 'any':
      return true;
    case 'idle':
      return row.verdict.idle;
    case 'not_idle':
      return !row.verdict.idle;
    case 'exempt':
      return row.verdict.exempt;
  }
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

function contains(haystack: string, needle: string): boolean {
  return needle === '' || haystack.includes(needle);
}

export function applyFilters(rows: readonly ReviewedSeat[], filters: SeatFilters, now: number): ReviewedSeat[] {
  // Nothing to filter by: the rows as they are (a sort re-filters 10,000 rows otherwise).
  if (activeFilterCount(filters) === 0) return [...rows];
  const search = filters.search.trim().toLowerCase();
  const name = filters.name.trim().toLowerCase();
  const email = filters.email.trim().toLowerCase();
  return rows.filter((row) => {
    const seat = row.seat;
    const text = lower(seat);
    if (search !== '' && !contains(text.name, search) && !contains(text.email, search)) return false;
    if (!contains(text.name, name) || !contains(text.email, email)) return false;
    if (!matchesDate(seat.createdAt, filters.created, now)) return false;
    if (!matchesDate(seat.lastLoginAt, filters.lastSignIn, now)) return false;
    if (!matchesIdle(row, filters.idle)) return false;
    if (filters.seatClass !== 'any' && row.seatClass.seatClass !== filters.seatClass) return false;
    if (filters.role !== 'any' && seat.role !== filters.role) return false;
    if (filters.roleType !== 'any' && roleTypeKey(seat) !== filters.roleType) return false;
    if (filters.ticketRestriction !== 'any' && (seat.ticketRestriction ?? 'none') !== filters.ticketRestriction) return false;
    return FLAG_FILTER_KEYS.every((key) => matchesFlag(seat[key], filters[key]));
  });
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

/**
 * The table's columns, in one place: their keys and the value each sorts on. The table,
 * the sort and the CSV export all read this; their labels and cell words live in the UI
 * (src/ui/text/columns.ts), which also sorts the worded columns by the words it shows.
 */
import type { ReviewedSeat } from './review';
import { roleTypeKey, type Seat } from './seat';

export type ColumnKey =
  | 'name'
  | 'email'
  | 'createdAt'
  | 'lastLoginAt'
  | 'idle'
  | 'seatClass'
  | 'interactions'
  | 'lastSeenAt'
  | 'role'
  | 'roleType'
  | 'chatOnly'
  | 'moderator'
  | 'restrictedAgent'
  | 'shared'
  | 'sharedAgent'
  | 'ticketRestriction'
  | 'twoFactorAuth'
  | 'verified'
  | 'reportCsv'
  | 'suspended';

export type SortValue = string | number | null;

export interface Column {
  key: ColumnKey;
  /** Rows without a value (null) sort last either way. Worded columns sort here by key; the UI sorts them by their words. */
  sortValue: (row: ReviewedSeat) => SortValue;
}

/** The yes/no columns: a seat flag each (null = Zendesk did not say). */
export type FlagColumnKey =
  'chatOnly' | 'moderator' | 'restrictedAgent' | 'shared' | 'sharedAgent' | 'twoFactorAuth' | 'verified' | 'reportCsv' | 'suspended';

export function isoDate(ms: number | null): string {
  return ms === null ? '' : new Date(ms).toISOString().slice(0, 10);
}

/** A seat's ticket restriction as a key: `none` when Zendesk set none; a value it may add later is kept as sent. */
export function ticketRestrictionKey(seat: Pick<Seat, 'ticketRestriction'>): string {
  return seat.ticketRestriction ?? 'none';
}

function flagColumn(key: FlagColumnKey): Column {
  return {
    key,
    sortValue: (row) => {
      const value = row.seat[key];
      return value === null ? null : Number(value);
    },
  };
}

export const COLUMNS: readonly Column[] = [
  { key: 'name', sortValue: (r) => r.seat.name.toLowerCase() || null },
  { key: 'email', sortValue: (r) => r.seat.email.toLowerCase() || null },
  { key: 'createdAt', sortValue: (r) => r.seat.createdAt },
  // Never signed in sorts as the oldest sign-in.
  { key: 'lastLoginAt', sortValue: (r) => r.seat.lastLoginAt ?? Number.MIN_SAFE_INTEGER },
  { key: 'idle', sortValue: (r) => (r.verdict.idle ? 1 : 0) },
  { key: 'seatClass', sortValue: (r) => r.seatClass.seatClass },
  { key: 'interactions', sortValue: (r) => r.engagement.interactions },
  {
    key: 'lastSeenAt',
    sortValue: (r) => (r.engagement.lastSeenAt === undefined ? null : (r.engagement.lastSeenAt ?? Number.MIN_SAFE_INTEGER)),
  },
  { key: 'role', sortValue: (r) => r.seat.role },
  { key: 'roleType', sortValue: (r) => roleTypeKey(r.seat) },
  flagColumn('chatOnly'),
  flagColumn('moderator'),
  flagColumn('restrictedAgent'),
  flagColumn('shared'),
  flagColumn('sharedAgent'),
  { key: 'ticketRestriction', sortValue: (r) => ticketRestrictionKey(r.seat) },
  flagColumn('twoFactorAuth'),
  flagColumn('verified'),
  flagColumn('reportCsv'),
  flagColumn('suspended'),
];

export function columnByKey(key: ColumnKey): Column {
  const column = COLUMNS.find((c) => c.key === key);
  if (!column) throw new Error(`Unknown column ${key}`);
  return column;
}

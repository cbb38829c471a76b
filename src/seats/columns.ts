import { SEAT_CLASS_NAMES } from './classes';
import { describeIdleReason } from './idle';
import type { ReviewedSeat } from './review';
import { daysBetween, roleTypeName, type Seat } from './seat';

/**
 * The table's columns, in one place: header label, the text shown and exported,
 * and the value sorted on. The table, the sort and the CSV export all read this.
 */
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
  label: string;
  text: (row: ReviewedSeat) => string;
  sortValue: (row: ReviewedSeat) => SortValue;
}

export function isoDate(ms: number | null): string {
  return ms === null ? '' : new Date(ms).toISOString().slice(0, 10);
}

export function yesNo(value: boolean | null): string {
  if (value === null) return '';
  return value ? 'Yes' : 'No';
}

const TICKET_RESTRICTION_WORDS: Record<string, string> = {
  organization: "Requester's organization",
  groups: "Agent's groups",
  assigned: 'Assigned to agent',
  requested: 'Requested by agent',
};

export function ticketRestrictionText(seat: Seat): string {
  if (seat.ticketRestriction === null) return 'None';
  return TICKET_RESTRICTION_WORDS[seat.ticketRestriction] ?? `Other (${seat.ticketRestriction})`;
}

export function idleText(row: ReviewedSeat): string {
  if (row.verdict.exempt) return 'Exempt';
  if (!row.verdict.paid) return 'No paid seat';
  return row.verdict.reasons.map(describeIdleReason).join('; ');
}

/** Sessions unknown → empty; no session → "No session". */
export function lastSeenText(row: ReviewedSeat): string {
  const seen = row.activity.lastSeenAt;
  if (seen === undefined) return '';
  return seen === null ? 'No session' : isoDate(seen);
}

function flagColumn(key: ColumnKey, label: string, get: (seat: Seat) => boolean | null): Column {
  return {
    key,
    label,
    text: (row) => yesNo(get(row.seat)),
    sortValue: (row) => {
      const value = get(row.seat);
      return value === null ? null : Number(value);
    },
  };
}

export const COLUMNS: readonly Column[] = [
  { key: 'name', label: 'Name', text: (r) => r.seat.name, sortValue: (r) => r.seat.name.toLowerCase() || null },
  { key: 'email', label: 'Email', text: (r) => r.seat.email, sortValue: (r) => r.seat.email.toLowerCase() || null },
  { key: 'createdAt', label: 'Created', text: (r) => isoDate(r.seat.createdAt), sortValue: (r) => r.seat.createdAt },
  {
    key: 'lastLoginAt',
    label: 'Last sign-in',
    text: (r) => (r.seat.lastLoginAt === null ? 'Never' : isoDate(r.seat.lastLoginAt)),
    // Never signed in sorts as the oldest sign-in.
    sortValue: (r) => r.seat.lastLoginAt ?? Number.MIN_SAFE_INTEGER,
  },
  { key: 'idle', label: 'Idle', text: idleText, sortValue: (r) => (r.verdict.idle ? 1 : 0) },
  {
    key: 'seatClass',
    label: 'Seat class',
    text: (r) => SEAT_CLASS_NAMES[r.seatClass.seatClass],
    sortValue: (r) => SEAT_CLASS_NAMES[r.seatClass.seatClass],
  },
  {
    key: 'interactions',
    label: 'Ticket interactions',
    text: (r) => (r.activity.interactions === null ? '' : String(r.activity.interactions)),
    sortValue: (r) => r.activity.interactions,
  },
  {
    key: 'lastSeenAt',
    label: 'Last seen (session)',
    text: lastSeenText,
    sortValue: (r) => (r.activity.lastSeenAt === undefined ? null : (r.activity.lastSeenAt ?? Number.MIN_SAFE_INTEGER)),
  },
  { key: 'role', label: 'Role', text: (r) => (r.seat.role === 'admin' ? 'Admin' : 'Agent'), sortValue: (r) => r.seat.role },
  { key: 'roleType', label: 'Role type', text: (r) => roleTypeName(r.seat), sortValue: (r) => roleTypeName(r.seat) },
  flagColumn('chatOnly', 'Chat only', (s) => s.chatOnly),
  flagColumn('moderator', 'Moderator', (s) => s.moderator),
  flagColumn('restrictedAgent', 'Restricted agent', (s) => s.restrictedAgent),
  flagColumn('shared', 'Shared', (s) => s.shared),
  flagColumn('sharedAgent', 'Shared agent', (s) => s.sharedAgent),
  {
    key: 'ticketRestriction',
    label: 'Ticket restriction',
    text: (r) => ticketRestrictionText(r.seat),
    sortValue: (r) => ticketRestrictionText(r.seat),
  },
  flagColumn('twoFactorAuth', 'Two-factor auth', (s) => s.twoFactorAuth),
  flagColumn('verified', 'Verified', (s) => s.verified),
  flagColumn('reportCsv', 'Can report CSV', (s) => s.reportCsv),
  flagColumn('suspended', 'Suspended', (s) => s.suspended),
];

export function columnByKey(key: ColumnKey): Column {
  const column = COLUMNS.find((c) => c.key === key);
  if (!column) throw new Error(`Unknown column ${key}`);
  return column;
}

/** "12 days ago" for the table's secondary text. */
export function daysAgoText(ms: number | null, now: number): string {
  if (ms === null) return '';
  const days = daysBetween(ms, now);
  if (days <= 0) return 'today';
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

/**
 * The table's columns in words: header labels, the text of each cell (shown, and
 * exported to CSV exactly as shown), and, for the worded columns, the words they sort by.
 */
import { columnByKey, isoDate, type Column, type ColumnKey, type FlagColumnKey } from '../../seats/columns';
import type { CsvWords } from '../../seats/csv';
import type { ReviewedSeat } from '../../seats/review';
import { daysBetween } from '../../seats/seat';
import { roleTypeText, ROLE_WORDS, ticketRestrictionText } from './roles';
import { idleReasonText, SEAT_CLASS_WORDS } from './seats';

export const COLUMN_LABELS: Readonly<Record<ColumnKey, string>> = {
  name: 'Name',
  email: 'Email',
  createdAt: 'Created',
  lastLoginAt: 'Last sign-in',
  idle: 'Idle',
  seatClass: 'Seat class',
  interactions: 'Ticket interactions',
  lastSeenAt: 'Last seen (session)',
  role: 'Role',
  roleType: 'Role type',
  chatOnly: 'Chat only',
  moderator: 'Moderator',
  restrictedAgent: 'Restricted agent',
  shared: 'Shared',
  sharedAgent: 'Shared agent',
  ticketRestriction: 'Ticket restriction',
  twoFactorAuth: 'Two-factor auth',
  verified: 'Verified',
  reportCsv: 'Can report CSV',
  suspended: 'Suspended',
};

export function yesNo(value: boolean | null): string {
  if (value === null) return '';
  return value ? 'Yes' : 'No';
}

export function idleText(row: ReviewedSeat): string {
  if (row.verdict.exempt) return 'Exempt';
  if (!row.verdict.paid) return 'No paid seat';
  return row.verdict.reasons.map(idleReasonText).join('; ');
}

/** Sessions unknown → empty; no session → "No session". */
export function lastSeenText(row: ReviewedSeat): string {
  const seen = row.engagement.lastSeenAt;
  if (seen === undefined) return '';
  return seen === null ? 'No session' : isoDate(seen);
}

const flag = (key: FlagColumnKey) => (row: ReviewedSeat) => yesNo(row.seat[key]);

const CELL_TEXT: Readonly<Record<ColumnKey, (row: ReviewedSeat) => string>> = {
  name: (r) => r.seat.name,
  email: (r) => r.seat.email,
  createdAt: (r) => isoDate(r.seat.createdAt),
  lastLoginAt: (r) => (r.seat.lastLoginAt === null ? 'Never' : isoDate(r.seat.lastLoginAt)),
  idle: idleText,
  seatClass: (r) => SEAT_CLASS_WORDS[r.seatClass.seatClass],
  interactions: (r) => (r.engagement.interactions === null ? '' : String(r.engagement.interactions)),
  lastSeenAt: lastSeenText,
  role: (r) => ROLE_WORDS[r.seat.role],
  roleType: (r) => roleTypeText(r.seat),
  chatOnly: flag('chatOnly'),
  moderator: flag('moderator'),
  restrictedAgent: flag('restrictedAgent'),
  shared: flag('shared'),
  sharedAgent: flag('sharedAgent'),
  ticketRestriction: (r) => ticketRestrictionText(r.seat),
  twoFactorAuth: flag('twoFactorAuth'),
  verified: flag('verified'),
  reportCsv: flag('reportCsv'),
  suspended: flag('suspended'),
};

/** A cell's text as the table shows it and the CSV writes it. */
export function cellText(key: ColumnKey, row: ReviewedSeat): string {
  return CELL_TEXT[key](row);
}

/** Columns shown in words sort by those words, so the order matches what the admin reads. */
const SORTED_BY_WORDS: ReadonlySet<ColumnKey> = new Set(['seatClass', 'roleType', 'ticketRestriction']);

/** What a column sorts on: its words for the worded columns, its own value otherwise. */
export function sortValueOf(key: ColumnKey): Column['sortValue'] {
  return SORTED_BY_WORDS.has(key) ? CELL_TEXT[key] : columnByKey(key).sortValue;
}

/** The CSV export's words: the file reads like the table. */
export const CSV_WORDS: CsvWords = {
  idHeader: 'User ID',
  label: (key) => COLUMN_LABELS[key],
  text: cellText,
};

/** "12 days ago" for the table's secondary text. */
export function daysAgoText(ms: number | null, now: number): string {
  if (ms === null) return '';
  const days = daysBetween(ms, now);
  if (days <= 0) return 'today';
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

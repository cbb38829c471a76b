/**
 * The table's columns in words, in the admin's language: header labels, the text of each
 * cell, and, for the worded columns, the words they sort by. The CSV export has the same
 * headers and words, but keeps dates (ISO) and counts machine-readable.
 */
import { columnByKey, isoDate, type Column, type ColumnKey, type FlagColumnKey } from '../../seats/columns';
import type { CsvWords } from '../../seats/csv';
import type { ReviewedSeat } from '../../seats/review';
import english from '../i18n/en/columns';
import { date, daysAgo, num } from '../i18n/format';
import { messages } from '../i18n/messages';
import { roleTypeText, roleWords, ticketRestrictionText } from './roles';
import { idleReasonText, seatClassWords } from './seats';

const m = () => messages('columns', english);

type LabelMessage = Extract<keyof typeof english, `column${string}`>;

/** Each column's header, by the message that words it. */
const LABEL_MESSAGES: Readonly<Record<ColumnKey, LabelMessage>> = {
  name: 'columnName',
  email: 'columnEmail',
  createdAt: 'columnCreated',
  lastLoginAt: 'columnLastSignIn',
  idle: 'columnIdle',
  seatClass: 'columnSeatClass',
  interactions: 'columnInteractions',
  lastSeenAt: 'columnLastSeen',
  role: 'columnRole',
  roleType: 'columnRoleType',
  chatOnly: 'columnChatOnly',
  moderator: 'columnModerator',
  restrictedAgent: 'columnRestrictedAgent',
  shared: 'columnShared',
  sharedAgent: 'columnSharedAgent',
  ticketRestriction: 'columnTicketRestriction',
  twoFactorAuth: 'columnTwoFactorAuth',
  verified: 'columnVerified',
  reportCsv: 'columnReportCsv',
  suspended: 'columnSuspended',
};

/** A column's header, on screen and in the CSV. */
export function columnLabel(key: ColumnKey): string {
  return m()[LABEL_MESSAGES[key]];
}

/** What an empty cell (a dash) reads as to a screen reader. */
export const notSetText = (): string => m().notSet;

export function yesNo(value: boolean | null): string {
  if (value === null) return '';
  const t = m();
  return value ? t.yes : t.no;
}

export function idleText(row: ReviewedSeat): string {
  const t = m();
  if (row.verdict.exempt) return t.exempt;
  if (!row.verdict.paid) return t.noPaidSeat;
  return row.verdict.reasons.map(idleReasonText).join(t.reasonSeparator);
}

type CellWords = Readonly<Record<ColumnKey, (row: ReviewedSeat) => string>>;

/** Every cell's words, with days and counts written by `day` and `count`: the screen's formats, or the CSV's. */
function cellWords(day: (ms: number) => string, count: (n: number) => string): CellWords {
  const flag = (key: FlagColumnKey) => (row: ReviewedSeat) => yesNo(row.seat[key]);
  return {
    name: (r) => r.seat.name,
    email: (r) => r.seat.email,
    createdAt: (r) => (r.seat.createdAt === null ? '' : day(r.seat.createdAt)),
    lastLoginAt: (r) => (r.seat.lastLoginAt === null ? m().neverSignedIn : day(r.seat.lastLoginAt)),
    idle: idleText,
    seatClass: (r) => seatClassWords(r.seatClass.seatClass),
    interactions: (r) => (r.engagement.interactions === null ? '' : count(r.engagement.interactions)),
    // Sessions unknown → empty; no session → "No session".
    lastSeenAt: (r) => {
      const seen = r.engagement.lastSeenAt;
      if (seen === undefined) return '';
      return seen === null ? m().noSession : day(seen);
    },
    role: (r) => roleWords(r.seat.role),
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
}

/** On screen: one date format throughout (the locale's), counts with the locale's digits and grouping. */
const SCREEN_CELLS = cellWords(date, num);
/** In the CSV: ISO days and plain counts, which a spreadsheet reads as dates and numbers in any language. */
const CSV_CELLS = cellWords(isoDate, String);

/** A cell's text as the table (and the seat's panel) shows it. */
export function cellText(key: ColumnKey, row: ReviewedSeat): string {
  return SCREEN_CELLS[key](row);
}

/** A cell's text as the CSV writes it. */
export function csvCellText(key: ColumnKey, row: ReviewedSeat): string {
  return CSV_CELLS[key](row);
}

/** Last seen as the screen shows it. */
export const lastSeenText = (row: ReviewedSeat): string => cellText('lastSeenAt', row);

/** Columns shown in words sort by those words, so the order matches what the admin reads. */
const SORTED_BY_WORDS: ReadonlySet<ColumnKey> = new Set(['seatClass', 'roleType', 'ticketRestriction']);

/** What a column sorts on: its words for the worded columns, its own value otherwise. */
export function sortValueOf(key: ColumnKey): Column['sortValue'] {
  return SORTED_BY_WORDS.has(key) ? SCREEN_CELLS[key] : columnByKey(key).sortValue;
}

/** The CSV export's words: the table's headers and words, read when the file is written (in the admin's language). */
export const CSV_WORDS: CsvWords = {
  get idHeader() {
    return m().csvUserId;
  },
  label: columnLabel,
  text: csvCellText,
};

/** "12 days ago", "yesterday", "today" (calendar days) for a date's secondary text; a date ahead of `now` is today. */
export function daysAgoText(ms: number | null, now: number): string {
  return ms === null ? '' : daysAgo(Math.min(ms, now), now);
}

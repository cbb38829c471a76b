/**
 * The seats as a CSV file the admin downloads: the id first (a spreadsheet needs a key),
 * then the table's columns in the snapshot CSV's field order, so the two files line up.
 * The header and cells are the words the table shows, given by the caller
 * (src/ui/text/columns.ts), so the file reads like the screen; beside the worded idle
 * column, `idle_reasons` carries the same reason codes as the snapshot.
 */
import Papa from 'papaparse';
import { COLUMNS, columnByKey, type Column, type ColumnKey } from './columns';
import { idleReasonWire } from './idle';
import type { ReviewedSeat } from './review';
import type { SnapshotUser } from '../snapshot/build';

/**
 * A cell that a spreadsheet would read as a formula (OWASP "CSV injection"): starts
 * with = + - @, a tab or a carriage return. Papaparse's own default pattern misses
 * such a value when it spans several lines, hence this one.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** The reason codes' column: the snapshot's field name in every language, since codes are data. */
export const REASON_CODES_FIELD = 'idle_reasons' satisfies keyof SnapshotUser;

/**
 * Each table column beside the snapshot field that holds the same fact, in the snapshot's
 * field order (USER_FIELDS, src/snapshot/build.ts): the one mapping both CSVs agree by.
 * The id comes first in both and is not a table column.
 */
export const COLUMN_FIELDS: readonly { key: ColumnKey; field: keyof SnapshotUser }[] = [
  { key: 'name', field: 'name' },
  { key: 'email', field: 'email' },
  { key: 'createdAt', field: 'created_at' },
  { key: 'lastLoginAt', field: 'last_login_at' },
  { key: 'role', field: 'role' },
  { key: 'roleType', field: 'role_type' },
  { key: 'reportCsv', field: 'report_csv' },
  { key: 'chatOnly', field: 'chat_only' },
  { key: 'moderator', field: 'moderator' },
  { key: 'restrictedAgent', field: 'restricted_agent' },
  { key: 'shared', field: 'shared' },
  { key: 'sharedAgent', field: 'shared_agent' },
  { key: 'suspended', field: 'suspended' },
  { key: 'ticketRestriction', field: 'ticket_restriction' },
  { key: 'twoFactorAuth', field: 'two_factor_auth_enabled' },
  { key: 'verified', field: 'verified' },
  { key: 'seatClass', field: 'seat_class' },
  { key: 'idle', field: 'idle' },
  { key: 'interactions', field: 'interactions' },
  { key: 'lastSeenAt', field: 'last_seen_at' },
];

/** The export's columns: those the snapshot has, in its order, then any it lacks, in table order. */
export const CSV_COLUMNS: readonly Column[] = [
  ...COLUMN_FIELDS.map((f) => columnByKey(f.key)),
  ...COLUMNS.filter((c) => !COLUMN_FIELDS.some((f) => f.key === c.key)),
];

/** The words of the file: the id column's header, each column's header and each cell. */
export interface CsvWords {
  idHeader: string;
  label: (key: ColumnKey) => string;
  text: (key: ColumnKey, row: ReviewedSeat) => string;
}

/** The seat's reason codes as the snapshot CSV writes them. */
export function reasonCodes(row: ReviewedSeat): string {
  return row.verdict.reasons.map(idleReasonWire).join(';');
}

/** The given columns in the given order; the worded idle column is followed by the reason codes. */
export function seatsToCsv(rows: readonly ReviewedSeat[], words: CsvWords, columns: readonly Column[] = CSV_COLUMNS): string {
  const cells = columns.flatMap((c): { header: string; text: (row: ReviewedSeat) => string }[] => {
    const worded = { header: words.label(c.key), text: (row: ReviewedSeat) => words.text(c.key, row) };
    return c.key === 'idle' ? [worded, { header: REASON_CODES_FIELD, text: reasonCodes }] : [worded];
  });
  const header = [words.idHeader, ...cells.map((c) => c.header)];
  const data = rows.map((row) => [String(row.seat.id), ...cells.map((c) => c.text(row))]);
  return Papa.unparse([header, ...data], { escapeFormulae: FORMULA_START, newline: '\r\n' });
}

export function csvFileName(subdomain: string, now: Date): string {
  const safe = subdomain.replace(/[^a-z0-9-]/gi, '') || 'zendesk';
  return `seat-review-${safe}-${now.toISOString().slice(0, 10)}.csv`;
}

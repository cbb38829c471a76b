/**
 * The snapshot's users as CSV, for platforms that take uploads: the same columns as the
 * JSON `users` (header = field names), nulls as empty cells, `idle_reasons` joined by
 * ";", and beside it `idle_reasons_text`, the reasons in the admin's words when the UI
 * gives them (words live above this layer). The table's export follows the same field
 * order (COLUMN_FIELDS, src/seats/csv.ts). CSV-injection safe exactly like the seat export.
 */
import Papa from 'papaparse';
import { FORMULA_START, REASON_CODES_FIELD } from '../seats/csv';
import { USER_FIELDS, type Snapshot, type SnapshotUser } from './build';

/** The worded reasons' column, CSV only: the JSON keeps codes alone. */
export const REASON_WORDS_FIELD = 'idle_reasons_text';

/** The CSV's header: the user fields, the worded reasons right after their codes. */
export const SNAPSHOT_CSV_FIELDS: readonly string[] = USER_FIELDS.flatMap((field) =>
  field === REASON_CODES_FIELD ? [field, REASON_WORDS_FIELD] : [field],
);

/** A user's reasons in the admin's words (from src/ui). */
export type ReasonWords = (user: SnapshotUser) => string;

export function csvCell(value: SnapshotUser[keyof SnapshotUser]): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(';');
  return String(value);
}

/** Without `words` the worded reasons' column is there but empty. */
export function snapshotToCsv(snapshot: Snapshot, words?: ReasonWords): string {
  const rows = snapshot.users.map((user) =>
    USER_FIELDS.flatMap((field) => (field === REASON_CODES_FIELD ? [csvCell(user[field]), words?.(user) ?? ''] : [csvCell(user[field])])),
  );
  return Papa.unparse([SNAPSHOT_CSV_FIELDS, ...rows], { escapeFormulae: FORMULA_START, newline: '\r\n' });
}

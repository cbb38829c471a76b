/**
 * The seats as a CSV file the admin downloads: the id first (a spreadsheet needs a key),
 * then the table's columns. The header and cells are the words the table shows, given by
 * the caller (src/ui/text/columns.ts), so the file reads like the screen.
 */
import Papa from 'papaparse';
import { COLUMNS, type Column, type ColumnKey } from './columns';
import type { ReviewedSeat } from './review';

/**
 * A cell that a spreadsheet would read as a formula (OWASP "CSV injection"): starts
 * with = + - @, a tab or a carriage return. Papaparse's own default pattern misses
 * such a value when it spans several lines, hence this one.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** The words of the file: the id column's header, each column's header and each cell. */
export interface CsvWords {
  idHeader: string;
  label: (key: ColumnKey) => string;
  text: (key: ColumnKey, row: ReviewedSeat) => string;
}

export function seatsToCsv(rows: readonly ReviewedSeat[], words: CsvWords, columns: readonly Column[] = COLUMNS): string {
  const header = [words.idHeader, ...columns.map((c) => words.label(c.key))];
  const data = rows.map((row) => [String(row.seat.id), ...columns.map((c) => words.text(c.key, row))]);
  return Papa.unparse([header, ...data], { escapeFormulae: FORMULA_START, newline: '\r\n' });
}

export function csvFileName(subdomain: string, now: Date): string {
  const safe = subdomain.replace(/[^a-z0-9-]/gi, '') || 'zendesk';
  return `seat-review-${safe}-${now.toISOString().slice(0, 10)}.csv`;
}

import Papa from 'papaparse';
import { COLUMNS, type Column } from './columns';
import type { ReviewedSeat } from './review';

/**
 * A cell that a spreadsheet would read as a formula (OWASP "CSV injection"): starts
 * with = + - @, a tab or a carriage return. Papaparse's own default pattern misses
 * such a value when it spans several lines, hence this one.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Id first (a spreadsheet needs a key), then the table's columns. */
export function seatsToCsv(rows: readonly ReviewedSeat[], columns: readonly Column[] = COLUMNS): string {
  const header = ['User ID', ...columns.map((c) => c.label)];
  const data = rows.map((row) => [String(row.seat.id), ...columns.map((c) => c.text(row))]);
  return Papa.unparse([header, ...data], { escapeFormulae: FORMULA_START, newline: '\r\n' });
}

export function csvFileName(subdomain: string, now: Date): string {
  const safe = subdomain.replace(/[^a-z0-9-]/gi, '') || 'zendesk';
  return `seat-review-${safe}-${now.toISOString().slice(0, 10)}.csv`;
}

/**
 * The usage CSV for Zylo's usage import (Zylo takes a CSV through import jobs with a
 * pre-signed upload, so the admin downloads it and uploads it in Zylo): one row for every
 * seat the platforms are told about (rosterOf: suspended seats included, shared agents left
 * out), machine-readable headers, ISO dates, empty for unknown. CSV-injection safe exactly
 * like the app's other CSVs (FORMULA_START, csvCell: the same helpers, not copies).
 */
import Papa from 'papaparse';
import { FORMULA_START } from '../../seats/csv';
import { csvCell } from '../../snapshot/csv';
import { rosterOf, type DestinationSnapshot, type RosterUser } from '../roster';

export const ZYLO_FIELDS = ['email', 'name', 'seat_class', 'last_sign_in', 'last_seen', 'interactions', 'status', 'idle'] as const;

/** Whether the seat can sign in (`idle` says whether it is used). */
export type ZyloStatus = 'active' | 'suspended';

export function zyloRow(user: RosterUser): string[] {
  const status: ZyloStatus = user.suspended ? 'suspended' : 'active';
  return [
    csvCell(user.email),
    csvCell(user.name),
    csvCell(user.seat_class),
    csvCell(user.last_login_at),
    csvCell(user.last_seen_at),
    csvCell(user.interactions),
    status,
    csvCell(user.idle),
  ];
}

/** Without the byte-order mark: the caller adds it, as for the other CSVs. */
export function zyloUsageCsv(snapshot: DestinationSnapshot): string {
  return Papa.unparse([[...ZYLO_FIELDS], ...rosterOf(snapshot).map(zyloRow)], { escapeFormulae: FORMULA_START, newline: '\r\n' });
}

/**
 * The snapshot's users as CSV, for platforms that take uploads: the same columns as the
 * JSON `users` (header = field names), nulls as empty cells, `idle_reasons` joined by
 * ";". CSV-injection safe exactly like the seat export (FORMULA_START).
 */
import Papa from 'papaparse';
import { FORMULA_START } from '../seats/csv';
import { USER_FIELDS, type Snapshot, type SnapshotUser } from './build';

export function csvCell(value: SnapshotUser[keyof SnapshotUser]): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(';');
  return String(value);
}

export function snapshotToCsv(snapshot: Snapshot): string {
  const rows = snapshot.users.map((user) => USER_FIELDS.map((field) => csvCell(user[field])));
  return Papa.unparse([[...USER_FIELDS], ...rows], { escapeFormulae: FORMULA_START, newline: '\r\n' });
}

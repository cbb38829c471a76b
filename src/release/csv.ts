/**
 * A release report as a CSV file the admin downloads: one row per seat, the id first. The
 * header and the worded cells (outcome, its reason, idle reasons, previous role, restore) are
 * given by the caller (src/ui/text/release.ts); names and emails are escaped against formula
 * injection like the seats' export.
 */
import Papa from 'papaparse';
import type { IdleReasonWire } from '../seats/idle';
import { FORMULA_START } from '../seats/csv';
import type { ReleaseReport, ReportSeat } from './report';

export type ReportColumn = 'id' | 'name' | 'email' | 'outcome' | 'reason' | 'idleReasons' | 'openTickets' | 'previousRole' | 'restore';

export const REPORT_CSV_COLUMNS: readonly ReportColumn[] = [
  'id',
  'name',
  'email',
  'outcome',
  'reason',
  'idleReasons',
  'openTickets',
  'previousRole',
  'restore',
];

/** The file's words; `finished` tells a seat still awaited from one whose answer never came. */
export interface ReleaseCsvWords {
  header: Readonly<Record<ReportColumn, string>>;
  outcome: (seat: ReportSeat, finished: boolean) => string;
  reason: (seat: ReportSeat, finished: boolean) => string;
  idleReason: (code: IdleReasonWire) => string;
  previousRole: (seat: ReportSeat) => string;
  restore: (seat: ReportSeat) => string;
}

function cell(column: ReportColumn, seat: ReportSeat, finished: boolean, words: ReleaseCsvWords): string {
  switch (column) {
    case 'id':
      return String(seat.id);
    case 'name':
      return seat.before.name;
    case 'email':
      return seat.before.email;
    case 'outcome':
      return words.outcome(seat, finished);
    case 'reason':
      return words.reason(seat, finished);
    case 'idleReasons':
      return seat.reasons.map(words.idleReason).join('; ');
    case 'openTickets':
      return seat.openTickets === null ? '' : String(seat.openTickets);
    case 'previousRole':
      return words.previousRole(seat);
    case 'restore':
      return words.restore(seat);
  }
}

/** `finished`: the run is over (or the app closed during it), so a seat without an answer is unknown, not pending. */
export function reportToCsv(report: ReleaseReport, words: ReleaseCsvWords, finished: boolean): string {
  const header = REPORT_CSV_COLUMNS.map((c) => words.header[c]);
  const rows = report.seats.map((seat) => REPORT_CSV_COLUMNS.map((c) => cell(c, seat, finished, words)));
  return Papa.unparse([header, ...rows], { escapeFormulae: FORMULA_START, newline: '\r\n' });
}

export function reportFileName(subdomain: string, report: Pick<ReleaseReport, 'startedAt'>): string {
  const safe = subdomain.replace(/[^a-z0-9-]/gi, '') || 'zendesk';
  const at = new Date(report.startedAt).toISOString().slice(0, 16).replace(':', '');
  return `seat-release-${safe}-${at}.csv`;
}

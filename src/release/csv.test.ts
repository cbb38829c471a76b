import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeSeat } from '../test/seats';
import { REPORT_CSV_COLUMNS, reportFileName, reportToCsv, type ReleaseCsvWords } from './csv';
import type { ReleaseReport, ReportSeat } from './report';

/** Words that show what the file was given: codes as they are. */
const WORDS: ReleaseCsvWords = {
  header: {
    id: 'ID',
    name: 'Name',
    email: 'Email',
    outcome: 'Outcome',
    reason: 'Reason',
    idleReasons: 'Idle',
    openTickets: 'Tickets',
    previousRole: 'Role',
    restore: 'Restore',
  },
  outcome: (s, finished) => s.outcome?.code ?? (finished ? 'unknown' : 'pending'),
  reason: (s) => (s.outcome?.code === 'refused' ? s.outcome.refusal.reason : ''),
  idleReason: (code) => code.toUpperCase(),
  previousRole: (s) => s.before.role,
  restore: (s) => s.restore?.code ?? '',
};

const seat = (id: number, overrides: Partial<ReportSeat> = {}, name = `Seat ${id}`): ReportSeat => ({
  id,
  before: makeSeat({ id, name, email: `s${id}@acme.test` }),
  reasons: ['no_sign_in_30d'],
  openTickets: 2,
  outcome: { code: 'done' },
  restore: null,
  ...overrides,
});

const report = (seats: ReportSeat[]): ReleaseReport => ({
  id: 'r1',
  startedAt: Date.UTC(2026, 10, 23, 9, 5),
  finishedAt: Date.UTC(2026, 10, 23, 9, 7),
  target: { kind: 'end-user' },
  cancelled: false,
  seats,
});

function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv, { newline: '\r\n' });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('reportToCsv', () => {
  it('a header, then one row per seat in the report’s order with the caller’s words', () => {
    const csv = reportToCsv(
      report([
        seat(1, { restore: { code: 'done' }, reasons: ['never_signed_in', 'no_interactions_30d'] }),
        seat(2, { outcome: { code: 'refused', refusal: { reason: 'owner', code: null, detail: null } }, openTickets: null }),
        seat(3, { outcome: null }),
      ]),
      WORDS,
      true,
    );
    expect(parse(csv)).toEqual([
      REPORT_CSV_COLUMNS.map((c) => WORDS.header[c]),
      ['1', 'Seat 1', 's1@acme.test', 'done', '', 'NEVER_SIGNED_IN; NO_INTERACTIONS_30D', '2', 'agent', 'done'],
      ['2', 'Seat 2', 's2@acme.test', 'refused', 'owner', 'NO_SIGN_IN_30D', '', 'agent', ''],
      ['3', 'Seat 3', 's3@acme.test', 'unknown', '', 'NO_SIGN_IN_30D', '2', 'agent', ''],
    ]);
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  it('tells pending from unknown by whether the run is over', () => {
    const pending = parse(reportToCsv(report([seat(3, { outcome: null })]), WORDS, false));
    expect(pending[1]?.[3]).toBe('pending');
  });

  it('is injection-safe: a name a spreadsheet would run as a formula is escaped', () => {
    const rows = parse(reportToCsv(report([seat(1, {}, '=SUM(1+1)'), seat(2, {}, '@cmd'), seat(3, {}, '-2+3'), seat(4, {}, '+1')]), WORDS, true));
    expect(rows.slice(1).map((r) => r[1])).toEqual(["'=SUM(1+1)", "'@cmd", "'-2+3", "'+1"]);
  });
});

describe('reportFileName', () => {
  it('names the account and the release’s start (UTC), safe for a file system', () => {
    expect(reportFileName('acme', { startedAt: Date.UTC(2026, 10, 23, 9, 5) })).toBe('seat-release-acme-2026-11-23T0905.csv');
    expect(reportFileName('../x y', { startedAt: 0 })).toBe('seat-release-xy-1970-01-01T0000.csv');
  });
});

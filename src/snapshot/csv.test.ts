import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { COLUMNS, type ColumnKey } from '../seats/columns';
import { COLUMN_FIELDS, CSV_COLUMNS, seatsToCsv, type CsvWords } from '../seats/csv';
import { makeSeat } from '../test/seats';
import { makeSnapshot, review, roster } from '../test/snapshots';
import { USER_FIELDS } from './build';
import { snapshotToCsv, SNAPSHOT_CSV_FIELDS } from './csv';

const parse = (csv: string): string[][] => Papa.parse<string[]>(csv.trim(), { newline: '\r\n' }).data;

/** A row's cells by header. */
const byHeader = (rows: string[][], i: number): Record<string, string | undefined> => Object.fromEntries(rows[0]!.map((h, j) => [h, rows[i]![j]]));

describe('snapshotToCsv', () => {
  it('has the JSON user fields as columns, the worded reasons beside their codes, one row per user, nulls empty, reasons joined', () => {
    const csv = snapshotToCsv(makeSnapshot([makeSeat({ id: 1, lastLoginAt: null, createdAt: null }), makeSeat({ id: 2, suspended: true })]));
    const rows = parse(csv);
    expect(rows[0]).toEqual([...USER_FIELDS.slice(0, 21), 'idle_reasons_text', ...USER_FIELDS.slice(21)]);
    expect(rows[0]).toEqual(SNAPSHOT_CSV_FIELDS);
    expect(rows).toHaveLength(2);
    expect(byHeader(rows, 1)).toMatchObject({
      id: '1',
      created_at: '',
      last_login_at: '',
      idle: 'true',
      idle_reasons: 'never_signed_in',
      idle_reasons_text: '',
      interactions: '',
    });
  });

  it('words each user’s reasons with the function it is given', () => {
    const csv = snapshotToCsv(makeSnapshot(roster(2)), (user) => `words for ${user.id}: ${user.idle_reasons.join('+')}`);
    const rows = parse(csv);
    expect(byHeader(rows, 1)).toMatchObject({ id: '1', idle_reasons: '', idle_reasons_text: 'words for 1: ' });
    expect(byHeader(rows, 2)).toMatchObject({ id: '2', idle_reasons: 'never_signed_in', idle_reasons_text: 'words for 2: never_signed_in' });
  });

  it('neutralises cells a spreadsheet would run as formulas, the worded reasons too', () => {
    const csv = snapshotToCsv(makeSnapshot([makeSeat({ id: 1, name: '=HYPERLINK("http://x")', email: '+1@example.com' })]), () => '=1+1');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain("'+1@example.com");
    expect(csv).toContain("'=1+1");
  });
});

describe('the table’s CSV and the snapshot’s agree', () => {
  const fieldOf = (key: ColumnKey): string => COLUMN_FIELDS.find((f) => f.key === key)?.field ?? key;
  /** The table's export with each header written as its snapshot field, so the two headers compare. */
  const asFields: CsvWords = { idHeader: 'id', label: fieldOf, text: (key) => key };

  it('maps every table column to a distinct snapshot field, in the snapshot’s order', () => {
    expect(new Set(COLUMN_FIELDS.map((f) => f.key))).toEqual(new Set(COLUMNS.map((c) => c.key)));
    expect(new Set(COLUMN_FIELDS.map((f) => f.field)).size).toBe(COLUMN_FIELDS.length);
    const positions = COLUMN_FIELDS.map((f) => USER_FIELDS.indexOf(f.field));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(CSV_COLUMNS.map((c) => c.key)).toEqual(COLUMN_FIELDS.map((f) => f.key));
  });

  it('the same fields in the same order, reason codes included', () => {
    const tableHeader = parse(seatsToCsv([], asFields))[0]!;
    const snapshotHeader = parse(snapshotToCsv(makeSnapshot([])))[0]!;
    expect(tableHeader).toEqual(snapshotHeader.filter((field) => tableHeader.includes(field)));
    expect(tableHeader).toEqual([
      'id',
      'name',
      'email',
      'created_at',
      'last_login_at',
      'role',
      'role_type',
      'report_csv',
      'chat_only',
      'moderator',
      'restricted_agent',
      'shared',
      'shared_agent',
      'suspended',
      'ticket_restriction',
      'two_factor_auth_enabled',
      'verified',
      'seat_class',
      'idle',
      'idle_reasons',
      'interactions',
      'last_seen_at',
    ]);
  });

  it('the same reason codes for the same seats', () => {
    const seats = roster(4, (i) => (i === 2 ? { lastLoginAt: Date.UTC(2020, 0, 1) } : {}));
    const table = parse(seatsToCsv(review(seats), asFields));
    const snapshot = parse(snapshotToCsv(makeSnapshot(seats)));
    const codes = (rows: string[][]) => rows.slice(1).map((_, i) => [byHeader(rows, i + 1).id, byHeader(rows, i + 1).idle_reasons]);
    expect(codes(table)).toEqual(codes(snapshot));
    expect(codes(table).map(([, c]) => c)).toEqual(['', 'never_signed_in', expect.stringMatching(/^no_sign_in_\d+d$/), 'never_signed_in']);
  });
});

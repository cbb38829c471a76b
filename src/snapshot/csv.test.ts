import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeSeat } from '../test/seats';
import { USER_FIELDS } from './build';
import { snapshotToCsv } from './csv';
import { makeSnapshot } from '../test/snapshots';

describe('snapshotToCsv', () => {
  it('has the JSON user fields as columns, one row per user, nulls empty, reasons joined', () => {
    const csv = snapshotToCsv(makeSnapshot([makeSeat({ id: 1, lastLoginAt: null, createdAt: null }), makeSeat({ id: 2, suspended: true })]));
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[0]).toEqual([...USER_FIELDS]);
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(USER_FIELDS.map((f, i) => [f, rows[1]![i]]));
    expect(row).toMatchObject({ id: '1', created_at: '', last_login_at: '', idle: 'true', idle_reasons: 'never_signed_in', interactions: '' });
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = snapshotToCsv(makeSnapshot([makeSeat({ id: 1, name: '=HYPERLINK("http://x")', email: '+1@example.com' })]));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain("'+1@example.com");
  });
});

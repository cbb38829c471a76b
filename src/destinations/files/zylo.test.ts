import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { EngagementById } from '../../seats/review';
import type { Seat } from '../../seats/seat';
import { makeEngagement, makeSeat } from '../../test/seats';
import { makeSnapshot, review } from '../../test/snapshots';
import { withRoster } from '../roster';
import { ZYLO_FIELDS, zyloUsageCsv } from './zylo';

const snapshotOf = (seats: Seat[], engagement?: EngagementById) => {
  const reviewed = review(seats, engagement);
  return withRoster(makeSnapshot(seats, { reviewed }), reviewed, null);
};
const parse = (csv: string): string[][] => Papa.parse<string[]>(csv, { newline: '\r\n' }).data;

describe('zyloUsageCsv', () => {
  it('writes the usage columns, one row a seat, unknowns empty, suspended seats marked', () => {
    const seats = [
      makeSeat({ id: 1, email: 'ada@example.com', name: 'Ada', lastLoginAt: Date.UTC(2025, 5, 14) }),
      makeSeat({ id: 2, email: 'sus@example.com', name: 'Sus Pended', suspended: true, lastLoginAt: null }),
      makeSeat({ id: 3, email: 'new@example.com', name: 'Never', lastLoginAt: null, createdAt: Date.UTC(2024, 0, 1) }),
    ];
    const engagement: EngagementById = new Map([[1, makeEngagement({ interactions: 7, lastSeenAt: Date.UTC(2025, 5, 13) })]]);
    const table = parse(zyloUsageCsv(snapshotOf(seats, engagement)));
    expect(table[0]).toEqual(['email', 'name', 'seat_class', 'last_sign_in', 'last_seen', 'interactions', 'status', 'idle']);
    expect(table[0]).toEqual([...ZYLO_FIELDS]);
    expect(table.slice(1)).toEqual([
      ['ada@example.com', 'Ada', 'paid', '2025-06-14T00:00:00.000Z', '2025-06-13T00:00:00.000Z', '7', 'active', 'false'],
      ['new@example.com', 'Never', 'paid', '', '', '', 'active', 'true'],
      // The review's verdict stands beside the status: a suspended seat still holds a paid seat.
      ['sus@example.com', 'Sus Pended', 'paid', '', '', '', 'suspended', 'true'],
    ]);
  });

  it('neutralises cells a spreadsheet would run as formulas, as the other CSVs do', () => {
    const [, row] = parse(zyloUsageCsv(snapshotOf([makeSeat({ name: '=HYPERLINK("http://x")', email: '+1@example.com' })])));
    expect(row![0]).toBe("'+1@example.com");
    expect(row![1]).toBe('\'=HYPERLINK("http://x")');
  });

  it('neutralises a formula that starts a multi-line name', () => {
    const [, row] = parse(zyloUsageCsv(snapshotOf([makeSeat({ name: '-2+3\nsecond' })])));
    expect(row![1]).toBe("'-2+3\nsecond");
  });
});

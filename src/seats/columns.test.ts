import { describe, expect, it } from 'vitest';
import { makeSeat, row } from '../test/seats';
import { COLUMNS, columnByKey, isoDate, ticketRestrictionKey, type ColumnKey } from './columns';
import type { TicketRestriction } from './seat';

/** Keys and sort values below the UI; labels and cell words are tested in src/ui/text/columns.test.ts. */
describe('COLUMNS', () => {
  it('lists every column once, in table order', () => {
    expect(COLUMNS.map((c) => c.key)).toEqual([
      'name',
      'email',
      'createdAt',
      'lastLoginAt',
      'idle',
      'seatClass',
      'interactions',
      'lastSeenAt',
      'role',
      'roleType',
      'chatOnly',
      'moderator',
      'restrictedAgent',
      'shared',
      'sharedAgent',
      'ticketRestriction',
      'twoFactorAuth',
      'verified',
      'reportCsv',
      'suspended',
    ]);
  });

  it('columnByKey finds each column by its key', () => {
    for (const column of COLUMNS) expect(columnByKey(column.key)).toBe(column);
  });

  it('columnByKey throws on an unknown key', () => {
    expect(() => columnByKey('bogus' as ColumnKey)).toThrow('Unknown column bogus');
  });
});

describe('isoDate', () => {
  it.each<[number | null, string]>([
    [null, ''],
    [Date.UTC(2024, 0, 5, 23, 59, 59), '2024-01-05'],
    [Date.UTC(2024, 11, 31), '2024-12-31'],
    [0, '1970-01-01'],
  ])('isoDate(%j) → "%s" (UTC calendar date)', (ms, expected) => {
    expect(isoDate(ms)).toBe(expected);
  });
});

describe('worded columns sort by key below the UI', () => {
  it('seat class, role type and ticket restriction sort on their keys', () => {
    const light = row({ roleType: 1 });
    expect(columnByKey('seatClass').sortValue(light)).toBe('light');
    expect(columnByKey('roleType').sortValue(light)).toBe('light');
    expect(columnByKey('roleType').sortValue(row({ role: 'admin', roleType: null }))).toBe('admin');
    expect(columnByKey('roleType').sortValue(row({ roleType: 9 }))).toBe('unknown_9');
    expect(columnByKey('ticketRestriction').sortValue(row({ ticketRestriction: 'groups' }))).toBe('groups');
    expect(columnByKey('ticketRestriction').sortValue(row({ ticketRestriction: null }))).toBe('none');
  });

  it('a ticket restriction Zendesk may add later keeps its value as key', () => {
    expect(ticketRestrictionKey(makeSeat({ ticketRestriction: 'brand' as TicketRestriction }))).toBe('brand');
  });

  it('flags sort as 1/0, unknown as no value', () => {
    const flag = columnByKey('verified');
    expect(flag.sortValue(row({ verified: true }))).toBe(1);
    expect(flag.sortValue(row({ verified: false }))).toBe(0);
    expect(flag.sortValue(row({ verified: null }))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { makeSnapshot } from '../test/snapshots';
import { mixedSeats, mixedSnapshot } from '../test/destinations';
import { lastUsed, splitName, stateOf } from './fields';
import { rosterOf } from './roster';

describe('rosterOf', () => {
  it('lists every seat of the account, suspended ones with their status, and leaves shared agents out', () => {
    const users = rosterOf(mixedSnapshot());
    expect(users.map((u) => [u.id, u.suspended])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, false],
      [5, true],
    ]);
  });

  it('a snapshot built without the platforms in mind has no suspended seats to tell', () => {
    expect(rosterOf(makeSnapshot(mixedSeats())).map((u) => u.id)).toEqual([1, 2, 3, 4]);
  });
});

describe('splitName', () => {
  it.each([
    ['Ada Lovelace', 'Ada', 'Lovelace'],
    ['Mary Ann  Smith ', 'Mary Ann', 'Smith'],
    ['Lovelace, Ada', 'Ada', 'Lovelace'],
    ['Linus', 'Linus', ''],
    ['', '', ''],
  ])('%j → %j %j', (name, first, last) => {
    expect(splitName(name)).toEqual({ first, last });
  });
});

describe('lastUsed and stateOf', () => {
  it('takes the later of sign-in and last seen', () => {
    expect(lastUsed({ last_login_at: '2025-01-02T00:00:00.000Z', last_seen_at: '2025-01-01T00:00:00.000Z' })).toBe('2025-01-02T00:00:00.000Z');
    expect(lastUsed({ last_login_at: '2025-01-01T00:00:00.000Z', last_seen_at: '2025-03-01T00:00:00.000Z' })).toBe('2025-03-01T00:00:00.000Z');
    expect(lastUsed({ last_login_at: null, last_seen_at: null })).toBeNull();
  });

  it('suspended comes before likely idle', () => {
    expect(stateOf({ suspended: true, idle: true })).toBe('suspended');
    expect(stateOf({ suspended: false, idle: true })).toBe('idle');
    expect(stateOf({ suspended: false, idle: false })).toBe('active');
  });
});

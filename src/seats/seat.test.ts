import { describe, expect, it } from 'vitest';
import { DAY_MS, daysBetween, ROLE_TYPE_KEYS, roleTypeKey, type SeatRole } from './seat';

describe('roleTypeKey', () => {
  it.each<[number | null, SeatRole, string]>([
    [0, 'agent', 'custom'],
    [1, 'agent', 'light'],
    [2, 'agent', 'chat_only'],
    [3, 'agent', 'contributor'],
    [4, 'admin', 'admin'],
    [5, 'admin', 'billing_admin'],
    [null, 'admin', 'admin'],
    [null, 'agent', 'agent'],
    // By role_type, not by role.
    [4, 'agent', 'admin'],
    [1, 'admin', 'light'],
    [7, 'agent', 'unknown_7'],
    [-1, 'agent', 'unknown_-1'],
  ])('role_type %j (%s) → %s', (roleType, role, expected) => {
    expect(roleTypeKey({ role, roleType })).toBe(expected);
  });

  it('keys exactly the six documented role types 0–5', () => {
    expect(Object.keys(ROLE_TYPE_KEYS).map(Number).sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('daysBetween', () => {
  const from = Date.UTC(2025, 0, 1);

  it('a day is 86,400,000 ms', () => {
    expect(DAY_MS).toBe(86_400_000);
  });

  it.each([
    ['the same instant', 0, 0],
    ['one millisecond', 1, 0],
    ['one millisecond short of a day', DAY_MS - 1, 0],
    ['exactly one day', DAY_MS, 1],
    ['29.9 days', 29.9 * DAY_MS, 29],
    ['exactly 30 days', 30 * DAY_MS, 30],
    ['a year', 365 * DAY_MS, 365],
    ['one millisecond in the future', -1, -1],
    ['exactly a day in the future', -DAY_MS, -1],
  ])('%s → whole days rounded down', (_label, elapsed, expected) => {
    expect(daysBetween(from, from + elapsed)).toBe(expected);
  });
});

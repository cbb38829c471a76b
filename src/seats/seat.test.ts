import { describe, expect, it } from 'vitest';
import { DAY_MS, daysBetween, ROLE_TYPE_NAMES, roleTypeName, type SeatRole } from './seat';

describe('ROLE_TYPE_NAMES', () => {
  it('names exactly the six documented role types 0–5', () => {
    expect(Object.keys(ROLE_TYPE_NAMES).map(Number).sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('roleTypeName', () => {
  it.each<[number, SeatRole, string]>([
    [0, 'agent', 'Custom role agent'],
    [1, 'agent', 'Light agent'],
    [2, 'agent', 'Chat-only agent'],
    [3, 'agent', 'Contributor'],
    [4, 'admin', 'Admin'],
    [5, 'admin', 'Billing admin'],
  ])('role_type %i (%s) is "%s"', (roleType, role, expected) => {
    expect(roleTypeName({ role, roleType })).toBe(expected);
  });

  it('names the role type by role_type, not by role', () => {
    // An agent record carrying role_type 4 still reads as the role type says.
    expect(roleTypeName({ role: 'agent', roleType: 4 })).toBe('Admin');
    expect(roleTypeName({ role: 'admin', roleType: 1 })).toBe('Light agent');
  });

  it.each<[SeatRole, string]>([
    ['admin', 'Admin'],
    ['agent', 'Agent'],
  ])('without a role_type, a %s is "%s"', (role, expected) => {
    expect(roleTypeName({ role, roleType: null })).toBe(expected);
  });

  it.each([6, 7, 42, -1])('keeps an unknown role_type %i visible', (roleType) => {
    expect(roleTypeName({ role: 'agent', roleType })).toBe(`Unknown role type (${roleType})`);
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

import { describe, expect, it } from 'vitest';
import type { SeatRole } from '../../seats/seat';
import { ROLE_TYPE_WORDS, roleTypeText } from './roles';

describe('ROLE_TYPE_WORDS', () => {
  it('names exactly the six documented role types 0–5', () => {
    expect(Object.keys(ROLE_TYPE_WORDS).map(Number).sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('roleTypeText', () => {
  it.each<[number, SeatRole, string]>([
    [0, 'agent', 'Custom role agent'],
    [1, 'agent', 'Light agent'],
    [2, 'agent', 'Chat-only agent'],
    [3, 'agent', 'Contributor'],
    [4, 'admin', 'Admin'],
    [5, 'admin', 'Billing admin'],
  ])('role_type %i (%s) is "%s"', (roleType, role, expected) => {
    expect(roleTypeText({ role, roleType })).toBe(expected);
  });

  it('names the role type by role_type, not by role', () => {
    // An agent record carrying role_type 4 still reads as the role type says.
    expect(roleTypeText({ role: 'agent', roleType: 4 })).toBe('Admin');
    expect(roleTypeText({ role: 'admin', roleType: 1 })).toBe('Light agent');
  });

  it.each<[SeatRole, string]>([
    ['admin', 'Admin'],
    ['agent', 'Agent'],
  ])('without a role_type, a %s is "%s"', (role, expected) => {
    expect(roleTypeText({ role, roleType: null })).toBe(expected);
  });

  it.each([6, 7, 42, -1])('keeps an unknown role_type %i visible', (roleType) => {
    expect(roleTypeText({ role: 'agent', roleType })).toBe(`Unknown role type (${roleType})`);
  });
});

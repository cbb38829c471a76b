import { afterEach, describe, expect, it } from 'vitest';
import type { SeatRole } from '../../seats/seat';
import { setCatalogue } from '../i18n/messages';
import { ROLE_TYPE_MESSAGES, roleTypeText, roleWords, TICKET_RESTRICTIONS, ticketRestrictionWords } from './roles';

afterEach(() => setCatalogue({}));

describe('ROLE_TYPE_MESSAGES', () => {
  it('names exactly the six documented role types 0–5', () => {
    expect(Object.keys(ROLE_TYPE_MESSAGES).map(Number).sort()).toEqual([0, 1, 2, 3, 4, 5]);
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

describe('in the admin’s language', () => {
  it('words roles, role types and restrictions from the catalogue chosen after load, English where it has none', () => {
    setCatalogue({ columns: { roleAdmin: 'Administrator', roleTypeLight: 'Light-Agent', restrictionGroups: 'Gruppen des Agenten' } });
    expect(roleWords('admin')).toBe('Administrator');
    expect(roleTypeText({ role: 'agent', roleType: 1 })).toBe('Light-Agent');
    expect(roleTypeText({ role: 'admin', roleType: null })).toBe('Administrator');
    expect(ticketRestrictionWords('groups')).toBe('Gruppen des Agenten');
    expect(ticketRestrictionWords('assigned')).toBe('Assigned to agent');
  });

  it('words every documented ticket restriction', () => {
    expect(TICKET_RESTRICTIONS.map(ticketRestrictionWords)).toEqual([
      "Requester's organization",
      "Agent's groups",
      'Assigned to agent',
      'Requested by agent',
    ]);
  });
});

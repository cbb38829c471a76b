import { describe, expect, it } from 'vitest';
import type { Seat } from '../seats/seat';
import { parseUser, type ParsedRecord } from './parse';
import type { ZendeskUserWire } from './types';

/** A full agent record as GET /api/v2/users returns it. */
function zendeskUser(overrides: Record<string, unknown> = {}): ZendeskUserWire {
  return {
    id: 35436,
    url: 'https://acme.zendesk.com/api/v2/users/35436.json',
    name: 'Johnny Agent',
    email: 'johnny@example.com',
    created_at: '2009-07-20T22:55:29Z',
    updated_at: '2011-05-05T10:38:52Z',
    last_login_at: '2011-05-05T10:38:52Z',
    role: 'agent',
    role_type: 0,
    custom_role_id: 9373643,
    default_group_id: 1873,
    report_csv: true,
    chat_only: false,
    moderator: true,
    restricted_agent: true,
    shared: false,
    shared_agent: false,
    suspended: true,
    ticket_restriction: 'assigned',
    two_factor_auth_enabled: false,
    verified: true,
    active: true,
    locale: 'en-US',
    time_zone: 'Copenhagen',
    iana_time_zone: 'Europe/Copenhagen',
    organization_id: 57542,
    tags: ['enterprise', 'other_tag'],
    photo: null,
    user_fields: { employee_number: '1234' },
    ...overrides,
  };
}

function seatOf(result: ParsedRecord): Seat {
  if (result.kind !== 'seat') throw new Error(`expected a seat, got ${JSON.stringify(result)}`);
  return result.seat;
}

const parsedSeat = (overrides: Record<string, unknown> = {}): Seat => seatOf(parseUser(zendeskUser(overrides)));

describe('parseUser: a complete record', () => {
  it('reads every field Seat Review uses', () => {
    expect(parseUser(zendeskUser())).toEqual({
      kind: 'seat',
      seat: {
        id: 35436,
        name: 'Johnny Agent',
        email: 'johnny@example.com',
        createdAt: Date.UTC(2009, 6, 20, 22, 55, 29),
        lastLoginAt: Date.UTC(2011, 4, 5, 10, 38, 52),
        role: 'agent',
        roleType: 0,
        customRoleId: 9373643,
        reportCsv: true,
        chatOnly: false,
        moderator: true,
        restrictedAgent: true,
        shared: false,
        sharedAgent: false,
        suspended: true,
        ticketRestriction: 'assigned',
        twoFactorAuth: false,
        verified: true,
      },
    });
  });

  it('reads an admin', () => {
    const seat = parsedSeat({ role: 'admin', role_type: 4, custom_role_id: null });
    expect(seat.role).toBe('admin');
    expect(seat.roleType).toBe(4);
    expect(seat.customRoleId).toBeNull();
  });

  it('ignores unknown extra fields and does not copy them onto the seat', () => {
    const seat = parsedSeat({ brand_new_field: { nested: [1, 2] }, __proto_like: 'x', iana_time_zone: 42 });
    expect(Object.keys(seat).sort()).toEqual(
      [
        'id',
        'name',
        'email',
        'createdAt',
        'lastLoginAt',
        'role',
        'roleType',
        'customRoleId',
        'reportCsv',
        'chatOnly',
        'moderator',
        'restrictedAgent',
        'shared',
        'sharedAgent',
        'suspended',
        'ticketRestriction',
        'twoFactorAuth',
        'verified',
      ].sort(),
    );
  });

  it('does not modify the record it reads', () => {
    const raw = zendeskUser({ name: '  Padded  ' });
    const copy = structuredClone(raw);
    parseUser(raw);
    expect(raw).toEqual(copy);
  });

  it('trims names and emails', () => {
    const seat = parsedSeat({ name: '  Jo  ', email: ' jo@example.com\n' });
    expect(seat.name).toBe('Jo');
    expect(seat.email).toBe('jo@example.com');
  });
});

describe('parseUser: nulls, empty strings and missing fields', () => {
  const allNull = {
    id: 7,
    url: null,
    name: null,
    email: null,
    created_at: null,
    updated_at: null,
    last_login_at: null,
    role: null,
    role_type: null,
    custom_role_id: null,
    report_csv: null,
    chat_only: null,
    moderator: null,
    restricted_agent: null,
    shared: null,
    shared_agent: null,
    suspended: null,
    ticket_restriction: null,
    two_factor_auth_enabled: null,
    verified: null,
  };

  const unknownSeat: Seat = {
    id: 7,
    name: '',
    email: '',
    createdAt: null,
    lastLoginAt: null,
    role: 'agent',
    roleType: null,
    customRoleId: null,
    reportCsv: null,
    chatOnly: null,
    moderator: null,
    restrictedAgent: null,
    shared: null,
    sharedAgent: null,
    suspended: false,
    ticketRestriction: null,
    twoFactorAuth: null,
    verified: null,
  };

  it('every field null except the id → a seat with nothing known (agent, not suspended)', () => {
    expect(parseUser(allNull)).toEqual({ kind: 'seat', seat: unknownSeat });
  });

  it('every field missing except the id → the same seat', () => {
    expect(parseUser({ id: 7 })).toEqual({ kind: 'seat', seat: unknownSeat });
  });

  it('empty strings: name "" and email "" stay empty, dates "" → null, ticket_restriction "" → null', () => {
    const seat = parsedSeat({ name: '', email: '', created_at: '', last_login_at: '', ticket_restriction: '' });
    expect(seat.name).toBe('');
    expect(seat.email).toBe('');
    expect(seat.createdAt).toBeNull();
    expect(seat.lastLoginAt).toBeNull();
    expect(seat.ticketRestriction).toBeNull();
  });

  it('a whitespace-only name reads as empty', () => {
    expect(parsedSeat({ name: '   ' }).name).toBe('');
  });

  it.each([
    ['a number', 42],
    ['an object', { first: 'Jo' }],
    ['an array', ['Jo']],
    ['a boolean', true],
  ])('a name given as %s reads as empty', (_label, name) => {
    expect(parsedSeat({ name }).name).toBe('');
  });

  it('last_login_at null means never signed in', () => {
    expect(parsedSeat({ last_login_at: null }).lastLoginAt).toBeNull();
  });
});

describe('parseUser: id', () => {
  it.each([
    ['a positive integer', 1, 1],
    ['a large positive integer', 9_007_199_254_740_991, 9_007_199_254_740_991],
    ['a numeric string', '35436', 35436],
    ['a one-digit string', '9', 9],
    ['a 16-digit string', '1234567890123456', 1234567890123456],
  ])('accepts %s', (_label, id, expected) => {
    expect(seatOf(parseUser({ id, role: 'agent' })).id).toBe(expected);
  });

  it.each([
    ['0', 0],
    ['negative', -5],
    ['a float', 1.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['an unsafe integer', 2 ** 53],
    ['missing', undefined],
    ['null', null],
    ['an object', { value: 1 }],
    ['an array', [1]],
    ['a boolean', true],
    ['an empty string', ''],
    ['the string "0"', '0'],
    ['a string with a leading zero', '012'],
    ['a negative string', '-5'],
    ['a decimal string', '1.5'],
    ['a padded string', ' 12 '],
    ['a non-numeric string', 'abc'],
    ['a 17-digit string', '12345678901234567'],
  ])('an id that is %s → unreadable', (_label, id) => {
    expect(parseUser({ id, role: 'agent', name: 'Someone' })).toEqual({ kind: 'unreadable', reason: 'no valid id' });
  });

  it('an unreadable id wins over an end-user role (nothing to identify it by)', () => {
    expect(parseUser({ id: 0, role: 'end-user' }).kind).toBe('unreadable');
  });
});

describe('parseUser: non-object input', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 35436],
    ['a string', '{"id":1}'],
    ['a boolean', true],
    ['an array', [{ id: 1, role: 'agent' }]],
  ])('%s → unreadable', (_label, raw) => {
    expect(parseUser(raw)).toEqual({ kind: 'unreadable', reason: 'not an object' });
  });
});

describe('parseUser: role', () => {
  it('an end user holds no seat', () => {
    expect(parseUser(zendeskUser({ id: 12, role: 'end-user' }))).toEqual({ kind: 'not-a-seat', id: 12 });
  });

  it('an end user with a string id is reported under the numeric id', () => {
    expect(parseUser({ id: '12', role: 'end-user' })).toEqual({ kind: 'not-a-seat', id: 12 });
  });

  it.each([
    ['an unknown role', 'owner'],
    ['a capitalised role', 'Agent'],
    ['a numeric role', 1],
    ['a boolean role', true],
  ])('%s → not a seat', (_label, role) => {
    expect(parseUser({ id: 3, role }).kind).toBe('not-a-seat');
  });

  it.each<[string, unknown, unknown, Seat['role']]>([
    ['missing role, role_type 4', undefined, 4, 'admin'],
    ['missing role, role_type 5', undefined, 5, 'admin'],
    ['null role, role_type 4', null, 4, 'admin'],
    ['empty role, role_type 5', '', 5, 'admin'],
    ['missing role, role_type 0', undefined, 0, 'agent'],
    ['missing role, role_type 1', undefined, 1, 'agent'],
    ['missing role, role_type 2', undefined, 2, 'agent'],
    ['missing role, role_type 3', undefined, 3, 'agent'],
    ['missing role, role_type 7', undefined, 7, 'agent'],
    ['missing role, no role_type', undefined, null, 'agent'],
    ['missing role, role_type "4" (a string, not trusted)', undefined, '4', 'agent'],
    ['role "agent" with role_type 4', 'agent', 4, 'agent'],
    ['role "admin" without role_type', 'admin', null, 'admin'],
  ])('%s → %s', (_label, role, roleType, expected) => {
    const raw: Record<string, unknown> = { id: 3, role_type: roleType };
    if (role !== undefined) raw.role = role;
    expect(seatOf(parseUser(raw)).role).toBe(expected);
  });
});

describe('parseUser: role_type and custom_role_id', () => {
  it.each([0, 1, 2, 3, 4, 5])('keeps role_type %i', (roleType) => {
    expect(parsedSeat({ role_type: roleType }).roleType).toBe(roleType);
  });

  it('keeps an unknown role_type (7) rather than dropping it', () => {
    expect(parsedSeat({ role_type: 7 }).roleType).toBe(7);
  });

  it.each([
    ['a string', '1'],
    ['a float', 1.5],
    ['an object', {}],
    ['a boolean', true],
  ])('a role_type given as %s → null', (_label, roleType) => {
    expect(parsedSeat({ role_type: roleType }).roleType).toBeNull();
  });

  it.each([
    ['a string', '9373643'],
    ['a float', 2.5],
  ])('a custom_role_id given as %s → null', (_label, customRoleId) => {
    expect(parsedSeat({ custom_role_id: customRoleId }).customRoleId).toBeNull();
  });
});

describe('parseUser: flags', () => {
  const flags: [wire: string, field: keyof Seat][] = [
    ['report_csv', 'reportCsv'],
    ['chat_only', 'chatOnly'],
    ['moderator', 'moderator'],
    ['restricted_agent', 'restrictedAgent'],
    ['shared', 'shared'],
    ['shared_agent', 'sharedAgent'],
    ['two_factor_auth_enabled', 'twoFactorAuth'],
    ['verified', 'verified'],
  ];

  describe.each(flags)('%s → %s', (wire, field) => {
    it.each<[unknown, boolean | null]>([
      [true, true],
      [false, false],
      [null, null],
      ['true', null],
      ['false', null],
      [1, null],
      [0, null],
      ['', null],
    ])('%j → %j', (value, expected) => {
      expect(parsedSeat({ [wire]: value })[field]).toBe(expected);
    });

    it('missing → null', () => {
      const raw = zendeskUser();
      delete raw[wire];
      expect(seatOf(parseUser(raw))[field]).toBeNull();
    });
  });

  it.each<[unknown, boolean]>([
    [true, true],
    [false, false],
    [null, false],
    [undefined, false],
    ['true', false],
    [1, false],
  ])('suspended %j → %j (only a real true suspends)', (value, expected) => {
    const raw = zendeskUser({ suspended: value });
    if (value === undefined) delete raw.suspended;
    expect(seatOf(parseUser(raw)).suspended).toBe(expected);
  });
});

describe('parseUser: ticket_restriction', () => {
  it.each(['organization', 'groups', 'assigned', 'requested'] as const)('keeps "%s"', (restriction) => {
    expect(parsedSeat({ ticket_restriction: restriction }).ticketRestriction).toBe(restriction);
  });

  it('trims surrounding whitespace', () => {
    expect(parsedSeat({ ticket_restriction: ' groups ' }).ticketRestriction).toBe('groups');
  });

  it.each([
    ['null', null],
    ['empty', ''],
    ['missing', undefined],
    ['blank', '   '],
    ['a number', 1],
  ])('%s → null (no restriction)', (_label, restriction) => {
    const raw = zendeskUser({ ticket_restriction: restriction });
    if (restriction === undefined) delete raw.ticket_restriction;
    expect(seatOf(parseUser(raw)).ticketRestriction).toBeNull();
  });

  it.each([
    ['capitalised', 'Groups'],
    ['unknown', 'everything'],
  ])('%s → kept as sent, never read as "no restriction"', (_label, restriction) => {
    expect(parsedSeat({ ticket_restriction: restriction }).ticketRestriction).toBe(restriction);
  });
});

describe('parseUser: dates', () => {
  it.each([
    ['ISO with Z', '2024-03-01T08:30:00Z', Date.UTC(2024, 2, 1, 8, 30)],
    ['ISO with an offset', '2024-03-01T10:30:00+02:00', Date.UTC(2024, 2, 1, 8, 30)],
    ['ISO with milliseconds', '2024-03-01T08:30:00.250Z', Date.UTC(2024, 2, 1, 8, 30, 0, 250)],
    ['a date only (UTC midnight)', '2024-03-01', Date.UTC(2024, 2, 1)],
  ])('reads %s', (_label, value, expected) => {
    const seat = parsedSeat({ created_at: value, last_login_at: value });
    expect(seat.createdAt).toBe(expected);
    expect(seat.lastLoginAt).toBe(expected);
  });

  it.each([
    ['garbage', 'not a date'],
    ['month 13', '2024-13-01T00:00:00Z'],
    ['day 45', '2024-01-45'],
    ['hour 25', '2024-01-01T25:00:00Z'],
    ['an empty string', ''],
    ['epoch milliseconds as a number', 1_700_000_000_000],
    ['an object', { date: '2024-01-01' }],
    ['a boolean', true],
  ])('an invalid date (%s) → null', (_label, value) => {
    const seat = parsedSeat({ created_at: value, last_login_at: value });
    expect(seat.createdAt).toBeNull();
    expect(seat.lastLoginAt).toBeNull();
  });
});

describe('parseUser: values Date.parse and Number would misread', () => {
  it.each(['1', 'Tuesday 5', '2024-02-30T00:00:00Z', '2024-02-31', '2024-13-01T00:00:00Z'])('last_login_at %s → null', (value) => {
    expect(parsedSeat({ last_login_at: value }).lastLoginAt).toBeNull();
  });

  it.each(['9007199254740993', '9999999999999999'])('string id %s beyond the safe range → unreadable', (id) => {
    expect(parseUser({ id, role: 'agent' }).kind).toBe('unreadable');
  });
});

describe('parseUser: dates a snapshot could never carry', () => {
  it.each([
    ['a five-digit year', '10000-01-01T00:00:00Z'],
    ['an expanded year', '+010000-01-01T00:00:00Z'],
    ['a negative expanded year', '-000001-01-01T00:00:00Z'],
    ['year 9999 pushed into 10000 by its offset', '9999-12-31T23:30:00-01:00'],
    ['year 0000 pulled before it by its offset', '0000-01-01T00:30:00+01:00'],
    ['the end of 9999 written as 24:00', '9999-12-31T24:00:00Z'],
  ])('%s → unreadable (null)', (_label, value) => {
    const seat = parsedSeat({ created_at: value, last_login_at: value });
    expect(seat.createdAt).toBeNull();
    expect(seat.lastLoginAt).toBeNull();
  });

  it.each([
    ['the last instant of 9999', '9999-12-31T23:59:59.999Z', Date.UTC(9999, 11, 31, 23, 59, 59, 999)],
    ['a five-digit year, even when its offset would bring it back into 9999', '10000-01-01T00:30:00+01:00', null],
    ['year 0050 kept as written, not read as 1950', '0050-06-01T00:00:00Z', new Date(0).setUTCFullYear(50, 5, 1)],
  ])('%s', (_label, value, expected) => {
    expect(parsedSeat({ created_at: value }).createdAt).toBe(expected);
  });
});

describe('parseUser: offsets are read as the instant they name', () => {
  it.each([
    ['+02:00', '2025-06-01T12:00:00+02:00', Date.UTC(2025, 5, 1, 10)],
    ['-05:00', '2025-06-01T12:00:00-05:00', Date.UTC(2025, 5, 1, 17)],
    ['+0200 (no colon)', '2025-06-01T12:00:00+0200', Date.UTC(2025, 5, 1, 10)],
    ['-0530', '2025-06-01T12:00:00-0530', Date.UTC(2025, 5, 1, 17, 30)],
    ['+14:00 across the day line', '2025-06-01T12:00:00+14:00', Date.UTC(2025, 4, 31, 22)],
    ['-00:00', '2025-06-01T12:00:00-00:00', Date.UTC(2025, 5, 1, 12)],
    ['an offset and microseconds', '2025-06-01T12:00:00.123456+02:00', Date.UTC(2025, 5, 1, 10, 0, 0, 123)],
    ['no seconds', '2025-06-01T12:00+02:00', Date.UTC(2025, 5, 1, 10)],
    ['24:00, the end of the day', '2025-06-01T24:00:00Z', Date.UTC(2025, 5, 2)],
    ['a leap day', '2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
  ])('%s', (_label, value, expected) => {
    expect(parsedSeat({ last_login_at: value }).lastLoginAt).toBe(expected);
  });

  it.each([
    ['an offset of 24 hours', '2025-06-01T12:00:00+24:00'],
    ['an offset of 60 minutes', '2025-06-01T12:00:00+02:60'],
    ['minute 60', '2025-06-01T12:60:00Z'],
    ['second 60', '2025-06-01T12:00:60Z'],
    ['24:30', '2025-06-01T24:30:00Z'],
    ['a time without a zone (local time of an unknown place)', '2025-06-01T12:00:00'],
    ['29 February of a common year', '2025-02-29'],
  ])('%s → null', (_label, value) => {
    expect(parsedSeat({ last_login_at: value }).lastLoginAt).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { makeSeat, NOW } from '../test/seats';
import { buildSnapshot, isoOrNull, MAX_USERS_PER_PART, partCount, snapshotDocument, snapshotPart, snapshotParts, USER_FIELDS } from './build';
import { asVersion1, makeSnapshot, review, roster, SNAPSHOT_ID, snapshotInput, validator } from '../test/snapshots';

const validate = validator();

describe('buildSnapshot', () => {
  it('builds a valid one-part snapshot for an account without seats', () => {
    const parts = snapshotParts(makeSnapshot([]));
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ users: [], part: { index: 1, count: 1 }, summary: { seats: 0, paid_seats: 0 } });
    expect(validate(parts[0])).toEqual([]);
  });

  it('splits 2,500 users into 3 valid parts of at most 1,000, same id and summary in each', () => {
    const snapshot = makeSnapshot(roster(2500));
    const parts = snapshotParts(snapshot);
    expect(parts.map((p) => p.users.length)).toEqual([1000, 1000, 500]);
    expect(parts.map((p) => p.part)).toEqual([1, 2, 3].map((index) => ({ index, count: 3 })));
    expect(new Set(parts.map((p) => p.snapshot_id))).toEqual(new Set([SNAPSHOT_ID]));
    for (const part of parts) {
      expect(part.summary).toEqual(parts[0]!.summary);
      expect(validate(part)).toEqual([]);
    }
    const ids = parts.flatMap((p) => p.users.map((u) => u.id));
    expect(new Set(ids).size).toBe(2500);
    expect(partCount(1000)).toBe(1);
    expect(partCount(1001)).toBe(2);
    expect(() => snapshotPart(snapshot, 4)).toThrow(RangeError);
    expect(MAX_USERS_PER_PART).toBe(1000);
  });

  it('writes the header: schema, UTC time, workspace, rules without exempt entries, costs with a price', () => {
    const { header } = makeSnapshot(roster(4));
    expect(header).toMatchObject({
      schema: 'zendesk-seat-snapshot/1.2',
      snapshot_id: SNAPSHOT_ID,
      generated_at: new Date(NOW).toISOString(),
      source: { product: 'zendesk-support', workspace: 'acme', app_version: '0.1.0' },
      window_days: 30,
      rules: { idle_days: 30, grace_days: 14, exempt_count: 2 },
      summary: { seats: 4, paid_seats: 4, idle_paid_seats: 2, seat_price: 55, idle_monthly_cost: 110, idle_yearly_cost: 1320 },
    });
    expect(JSON.stringify(header)).not.toContain('x@example.com');
    const noPrice = makeSnapshot(roster(4), { seatPrice: null }).header.summary;
    expect(noPrice).not.toHaveProperty('seat_price');
    expect(noPrice).not.toHaveProperty('idle_monthly_cost');
    expect(validate(snapshotDocument(makeSnapshot(roster(4), { seatPrice: null })))).toEqual([]);
  });

  it('leaves suspended agents out of users but counts them in the summary', () => {
    const seats = [makeSeat({ id: 1 }), makeSeat({ id: 2, suspended: true }), makeSeat({ id: 3, suspended: true, roleType: 1 })];
    const snapshot = makeSnapshot(seats);
    expect(snapshot.users.map((u) => u.id)).toEqual([1]);
    expect(snapshot.header.summary).toMatchObject({ seats: 1, suspended_seats: 2, suspended_monthly_cost: 55 });
  });

  it('maps a seat to Zendesk field names, with the verdict and activity', () => {
    const seat = makeSeat({ id: 9, lastLoginAt: Date.UTC(2025, 0, 2, 3, 4, 5), roleType: 0, customRoleId: 77, ticketRestriction: 'groups' });
    const reviewed = review([seat], new Map([[9, { interactions: 0, lastSeenAt: null }]]));
    const [user] = buildSnapshot({ ...snapshotInput([]), reviewed }).users;
    expect(Object.keys(user!)).toEqual([...USER_FIELDS]);
    expect(user).toMatchObject({
      id: 9,
      last_login_at: '2025-01-02T03:04:05.000Z',
      role: 'agent',
      role_type: 0,
      custom_role_id: 77,
      suspended: false,
      ticket_restriction: 'groups',
      seat_class: 'paid',
      idle: true,
      idle_reasons: ['no_sign_in_30d', 'no_interactions_30d'],
      interactions: 0,
      last_seen_at: null,
      last_seen_known: true,
      basis: 'sign-in-and-interactions',
    });
  });

  it('keeps odd records valid: null dates and flags, unknown role type, unknown ticket restriction', () => {
    const odd = makeSeat({
      id: 5,
      name: '',
      email: '',
      createdAt: null,
      lastLoginAt: null,
      roleType: 42,
      reportCsv: null,
      chatOnly: null,
      twoFactorAuth: null,
      verified: null,
      ticketRestriction: 'brand-new-value',
    });
    const part = snapshotPart(makeSnapshot([odd]), 1);
    expect(part.users[0]).toMatchObject({
      created_at: null,
      last_login_at: null,
      role_type: 42,
      interactions: null,
      idle_reasons: ['never_signed_in'],
    });
    expect(validate(part)).toEqual([]);
  });

  it('is refused by the schema when a field is wrong', () => {
    const part = snapshotPart(makeSnapshot(roster(2)), 1);
    expect(validate({ ...part, schema: 'zendesk-seat-snapshot/2' })).not.toEqual([]);
    expect(validate({ ...part, snapshot_id: 'not-a-uuid' })).not.toEqual([]);
    expect(validate({ ...part, users: [{ ...part.users[0], suspended: true }] })).not.toEqual([]);
    expect(validate({ ...part, users: [{ ...part.users[0], token: 'x' }] })).not.toEqual([]);
    expect(validate({ ...part, part: { index: 0, count: 1 } })).not.toEqual([]);
    expect(validate({ ...part, users: [{ ...part.users[0], basis: 'guess' }] })).not.toEqual([]);
    const { basis: _basis, ...withoutBasis } = part.users[0]!;
    expect(validate({ ...part, users: [withoutBasis] })).not.toEqual([]);
    expect(validate({ ...part, schema: 'zendesk-seat-snapshot/1' })).not.toEqual([]);
  });

  it('keeps version 1 valid against its frozen schema (receivers may still take it)', () => {
    const part = snapshotPart(makeSnapshot(roster(3)), 1);
    expect(validator('version1')(asVersion1(part))).toEqual([]);
    expect(validator('version1')(part)).not.toEqual([]);
  });
});

describe('what each user rests on', () => {
  const seat = (id: number) => makeSeat({ id, lastLoginAt: null, createdAt: Date.UTC(2024, 0, 1) });

  it('says per user whether its verdict rests on sign-in only or on ticket interactions too', () => {
    // A seat that answers tickets by email and never signs in: idle on sign-in alone, not with its interactions.
    const unknown = buildSnapshot({ ...snapshotInput([]), reviewed: review([seat(1)]) }).users[0];
    expect(unknown).toMatchObject({ idle: true, idle_reasons: ['never_signed_in'], interactions: null, basis: 'sign-in' });
    const known = buildSnapshot({ ...snapshotInput([]), reviewed: review([seat(1)], new Map([[1, { interactions: 12, lastSeenAt: null }]])) })
      .users[0];
    expect(known).toMatchObject({ idle: false, interactions: 12, basis: 'sign-in-and-interactions' });
    // Search counts only paid seats: one snapshot can hold both bases.
    const mixed = buildSnapshot({
      ...snapshotInput([]),
      reviewed: review([seat(1), seat(2)], new Map([[1, { interactions: 0, lastSeenAt: null }]])),
    });
    expect(mixed.users.map((u) => u.basis)).toEqual(['sign-in-and-interactions', 'sign-in']);
    expect(validate(snapshotDocument(mixed))).toEqual([]);
  });

  it('tells "no session" from "sessions unknown"', () => {
    const seen = Date.UTC(2025, 5, 1);
    const reviewed = review(
      [seat(1), seat(2), seat(3)],
      new Map([
        [1, { interactions: null, lastSeenAt: undefined }],
        [2, { interactions: null, lastSeenAt: null }],
        [3, { interactions: null, lastSeenAt: seen }],
      ]),
    );
    const users = buildSnapshot({ ...snapshotInput([]), reviewed }).users;
    expect(users.map((u) => [u.last_seen_at, u.last_seen_known])).toEqual([
      [null, false],
      [null, true],
      [new Date(seen).toISOString(), true],
    ]);
  });
});

describe('dates', () => {
  it('never writes a date the schema refuses: beyond year 9999, before year 0, or beyond what Date can hold', () => {
    expect(isoOrNull(Date.parse('9999-12-31T23:59:59.999Z'))).toBe('9999-12-31T23:59:59.999Z');
    expect(isoOrNull(Date.parse('0000-01-01T00:00:00.000Z'))).toBe('0000-01-01T00:00:00.000Z');
    expect(isoOrNull(Date.parse('+010000-01-01T00:00:00.000Z'))).toBeNull();
    expect(isoOrNull(Date.parse('-000001-12-31T00:00:00.000Z'))).toBeNull();
    expect(isoOrNull(8.64e15 + 1)).toBeNull();
    expect(isoOrNull(Number.NaN)).toBeNull();
  });

  it('writes such dates as null in a valid snapshot, and counts them', () => {
    const far = makeSeat({ id: 1, createdAt: Date.parse('+010000-01-01T00:00:00.000Z'), lastLoginAt: 9e15 });
    const snapshot = makeSnapshot([far, makeSeat({ id: 2 })]);
    expect(snapshot.users[0]).toMatchObject({ created_at: null, last_login_at: null });
    expect(snapshot.unwritableDates).toBe(2);
    expect(validate(snapshotDocument(snapshot))).toEqual([]);
    expect(makeSnapshot([makeSeat({ id: 2 })])).not.toHaveProperty('unwritableDates');
  });
});

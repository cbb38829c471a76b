import { describe, expect, it } from 'vitest';
import { makeSeat, NOW } from '../test/seats';
import { buildSnapshot, MAX_USERS_PER_PART, partCount, snapshotDocument, snapshotPart, snapshotParts, USER_FIELDS } from './build';
import { makeSnapshot, review, roster, SNAPSHOT_ID, snapshotInput, validator } from './testing';

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
      schema: 'zendesk-seat-snapshot/1',
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
    expect(part.users[0]).toMatchObject({ created_at: null, last_login_at: null, role_type: 42, interactions: null, idle_reasons: ['never_signed_in'] });
    expect(validate(part)).toEqual([]);
  });

  it('is refused by the schema when a field is wrong', () => {
    const part = snapshotPart(makeSnapshot(roster(2)), 1);
    expect(validate({ ...part, schema: 'zendesk-seat-snapshot/2' })).not.toEqual([]);
    expect(validate({ ...part, snapshot_id: 'not-a-uuid' })).not.toEqual([]);
    expect(validate({ ...part, users: [{ ...part.users[0], suspended: true }] })).not.toEqual([]);
    expect(validate({ ...part, users: [{ ...part.users[0], token: 'x' }] })).not.toEqual([]);
    expect(validate({ ...part, part: { index: 0, count: 1 } })).not.toEqual([]);
  });
});

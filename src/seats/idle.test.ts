import { describe, expect, it } from 'vitest';
import { daysAgo, makeExemptions, makeRules, makeSeat, NOW } from '../test/seats';
import { describeIdleReason, idleVerdict, isExempt, type IdleReason } from './idle';
import { DAY_MS } from './seat';

const NOT_IDLE = { idle: false, exempt: false, reasons: [] };
const EXEMPT = { idle: false, exempt: true, reasons: [] };

describe('idleVerdict: never signed in', () => {
  const rules = makeRules({ graceDays: 14, idleDays: 30 });

  it.each([
    ['created today', 0, 0],
    ['created yesterday', 1, 0],
    ['created a day before the grace period ends', 13, 0],
    ['created exactly graceDays ago', 14, 0],
    ['created graceDays ago and 23 h 59 min (still whole day 14)', 14, DAY_MS - 60_000],
  ])('%s → not idle (new hires get time)', (_label, days, extraMs) => {
    const seat = makeSeat({ lastLoginAt: null, createdAt: daysAgo(days, extraMs) });
    expect(idleVerdict(seat, rules)).toEqual(NOT_IDLE);
  });

  it.each([
    ['graceDays + 1', 15],
    ['a year', 365],
  ])('created %s days ago → idle, never_signed_in with the age', (_label, days) => {
    const seat = makeSeat({ lastLoginAt: null, createdAt: daysAgo(days) });
    expect(idleVerdict(seat, rules)).toEqual({
      idle: true,
      exempt: false,
      reasons: [{ code: 'never_signed_in', createdDaysAgo: days }],
    });
  });

  it('a creation date in the future → not idle', () => {
    const seat = makeSeat({ lastLoginAt: null, createdAt: NOW + 3 * DAY_MS });
    expect(idleVerdict(seat, rules)).toEqual(NOT_IDLE);
  });

  it('creation date unknown → idle, never_signed_in with createdDaysAgo null', () => {
    const seat = makeSeat({ lastLoginAt: null, createdAt: null });
    expect(idleVerdict(seat, rules)).toEqual({
      idle: true,
      exempt: false,
      reasons: [{ code: 'never_signed_in', createdDaysAgo: null }],
    });
  });

  it('a grace period of 0 flags a never-used seat from its second day', () => {
    const zero = makeRules({ graceDays: 0 });
    expect(idleVerdict(makeSeat({ lastLoginAt: null, createdAt: daysAgo(0, DAY_MS - 1) }), zero).idle).toBe(false);
    expect(idleVerdict(makeSeat({ lastLoginAt: null, createdAt: daysAgo(1) }), zero)).toEqual({
      idle: true,
      exempt: false,
      reasons: [{ code: 'never_signed_in', createdDaysAgo: 1 }],
    });
  });

  it('the grace period follows the rules, not a constant', () => {
    const seat = makeSeat({ lastLoginAt: null, createdAt: daysAgo(20) });
    expect(idleVerdict(seat, makeRules({ graceDays: 20 })).idle).toBe(false);
    expect(idleVerdict(seat, makeRules({ graceDays: 19 })).idle).toBe(true);
  });

  it('the idle threshold does not apply to seats that never signed in', () => {
    const seat = makeSeat({ lastLoginAt: null, createdAt: daysAgo(10) });
    expect(idleVerdict(seat, makeRules({ idleDays: 1, graceDays: 14 })).idle).toBe(false);
  });
});

describe('idleVerdict: last sign-in', () => {
  const rules = makeRules({ idleDays: 30, graceDays: 14 });

  it.each([
    ['just now', 0, 0],
    ['yesterday', 1, 0],
    ['idleDays − 1 days ago', 29, 0],
    ['exactly idleDays ago', 30, 0],
    ['idleDays days and 23 h 59 min ago (still whole day 30)', 30, DAY_MS - 60_000],
  ])('signed in %s → not idle', (_label, days, extraMs) => {
    expect(idleVerdict(makeSeat({ lastLoginAt: daysAgo(days, extraMs) }), rules)).toEqual(NOT_IDLE);
  });

  it.each([
    ['idleDays + 1', 31],
    ['400', 400],
  ])('last sign-in %s days ago → idle with no_sign_in_30d', (_label, days) => {
    expect(idleVerdict(makeSeat({ lastLoginAt: daysAgo(days) }), rules)).toEqual({
      idle: true,
      exempt: false,
      reasons: [{ code: 'no_sign_in_30d', lastSignInDaysAgo: days }],
    });
  });

  it('the code carries the configured threshold', () => {
    const verdict = idleVerdict(makeSeat({ lastLoginAt: daysAgo(91) }), makeRules({ idleDays: 90 }));
    expect(verdict.reasons).toEqual([{ code: 'no_sign_in_90d', lastSignInDaysAgo: 91 }]);
    expect(idleVerdict(makeSeat({ lastLoginAt: daysAgo(90) }), makeRules({ idleDays: 90 })).idle).toBe(false);
  });

  it('idleDays 0 flags anything signed in before today', () => {
    const zero = makeRules({ idleDays: 0 });
    expect(idleVerdict(makeSeat({ lastLoginAt: daysAgo(0, DAY_MS - 1) }), zero).idle).toBe(false);
    expect(idleVerdict(makeSeat({ lastLoginAt: daysAgo(1) }), zero).reasons).toEqual([
      { code: 'no_sign_in_0d', lastSignInDaysAgo: 1 },
    ]);
  });

  it('the creation date does not matter once the seat has signed in', () => {
    const rulesWithLongGrace = makeRules({ idleDays: 30, graceDays: 365 });
    const seat = makeSeat({ createdAt: daysAgo(40), lastLoginAt: daysAgo(35) });
    expect(idleVerdict(seat, rulesWithLongGrace).idle).toBe(true);
    expect(idleVerdict(makeSeat({ createdAt: null, lastLoginAt: daysAgo(2) }), rules).idle).toBe(false);
  });

  it('a sign-in in the future (clock skew) → not idle', () => {
    expect(idleVerdict(makeSeat({ lastLoginAt: NOW + DAY_MS }), rules)).toEqual(NOT_IDLE);
  });

  it('measures from the rules’ now, not the wall clock', () => {
    const seat = makeSeat({ lastLoginAt: Date.UTC(2020, 0, 1) });
    expect(idleVerdict(seat, makeRules({ now: Date.UTC(2020, 0, 31) })).idle).toBe(false);
    expect(idleVerdict(seat, makeRules({ now: Date.UTC(2020, 1, 1) })).idle).toBe(true);
  });
});

describe('idleVerdict: exemptions', () => {
  const idleSeats = [
    ['idle for months', { lastLoginAt: daysAgo(200) }],
    ['never signed in, old seat', { lastLoginAt: null, createdAt: daysAgo(200) }],
    ['never signed in, creation unknown', { lastLoginAt: null, createdAt: null }],
    ['active', { lastLoginAt: daysAgo(1) }],
  ] as const;

  it.each(idleSeats)('exempt by id beats every reason (%s)', (_label, overrides) => {
    const seat = makeSeat({ id: 77, ...overrides });
    expect(idleVerdict(seat, makeRules({ exempt: makeExemptions({ ids: [77] }) }))).toEqual(EXEMPT);
  });

  it.each(idleSeats)('exempt by email beats every reason (%s)', (_label, overrides) => {
    const seat = makeSeat({ email: 'svc@example.com', ...overrides });
    expect(idleVerdict(seat, makeRules({ exempt: makeExemptions({ emails: ['svc@example.com'] }) }))).toEqual(EXEMPT);
  });

  it('a different id or email is not exempt', () => {
    const seat = makeSeat({ id: 77, email: 'svc@example.com', lastLoginAt: daysAgo(200) });
    const rules = makeRules({ exempt: makeExemptions({ ids: [78], emails: ['other@example.com'] }) });
    expect(idleVerdict(seat, rules).idle).toBe(true);
    expect(idleVerdict(seat, rules).exempt).toBe(false);
  });
});

describe('isExempt', () => {
  const exempt = makeExemptions({ ids: [5], emails: ['svc@example.com'] });

  it.each([
    ['matching id', { id: 5, email: 'x@example.com' }, true],
    ['matching email', { id: 6, email: 'svc@example.com' }, true],
    ['email in upper case', { id: 6, email: 'SVC@Example.COM' }, true],
    ['both', { id: 5, email: 'svc@example.com' }, true],
    ['neither', { id: 6, email: 'x@example.com' }, false],
    ['email that only contains the exempt one', { id: 6, email: 'xsvc@example.com' }, false],
  ])('%s → %s', (_label, seat, expected) => {
    expect(isExempt(seat, exempt)).toBe(expected);
  });

  it('a seat without an email never matches an empty exemption', () => {
    const withBlank = makeExemptions({ emails: [''] });
    expect(isExempt({ id: 6, email: '' }, withBlank)).toBe(false);
    expect(idleVerdict(makeSeat({ email: '', lastLoginAt: daysAgo(100) }), makeRules({ exempt: withBlank })).idle).toBe(true);
  });

  it('a seat without an email can still be exempt by id', () => {
    expect(isExempt({ id: 5, email: '' }, exempt)).toBe(true);
  });
});

describe('describeIdleReason', () => {
  it.each<[IdleReason, string]>([
    [{ code: 'never_signed_in', createdDaysAgo: 45 }, 'Never signed in; seat created 45 days ago'],
    [{ code: 'never_signed_in', createdDaysAgo: 0 }, 'Never signed in; seat created 0 days ago'],
    [{ code: 'never_signed_in', createdDaysAgo: null }, 'Never signed in (creation date unknown)'],
    [{ code: 'no_sign_in_30d', lastSignInDaysAgo: 31 }, 'No sign-in for 31 days (threshold 30)'],
    [{ code: 'no_sign_in_90d', lastSignInDaysAgo: 400 }, 'No sign-in for 400 days (threshold 90)'],
    [{ code: 'no_sign_in_0d', lastSignInDaysAgo: 1 }, 'No sign-in for 1 day (threshold 0)'],
  ])('%j → "%s"', (reason, expected) => {
    expect(describeIdleReason(reason)).toBe(expected);
  });

  it('describes what idleVerdict produced', () => {
    const [reason] = idleVerdict(makeSeat({ lastLoginAt: daysAgo(61) }), makeRules({ idleDays: 60 })).reasons;
    expect(reason).toBeDefined();
    expect(describeIdleReason(reason as IdleReason)).toBe('No sign-in for 61 days (threshold 60)');
  });
});

import { describe, expect, it } from 'vitest';
import { daysAgo, makeEngagement, makeExemptions, makeRules, makeSeat, NOW } from '../test/seats';
import { classifySeat } from './classes';
import { idleReasonWire, idleVerdict, isExempt, UNKNOWN_ENGAGEMENT, type IdleReason, type IdleVerdict, type SeatEngagement } from './idle';
import { DAY_MS, type Seat } from './seat';

/** Verdicts of a paid seat judged on sign-in alone (interactions unknown), unless overridden. */
const verdict = (v: Partial<IdleVerdict> = {}): IdleVerdict => ({
  idle: false,
  exempt: false,
  paid: true,
  reasons: [],
  basis: 'sign-in',
  ...v,
});
const NOT_IDLE = verdict();
const EXEMPT = verdict({ exempt: true });
const BOTH = 'sign-in-and-interactions' as const;

/** Engagement with ticket interactions known (and sessions unknown unless given). */
const interactions = (n: number, lastSeenAt?: number | null): SeatEngagement => makeEngagement({ interactions: n, lastSeenAt });

describe('UNKNOWN_ENGAGEMENT', () => {
  it('is unknown, never zero: interactions null and sessions undefined', () => {
    expect(UNKNOWN_ENGAGEMENT).toEqual({ interactions: null, lastSeenAt: undefined });
    expect('lastSeenAt' in UNKNOWN_ENGAGEMENT).toBe(true);
  });

  it('is the default when no engagement is given', () => {
    const seat = makeSeat({ lastLoginAt: daysAgo(31) });
    expect(idleVerdict(seat, makeRules())).toEqual(idleVerdict(seat, makeRules(), UNKNOWN_ENGAGEMENT));
    expect(idleVerdict(seat, makeRules()).basis).toBe('sign-in');
  });
});

describe('idleVerdict: seats that hold no paid seat are never idle', () => {
  const nonPaid: [string, Partial<Seat>][] = [
    ['light agent', { roleType: 1 }],
    ['contributor', { roleType: 3 }],
    ['shared agent', { sharedAgent: true }],
    ['shared admin', { sharedAgent: true, role: 'admin', roleType: 4 }],
    ['suspended light agent', { roleType: 1, suspended: true }],
  ];
  const states: [string, Partial<Seat>, SeatEngagement][] = [
    ['never signed in, created 5 years ago', { lastLoginAt: null, createdAt: daysAgo(5 * 365) }, UNKNOWN_ENGAGEMENT],
    ['never signed in, creation date unknown', { lastLoginAt: null, createdAt: null }, UNKNOWN_ENGAGEMENT],
    ['last sign-in 3 years ago, nothing else known', { lastLoginAt: daysAgo(3 * 365) }, UNKNOWN_ENGAGEMENT],
    ['last sign-in 3 years ago, no session, no interaction', { lastLoginAt: daysAgo(3 * 365) }, interactions(0, null)],
    ['last session 3 years ago, no interaction', { lastLoginAt: daysAgo(3 * 365) }, interactions(0, daysAgo(3 * 365))],
    ['API-only pattern: recent sign-in, no session, no interaction', { lastLoginAt: daysAgo(1) }, interactions(0, null)],
  ];

  describe.each(nonPaid)('%s', (_label, classOverrides) => {
    it.each(states)('%s → not idle, not paid, no reasons', (_state, overrides, engagement) => {
      const seat = makeSeat({ ...classOverrides, ...overrides });
      expect(idleVerdict(seat, makeRules(), engagement)).toEqual(
        verdict({ paid: false, basis: engagement.interactions === null ? 'sign-in' : BOTH }),
      );
    });
  });

  it('the class passed in is used, not recomputed (a paid-looking seat classed as light is not judged)', () => {
    const seat = makeSeat({ lastLoginAt: daysAgo(400) });
    const light = classifySeat(makeSeat({ roleType: 1 }));
    expect(idleVerdict(seat, makeRules(), UNKNOWN_ENGAGEMENT, light)).toEqual(verdict({ paid: false }));
    expect(idleVerdict(seat, makeRules(), UNKNOWN_ENGAGEMENT).idle).toBe(true);
  });

  it.each<[string, Partial<Seat>]>([
    ['chat-only agent (role_type 2)', { roleType: 2 }],
    ['chat-only agent (chat_only flag)', { chatOnly: true }],
    ['admin', { role: 'admin', roleType: 4 }],
    ['billing admin', { role: 'admin', roleType: 5 }],
    ['custom role agent', { roleType: 0 }],
    ['agent of unknown role type', { roleType: 7 }],
    ['suspended agent', { suspended: true }],
  ])('a %s holds a paid seat and is judged', (_label, overrides) => {
    expect(idleVerdict(makeSeat({ ...overrides, lastLoginAt: daysAgo(31) }), makeRules())).toEqual(
      verdict({ idle: true, reasons: [{ code: 'no_sign_in', idleDays: 30, lastSignInDaysAgo: 31 }] }),
    );
    expect(idleVerdict(makeSeat({ ...overrides, lastLoginAt: daysAgo(30) }), makeRules())).toEqual(NOT_IDLE);
  });
});

describe('idleVerdict: exemptions beat every reason', () => {
  const states: [string, Partial<Seat>, SeatEngagement][] = [
    ['idle for months', { lastLoginAt: daysAgo(200) }, UNKNOWN_ENGAGEMENT],
    ['idle for months, no interaction', { lastLoginAt: daysAgo(200) }, interactions(0, null)],
    ['never signed in, old seat', { lastLoginAt: null, createdAt: daysAgo(200) }, UNKNOWN_ENGAGEMENT],
    ['never signed in, creation unknown', { lastLoginAt: null, createdAt: null }, UNKNOWN_ENGAGEMENT],
    ['active', { lastLoginAt: daysAgo(1) }, UNKNOWN_ENGAGEMENT],
    ['API-only pattern', { lastLoginAt: daysAgo(1) }, interactions(0, null)],
    ['chat-only agent idle for months', { roleType: 2, lastLoginAt: daysAgo(200) }, UNKNOWN_ENGAGEMENT],
  ];

  it.each(states)('exempt by id (%s) → exempt, no reasons', (_label, overrides, engagement) => {
    const seat = makeSeat({ id: 77, ...overrides });
    const rules = makeRules({ exempt: makeExemptions({ ids: [77] }) });
    expect(idleVerdict(seat, rules, engagement)).toEqual({
      ...EXEMPT,
      basis: engagement.interactions === null ? 'sign-in' : BOTH,
    });
  });

  it.each(states)('exempt by email (%s) → exempt, no reasons', (_label, overrides, engagement) => {
    const seat = makeSeat({ email: 'svc@example.com', ...overrides });
    const rules = makeRules({ exempt: makeExemptions({ emails: ['svc@example.com'] }) });
    expect(idleVerdict(seat, rules, engagement)).toEqual({
      ...EXEMPT,
      basis: engagement.interactions === null ? 'sign-in' : BOTH,
    });
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
    expect(idleVerdict(seat, rules)).toEqual(verdict({ idle: true, reasons: [{ code: 'never_signed_in', createdDaysAgo: days }] }));
  });

  it('a creation date in the future → not idle', () => {
    const seat = makeSeat({ lastLoginAt: null, createdAt: NOW + 3 * DAY_MS });
    expect(idleVerdict(seat, rules)).toEqual(NOT_IDLE);
  });

  it('creation date unknown → idle, never_signed_in with createdDaysAgo null', () => {
    const seat = makeSeat({ lastLoginAt: null, createdAt: null });
    expect(idleVerdict(seat, rules)).toEqual(verdict({ idle: true, reasons: [{ code: 'never_signed_in', createdDaysAgo: null }] }));
  });

  it('a grace period of 0 flags a never-used seat from its second day', () => {
    const zero = makeRules({ graceDays: 0 });
    expect(idleVerdict(makeSeat({ lastLoginAt: null, createdAt: daysAgo(0, DAY_MS - 1) }), zero)).toEqual(NOT_IDLE);
    expect(idleVerdict(makeSeat({ lastLoginAt: null, createdAt: daysAgo(1) }), zero)).toEqual(
      verdict({ idle: true, reasons: [{ code: 'never_signed_in', createdDaysAgo: 1 }] }),
    );
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

  describe('never signed in: ticket work or a live session counts as use (agents can work by email)', () => {
    const old = makeSeat({ lastLoginAt: null, createdAt: daysAgo(100) });
    const fresh = makeSeat({ lastLoginAt: null, createdAt: daysAgo(14) });
    const neverSignedIn = (createdDaysAgo: number, basis: IdleVerdict['basis']) =>
      verdict({ idle: true, basis, reasons: [{ code: 'never_signed_in', createdDaysAgo }] });

    it.each<[string, SeatEngagement]>([
      ['5 ticket interactions', interactions(5)],
      ['5 ticket interactions and a session seen today', interactions(5, NOW)],
      ['no interaction but a session seen today', interactions(0, NOW)],
    ])('past the grace period with %s → not idle', (_label, engagement) => {
      expect(idleVerdict(old, rules, engagement)).toEqual(verdict({ basis: BOTH }));
    });

    it('past the grace period with a session seen today but interactions unknown → not idle', () => {
      expect(idleVerdict(old, rules, makeEngagement({ lastSeenAt: NOW }))).toEqual(NOT_IDLE);
    });

    it('past the grace period with a session seen idleDays + 1 days ago → idle, never_signed_in', () => {
      expect(idleVerdict(old, rules, makeEngagement({ lastSeenAt: daysAgo(31) }))).toEqual(neverSignedIn(100, 'sign-in'));
    });

    it('past the grace period with no interaction and no session → idle, never_signed_in only (no no_interactions reason)', () => {
      expect(idleVerdict(old, rules, interactions(0, null))).toEqual(neverSignedIn(100, BOTH));
    });

    it('within the grace period with no interaction and no session → not idle and no api_only signal', () => {
      expect(idleVerdict(fresh, rules, interactions(0, null))).toEqual(verdict({ basis: BOTH }));
    });
  });
});

describe('idleVerdict: last sign-in, interactions unknown (sign-in alone)', () => {
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
  ])('last sign-in %s days ago → idle with no_sign_in_30d only, basis sign-in', (_label, days) => {
    expect(idleVerdict(makeSeat({ lastLoginAt: daysAgo(days) }), rules)).toEqual(
      verdict({ idle: true, reasons: [{ code: 'no_sign_in', idleDays: 30, lastSignInDaysAgo: days }] }),
    );
  });

  it.each<[string, number | null | undefined]>([
    ['sessions unknown', undefined],
    ['no session', null],
  ])('last sign-in 31 days ago, %s → idle with no_sign_in_30d only', (_label, lastSeenAt) => {
    expect(idleVerdict(makeSeat({ lastLoginAt: daysAgo(31) }), rules, makeEngagement({ lastSeenAt }))).toEqual(
      verdict({ idle: true, reasons: [{ code: 'no_sign_in', idleDays: 30, lastSignInDaysAgo: 31 }] }),
    );
  });

  it('the code carries the configured threshold', () => {
    const verdict90 = idleVerdict(makeSeat({ lastLoginAt: daysAgo(91) }), makeRules({ idleDays: 90 }));
    expect(verdict90.reasons).toEqual([{ code: 'no_sign_in', idleDays: 90, lastSignInDaysAgo: 91 }]);
    expect(idleVerdict(makeSeat({ lastLoginAt: daysAgo(90) }), makeRules({ idleDays: 90 })).idle).toBe(false);
  });

  it('idleDays 0 flags anything signed in before today', () => {
    const zero = makeRules({ idleDays: 0 });
    expect(idleVerdict(makeSeat({ lastLoginAt: daysAgo(0, DAY_MS - 1) }), zero).idle).toBe(false);
    expect(idleVerdict(makeSeat({ lastLoginAt: daysAgo(1) }), zero).reasons).toEqual([{ code: 'no_sign_in', idleDays: 0, lastSignInDaysAgo: 1 }]);
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

describe('idleVerdict: ticket interactions known', () => {
  const rules = makeRules({ idleDays: 30 });

  it.each([
    ['idleDays + 1', 31],
    ['400', 400],
  ])('no sign-in for %s days and 0 interactions → idle with both reasons, basis sign-in-and-interactions', (_label, days) => {
    expect(idleVerdict(makeSeat({ lastLoginAt: daysAgo(days) }), rules, interactions(0))).toEqual(
      verdict({
        idle: true,
        basis: BOTH,
        reasons: [
          { code: 'no_sign_in', idleDays: 30, lastSignInDaysAgo: days },
          { code: 'no_interactions', idleDays: 30 },
        ],
      }),
    );
  });

  it('both codes carry the configured threshold', () => {
    expect(idleVerdict(makeSeat({ lastLoginAt: daysAgo(61) }), makeRules({ idleDays: 60 }), interactions(0)).reasons).toEqual([
      { code: 'no_sign_in', idleDays: 60, lastSignInDaysAgo: 61 },
      { code: 'no_interactions', idleDays: 60 },
    ]);
  });

  it.each([
    ['just now', 0, 0],
    ['exactly idleDays ago', 30, 0],
    ['idleDays days and 23 h 59 min ago', 30, DAY_MS - 60_000],
  ])('signed in %s with 0 interactions (sessions unknown) → not idle, no reasons', (_label, days, extraMs) => {
    expect(idleVerdict(makeSeat({ lastLoginAt: daysAgo(days, extraMs) }), rules, interactions(0))).toEqual(verdict({ basis: BOTH }));
  });

  it.each([1, 2, 250])('no sign-in for 400 days but %j interactions → not idle (ticket work counts)', (n) => {
    expect(idleVerdict(makeSeat({ lastLoginAt: daysAgo(400) }), rules, interactions(n))).toEqual(verdict({ basis: BOTH }));
    expect(idleVerdict(makeSeat({ lastLoginAt: daysAgo(400) }), rules, interactions(n, null))).toEqual(verdict({ basis: BOTH }));
  });
});

describe('idleVerdict: sessions (last_seen_at)', () => {
  const rules = makeRules({ idleDays: 30 });
  const oldSignIn = makeSeat({ lastLoginAt: daysAgo(400) });

  it.each([
    ['today', 0, 0],
    ['idleDays − 1 days ago', 29, 0],
    ['exactly idleDays ago', 30, 0],
    ['idleDays days and 23 h 59 min ago (still whole day 30)', 30, DAY_MS - 60_000],
  ])('last sign-in 400 days ago, session seen %s → not idle', (_label, days, extraMs) => {
    const seenAt = daysAgo(days, extraMs);
    expect(idleVerdict(oldSignIn, rules, makeEngagement({ lastSeenAt: seenAt }))).toEqual(NOT_IDLE);
    expect(idleVerdict(oldSignIn, rules, interactions(0, seenAt))).toEqual(verdict({ basis: BOTH }));
  });

  it('a session seen in the future (clock skew) → not idle', () => {
    expect(idleVerdict(oldSignIn, rules, makeEngagement({ lastSeenAt: NOW + DAY_MS }))).toEqual(NOT_IDLE);
  });

  it('session seen idleDays + 1 days ago, interactions unknown → idle with no_sign_in counted from that later session', () => {
    expect(idleVerdict(oldSignIn, rules, makeEngagement({ lastSeenAt: daysAgo(31) }))).toEqual(
      verdict({ idle: true, reasons: [{ code: 'no_sign_in', idleDays: 30, lastSignInDaysAgo: 31 }] }),
    );
  });

  it('session seen idleDays + 1 days ago, 0 interactions → idle with both reasons', () => {
    expect(idleVerdict(oldSignIn, rules, interactions(0, daysAgo(31)))).toEqual(
      verdict({
        idle: true,
        basis: BOTH,
        reasons: [
          { code: 'no_sign_in', idleDays: 30, lastSignInDaysAgo: 31 },
          { code: 'no_interactions', idleDays: 30 },
        ],
      }),
    );
  });

  it('a session older than the last sign-in does not change the count', () => {
    expect(idleVerdict(oldSignIn, rules, makeEngagement({ lastSeenAt: daysAgo(500) }))).toEqual(
      verdict({ idle: true, reasons: [{ code: 'no_sign_in', idleDays: 30, lastSignInDaysAgo: 400 }] }),
    );
  });

  it('the session threshold follows idleDays', () => {
    const seenAt = daysAgo(60);
    expect(idleVerdict(oldSignIn, makeRules({ idleDays: 60 }), makeEngagement({ lastSeenAt: seenAt })).idle).toBe(false);
    expect(idleVerdict(oldSignIn, makeRules({ idleDays: 59 }), makeEngagement({ lastSeenAt: seenAt })).idle).toBe(true);
  });

  it('a recent sign-in is enough even when the last session is old', () => {
    expect(idleVerdict(makeSeat({ lastLoginAt: daysAgo(2) }), rules, interactions(0, daysAgo(200)))).toEqual(verdict({ basis: BOTH }));
  });
});

describe('idleVerdict: api_only_sign_in signal', () => {
  const rules = makeRules({ idleDays: 30 });
  const apiOnly = (lastSignInDaysAgo: number): IdleVerdict => verdict({ basis: BOTH, reasons: [{ code: 'api_only_sign_in', lastSignInDaysAgo }] });

  // The rule counts elapsed days; the reason says calendar days (the screen's "31 days ago": the fixtures' noon minus 30 days 23 h 59 min is two midnights further).
  it.each([
    ['just now', 0, 0, 0],
    ['yesterday', 1, 0, 1],
    ['exactly idleDays ago', 30, 0, 30],
    ['idleDays days and 23 h 59 min ago', 30, DAY_MS - 60_000, 31],
  ])('signed in %s, no session, 0 interactions → not idle, the single api_only_sign_in reason', (_label, days, extraMs, calendarDays) => {
    expect(idleVerdict(makeSeat({ lastLoginAt: daysAgo(days, extraMs) }), rules, interactions(0, null))).toEqual(apiOnly(calendarDays));
  });

  it('a chat-only agent shows the signal too', () => {
    expect(idleVerdict(makeSeat({ roleType: 2, lastLoginAt: daysAgo(3) }), rules, interactions(0, null))).toEqual(apiOnly(3));
  });

  it.each<[string, SeatEngagement]>([
    ['sessions unknown (undefined)', interactions(0)],
    ['a session seen today', interactions(0, NOW)],
    ['a session seen long ago (a session exists)', interactions(0, daysAgo(200))],
    ['1 interaction', interactions(1, null)],
    ['interactions unknown', makeEngagement({ lastSeenAt: null })],
  ])('not raised with %s: not idle, no reasons', (_label, engagement) => {
    expect(idleVerdict(makeSeat({ lastLoginAt: daysAgo(3) }), rules, engagement)).toEqual(
      verdict({ basis: engagement.interactions === null ? 'sign-in' : BOTH }),
    );
  });

  it('not raised once the sign-in is older than idleDays: the seat is idle instead', () => {
    expect(idleVerdict(makeSeat({ lastLoginAt: daysAgo(31) }), rules, interactions(0, null))).toEqual(
      verdict({
        idle: true,
        basis: BOTH,
        reasons: [
          { code: 'no_sign_in', idleDays: 30, lastSignInDaysAgo: 31 },
          { code: 'no_interactions', idleDays: 30 },
        ],
      }),
    );
  });
});

describe('idleReasonWire: the codes snapshots and exports carry', () => {
  it.each<[IdleReason, string]>([
    [{ code: 'never_signed_in', createdDaysAgo: 45 }, 'never_signed_in'],
    [{ code: 'never_signed_in', createdDaysAgo: null }, 'never_signed_in'],
    [{ code: 'no_sign_in', idleDays: 30, lastSignInDaysAgo: 31 }, 'no_sign_in_30d'],
    [{ code: 'no_sign_in', idleDays: 0, lastSignInDaysAgo: 1 }, 'no_sign_in_0d'],
    [{ code: 'no_interactions', idleDays: 365 }, 'no_interactions_365d'],
    [{ code: 'api_only_sign_in', lastSignInDaysAgo: 3 }, 'api_only_sign_in'],
  ])('%j → %s', (reason, expected) => {
    expect(idleReasonWire(reason)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { daysAgo, makeEngagement, makeExemptions, makeRules, makeSeat, NOW, reviewed } from '../test/seats';
import { classifySeat } from './classes';
import { idleVerdict, UNKNOWN_ENGAGEMENT, type IdleVerdict, type SeatEngagement } from './idle';
import { reviewSeats, summarize, type EngagementById, type ReviewedSeat, type SeatSummary } from './review';
import type { Seat } from './seat';

const ACTIVE: IdleVerdict = { idle: false, exempt: false, paid: true, reasons: [], basis: 'sign-in' };
const IDLE: IdleVerdict = {
  idle: true,
  exempt: false,
  paid: true,
  reasons: [{ code: 'no_sign_in', idleDays: 30, lastSignInDaysAgo: 40 }],
  basis: 'sign-in',
};
const EXEMPT: IdleVerdict = { idle: false, exempt: true, paid: true, reasons: [], basis: 'sign-in' };

/** A row with a verdict set by hand (its class is the real one), so the summary is tested on its own. */
function withVerdict(id: number, verdict: IdleVerdict, suspended = false, overrides: Partial<Seat> = {}): ReviewedSeat {
  const seat = makeSeat({ id, suspended, ...overrides });
  return { seat, seatClass: classifySeat(seat), engagement: UNKNOWN_ENGAGEMENT, verdict };
}

/** The summary of nothing; each test states only what differs. */
const ZERO: SeatSummary = {
  seats: 0,
  paid: 0,
  idle: 0,
  suspended: 0,
  suspendedPaid: 0,
  light: 0,
  contributors: 0,
  shared: 0,
  chatOnly: 0,
  apiOnly: 0,
  signInOnly: false,
  composition: { activePaid: 0, idlePaid: 0, suspended: 0, lightOrContributor: 0, shared: 0 },
  purchase: null,
  costs: null,
};

/** Costs without a purchased count: no seat is unassigned. */
const NO_UNASSIGNED = { unassignedMonthly: 0, unassignedYearly: 0 } as const;

const compositionTotal = (s: SeatSummary): number =>
  s.composition.activePaid + s.composition.idlePaid + s.composition.suspended + s.composition.lightOrContributor + s.composition.shared;

const known = (interactions: number, lastSeenAt: number | null = NOW): SeatEngagement => makeEngagement({ interactions, lastSeenAt });

describe('reviewSeats', () => {
  it('pairs every seat with its class, its engagement and its idle verdict, in the same order', () => {
    const rules = makeRules({ exempt: makeExemptions({ ids: [3] }) });
    const seats = [
      makeSeat({ id: 2, lastLoginAt: daysAgo(40) }),
      makeSeat({ id: 1, lastLoginAt: daysAgo(2) }),
      makeSeat({ id: 3, lastLoginAt: daysAgo(400) }),
    ];
    const result = reviewSeats(seats, rules);
    expect(result.map((r) => r.seat)).toEqual(seats);
    expect(result[0]?.seat).toBe(seats[0]);
    expect(result.map((r) => r.verdict)).toEqual([
      { idle: true, exempt: false, paid: true, reasons: [{ code: 'no_sign_in', idleDays: 30, lastSignInDaysAgo: 40 }], basis: 'sign-in' },
      ACTIVE,
      EXEMPT,
    ]);
    expect(result.map((r) => r.verdict)).toEqual(seats.map((s) => idleVerdict(s, rules)));
    expect(result.map((r) => r.seatClass)).toEqual(seats.map((s) => classifySeat(s)));
  });

  it('without an engagement map, every seat’s engagement is unknown and its verdict rests on sign-in', () => {
    const result = reviewSeats([makeSeat({ id: 1 }), makeSeat({ id: 2, lastLoginAt: daysAgo(60) })], makeRules());
    for (const r of result) {
      expect(r.engagement).toEqual({ interactions: null, lastSeenAt: undefined });
      expect(r.verdict.basis).toBe('sign-in');
    }
    expect(result.map((r) => r.verdict.idle)).toEqual([false, true]);
  });

  it('uses the engagement map by seat id; a seat missing from it has unknown engagement', () => {
    const rules = makeRules();
    const seats = [
      makeSeat({ id: 1, lastLoginAt: daysAgo(400) }),
      makeSeat({ id: 2, lastLoginAt: daysAgo(400) }),
      makeSeat({ id: 3, lastLoginAt: daysAgo(400) }),
      makeSeat({ id: 4, lastLoginAt: daysAgo(2) }),
    ];
    const worked = known(3, null);
    const nothing = known(0, null);
    const seen = makeEngagement({ lastSeenAt: daysAgo(1) });
    const apiOnly = known(0, null);
    const engagement: EngagementById = new Map([
      [1, worked],
      [2, nothing],
      [4, apiOnly],
      [99, seen],
    ]);
    const result = reviewSeats(seats, rules, engagement);
    expect(result[0]?.engagement).toBe(worked);
    expect(result[1]?.engagement).toBe(nothing);
    expect(result[2]?.engagement).toEqual(UNKNOWN_ENGAGEMENT);
    expect(result[3]?.engagement).toBe(apiOnly);
    expect(result.map((r) => r.verdict)).toEqual([
      { ...ACTIVE, basis: 'sign-in-and-interactions' },
      {
        idle: true,
        exempt: false,
        paid: true,
        basis: 'sign-in-and-interactions',
        reasons: [
          { code: 'no_sign_in', idleDays: 30, lastSignInDaysAgo: 400 },
          { code: 'no_interactions', idleDays: 30 },
        ],
      },
      { idle: true, exempt: false, paid: true, basis: 'sign-in', reasons: [{ code: 'no_sign_in', idleDays: 30, lastSignInDaysAgo: 400 }] },
      { ...ACTIVE, basis: 'sign-in-and-interactions', reasons: [{ code: 'api_only_sign_in', lastSignInDaysAgo: 2 }] },
    ]);
    expect(result.map((r) => r.verdict)).toEqual(seats.map((s) => idleVerdict(s, rules, engagement.get(s.id))));
  });

  it('a session in the map keeps a seat with an old sign-in from being idle', () => {
    const [r] = reviewSeats(
      [makeSeat({ id: 5, lastLoginAt: daysAgo(400) })],
      makeRules(),
      new Map([[5, makeEngagement({ lastSeenAt: daysAgo(3) })]]),
    );
    expect(r?.verdict).toEqual(ACTIVE);
  });

  it('classes each seat and judges it with that class', () => {
    const seats = [
      makeSeat({ id: 1, roleType: 1, lastLoginAt: null, createdAt: daysAgo(900) }),
      makeSeat({ id: 2, roleType: 2, lastLoginAt: daysAgo(90) }),
      makeSeat({ id: 3, sharedAgent: true, lastLoginAt: daysAgo(90) }),
    ];
    const result = reviewSeats(seats, makeRules());
    expect(result.map((r) => [r.seatClass.seatClass, r.seatClass.paid, r.verdict.paid, r.verdict.idle])).toEqual([
      ['light', false, false, false],
      ['chat_only', true, true, true],
      ['shared', false, false, false],
    ]);
  });

  it('reviews suspended seats like any other (the summary sets them apart)', () => {
    const [row] = reviewSeats([makeSeat({ suspended: true, lastLoginAt: daysAgo(90) })], makeRules());
    expect(row?.verdict.idle).toBe(true);
    expect(row?.seatClass.paid).toBe(true);
  });

  it('an empty roster gives an empty review', () => {
    expect(reviewSeats([], makeRules())).toEqual([]);
    expect(reviewSeats([], makeRules(), new Map([[1, known(1)]]))).toEqual([]);
  });
});

describe('summarize: counts', () => {
  it('an empty review: all zero, costs 0 with a price and null without', () => {
    expect(summarize([], 50)).toEqual({
      ...ZERO,
      costs: { idleMonthly: 0, idleYearly: 0, suspendedMonthly: 0, suspendedYearly: 0, ...NO_UNASSIGNED },
    });
    expect(summarize([], null)).toEqual(ZERO);
  });

  it('counts listed seats and idle ones; exempt and active seats are listed but not idle', () => {
    const rows = [withVerdict(1, ACTIVE), withVerdict(2, IDLE), withVerdict(3, EXEMPT), withVerdict(4, IDLE)];
    expect(summarize(rows, null)).toEqual({
      ...ZERO,
      seats: 4,
      paid: 4,
      idle: 2,
      signInOnly: true,
      composition: { ...ZERO.composition, activePaid: 2, idlePaid: 2 },
    });
  });

  it('suspended seats are counted in suspended, not in seats, and never as idle', () => {
    const rows = [
      withVerdict(1, ACTIVE),
      withVerdict(2, IDLE, true),
      withVerdict(3, ACTIVE, true),
      withVerdict(4, EXEMPT, true),
      withVerdict(5, IDLE),
    ];
    expect(summarize(rows, 10)).toEqual({
      ...ZERO,
      seats: 2,
      paid: 2,
      idle: 1,
      suspended: 3,
      suspendedPaid: 3,
      signInOnly: true,
      composition: { ...ZERO.composition, activePaid: 1, idlePaid: 1, suspended: 3 },
      costs: { idleMonthly: 10, idleYearly: 120, suspendedMonthly: 30, suspendedYearly: 360, ...NO_UNASSIGNED },
    });
  });

  it('only suspended seats: nothing listed, nothing idle', () => {
    expect(summarize([withVerdict(1, IDLE, true), withVerdict(2, IDLE, true)], 25)).toEqual({
      ...ZERO,
      suspended: 2,
      suspendedPaid: 2,
      composition: { ...ZERO.composition, suspended: 2 },
      costs: { idleMonthly: 0, idleYearly: 0, suspendedMonthly: 50, suspendedYearly: 600, ...NO_UNASSIGNED },
    });
  });

  it('the idle count trusts the seat class: a hand-set idle verdict on a light agent is not counted', () => {
    const rows = [withVerdict(1, { ...IDLE, paid: false }, false, { roleType: 1 }), withVerdict(2, IDLE)];
    const summary = summarize(rows, 10);
    expect(summary).toMatchObject({ seats: 2, paid: 1, idle: 1, light: 1 });
    expect(summary.costs?.idleMonthly).toBe(10);
  });

  it('counts the API-only signal on listed seats; it is not idle', () => {
    const apiOnly: IdleVerdict = { ...ACTIVE, basis: 'sign-in-and-interactions', reasons: [{ code: 'api_only_sign_in', lastSignInDaysAgo: 2 }] };
    const rows = [withVerdict(1, apiOnly), withVerdict(2, apiOnly), withVerdict(3, apiOnly, true), withVerdict(4, ACTIVE)];
    expect(summarize(rows, null)).toMatchObject({ seats: 3, apiOnly: 2, idle: 0, composition: { activePaid: 3 } });
  });
});

describe('summarize: a mixed roster, end to end', () => {
  const rules = makeRules({ exempt: makeExemptions({ ids: [10] }) });
  const seats: Seat[] = [
    makeSeat({ id: 1, role: 'admin', roleType: 4, lastLoginAt: daysAgo(2) }), // active paid
    makeSeat({ id: 2, lastLoginAt: daysAgo(60) }), // idle: no sign-in, no interaction
    makeSeat({ id: 3, lastLoginAt: null, createdAt: daysAgo(100) }), // idle: never signed in
    makeSeat({ id: 4, roleType: 2, lastLoginAt: daysAgo(3) }), // chat-only, active
    makeSeat({ id: 5, chatOnly: true, lastLoginAt: daysAgo(90) }), // chat-only, idle
    makeSeat({ id: 6, roleType: 1, lastLoginAt: null, createdAt: daysAgo(1000) }), // light, never signed in
    makeSeat({ id: 7, roleType: 3, lastLoginAt: daysAgo(500) }), // contributor, long gone
    makeSeat({ id: 8, sharedAgent: true, lastLoginAt: daysAgo(500) }), // shared
    makeSeat({ id: 9, lastLoginAt: daysAgo(1) }), // API-only signal
    makeSeat({ id: 10, lastLoginAt: daysAgo(300) }), // exempt
    makeSeat({ id: 11, suspended: true, lastLoginAt: daysAgo(200) }), // suspended agent
    makeSeat({ id: 12, suspended: true, role: 'admin', roleType: null }), // suspended admin
    makeSeat({ id: 13, suspended: true, roleType: 0 }), // suspended custom-role agent
    makeSeat({ id: 14, suspended: true, roleType: 2 }), // suspended chat-only agent
    makeSeat({ id: 15, suspended: true, roleType: 1 }), // suspended light agent
    makeSeat({ id: 16, suspended: true, roleType: 3 }), // suspended contributor
    makeSeat({ id: 17, suspended: true, sharedAgent: true }), // suspended shared agent
  ];
  const engagement: EngagementById = new Map<number, SeatEngagement>([
    [1, known(5)],
    [2, known(0, null)],
    [3, known(0, null)],
    [4, known(2)],
    [5, known(0, daysAgo(80))],
    [9, known(0, null)],
    [10, known(0, null)],
    // 6, 7, 8 hold no paid seat and 11–17 are suspended: unknown engagement changes nothing
  ]);
  const review = reviewSeats(seats, rules, engagement);

  it('every counter', () => {
    expect(summarize(review, 55)).toEqual({
      seats: 10,
      paid: 7,
      idle: 3,
      suspended: 7,
      suspendedPaid: 4,
      light: 1,
      contributors: 1,
      shared: 1,
      chatOnly: 2,
      apiOnly: 1,
      signInOnly: false,
      composition: { activePaid: 4, idlePaid: 3, suspended: 4, lightOrContributor: 4, shared: 2 },
      purchase: null,
      costs: { idleMonthly: 165, idleYearly: 1980, suspendedMonthly: 220, suspendedYearly: 2640, ...NO_UNASSIGNED },
    });
  });

  it('the composition parts add up to every agent and admin, suspended included', () => {
    const summary = summarize(review, null);
    expect(compositionTotal(summary)).toBe(seats.length);
    expect(summary.seats + summary.suspended).toBe(seats.length);
    expect(summary.composition.activePaid + summary.composition.idlePaid).toBe(summary.paid);
  });

  it('the composition adds up for any part of the roster too', () => {
    for (let n = 0; n <= review.length; n += 1) {
      expect(compositionTotal(summarize(review.slice(0, n), null))).toBe(n);
      expect(compositionTotal(summarize(review.slice(n), null))).toBe(review.length - n);
    }
  });

  it('without a seat price there are no costs, and nothing else changes', () => {
    const withPrice = summarize(review, 55);
    const without = summarize(review, null);
    expect(without.costs).toBeNull();
    expect({ ...without, costs: withPrice.costs }).toEqual(withPrice);
  });

  it('one paid seat with unknown interactions makes the summary say it rests on sign-in', () => {
    const partial = new Map(engagement);
    partial.delete(9);
    expect(summarize(reviewSeats(seats, rules, partial), 55).signInOnly).toBe(true);
  });
});

describe('summarize: suspended seats', () => {
  it.each<[string, Partial<Seat>]>([
    ['light agent', { roleType: 1 }],
    ['contributor', { roleType: 3 }],
    ['shared agent', { sharedAgent: true }],
  ])('a suspended %s is suspended but holds no paid seat, so it costs nothing', (_label, overrides) => {
    const rows = [reviewed(makeSeat({ id: 1, suspended: true, ...overrides }))];
    const part = overrides.sharedAgent ? 'shared' : 'lightOrContributor';
    expect(summarize(rows, 100)).toEqual({
      ...ZERO,
      suspended: 1,
      composition: { ...ZERO.composition, [part]: 1 },
      costs: { idleMonthly: 0, idleYearly: 0, suspendedMonthly: 0, suspendedYearly: 0, ...NO_UNASSIGNED },
    });
  });

  it.each<[string, Partial<Seat>]>([
    ['agent', {}],
    ['admin', { role: 'admin', roleType: 4 }],
    ['billing admin', { role: 'admin', roleType: 5 }],
    ['custom-role agent', { roleType: 0 }],
    ['chat-only agent', { roleType: 2 }],
    ['agent of unknown role type', { roleType: 7 }],
  ])('a suspended %s still holds a paid seat', (_label, overrides) => {
    const summary = summarize([reviewed(makeSeat({ id: 1, suspended: true, ...overrides }))], 100);
    expect(summary).toMatchObject({ seats: 0, paid: 0, idle: 0, suspended: 1, suspendedPaid: 1, chatOnly: 0 });
    expect(summary.costs).toEqual({ idleMonthly: 0, idleYearly: 0, suspendedMonthly: 100, suspendedYearly: 1200, ...NO_UNASSIGNED });
  });

  it('suspended seats are not counted in the class counters', () => {
    const rows = [
      reviewed(makeSeat({ id: 1, suspended: true, roleType: 1 })),
      reviewed(makeSeat({ id: 2, suspended: true, roleType: 3 })),
      reviewed(makeSeat({ id: 3, suspended: true, sharedAgent: true })),
      reviewed(makeSeat({ id: 4, suspended: true, chatOnly: true })),
      reviewed(makeSeat({ id: 5, suspended: true, lastLoginAt: daysAgo(1) }), makeRules(), known(0, null)),
    ];
    expect(summarize(rows, null)).toMatchObject({ light: 0, contributors: 0, shared: 0, chatOnly: 0, apiOnly: 0, suspended: 5, suspendedPaid: 2 });
  });
});

describe('summarize: costs', () => {
  it.each<[string, number, number, number | null, SeatSummary['costs']]>([
    ['3 idle, 2 suspended × 55', 3, 2, 55, { idleMonthly: 165, idleYearly: 1980, suspendedMonthly: 110, suspendedYearly: 1320, ...NO_UNASSIGNED }],
    ['1 idle, 0 suspended × 19.5', 1, 0, 19.5, { idleMonthly: 19.5, idleYearly: 234, suspendedMonthly: 0, suspendedYearly: 0, ...NO_UNASSIGNED }],
    ['0 idle, 1 suspended × 115', 0, 1, 115, { idleMonthly: 0, idleYearly: 0, suspendedMonthly: 115, suspendedYearly: 1380, ...NO_UNASSIGNED }],
    ['2 idle, 2 suspended × a free seat (0)', 2, 2, 0, { idleMonthly: 0, idleYearly: 0, suspendedMonthly: 0, suspendedYearly: 0, ...NO_UNASSIGNED }],
    ['2 idle, 1 suspended, no price → null', 2, 1, null, null],
    ['0 idle, 0 suspended, no price → null', 0, 0, null, null],
  ])('%s', (_label, idleCount, suspendedCount, price, expected) => {
    const rows = [
      withVerdict(100, ACTIVE),
      ...Array.from({ length: idleCount }, (_, i) => withVerdict(i + 1, IDLE)),
      ...Array.from({ length: suspendedCount }, (_, i) => withVerdict(i + 200, ACTIVE, true)),
    ];
    const summary = summarize(rows, price);
    expect(summary.idle).toBe(idleCount);
    expect(summary.seats).toBe(idleCount + 1);
    expect(summary.suspendedPaid).toBe(suspendedCount);
    expect(summary.costs).toEqual(expected);
  });

  it('suspended idle seats add to the suspended cost, not to the idle cost', () => {
    expect(summarize([withVerdict(1, IDLE), withVerdict(2, IDLE, true)], 100).costs).toEqual({
      idleMonthly: 100,
      idleYearly: 1200,
      suspendedMonthly: 100,
      suspendedYearly: 1200,
      ...NO_UNASSIGNED,
    });
  });

  it('works on a real review end to end', () => {
    const rules = makeRules();
    const rows = [
      reviewed(makeSeat({ id: 1, lastLoginAt: daysAgo(31) }), rules),
      reviewed(makeSeat({ id: 2, lastLoginAt: daysAgo(30) }), rules),
      reviewed(makeSeat({ id: 3, lastLoginAt: null, createdAt: daysAgo(15) }), rules),
      reviewed(makeSeat({ id: 4, lastLoginAt: null, createdAt: daysAgo(14) }), rules),
      reviewed(makeSeat({ id: 5, lastLoginAt: daysAgo(300), suspended: true }), rules),
    ];
    expect(summarize(rows, 49)).toEqual({
      ...ZERO,
      seats: 4,
      paid: 4,
      idle: 2,
      suspended: 1,
      suspendedPaid: 1,
      signInOnly: true,
      composition: { ...ZERO.composition, activePaid: 2, idlePaid: 2, suspended: 1 },
      costs: { idleMonthly: 98, idleYearly: 1176, suspendedMonthly: 49, suspendedYearly: 588, ...NO_UNASSIGNED },
    });
  });
});

describe('summarize: signInOnly', () => {
  const rules = makeRules();
  const paidKnown = reviewed(makeSeat({ id: 1 }), rules, known(1));
  const paidUnknown = reviewed(makeSeat({ id: 2 }), rules, makeEngagement({ lastSeenAt: NOW }));
  const idleUnknown = reviewed(makeSeat({ id: 3, lastLoginAt: daysAgo(90) }), rules);
  const lightUnknown = reviewed(makeSeat({ id: 4, roleType: 1 }), rules);
  const sharedUnknown = reviewed(makeSeat({ id: 5, sharedAgent: true }), rules);
  const suspendedUnknown = reviewed(makeSeat({ id: 6, suspended: true }), rules);

  it.each<[string, ReviewedSeat[], boolean]>([
    ['no seats', [], false],
    ['every paid verdict knows interactions', [paidKnown, reviewed(makeSeat({ id: 7, lastLoginAt: daysAgo(90) }), rules, known(0))], false],
    ['one paid verdict on sign-in alone (interactions unknown, session known)', [paidKnown, paidUnknown], true],
    ['one idle paid verdict on sign-in alone', [paidKnown, idleUnknown], true],
    ['only seats without a paid seat rest on sign-in', [paidKnown, lightUnknown, sharedUnknown], false],
    ['only light agents, on sign-in', [lightUnknown], false],
    // Suspended seats are never judged idle in the summary, so their basis does not qualify it.
    ['only a suspended seat rests on sign-in', [paidKnown, suspendedUnknown], false],
  ])('%s → %s', (_label, rows, expected) => {
    expect(rows.some((r) => !r.seat.suspended && r.verdict.paid && r.verdict.basis === 'sign-in')).toBe(expected);
    expect(summarize(rows, null).signInOnly).toBe(expected);
  });
});

describe('summarize: seats purchased', () => {
  /** 3 listed paid seats (one idle), 1 suspended paid seat, 1 light agent: 4 paid seats assigned. */
  const rows = (): ReviewedSeat[] => [
    withVerdict(1, ACTIVE),
    withVerdict(2, ACTIVE),
    withVerdict(3, IDLE),
    withVerdict(4, ACTIVE, true),
    reviewed(makeSeat({ id: 5, roleType: 1 })),
  ];

  it('without a purchased count there is no purchase, and nothing is unassigned', () => {
    const summary = summarize(rows(), 10);
    expect(summary.purchase).toBeNull();
    expect(summary.costs).toMatchObject(NO_UNASSIGNED);
    expect(summarize(rows(), 10, null)).toEqual(summary);
  });

  it('assigned counts paid seats, suspended ones included; unassigned is the rest of those bought', () => {
    expect(summarize(rows(), null, 10).purchase).toEqual({ purchased: 10, assigned: 4, unassigned: 6 });
  });

  it('prices the unassigned seats', () => {
    expect(summarize(rows(), 55, 10).costs).toEqual({
      idleMonthly: 55,
      idleYearly: 660,
      suspendedMonthly: 55,
      suspendedYearly: 660,
      unassignedMonthly: 330,
      unassignedYearly: 3960,
    });
  });

  it('every seat bought is held: nothing unassigned, nothing to price', () => {
    const summary = summarize(rows(), 55, 4);
    expect(summary.purchase).toEqual({ purchased: 4, assigned: 4, unassigned: 0 });
    expect(summary.costs).toMatchObject(NO_UNASSIGNED);
  });

  it('more seats held than bought: unassigned is negative and costs nothing', () => {
    const summary = summarize(rows(), 55, 1);
    expect(summary.purchase).toEqual({ purchased: 1, assigned: 4, unassigned: -3 });
    expect(summary.costs).toMatchObject(NO_UNASSIGNED);
  });

  it('zero bought with an empty roster: all zero', () => {
    expect(summarize([], 55, 0).purchase).toEqual({ purchased: 0, assigned: 0, unassigned: 0 });
  });

  it('the other figures do not depend on the purchased count', () => {
    const { purchase: _a, costs: withCosts, ...withCount } = summarize(rows(), 55, 10);
    const { purchase: _b, costs: without, ...plain } = summarize(rows(), 55);
    expect(withCount).toEqual(plain);
    expect({ ...withCosts, ...NO_UNASSIGNED }).toEqual(without);
  });
});

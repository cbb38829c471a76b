import { describe, expect, it } from 'vitest';
import { daysAgo, makeExemptions, makeRules, makeSeat, reviewed } from '../test/seats';
import { idleVerdict, type IdleVerdict } from './idle';
import { reviewSeats, summarize, type ReviewedSeat } from './review';

const ACTIVE: IdleVerdict = { idle: false, exempt: false, reasons: [] };
const IDLE: IdleVerdict = { idle: true, exempt: false, reasons: [{ code: 'no_sign_in_30d', lastSignInDaysAgo: 40 }] };
const EXEMPT: IdleVerdict = { idle: false, exempt: true, reasons: [] };

/** A row with a verdict set by hand, so the summary is tested on its own. */
function withVerdict(id: number, verdict: IdleVerdict, suspended = false): ReviewedSeat {
  return { seat: makeSeat({ id, suspended }), verdict };
}

describe('reviewSeats', () => {
  it('pairs every seat with its idle verdict, in the same order', () => {
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
      { idle: true, exempt: false, reasons: [{ code: 'no_sign_in_30d', lastSignInDaysAgo: 40 }] },
      ACTIVE,
      EXEMPT,
    ]);
    expect(result.map((r) => r.verdict)).toEqual(seats.map((s) => idleVerdict(s, rules)));
  });

  it('reviews suspended seats like any other (the summary sets them apart)', () => {
    const [row] = reviewSeats([makeSeat({ suspended: true, lastLoginAt: daysAgo(90) })], makeRules());
    expect(row?.verdict.idle).toBe(true);
  });

  it('an empty roster gives an empty review', () => {
    expect(reviewSeats([], makeRules())).toEqual([]);
  });
});

describe('summarize', () => {
  it('an empty review: all zero, cost 0 with a price and null without', () => {
    expect(summarize([], 50)).toEqual({ seats: 0, idle: 0, suspended: 0, idleMonthlyCost: 0 });
    expect(summarize([], null)).toEqual({ seats: 0, idle: 0, suspended: 0, idleMonthlyCost: null });
  });

  it('counts listed seats and idle ones; exempt and active seats are listed but not idle', () => {
    const rows = [withVerdict(1, ACTIVE), withVerdict(2, IDLE), withVerdict(3, EXEMPT), withVerdict(4, IDLE)];
    expect(summarize(rows, null)).toEqual({ seats: 4, idle: 2, suspended: 0, idleMonthlyCost: null });
  });

  it('suspended seats are counted in suspended, not in seats, and never as idle', () => {
    const rows = [
      withVerdict(1, ACTIVE),
      withVerdict(2, IDLE, true),
      withVerdict(3, ACTIVE, true),
      withVerdict(4, EXEMPT, true),
      withVerdict(5, IDLE),
    ];
    expect(summarize(rows, 10)).toEqual({ seats: 2, idle: 1, suspended: 3, idleMonthlyCost: 10 });
  });

  it('only suspended seats: nothing listed, nothing idle', () => {
    expect(summarize([withVerdict(1, IDLE, true), withVerdict(2, IDLE, true)], 25)).toEqual({
      seats: 0,
      idle: 0,
      suspended: 2,
      idleMonthlyCost: 0,
    });
  });

  it.each<[string, number, number | null, number | null]>([
    ['3 idle × 55', 3, 55, 165],
    ['1 idle × 19.5', 1, 19.5, 19.5],
    ['0 idle × 115 → 0', 0, 115, 0],
    ['2 idle × a free seat (0)', 2, 0, 0],
    ['2 idle, no price → null', 2, null, null],
    ['0 idle, no price → null', 0, null, null],
  ])('cost: %s', (_label, idleCount, price, expected) => {
    const rows = [withVerdict(100, ACTIVE), ...Array.from({ length: idleCount }, (_, i) => withVerdict(i + 1, IDLE))];
    const summary = summarize(rows, price);
    expect(summary.idle).toBe(idleCount);
    expect(summary.seats).toBe(idleCount + 1);
    expect(summary.idleMonthlyCost).toBe(expected);
  });

  it('suspended idle seats do not add to the cost', () => {
    expect(summarize([withVerdict(1, IDLE), withVerdict(2, IDLE, true)], 100).idleMonthlyCost).toBe(100);
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
    expect(summarize(rows, 49)).toEqual({ seats: 4, idle: 2, suspended: 1, idleMonthlyCost: 98 });
  });
});

import { describe, expect, it } from 'vitest';
import { daysAgo, makeExemptions, makeRules, makeSeat, reviewed } from '../../test/seats';
import { currentSelection, NO_SELECTION, toggled, withAdded } from './selection';

const rules = makeRules({ exempt: makeExemptions({ ids: [4] }) });
const roster = [
  reviewed(makeSeat({ id: 1, lastLoginAt: daysAgo(90) }), rules),
  reviewed(makeSeat({ id: 2 }), rules),
  reviewed(makeSeat({ id: 3, role: 'admin', roleType: 4 }), rules),
  reviewed(makeSeat({ id: 4 }), rules),
  reviewed(makeSeat({ id: 5, roleType: 1 }), rules),
];

describe('currentSelection', () => {
  it('keeps picked seats a bulk release may take', () => {
    const picked = new Set([1, 2]);
    expect(currentSelection(picked, roster)).toBe(picked);
  });

  it('drops seats that left the roster', () => {
    expect([...currentSelection(new Set([1, 2, 99]), roster)]).toEqual([1, 2]);
  });

  it('drops admins, exempt seats and seat-less users, which only their own panel (or nothing) releases', () => {
    expect([...currentSelection(new Set([1, 3, 4, 5]), roster)]).toEqual([1]);
  });

  it('a seat that comes back is not selected again once dropped from the picked set', () => {
    const dropped = currentSelection(new Set([1, 2]), roster.slice(1));
    expect([...currentSelection(dropped, roster)]).toEqual([2]);
  });

  it('nothing picked: the empty selection itself', () => {
    expect(currentSelection(NO_SELECTION, roster)).toBe(NO_SELECTION);
  });
});

describe('toggled and withAdded', () => {
  it('toggles one id, leaving the set given untouched', () => {
    const one = new Set([1]);
    expect([...toggled(one, 2)]).toEqual([1, 2]);
    expect([...toggled(one, 1)]).toEqual([]);
    expect([...one]).toEqual([1]);
  });

  it('adds ids once each', () => {
    expect([...withAdded(new Set([1]), [1, 2, 2])]).toEqual([1, 2]);
  });
});

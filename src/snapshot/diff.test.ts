import { describe, expect, it } from 'vitest';
import { makeSeat } from '../test/seats';
import { diffFingerprints, fingerprint, summarizeChange } from './diff';
import { review } from '../test/snapshots';

const active = (id: number, extra = {}) => makeSeat({ id, ...extra });
const idle = (id: number, extra = {}) => makeSeat({ id, lastLoginAt: null, ...extra });

describe('snapshot diff', () => {
  const before = fingerprint('a', review([active(1), idle(2), idle(3), active(4), active(5, { suspended: true }), active(6, { suspended: true })]));
  const after = fingerprint(
    'b',
    review([idle(1), active(2), idle(3), active(5), active(6, { suspended: true }), active(7, { suspended: true }), idle(8)]),
  );

  it('takes ids only, by kind', () => {
    expect(before).toEqual({ snapshot_id: 'a', seats: [1, 2, 3, 4], idle: [2, 3], suspended: [5, 6] });
  });

  it('finds new idle seats, seats gone, added and suspended changes', () => {
    expect(diffFingerprints(before, after)).toEqual({
      newIdle: [1, 8],
      noLongerIdle: [2],
      added: [7, 8],
      gone: [4],
      suspended: [7],
      unsuspended: [5],
    });
  });

  it('counts nothing for the same roster, and counts beyond the ids kept', () => {
    const same = summarizeChange(diffFingerprints(before, { ...before, snapshot_id: 'c' }));
    expect(Object.values(same.counts).every((n) => n === 0)).toBe(true);
    const summary = summarizeChange(diffFingerprints(before, after), 1);
    expect(summary.counts).toEqual({ newIdle: 2, noLongerIdle: 1, added: 2, gone: 1, suspended: 1, unsuspended: 1 });
    expect(summary.ids.newIdle).toEqual([1]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Seat } from '../../seats/seat';
import { makeSeat } from '../../test/seats';
import { makeSnapshot, review } from '../../test/snapshots';
import { withRoster } from '../roster';
import { flexeraRoster } from './flexera';

/** The snapshot a download is written from: the review's seats, suspended ones in its roster. */
const snapshotOf = (seats: Seat[]) => withRoster(makeSnapshot(seats), review(seats), null);
const lines = (text: string): unknown[] =>
  text
    .split('\n')
    .slice(0, -1)
    .map((line) => JSON.parse(line) as unknown);

describe('flexeraRoster', () => {
  it('writes one roster object a line, with exactly the fields Flexera documents', () => {
    const text = flexeraRoster(
      snapshotOf([
        makeSeat({ id: 11, name: 'Ada Lovelace', email: 'ada@example.com', createdAt: Date.UTC(2024, 0, 2) }),
        makeSeat({ id: 12, name: 'One, Light', email: 'light@example.com', roleType: 1, createdAt: null }),
      ]),
    );
    expect(text.endsWith('}\n')).toBe(true);
    expect(lines(text)).toEqual([
      {
        uniqueId: '11',
        email: 'ada@example.com',
        firstName: 'Ada',
        lastName: 'Lovelace',
        skus: ['paid'],
        activatedAt: '2024-01-02T00:00:00.000Z',
        deactivatedAt: null,
      },
      { uniqueId: '12', email: 'light@example.com', firstName: 'Light', lastName: 'One', skus: ['light'], activatedAt: null, deactivatedAt: null },
    ]);
  });

  it('lists suspended seats without a deactivation date (Zendesk does not date a suspension), and leaves shared agents out', () => {
    const text = flexeraRoster(snapshotOf([makeSeat({ id: 1 }), makeSeat({ id: 2, suspended: true }), makeSeat({ id: 3, sharedAgent: true })]));
    expect(lines(text)).toEqual([expect.objectContaining({ uniqueId: '1' }), expect.objectContaining({ uniqueId: '2', deactivatedAt: null })]);
  });

  it('keeps a name with a line break on its own line', () => {
    const text = flexeraRoster(snapshotOf([makeSeat({ id: 1, name: 'Ada\nLovelace' }), makeSeat({ id: 2 })]));
    expect(text.split('\n')).toHaveLength(3);
    expect(lines(text)[0]).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace' });
  });

  it('is empty for no seats', () => {
    expect(flexeraRoster(snapshotOf([]))).toBe('');
  });
});

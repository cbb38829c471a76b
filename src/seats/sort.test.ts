import { describe, expect, it } from 'vitest';
import { daysAgo, ids, makeEngagement, makeExemptions, makeRules, makeSeat, reviewed, row } from '../test/seats';
import { COLUMNS, type ColumnKey } from './columns';
import type { SeatEngagement } from './idle';
import type { ReviewedSeat } from './review';
import type { Seat } from './seat';
import { columnOrder, nextSort, sortSeats, type SeatSort } from './sort';

/**
 * For each column: seats in ascending order of that column (distinct values), and
 * seats that have no value for it. Ids run against the expected order so that an
 * id-only sort cannot pass.
 */
/** A seat's overrides, and what is known of its engagement when the column reads it. */
type Spec = Partial<Seat> & { engagement?: SeatEngagement };

interface Case {
  key: ColumnKey;
  ascending: Spec[];
  noValue: Spec[];
}

const flagCase = (key: ColumnKey & keyof Seat): Case => ({
  key,
  ascending: [{ [key]: false }, { [key]: true }],
  noValue: [{ [key]: null }],
});

const CASES: Case[] = [
  {
    key: 'name',
    ascending: [{ name: 'alice' }, { name: 'Bob' }, { name: 'carol' }, { name: 'Émile' }, { name: 'zed' }],
    noValue: [{ name: '' }],
  },
  {
    key: 'email',
    ascending: [{ email: 'a@x.com' }, { email: 'B@x.com' }, { email: 'c@x.com' }],
    noValue: [{ email: '' }],
  },
  {
    key: 'createdAt',
    ascending: [{ createdAt: daysAgo(900) }, { createdAt: daysAgo(30) }, { createdAt: daysAgo(1) }],
    noValue: [{ createdAt: null }],
  },
  {
    key: 'lastLoginAt',
    // Never signed in is the oldest sign-in, not a missing value.
    ascending: [{ lastLoginAt: null }, { lastLoginAt: daysAgo(900) }, { lastLoginAt: daysAgo(5) }, { lastLoginAt: daysAgo(0) }],
    noValue: [],
  },
  {
    key: 'idle',
    ascending: [{ lastLoginAt: daysAgo(1) }, { lastLoginAt: daysAgo(100) }],
    noValue: [],
  },
  {
    key: 'seatClass',
    ascending: [
      { roleType: 2 }, // Chat-only agent
      { roleType: 3 }, // Contributor
      { roleType: 1 }, // Light agent
      { roleType: 0 }, // Paid agent seat
      { sharedAgent: true }, // Shared agent
    ],
    noValue: [],
  },
  {
    key: 'interactions',
    ascending: [
      { engagement: makeEngagement({ interactions: 0 }) },
      { engagement: makeEngagement({ interactions: 2 }) },
      { engagement: makeEngagement({ interactions: 10 }) },
      { engagement: makeEngagement({ interactions: 300 }) },
    ],
    noValue: [{ engagement: makeEngagement({ interactions: null }) }],
  },
  {
    key: 'lastSeenAt',
    // No session is the oldest possible "last seen", not a missing value; sessions not loaded is.
    ascending: [
      { engagement: makeEngagement({ lastSeenAt: null }) },
      { engagement: makeEngagement({ lastSeenAt: daysAgo(900) }) },
      { engagement: makeEngagement({ lastSeenAt: daysAgo(5) }) },
      { engagement: makeEngagement({ lastSeenAt: daysAgo(0) }) },
    ],
    noValue: [{ engagement: makeEngagement({ lastSeenAt: undefined }) }],
  },
  {
    key: 'role',
    ascending: [{ role: 'admin' }, { role: 'agent' }],
    noValue: [],
  },
  {
    key: 'roleType',
    ascending: [
      { role: 'admin', roleType: null }, // Admin
      { role: 'agent', roleType: null }, // Agent
      { role: 'admin', roleType: 5 }, // Billing admin
      { roleType: 2 }, // Chat-only agent
      { roleType: 3 }, // Contributor
      { roleType: 0 }, // Custom role agent
      { roleType: 1 }, // Light agent
      { roleType: 7 }, // Unknown role type (7)
    ],
    noValue: [],
  },
  {
    key: 'ticketRestriction',
    // By key below the UI; the screen sorts by the words (src/ui/text/columns.test.ts).
    ascending: [
      { ticketRestriction: 'assigned' },
      { ticketRestriction: 'groups' },
      { ticketRestriction: null }, // none
      { ticketRestriction: 'organization' },
      { ticketRestriction: 'requested' },
    ],
    noValue: [],
  },
  flagCase('chatOnly'),
  flagCase('moderator'),
  flagCase('restrictedAgent'),
  flagCase('shared'),
  flagCase('sharedAgent'),
  flagCase('twoFactorAuth'),
  flagCase('verified'),
  flagCase('reportCsv'),
  { key: 'suspended', ascending: [{ suspended: false }, { suspended: true }], noValue: [] },
];

/** Rows with ids counting down through the ascending values, then no-value rows. */
function build(c: Case): { rows: ReviewedSeat[]; ascIds: number[]; noValueIds: number[] } {
  const n = c.ascending.length;
  const rowOf = ({ engagement, ...seat }: Spec, id: number) => row({ ...seat, id }, makeRules(), engagement);
  const valued = c.ascending.map((o, i) => rowOf(o, 100 - i));
  const noValue = c.noValue.map((o, i) => rowOf(o, 200 + i));
  // Scramble the input: no-value rows first, valued rows in a rotated order.
  const rotated = [...valued.slice(1), ...valued.slice(0, 1)];
  return {
    rows: [...noValue, ...rotated],
    ascIds: Array.from({ length: n }, (_, i) => 100 - i),
    noValueIds: noValue.map((r) => r.seat.id),
  };
}

describe('sortSeats: every column', () => {
  it('covers every column of the table', () => {
    expect(CASES.map((c) => c.key).sort()).toEqual(COLUMNS.map((c) => c.key).sort());
  });

  describe.each(CASES.map((c) => [c.key, c] as const))('%s', (_key, c) => {
    const { rows, ascIds, noValueIds } = build(c);

    it('ascending', () => {
      expect(ids(sortSeats(rows, { key: c.key, direction: 'asc' }))).toEqual([...ascIds, ...noValueIds]);
    });

    it('descending, with rows without a value still last', () => {
      expect(ids(sortSeats(rows, { key: c.key, direction: 'desc' }))).toEqual([...[...ascIds].reverse(), ...noValueIds]);
    });
  });
});

describe('sortSeats: missing values', () => {
  const rows = [
    row({ id: 5, createdAt: null }),
    row({ id: 1, createdAt: daysAgo(10) }),
    row({ id: 3, createdAt: null }),
    row({ id: 2, createdAt: daysAgo(20) }),
    row({ id: 4, createdAt: null }),
  ];

  it.each<SeatSort['direction']>(['asc', 'desc'])('go last, ordered by id, when sorting %s', (direction) => {
    const sorted = ids(sortSeats(rows, { key: 'createdAt', direction }));
    expect(sorted.slice(2)).toEqual([3, 4, 5]);
    expect(sorted.slice(0, 2)).toEqual(direction === 'asc' ? [2, 1] : [1, 2]);
  });

  it('all values missing → id order', () => {
    const none = [row({ id: 9, createdAt: null }), row({ id: 2, createdAt: null }), row({ id: 5, createdAt: null })];
    expect(ids(sortSeats(none, { key: 'createdAt', direction: 'desc' }))).toEqual([2, 5, 9]);
  });

  it('an empty name sorts after every name, both ways', () => {
    const named = [row({ id: 1, name: '' }), row({ id: 2, name: 'Zed' }), row({ id: 3, name: 'Amy' })];
    expect(ids(sortSeats(named, { key: 'name', direction: 'asc' }))).toEqual([3, 2, 1]);
    expect(ids(sortSeats(named, { key: 'name', direction: 'desc' }))).toEqual([2, 3, 1]);
  });
});

describe('sortSeats: "Never" signed in', () => {
  const rows = [row({ id: 1, lastLoginAt: daysAgo(3) }), row({ id: 2, lastLoginAt: null }), row({ id: 3, lastLoginAt: daysAgo(3000) })];

  it('comes first ascending (oldest), before the oldest real sign-in', () => {
    expect(ids(sortSeats(rows, { key: 'lastLoginAt', direction: 'asc' }))).toEqual([2, 3, 1]);
  });

  it('comes last descending', () => {
    expect(ids(sortSeats(rows, { key: 'lastLoginAt', direction: 'desc' }))).toEqual([1, 3, 2]);
  });

  it('sorts even before a sign-in at the epoch', () => {
    const withEpoch = [row({ id: 1, lastLoginAt: 0 }), row({ id: 2, lastLoginAt: null })];
    expect(ids(sortSeats(withEpoch, { key: 'lastLoginAt', direction: 'asc' }))).toEqual([2, 1]);
  });
});

describe('sortSeats: ties and stability', () => {
  const tied = [row({ id: 30, name: 'Same' }), row({ id: 10, name: 'same' }), row({ id: 20, name: 'SAME' }), row({ id: 5, name: 'Other' })];

  it.each<SeatSort['direction']>(['asc', 'desc'])('ties keep id order when sorting %s', (direction) => {
    const sorted = ids(sortSeats(tied, { key: 'name', direction }));
    expect(sorted).toEqual(direction === 'asc' ? [5, 10, 20, 30] : [10, 20, 30, 5]);
  });

  it('ties on a numeric column keep id order both ways', () => {
    const rules = makeRules({ exempt: makeExemptions({ ids: [4] }) });
    const rows = [
      reviewed(makeSeat({ id: 9, lastLoginAt: daysAgo(99) }), rules),
      reviewed(makeSeat({ id: 4, lastLoginAt: daysAgo(99) }), rules),
      reviewed(makeSeat({ id: 7, lastLoginAt: daysAgo(1) }), rules),
      reviewed(makeSeat({ id: 2, lastLoginAt: daysAgo(99) }), rules),
    ];
    expect(ids(sortSeats(rows, { key: 'idle', direction: 'asc' }))).toEqual([4, 7, 2, 9]);
    expect(ids(sortSeats(rows, { key: 'idle', direction: 'desc' }))).toEqual([2, 9, 4, 7]);
  });

  it('rows equal in value and id keep their input order (stable)', () => {
    const a = row({ id: 1, name: 'x', email: 'first@x.com' });
    const b = row({ id: 1, name: 'x', email: 'second@x.com' });
    expect(sortSeats([a, b], { key: 'name', direction: 'asc' })).toEqual([a, b]);
    expect(sortSeats([b, a], { key: 'name', direction: 'desc' })).toEqual([b, a]);
  });

  it('the same input sorts the same way every time, whatever its order', () => {
    const rows = Array.from({ length: 40 }, (_, i) => row({ id: i + 1, createdAt: i % 3 === 0 ? null : daysAgo(i % 5), name: `n${i % 4}` }));
    const shuffled = [...rows].reverse();
    for (const key of ['createdAt', 'name'] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        expect(ids(sortSeats(shuffled, { key, direction }))).toEqual(ids(sortSeats(rows, { key, direction })));
      }
    }
  });

  it('returns a sorted copy and leaves the input alone', () => {
    const rows = [row({ id: 2, name: 'b' }), row({ id: 1, name: 'a' })];
    const before = [...rows];
    const sorted = sortSeats(rows, { key: 'name', direction: 'asc' });
    expect(sorted).not.toBe(rows);
    expect(rows).toEqual(before);
    expect(sorted[0]).toBe(rows[1]);
  });

  it('an empty list sorts to an empty list', () => {
    expect(sortSeats([], { key: 'email', direction: 'asc' })).toEqual([]);
  });
});

describe('nextSort', () => {
  it.each<[string, SeatSort | null, ColumnKey, SeatSort]>([
    ['no sort yet → ascending', null, 'name', { key: 'name', direction: 'asc' }],
    ['same column ascending → descending', { key: 'name', direction: 'asc' }, 'name', { key: 'name', direction: 'desc' }],
    ['same column descending → ascending', { key: 'name', direction: 'desc' }, 'name', { key: 'name', direction: 'asc' }],
    ['another column (was asc) → ascending', { key: 'name', direction: 'asc' }, 'email', { key: 'email', direction: 'asc' }],
    ['another column (was desc) → ascending', { key: 'name', direction: 'desc' }, 'createdAt', { key: 'createdAt', direction: 'asc' }],
  ])('%s', (_label, current, key, expected) => {
    expect(nextSort(current, key)).toEqual(expected);
  });

  it('cycles asc → desc → asc on repeated clicks', () => {
    let sort = nextSort(null, 'idle');
    const seen: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      seen.push(sort.direction);
      sort = nextSort(sort, 'idle');
    }
    expect(seen).toEqual(['asc', 'desc', 'asc', 'desc']);
  });
});

describe('columnOrder: a column ordered once, both ways', () => {
  it('every column: filtering the whole roster’s order gives the order of the part', () => {
    for (const c of CASES) {
      const { rows: all, ascIds, noValueIds } = build(c);
      const order = columnOrder(all, c.key);
      const part = all.filter((_, i) => i % 2 === 0);
      const kept = new Set(ids(part));
      const asc = ascIds.filter((id) => kept.has(id));
      const none = noValueIds.filter((id) => kept.has(id)).sort((a, b) => a - b);
      expect(ids(order.asc.filter((r) => kept.has(r.seat.id)))).toEqual([...asc, ...none]);
      expect(ids(order.desc.filter((r) => kept.has(r.seat.id)))).toEqual([...[...asc].reverse(), ...none]);
      expect(ids(sortSeats(part, { key: c.key, direction: 'desc' }))).toEqual([...[...asc].reverse(), ...none]);
    }
  });

  it('keeps ties in id order in both directions, groups of equal values reversed as wholes', () => {
    const rows = [
      row({ id: 4, name: 'b' }),
      row({ id: 1, name: 'B' }),
      row({ id: 3, name: 'a' }),
      row({ id: 2, name: 'b' }),
      row({ id: 5, name: '' }),
    ];
    const order = columnOrder(rows, 'name');
    expect(ids(order.asc)).toEqual([3, 1, 2, 4, 5]);
    expect(ids(order.desc)).toEqual([1, 2, 4, 3, 5]);
  });
});

import { describe, expect, it } from 'vitest';
import { daysAgo, ids, makeEngagement, makeExemptions, makeRules, makeSeat, NOW, reviewed, row } from '../test/seats';
import {
  activeFilterCount,
  applyFilters,
  DATE_RANGES,
  FLAG_FILTER_KEYS,
  inDateRange,
  matchesDate,
  NO_FILTERS,
  REVIEW_FILTERS,
  roleTypeChoices,
  showsSuspended,
  SUMMARY_FILTERS,
  summaryCardPatch,
  summaryCardPressed,
  type SummaryCard,
  type DateFilter,
  type DateRange,
  type DateRangeKey,
  type FlagFilter,
  type FlagFilterKey,
  type SeatFilters,
} from './filters';
import { summarize, type ReviewedSeat } from './review';
import { DAY_MS } from './seat';

const filter = (rows: readonly ReviewedSeat[], filters: Partial<SeatFilters>): number[] =>
  ids(applyFilters(rows, { ...NO_FILTERS, ...filters }, NOW));

describe('NO_FILTERS', () => {
  it('shows every row, in order, as a new array', () => {
    const rows = [row({ id: 3 }), row({ id: 1 }), row({ id: 2, suspended: true, chatOnly: null, name: '', email: '' })];
    const result = applyFilters(rows, NO_FILTERS, NOW);
    expect(ids(result)).toEqual([3, 1, 2]);
    expect(result).not.toBe(rows);
  });

  it('an empty list stays empty', () => {
    expect(applyFilters([], { ...NO_FILTERS, search: 'x' }, NOW)).toEqual([]);
  });

  it('has a flag filter for every flag column', () => {
    expect([...FLAG_FILTER_KEYS].sort()).toEqual(
      ['chatOnly', 'moderator', 'reportCsv', 'restrictedAgent', 'shared', 'sharedAgent', 'twoFactorAuth', 'verified'].sort(),
    );
    for (const key of FLAG_FILTER_KEYS) expect(NO_FILTERS[key]).toBe('any');
  });
});

describe('text filters', () => {
  const rows = [
    row({ id: 1, name: 'Alice Smith', email: 'alice@acme.com' }),
    row({ id: 2, name: 'Bob Jones', email: 'bob@SMITHS.io' }),
    row({ id: 3, name: 'Carol', email: 'carol@acme.com' }),
    row({ id: 4, name: '', email: '' }),
  ];

  it.each<[string, string, number[]]>([
    ['matches the name', 'alice', [1]],
    ['matches the email', 'carol@', [3]],
    ['matches name OR email', 'smith', [1, 2]],
    ['ignores case in the query', 'SMITH', [1, 2]],
    ['ignores case in the data', 'smiths.io', [2]],
    ['matches the middle of a word', 'ones', [2]],
    ['trims the query', '  acme.com  ', [1, 3]],
    ['no match → nothing', 'zed', []],
    ['whitespace only → everything', '   ', [1, 2, 3, 4]],
    ['empty → everything', '', [1, 2, 3, 4]],
  ])('search %s ("%s")', (_label, search, expected) => {
    expect(filter(rows, { search })).toEqual(expected);
  });

  it('search does not match across name and email', () => {
    expect(filter(rows, { search: 'smith alice' })).toEqual([]);
  });

  it.each<[string, string, number[]]>([
    ['contains', 'smith', [1]],
    ['is case-insensitive', 'CAROL', [3]],
    ['trims', ' bob ', [2]],
    ['does not look at the email', 'acme', []],
    ['blank → everything', '  ', [1, 2, 3, 4]],
  ])('name filter %s ("%s")', (_label, name, expected) => {
    expect(filter(rows, { name })).toEqual(expected);
  });

  it.each<[string, string, number[]]>([
    ['contains', 'acme', [1, 3]],
    ['is case-insensitive', 'smiths', [2]],
    ['trims', ' @acme.com ', [1, 3]],
    ['does not look at the name', 'jones', []],
    ['blank → everything', '', [1, 2, 3, 4]],
  ])('email filter %s ("%s")', (_label, email, expected) => {
    expect(filter(rows, { email })).toEqual(expected);
  });

  it('name and email filters combine (both must match)', () => {
    expect(filter(rows, { name: 'a', email: 'acme' })).toEqual([1, 3]);
    expect(filter(rows, { name: 'alice', email: 'smiths' })).toEqual([]);
  });
});

describe('matchesDate', () => {
  it.each<[string, number | null, DateFilter, boolean]>([
    ['any, with a date', daysAgo(5), 'any', true],
    ['any, without a date', null, 'any', true],
    ['never, without a date', null, 'never', true],
    ['never, with a date', daysAgo(5), 'never', false],
    ['within_30, no date', null, 'within_30', false],
    ['older_30, no date', null, 'older_30', false],
    ['within_30, now', NOW, 'within_30', true],
    ['within_30, in the future', NOW + DAY_MS, 'within_30', true],
    ['within_30, 29 days ago', daysAgo(29), 'within_30', true],
    ['within_30, exactly 30 days ago (boundary included)', daysAgo(30), 'within_30', true],
    ['within_30, 30 days and 1 ms ago', daysAgo(30, 1), 'within_30', false],
    ['older_30, exactly 30 days ago (boundary excluded)', daysAgo(30), 'older_30', false],
    ['older_30, 30 days and 1 ms ago', daysAgo(30, 1), 'older_30', true],
    ['older_30, 29 days ago', daysAgo(29), 'older_30', false],
    ['older_90, 365 days ago', daysAgo(365), 'older_90', true],
    ['within_7, 8 days ago', daysAgo(8), 'within_7', false],
    ['within_365, 365 days ago', daysAgo(365), 'within_365', true],
    ['older_365, 366 days ago', daysAgo(366), 'older_365', true],
  ])('%s → %s', (_label, ms, dateFilter, expected) => {
    expect(matchesDate(ms, dateFilter, NOW)).toBe(expected);
  });

  it('reads each key’s span from DATE_RANGES, not from the key', () => {
    for (const [key, range] of Object.entries(DATE_RANGES) as [DateRangeKey, DateRange][]) {
      const edge = daysAgo(range.days);
      expect(matchesDate(edge, key, NOW)).toBe(range.kind === 'within');
      expect(matchesDate(edge - 1, key, NOW)).toBe(range.kind === 'older');
    }
  });

  it.each<[string, number, DateRange, boolean]>([
    ['within 0 days, now', NOW, { kind: 'within', days: 0 }, true],
    ['within 0 days, 1 ms ago', NOW - 1, { kind: 'within', days: 0 }, false],
    ['older than 0 days, 1 ms ago', NOW - 1, { kind: 'older', days: 0 }, true],
    ['within 45 days, 45 days ago', daysAgo(45), { kind: 'within', days: 45 }, true],
    ['older than 45 days, 45 days and 1 ms ago', daysAgo(45, 1), { kind: 'older', days: 45 }, true],
  ])('inDateRange: %s → %s', (_label, ms, range, expected) => {
    expect(inDateRange(ms, range, NOW)).toBe(expected);
  });

  it('within and older split every known date exactly in two', () => {
    for (const ms of [NOW, daysAgo(10), daysAgo(30), daysAgo(30, 1), daysAgo(31), daysAgo(1000)]) {
      expect(matchesDate(ms, 'within_30', NOW)).not.toBe(matchesDate(ms, 'older_30', NOW));
    }
  });
});

describe('date filters on rows', () => {
  const rows = [
    row({ id: 1, createdAt: daysAgo(5), lastLoginAt: daysAgo(1) }),
    row({ id: 2, createdAt: daysAgo(100), lastLoginAt: daysAgo(60) }),
    row({ id: 3, createdAt: null, lastLoginAt: null }),
    row({ id: 4, createdAt: daysAgo(30), lastLoginAt: daysAgo(30) }),
  ];

  it.each<[DateFilter, number[]]>([
    ['any', [1, 2, 3, 4]],
    ['never', [3]],
    ['within_30', [1, 4]],
    ['older_30', [2]],
    ['older_90', [2]],
    ['within_7', [1]],
  ])('created %s → %j', (created, expected) => {
    expect(filter(rows, { created })).toEqual(expected);
  });

  it.each<[DateFilter, number[]]>([
    ['any', [1, 2, 3, 4]],
    ['never', [3]],
    ['within_30', [1, 4]],
    ['older_30', [2]],
    ['older_90', []],
    ['within_7', [1]],
  ])('last sign-in %s → %j', (lastSignIn, expected) => {
    expect(filter(rows, { lastSignIn })).toEqual(expected);
  });

  it('created and last sign-in filters read their own dates', () => {
    const mixed = [row({ id: 1, createdAt: daysAgo(200), lastLoginAt: daysAgo(2) })];
    expect(filter(mixed, { created: 'older_90' })).toEqual([1]);
    expect(filter(mixed, { lastSignIn: 'older_90' })).toEqual([]);
    expect(filter(mixed, { created: 'within_7' })).toEqual([]);
    expect(filter(mixed, { lastSignIn: 'within_7' })).toEqual([1]);
  });
});

describe('idle filter', () => {
  const rules = makeRules({ exempt: makeExemptions({ ids: [3, 4] }) });
  const rows = [
    row({ id: 1, lastLoginAt: daysAgo(2) }, rules),
    row({ id: 2, lastLoginAt: daysAgo(60) }, rules),
    row({ id: 3, lastLoginAt: daysAgo(60) }, rules),
    row({ id: 4, lastLoginAt: daysAgo(2) }, rules),
    row({ id: 5, lastLoginAt: null, createdAt: null }, rules),
  ];

  it.each<[SeatFilters['idle'], number[]]>([
    ['any', [1, 2, 3, 4, 5]],
    ['idle', [2, 5]],
    ['not_idle', [1, 3, 4]],
    ['exempt', [3, 4]],
  ])('%s → %j', (idle, expected) => {
    expect(filter(rows, { idle })).toEqual(expected);
  });
});

describe('role and role type filters', () => {
  const rows = [
    row({ id: 1, role: 'admin', roleType: null }),
    row({ id: 2, role: 'agent', roleType: null }),
    row({ id: 3, role: 'agent', roleType: 1 }),
    row({ id: 4, role: 'admin', roleType: 4 }),
    row({ id: 5, role: 'admin', roleType: 5 }),
    row({ id: 6, role: 'agent', roleType: 0 }),
    row({ id: 7, role: 'agent', roleType: 7 }),
    row({ id: 8, role: 'agent', roleType: 2 }),
    row({ id: 9, role: 'agent', roleType: 3 }),
  ];

  it.each<[SeatFilters['role'], number[]]>([
    ['any', [1, 2, 3, 4, 5, 6, 7, 8, 9]],
    ['admin', [1, 4, 5]],
    ['agent', [2, 3, 6, 7, 8, 9]],
  ])('role %s → %j', (role, expected) => {
    expect(filter(rows, { role })).toEqual(expected);
  });

  it.each<[SeatFilters['roleType'], number[]]>([
    ['any', [1, 2, 3, 4, 5, 6, 7, 8, 9]],
    ['admin', [1, 4]],
    ['agent', [2]],
    ['light', [3]],
    ['billing_admin', [5]],
    ['custom', [6]],
    ['chat_only', [8]],
    ['contributor', [9]],
    ['unknown_7', [7]],
    ['unknown_8', []],
  ])('role type %s (a key) → %j', (roleType, expected) => {
    expect(filter(rows, { roleType })).toEqual(expected);
  });

  it('roleTypeChoices: each role type present once, the plain admin and role_type 4 as one', () => {
    expect(roleTypeChoices(rows.map((r) => r.seat))).toEqual([
      { key: 'admin', role: 'admin', roleType: null },
      { key: 'agent', role: 'agent', roleType: null },
      { key: 'light', role: 'agent', roleType: 1 },
      { key: 'billing_admin', role: 'admin', roleType: 5 },
      { key: 'custom', role: 'agent', roleType: 0 },
      { key: 'unknown_7', role: 'agent', roleType: 7 },
      { key: 'chat_only', role: 'agent', roleType: 2 },
      { key: 'contributor', role: 'agent', roleType: 3 },
    ]);
  });
});

describe('ticket restriction filter', () => {
  const rows = [
    row({ id: 1, ticketRestriction: null }),
    row({ id: 2, ticketRestriction: 'organization' }),
    row({ id: 3, ticketRestriction: 'groups' }),
    row({ id: 4, ticketRestriction: 'assigned' }),
    row({ id: 5, ticketRestriction: 'requested' }),
  ];

  it.each<[SeatFilters['ticketRestriction'], number[]]>([
    ['any', [1, 2, 3, 4, 5]],
    ['none', [1]],
    ['organization', [2]],
    ['groups', [3]],
    ['assigned', [4]],
    ['requested', [5]],
  ])('%s → %j', (ticketRestriction, expected) => {
    expect(filter(rows, { ticketRestriction })).toEqual(expected);
  });
});

describe('flag filters', () => {
  describe.each(FLAG_FILTER_KEYS.map((k) => [k] as [FlagFilterKey]))('%s', (key) => {
    const rows = [row({ id: 1, [key]: true }), row({ id: 2, [key]: false }), row({ id: 3, [key]: null })];

    it.each<[FlagFilter, number[]]>([
      ['any', [1, 2, 3]],
      ['yes', [1]],
      ['no', [2]],
      ['unset', [3]],
    ])('%s → %j', (value, expected) => {
      expect(filter(rows, { [key]: value })).toEqual(expected);
    });

    it('looks at its own field only', () => {
      const others = Object.fromEntries(FLAG_FILTER_KEYS.filter((k) => k !== key).map((k) => [k, true]));
      const mixed = [row({ id: 1, ...others, [key]: false })];
      expect(filter(mixed, { [key]: 'yes' })).toEqual([]);
      expect(filter(mixed, { [key]: 'no' })).toEqual([1]);
    });
  });
});

describe('combinations', () => {
  const rules = makeRules({ exempt: makeExemptions({ emails: ['svc@acme.com'] }) });
  const rows = [
    row({ id: 1, name: 'Ann Admin', email: 'ann@acme.com', role: 'admin', lastLoginAt: daysAgo(90), chatOnly: false }, rules),
    row({ id: 2, name: 'Ben Agent', email: 'ben@acme.com', role: 'agent', lastLoginAt: daysAgo(90), chatOnly: true }, rules),
    row({ id: 3, name: 'Cy Agent', email: 'cy@other.org', role: 'agent', lastLoginAt: daysAgo(2), chatOnly: true }, rules),
    row({ id: 4, name: 'Service', email: 'svc@acme.com', role: 'agent', lastLoginAt: daysAgo(400), chatOnly: null }, rules),
    row(
      { id: 5, name: 'Dee Agent', email: 'dee@acme.com', role: 'agent', lastLoginAt: null, createdAt: daysAgo(100), ticketRestriction: 'groups' },
      rules,
    ),
  ];

  it.each<[string, Partial<SeatFilters>, number[]]>([
    ['idle agents', { idle: 'idle', role: 'agent' }, [2, 5]],
    ['idle agents at acme that are chat only', { idle: 'idle', role: 'agent', email: 'acme', chatOnly: 'yes' }, [2]],
    ['search + last sign-in older than 30 days', { search: 'agent', lastSignIn: 'older_30' }, [2]],
    ['search + never signed in', { search: 'agent', lastSignIn: 'never' }, [5]],
    ['exempt + chat only unset', { idle: 'exempt', chatOnly: 'unset' }, [4]],
    ['restricted to groups and idle', { ticketRestriction: 'groups', idle: 'idle' }, [5]],
    ['contradictory: admin and role type agent', { role: 'admin', roleType: 'agent' }, []],
    ['no restriction and not idle', { ticketRestriction: 'none', idle: 'not_idle' }, [3, 4]],
  ])('%s', (_label, filters, expected) => {
    expect(filter(rows, filters)).toEqual(expected);
  });
});

describe('activeFilterCount', () => {
  it('the review’s start → 0; showing suspended agents counts as one', () => {
    expect(activeFilterCount(REVIEW_FILTERS)).toBe(0);
    expect(activeFilterCount(NO_FILTERS)).toBe(1);
  });

  it.each<[string, Partial<SeatFilters>, number]>([
    ['search', { search: 'bob' }, 1],
    ['whitespace-only search', { search: '   ' }, 0],
    ['name', { name: 'x' }, 1],
    ['whitespace-only name', { name: '\t ' }, 0],
    ['email', { email: 'x' }, 1],
    ['created', { created: 'within_30' }, 1],
    ['last sign-in never', { lastSignIn: 'never' }, 1],
    ['idle', { idle: 'not_idle' }, 1],
    ['role', { role: 'agent' }, 1],
    ['role type', { roleType: 'light' }, 1],
    ['ticket restriction none', { ticketRestriction: 'none' }, 1],
    ['a flag set to no', { verified: 'no' }, 1],
    ['a flag set to unset', { shared: 'unset' }, 1],
    ['three filters', { search: 'a', role: 'admin', chatOnly: 'yes' }, 3],
    ['last seen unknown', { lastSeen: 'unknown' }, 1],
    ['interactions none', { interactions: 'none' }, 1],
    ['API-only signal', { apiOnly: 'has_not' }, 1],
    ['every paid seat', { seatClass: 'all_paid' }, 1],
    ['only suspended', { suspended: 'only' }, 1],
    ['suspended hidden (the start)', { suspended: 'hide' }, 0],
  ])('%s → %i', (_label, filters, expected) => {
    expect(activeFilterCount({ ...REVIEW_FILTERS, ...filters })).toBe(expected);
  });

  it('every filter set → one per filter', () => {
    const all: SeatFilters = {
      search: 's',
      name: 'n',
      email: 'e',
      created: 'older_90',
      lastSignIn: 'within_7',
      lastSeen: 'never',
      idle: 'idle',
      interactions: 'some',
      apiOnly: 'has',
      seatClass: 'paid',
      role: 'admin',
      roleType: 'admin',
      ticketRestriction: 'groups',
      chatOnly: 'yes',
      moderator: 'no',
      restrictedAgent: 'unset',
      shared: 'yes',
      sharedAgent: 'no',
      twoFactorAuth: 'unset',
      verified: 'yes',
      reportCsv: 'no',
      suspended: 'only',
    };
    expect(activeFilterCount(all)).toBe(Object.keys(NO_FILTERS).length);
    expect(activeFilterCount(all)).toBe(22);
  });
});

describe('seat class filter', () => {
  it('keeps only the chosen class', () => {
    const rows = [reviewed(makeSeat({ id: 1 })), reviewed(makeSeat({ id: 2, roleType: 1 })), reviewed(makeSeat({ id: 3, sharedAgent: true }))];
    expect(applyFilters(rows, { ...NO_FILTERS, seatClass: 'light' }, NOW).map((r) => r.seat.id)).toEqual([2]);
    expect(applyFilters(rows, { ...NO_FILTERS, seatClass: 'paid' }, NOW).map((r) => r.seat.id)).toEqual([1]);
    expect(activeFilterCount({ ...REVIEW_FILTERS, seatClass: 'shared' })).toBe(1);
  });
});

describe('seat class filter: every paid seat', () => {
  it('keeps paid and chat-only seats (both hold a paid seat), not light agents, contributors or shared agents', () => {
    const rows = [
      row({ id: 1 }),
      row({ id: 2, chatOnly: true }),
      row({ id: 3, roleType: 1 }),
      row({ id: 4, roleType: 3 }),
      row({ id: 5, sharedAgent: true }),
      row({ id: 6, role: 'admin', roleType: 5 }),
    ];
    expect(filter(rows, { seatClass: 'all_paid' })).toEqual([1, 2, 6]);
    expect(filter(rows, { seatClass: 'paid' })).toEqual([1, 6]);
  });
});

describe('last seen filter', () => {
  const rows = [
    row({ id: 1 }, makeRules(), makeEngagement({ lastSeenAt: daysAgo(2) })),
    row({ id: 2 }, makeRules(), makeEngagement({ lastSeenAt: daysAgo(60) })),
    row({ id: 3 }, makeRules(), makeEngagement({ lastSeenAt: null })),
    row({ id: 4 }, makeRules(), makeEngagement({ lastSeenAt: undefined })),
    row({ id: 5 }, makeRules(), makeEngagement({ lastSeenAt: daysAgo(30) })),
  ];

  it.each<[SeatFilters['lastSeen'], number[]]>([
    ['any', [1, 2, 3, 4, 5]],
    ['never', [3]],
    ['unknown', [4]],
    ['within_7', [1]],
    ['within_30', [1, 5]],
    ['older_30', [2]],
    ['older_365', []],
  ])('%s → %j (no session is "never"; sessions not read is "unknown", in no date range)', (lastSeen, expected) => {
    expect(filter(rows, { lastSeen })).toEqual(expected);
  });

  it('reads the session date, not the sign-in date', () => {
    const mixed = [row({ id: 1, lastLoginAt: daysAgo(1) }, makeRules(), makeEngagement({ lastSeenAt: daysAgo(100) }))];
    expect(filter(mixed, { lastSeen: 'older_90' })).toEqual([1]);
    expect(filter(mixed, { lastSignIn: 'older_90' })).toEqual([]);
  });
});

describe('ticket interactions filter', () => {
  const rows = [
    row({ id: 1 }, makeRules(), makeEngagement({ interactions: 0 })),
    row({ id: 2 }, makeRules(), makeEngagement({ interactions: 1 })),
    row({ id: 3 }, makeRules(), makeEngagement({ interactions: 250 })),
    row({ id: 4 }, makeRules(), makeEngagement({ interactions: null })),
  ];

  it.each<[SeatFilters['interactions'], number[]]>([
    ['any', [1, 2, 3, 4]],
    ['none', [1]],
    ['some', [2, 3]],
    ['unknown', [4]],
  ])('%s → %j (unknown is never counted as none)', (interactions, expected) => {
    expect(filter(rows, { interactions })).toEqual(expected);
  });
});

describe('API-only signal filter', () => {
  // Signed in yesterday, but no session and no ticket work: the signal; the others lack it.
  const rows = [
    row({ id: 1, lastLoginAt: daysAgo(1) }, makeRules(), makeEngagement({ lastSeenAt: null, interactions: 0 })),
    row({ id: 2, lastLoginAt: daysAgo(1) }, makeRules(), makeEngagement({ lastSeenAt: daysAgo(1), interactions: 0 })),
    row({ id: 3, lastLoginAt: daysAgo(1) }, makeRules(), makeEngagement({ lastSeenAt: null, interactions: null })),
    row({ id: 4, lastLoginAt: daysAgo(90) }, makeRules(), makeEngagement({ lastSeenAt: null, interactions: 0 })),
  ];

  it.each<[SeatFilters['apiOnly'], number[]]>([
    ['any', [1, 2, 3, 4]],
    ['has', [1]],
    ['has_not', [2, 3, 4]],
  ])('%s → %j', (apiOnly, expected) => {
    expect(filter(rows, { apiOnly })).toEqual(expected);
  });
});

describe('suspended filter', () => {
  const rows = [row({ id: 1 }), row({ id: 2, suspended: true }), row({ id: 3, suspended: true, roleType: 1 }), row({ id: 4 })];

  it.each<[SeatFilters['suspended'], number[]]>([
    ['any', [1, 2, 3, 4]],
    ['hide', [1, 4]],
    ['only', [2, 3]],
  ])('%s → %j', (suspended, expected) => {
    expect(filter(rows, { suspended })).toEqual(expected);
  });

  it('the review starts with suspended agents hidden; the switch shows them unless hidden', () => {
    expect(ids(applyFilters(rows, REVIEW_FILTERS, NOW))).toEqual([1, 4]);
    expect(showsSuspended(REVIEW_FILTERS)).toBe(false);
    expect(showsSuspended({ suspended: 'any' })).toBe(true);
    expect(showsSuspended({ suspended: 'only' })).toBe(true);
  });
});

describe('summary figures as filters', () => {
  const rules = makeRules({ exempt: makeExemptions({ ids: [7] }) });
  // Listed: 1 active paid, 2 idle paid, 3 idle chat-only, 4 light, 5 shared, 7 exempt; 6 and 8 suspended (8 a light agent).
  const rows = [
    row({ id: 1 }, rules),
    row({ id: 2, lastLoginAt: daysAgo(90) }, rules),
    row({ id: 3, chatOnly: true, lastLoginAt: null, createdAt: daysAgo(100) }, rules),
    row({ id: 4, roleType: 1, lastLoginAt: daysAgo(200) }, rules),
    row({ id: 5, sharedAgent: true }, rules),
    row({ id: 6, suspended: true, lastLoginAt: daysAgo(300) }, rules),
    row({ id: 7, lastLoginAt: daysAgo(300) }, rules),
    row({ id: 8, suspended: true, roleType: 1 }, rules),
  ];
  const listed = (card: SummaryCard) => filter(rows, SUMMARY_FILTERS[card]);

  it('each figure lists exactly the seats summarize() counts for it', () => {
    const summary = summarize(rows, null);
    expect(listed('seats')).toEqual([1, 2, 3, 4, 5, 7]);
    expect(listed('seats')).toHaveLength(summary.seats);
    expect(listed('paid')).toEqual([1, 2, 3, 7]);
    expect(listed('paid')).toHaveLength(summary.paid);
    expect(listed('idle')).toEqual([2, 3]);
    expect(listed('idle')).toHaveLength(summary.idle);
    expect(listed('suspended')).toEqual([6, 8]);
    expect(listed('suspended')).toHaveLength(summary.suspended);
  });

  it('a figure is pressed while its filters are in force, whatever else is filtered', () => {
    expect(summaryCardPressed(REVIEW_FILTERS, 'seats')).toBe(true);
    expect(summaryCardPressed(REVIEW_FILTERS, 'paid')).toBe(false);
    const idle = { ...REVIEW_FILTERS, search: 'ada', role: 'agent' as const, ...SUMMARY_FILTERS.idle };
    expect(summaryCardPressed(idle, 'idle')).toBe(true);
    expect(summaryCardPressed(idle, 'seats')).toBe(false);
    expect(summaryCardPressed({ ...REVIEW_FILTERS, seatClass: 'paid' }, 'paid')).toBe(false);
    expect(summaryCardPressed({ ...REVIEW_FILTERS, suspended: 'any' }, 'suspended')).toBe(false);
  });

  it('a click sets its filters; a second click (or Seats) goes back to the seats’ own; the search stays', () => {
    const start = { ...REVIEW_FILTERS, search: 'ada' };
    const paid = { ...start, ...summaryCardPatch(start, 'paid') };
    expect(paid).toEqual({ ...start, seatClass: 'all_paid' });
    expect({ ...paid, ...summaryCardPatch(paid, 'paid') }).toEqual(start);
    const suspended = { ...paid, ...summaryCardPatch(paid, 'suspended') };
    expect(suspended).toEqual({ ...start, suspended: 'only' });
    expect({ ...suspended, ...summaryCardPatch(suspended, 'seats') }).toEqual(start);
    expect(summaryCardPatch(start, 'seats')).toEqual(SUMMARY_FILTERS.seats);
  });
});

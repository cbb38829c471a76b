import { afterEach, describe, expect, it } from 'vitest';
import { daysAgo, makeEngagement, makeExemptions, makeRules, makeSeat, NOW, row } from '../../test/seats';
import { COLUMNS, type ColumnKey } from '../../seats/columns';
import type { SeatEngagement } from '../../seats/idle';
import type { ReviewedSeat } from '../../seats/review';
import { DAY_MS, type Seat, type TicketRestriction } from '../../seats/seat';
import { setFormats } from '../i18n/format';
import { setCatalogue } from '../i18n/messages';
import { cellText, columnLabel, csvCellText, daysAgoText, idleText, lastSeenText, sortValueOf, yesNo } from './columns';
import { snapshotReasonsText } from './reasonCodes';
import { ticketRestrictionText } from './roles';
import { columnOrder } from '../../seats/sort';

/** The table's words for each column: what the screen shows, and worded columns sort by. */
const text = (key: ColumnKey, r: ReviewedSeat): string => cellText(key, r);
const sortValue = (key: ColumnKey, r: ReviewedSeat) => sortValueOf(key)(r);

afterEach(() => {
  setFormats('en');
  setCatalogue({});
});

describe('COLUMNS', () => {
  it('lists every column once, in table order, with its header label', () => {
    expect(COLUMNS.map((c) => [c.key, columnLabel(c.key)])).toEqual([
      ['name', 'Name'],
      ['email', 'Email'],
      ['createdAt', 'Created'],
      ['lastLoginAt', 'Last sign-in'],
      ['idle', 'Idle'],
      ['seatClass', 'Seat class'],
      ['interactions', 'Ticket interactions'],
      ['lastSeenAt', 'Last seen (session)'],
      ['role', 'Role'],
      ['roleType', 'Role type'],
      ['chatOnly', 'Chat only'],
      ['moderator', 'Moderator'],
      ['restrictedAgent', 'Restricted agent'],
      ['shared', 'Shared'],
      ['sharedAgent', 'Shared agent'],
      ['ticketRestriction', 'Ticket restriction'],
      ['twoFactorAuth', 'Two-factor auth'],
      ['verified', 'Verified'],
      ['reportCsv', 'Can report CSV'],
      ['suspended', 'Suspended'],
    ]);
  });
});

describe('helpers', () => {
  it.each<[boolean | null, string]>([
    [true, 'Yes'],
    [false, 'No'],
    [null, ''],
  ])('yesNo(%j) → "%s"', (value, expected) => {
    expect(yesNo(value)).toBe(expected);
  });

  it.each<[TicketRestriction | null, string]>([
    ['organization', "Requester's organization"],
    ['groups', "Agent's groups"],
    ['assigned', 'Assigned to agent'],
    ['requested', 'Requested by agent'],
    [null, 'None'],
  ])('ticketRestrictionText(%j) → "%s"', (ticketRestriction, expected) => {
    expect(ticketRestrictionText(makeSeat({ ticketRestriction }))).toBe(expected);
  });

  it('shows an unexpected restriction value as it is', () => {
    expect(ticketRestrictionText(makeSeat({ ticketRestriction: 'brand' as TicketRestriction }))).toBe('Other (brand)');
  });
});

describe('daysAgoText', () => {
  it.each<[string, number | null, string]>([
    ['unknown', null, ''],
    ['this instant', NOW, 'today'],
    ['at midnight the same day (UTC)', NOW - 12 * 3_600_000, 'today'],
    ['a minute before that midnight: the calendar day before', NOW - 12 * 3_600_000 - 60_000, 'yesterday'],
    ['23 h 59 min ago', NOW - DAY_MS + 60_000, 'yesterday'],
    ['in the future', NOW + 5 * DAY_MS, 'today'],
    ['exactly a day ago', daysAgo(1), 'yesterday'],
    ['a day and a half ago', daysAgo(1, DAY_MS / 2), 'yesterday'],
    ['a day and a half and a minute ago', daysAgo(1, DAY_MS / 2 + 60_000), '2 days ago'],
    ['two days ago', daysAgo(2), '2 days ago'],
    ['400 days ago', daysAgo(400), '400 days ago'],
  ])('%s → "%s"', (_label, ms, expected) => {
    expect(daysAgoText(ms, NOW)).toBe(expected);
  });

  it('in the admin’s locale', () => {
    setFormats('de');
    expect(daysAgoText(daysAgo(1), NOW)).toBe('gestern');
    expect(daysAgoText(daysAgo(2), NOW)).toBe('vorgestern');
    expect(daysAgoText(daysAgo(3), NOW)).toBe('vor 3 Tagen');
    expect(daysAgoText(daysAgo(1234), NOW)).toBe('vor 1.234 Tagen');
  });
});

describe('idleText', () => {
  it.each<[string, Partial<Seat>, string]>([
    ['an active seat', { lastLoginAt: daysAgo(3) }, ''],
    ['an idle seat', { lastLoginAt: daysAgo(45) }, 'No sign-in for 45 days (threshold 30)'],
    ['a never-used seat', { lastLoginAt: null, createdAt: daysAgo(20) }, 'Never signed in; seat created 20 days ago'],
    ['a never-used seat of unknown age', { lastLoginAt: null, createdAt: null }, 'Never signed in (creation date unknown)'],
  ])('%s → "%s"', (_label, overrides, expected) => {
    expect(idleText(row(overrides))).toBe(expected);
  });

  it.each<[string, Partial<Seat>, SeatEngagement, string]>([
    [
      'no sign-in and no ticket interaction',
      { lastLoginAt: daysAgo(45) },
      makeEngagement({ interactions: 0 }),
      'No sign-in for 45 days (threshold 30); No ticket interaction in 30 days',
    ],
    ['no sign-in, but ticket interactions', { lastLoginAt: daysAgo(45) }, makeEngagement({ interactions: 4 }), ''],
    [
      'a recent sign-in with no session and no interaction',
      { lastLoginAt: daysAgo(2) },
      makeEngagement({ interactions: 0, lastSeenAt: null }),
      'API-only sign-in? Recent sign-in but no session and no ticket interaction',
    ],
    ['a light agent gone for a year', { roleType: 1, lastLoginAt: daysAgo(365) }, makeEngagement({ interactions: 0 }), 'No paid seat'],
    ['a contributor who never signed in', { roleType: 3, lastLoginAt: null, createdAt: daysAgo(400) }, makeEngagement(), 'No paid seat'],
    ['a shared agent', { sharedAgent: true, lastLoginAt: daysAgo(400) }, makeEngagement(), 'No paid seat'],
  ])('%s → "%s"', (_label, overrides, engagement, expected) => {
    expect(idleText(row(overrides, makeRules(), engagement))).toBe(expected);
  });

  it('an exempt seat reads "Exempt", whatever its sign-ins', () => {
    const rules = makeRules({ exempt: makeExemptions({ ids: [9] }) });
    expect(idleText(row({ id: 9, lastLoginAt: daysAgo(300) }, rules))).toBe('Exempt');
    expect(idleText(row({ id: 9, lastLoginAt: daysAgo(1) }, rules))).toBe('Exempt');
  });

  it('"Exempt" wins over "No paid seat" for an exempt light agent', () => {
    const rules = makeRules({ exempt: makeExemptions({ ids: [9] }) });
    const light = row({ id: 9, roleType: 1 }, rules);
    expect(idleText({ ...light, verdict: { ...light.verdict, exempt: true } })).toBe('Exempt');
  });

  it('joins several reasons with "; "', () => {
    const r = row();
    const multi: ReviewedSeat = {
      ...r,
      verdict: {
        idle: true,
        exempt: false,
        paid: true,
        reasons: [
          { code: 'never_signed_in', createdDaysAgo: null },
          { code: 'no_sign_in', idleDays: 30, lastSignInDaysAgo: 31 },
        ],
        basis: 'sign-in',
      },
    };
    expect(idleText(multi)).toBe('Never signed in (creation date unknown); No sign-in for 31 days (threshold 30)');
  });
});

describe('column text and sort value', () => {
  it('name and email: as given; sorted on lower case; empty → no sort value', () => {
    const r = row({ name: 'Zoë Quinn', email: 'Zoe@Example.com' });
    expect(text('name', r)).toBe('Zoë Quinn');
    expect(text('email', r)).toBe('Zoe@Example.com');
    expect(sortValue('name', r)).toBe('zoë quinn');
    expect(sortValue('email', r)).toBe('zoe@example.com');
    const empty = row({ name: '', email: '' });
    expect(text('name', empty)).toBe('');
    expect(text('email', empty)).toBe('');
    expect(sortValue('name', empty)).toBeNull();
    expect(sortValue('email', empty)).toBeNull();
  });

  it('created: the screen’s date, ISO in the CSV, sorted on the instant; unknown → empty text and no sort value', () => {
    const at = Date.UTC(2023, 6, 4, 10);
    expect(text('createdAt', row({ createdAt: at }))).toBe('Jul 4, 2023');
    expect(csvCellText('createdAt', row({ createdAt: at }))).toBe('2023-07-04');
    expect(sortValue('createdAt', row({ createdAt: at }))).toBe(at);
    expect(text('createdAt', row({ createdAt: null }))).toBe('');
    expect(sortValue('createdAt', row({ createdAt: null }))).toBeNull();
  });

  it('last sign-in: the screen’s date, ISO in the CSV; never → "Never", sorted as the oldest possible instant', () => {
    const at = Date.UTC(2025, 0, 2, 3);
    expect(text('lastLoginAt', row({ lastLoginAt: at }))).toBe('Jan 2, 2025');
    expect(csvCellText('lastLoginAt', row({ lastLoginAt: at }))).toBe('2025-01-02');
    expect(csvCellText('lastLoginAt', row({ lastLoginAt: null }))).toBe('Never');
    expect(sortValue('lastLoginAt', row({ lastLoginAt: at }))).toBe(at);
    expect(text('lastLoginAt', row({ lastLoginAt: null }))).toBe('Never');
    expect(sortValue('lastLoginAt', row({ lastLoginAt: null }))).toBe(Number.MIN_SAFE_INTEGER);
  });

  it('idle: the reason text, sorted idle (1) before not idle (0)', () => {
    const idle = row({ lastLoginAt: daysAgo(31) });
    const active = row({ lastLoginAt: daysAgo(30) });
    const exempt = row({ id: 4, lastLoginAt: daysAgo(99) }, makeRules({ exempt: makeExemptions({ ids: [4] }) }));
    expect(text('idle', idle)).toBe('No sign-in for 31 days (threshold 30)');
    expect(sortValue('idle', idle)).toBe(1);
    expect(text('idle', active)).toBe('');
    expect(sortValue('idle', active)).toBe(0);
    expect(text('idle', exempt)).toBe('Exempt');
    expect(sortValue('idle', exempt)).toBe(0);
  });

  it.each<[string, Partial<Seat>, string]>([
    ['agent', {}, 'Paid agent seat'],
    ['admin', { role: 'admin', roleType: 4 }, 'Paid agent seat'],
    ['light agent', { roleType: 1 }, 'Light agent'],
    ['chat-only agent', { roleType: 2 }, 'Chat-only agent'],
    ['contributor', { roleType: 3 }, 'Contributor'],
    ['shared agent', { sharedAgent: true }, 'Shared agent'],
  ])('seat class of a %s → "%s" (text and sort value)', (_label, overrides, expected) => {
    expect(text('seatClass', row(overrides))).toBe(expected);
    expect(sortValue('seatClass', row(overrides))).toBe(expected);
  });

  it.each<[string, number | null, string, string, number | null]>([
    ['unknown', null, '', '', null],
    ['none', 0, '0', '0', 0],
    ['one', 1, '1', '1', 1],
    ['many', 1234, '1,234', '1234', 1234],
  ])('ticket interactions %s → "%s" (CSV "%s"), sort value %j', (_label, interactions, expectedText, expectedCsv, expectedSort) => {
    const r = row({}, makeRules(), makeEngagement({ interactions }));
    expect(text('interactions', r)).toBe(expectedText);
    expect(csvCellText('interactions', r)).toBe(expectedCsv);
    expect(sortValue('interactions', r)).toBe(expectedSort);
  });

  it.each<[string, number | null | undefined, string, string, number | null]>([
    ['sessions unknown', undefined, '', '', null],
    ['no session', null, 'No session', 'No session', Number.MIN_SAFE_INTEGER],
    ['seen on a day', Date.UTC(2025, 5, 1, 22, 15), 'Jun 1, 2025', '2025-06-01', Date.UTC(2025, 5, 1, 22, 15)],
    ['seen at the epoch', 0, 'Jan 1, 1970', '1970-01-01', 0],
  ])('last seen: %s → "%s" (CSV "%s"), sort value %j', (_label, lastSeenAt, expectedText, expectedCsv, expectedSort) => {
    const r = row({}, makeRules(), makeEngagement({ lastSeenAt }));
    expect(text('lastSeenAt', r)).toBe(expectedText);
    expect(lastSeenText(r)).toBe(expectedText);
    expect(csvCellText('lastSeenAt', r)).toBe(expectedCsv);
    expect(sortValue('lastSeenAt', r)).toBe(expectedSort);
  });

  it.each<[Seat['role'], string]>([
    ['admin', 'Admin'],
    ['agent', 'Agent'],
  ])('role %s → "%s", sorted on the raw role', (role, expected) => {
    expect(text('role', row({ role }))).toBe(expected);
    expect(sortValue('role', row({ role }))).toBe(role);
  });

  it.each<[Seat['role'], number | null, string]>([
    ['agent', 0, 'Custom role agent'],
    ['agent', 1, 'Light agent'],
    ['agent', 2, 'Chat-only agent'],
    ['agent', 3, 'Contributor'],
    ['admin', 4, 'Admin'],
    ['admin', 5, 'Billing admin'],
    ['admin', null, 'Admin'],
    ['agent', null, 'Agent'],
    ['agent', 7, 'Unknown role type (7)'],
  ])('role type: %s with role_type %j → "%s" (text and sort value)', (role, roleType, expected) => {
    expect(text('roleType', row({ role, roleType }))).toBe(expected);
    expect(sortValue('roleType', row({ role, roleType }))).toBe(expected);
  });

  it.each<[TicketRestriction | null, string]>([
    ['organization', "Requester's organization"],
    ['groups', "Agent's groups"],
    ['assigned', 'Assigned to agent'],
    ['requested', 'Requested by agent'],
    [null, 'None'],
  ])('ticket restriction %j → "%s" (text and sort value)', (ticketRestriction, expected) => {
    expect(text('ticketRestriction', row({ ticketRestriction }))).toBe(expected);
    expect(sortValue('ticketRestriction', row({ ticketRestriction }))).toBe(expected);
  });

  const flagColumns: [ColumnKey, keyof Seat][] = [
    ['chatOnly', 'chatOnly'],
    ['moderator', 'moderator'],
    ['restrictedAgent', 'restrictedAgent'],
    ['shared', 'shared'],
    ['sharedAgent', 'sharedAgent'],
    ['twoFactorAuth', 'twoFactorAuth'],
    ['verified', 'verified'],
    ['reportCsv', 'reportCsv'],
  ];

  describe.each(flagColumns)('flag column %s', (key, field) => {
    it.each<[boolean | null, string, number | null]>([
      [true, 'Yes', 1],
      [false, 'No', 0],
      [null, '', null],
    ])('%j → "%s", sort value %j', (value, expectedText, expectedSort) => {
      const r = row({ [field]: value });
      expect(text(key, r)).toBe(expectedText);
      expect(sortValue(key, r)).toBe(expectedSort);
    });

    it('reads its own field only', () => {
      const others = Object.fromEntries(flagColumns.map(([, f]) => [f, true]));
      expect(text(key, row({ ...others, [field]: false }))).toBe('No');
    });
  });

  it.each<[boolean, string, number]>([
    [true, 'Yes', 1],
    [false, 'No', 0],
  ])('suspended %j → "%s", sort value %j', (suspended, expectedText, expectedSort) => {
    expect(text('suspended', row({ suspended }))).toBe(expectedText);
    expect(sortValue('suspended', row({ suspended }))).toBe(expectedSort);
  });
});

describe('worded columns sort by the words the admin reads', () => {
  it('ticket restriction: in the order of its words, not its keys', () => {
    const rows = (['requested', null, 'assigned', 'organization', 'groups'] as const).map((ticketRestriction, i) =>
      row({ id: i + 1, ticketRestriction }),
    );
    const order = columnOrder(rows, 'ticketRestriction', sortValueOf('ticketRestriction'));
    expect(order.asc.map((r) => cellText('ticketRestriction', r))).toEqual([
      "Agent's groups",
      'Assigned to agent',
      'None',
      'Requested by agent',
      "Requester's organization",
    ]);
  });
});

describe('in the admin’s language', () => {
  it('dates and counts on screen follow the locale; the CSV keeps ISO days and plain counts', () => {
    setFormats('de');
    const r = row({ createdAt: Date.UTC(2023, 6, 4, 10) }, makeRules(), makeEngagement({ interactions: 1234 }));
    expect(text('createdAt', r)).toBe('4. Juli 2023');
    expect(text('interactions', r)).toBe('1.234');
    expect(csvCellText('createdAt', r)).toBe('2023-07-04');
    expect(csvCellText('interactions', r)).toBe('1234');
  });

  it('reads the catalogue chosen after load, for headers and cells alike, English where it has none', () => {
    setCatalogue({ columns: { columnName: 'Nom', yes: 'Oui', neverSignedIn: 'Jamais', reasonSeparator: ' ; ' } });
    expect(columnLabel('name')).toBe('Nom');
    expect(columnLabel('email')).toBe('Email');
    expect(text('verified', row({ verified: true }))).toBe('Oui');
    expect(csvCellText('lastLoginAt', row({ lastLoginAt: null }))).toBe('Jamais');
    const both = row({ lastLoginAt: daysAgo(45) }, makeRules(), makeEngagement({ interactions: 0 }));
    expect(idleText(both)).toBe('No sign-in for 45 days (threshold 30) ; No ticket interaction in 30 days');
  });
});

describe('snapshotReasonsText: the snapshot CSV’s reasons in words', () => {
  it('words each code, joined like the idle column; no reason, no words', () => {
    expect(snapshotReasonsText({ idle_reasons: ['no_sign_in_30d', 'no_interactions_30d'] })).toBe(
      'No sign-in for 30+ days; No ticket interaction in 30 days',
    );
    expect(snapshotReasonsText({ idle_reasons: ['never_signed_in'] })).toBe('Never signed in');
    expect(snapshotReasonsText({ idle_reasons: [] })).toBe('');
  });

  it('keeps a code it does not know as sent', () => {
    expect(snapshotReasonsText({ idle_reasons: ['api_only_sign_in', 'later_reason'] })).toBe('API-only sign-in?; later_reason');
  });

  it('in the admin’s language', () => {
    setCatalogue({ columns: { reasonSeparator: ' ; ' }, release: { keptNeverSignedIn: 'Jamais connecté', keptApiOnlySignIn: 'API ?' } });
    expect(snapshotReasonsText({ idle_reasons: ['never_signed_in', 'api_only_sign_in'] })).toBe('Jamais connecté ; API ?');
  });
});

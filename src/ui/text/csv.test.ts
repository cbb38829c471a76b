import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { daysAgo, makeEngagement, makeExemptions, makeRules, row } from '../../test/seats';
import { columnByKey, type Column } from '../../seats/columns';
import { COLUMN_FIELDS, CSV_COLUMNS, csvFileName, FORMULA_START, seatsToCsv as seatsToCsvWith } from '../../seats/csv';
import type { ReviewedSeat } from '../../seats/review';
import { setFormats } from '../i18n/format';
import { setCatalogue } from '../i18n/messages';
import { columnLabel, CSV_WORDS } from './columns';

afterEach(() => {
  setFormats('en');
  setCatalogue({});
});

/** The export as the admin downloads it: the seats' CSV in the table's words, byte for byte. */
const seatsToCsv = (rows: readonly ReviewedSeat[], columns?: readonly Column[]): string => seatsToCsvWith(rows, CSV_WORDS, columns);

/** Parse the CSV back the way a reader would. */
function parseCsv(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv, { newline: '\r\n', skipEmptyLines: false });
  expect(result.errors).toEqual([]);
  return result.data;
}

const nameColumn = [columnByKey('name')];

/** The name cell of a one-row export of just the name column, parsed back. */
function exportedName(name: string): string | undefined {
  return parseCsv(seatsToCsv([row({ id: 1, name })], nameColumn))[1]?.[1];
}

describe('seatsToCsv: layout', () => {
  /** The export's header: the table's labels in the snapshot's field order, the reason codes after the idle column. */
  const expectedHeader = (): string[] => [
    'User ID',
    ...CSV_COLUMNS.flatMap((c) => (c.key === 'idle' ? [columnLabel(c.key), 'idle_reasons'] : [columnLabel(c.key)])),
  ];

  it('starts with "User ID" then every column label in the snapshot’s field order, the reason codes beside the idle column', () => {
    const [header] = parseCsv(seatsToCsv([]));
    expect(header).toEqual(expectedHeader());
    expect(header).toHaveLength(22);
    expect(header?.slice(0, 9)).toEqual(['User ID', 'Name', 'Email', 'Created', 'Last sign-in', 'Role', 'Role type', 'Can report CSV', 'Chat only']);
    expect(header?.slice(17)).toEqual(['Seat class', 'Idle', 'idle_reasons', 'Ticket interactions', 'Last seen (session)']);
    expect(CSV_COLUMNS.map((c) => c.key)).toEqual(COLUMN_FIELDS.map((f) => f.key));
  });

  it('with no rows, the CSV is the header line alone', () => {
    expect(seatsToCsv([])).toBe(expectedHeader().join(','));
  });

  it('one line per seat, separated by CRLF, the id first and each column as the table shows it', () => {
    const rules = makeRules({ exempt: makeExemptions({ ids: [2] }) });
    const rows = [
      row(
        {
          id: 1,
          name: 'Ann',
          email: 'ann@acme.com',
          createdAt: Date.UTC(2024, 0, 2),
          lastLoginAt: daysAgo(45),
          role: 'admin',
          roleType: 4,
          chatOnly: true,
          moderator: null,
          ticketRestriction: 'groups',
        },
        rules,
      ),
      row({ id: 2, name: 'Ben', email: 'ben@acme.com', lastLoginAt: null, createdAt: null }, rules),
    ];
    const csv = seatsToCsv(rows);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv).not.toMatch(/[^\r]\n/);
    const [, first, second] = parseCsv(csv);
    expect(first).toEqual([
      '1',
      'Ann',
      'ann@acme.com',
      '2024-01-02',
      '2025-05-01',
      'Admin',
      'Admin',
      'No',
      'Yes',
      '',
      'No',
      'No',
      'No',
      'No',
      "Agent's groups",
      'Yes',
      'Yes',
      'Chat-only agent',
      'No sign-in for 45 days (threshold 30)',
      'no_sign_in_30d',
      '',
      '',
    ]);
    expect(second?.slice(0, 5)).toEqual(['2', 'Ben', 'ben@acme.com', '', 'Never']);
    expect(second?.slice(17)).toEqual(['Paid agent seat', 'Exempt', '', '', '']);
  });

  it('exports what is known of engagement: interaction counts, session dates, "No session"', () => {
    const rows = [
      row({ id: 1, lastLoginAt: daysAgo(45) }, makeRules(), makeEngagement({ interactions: 0, lastSeenAt: Date.UTC(2025, 3, 20, 8) })),
      row({ id: 2, roleType: 1 }, makeRules(), makeEngagement({ interactions: 17, lastSeenAt: null })),
    ];
    const columns = (['idle', 'seatClass', 'interactions', 'lastSeenAt'] as const).map((k) => columnByKey(k));
    expect(parseCsv(seatsToCsv(rows, columns))).toEqual([
      ['User ID', 'Idle', 'idle_reasons', 'Seat class', 'Ticket interactions', 'Last seen (session)'],
      [
        '1',
        'No sign-in for 45 days (threshold 30); No ticket interaction in 30 days',
        'no_sign_in_30d;no_interactions_30d',
        'Paid agent seat',
        '0',
        '2025-04-20',
      ],
      ['2', 'No paid seat', '', 'Light agent', '17', 'No session'],
    ]);
  });

  it('exports the given columns only', () => {
    const csv = seatsToCsv([row({ id: 42, name: 'Zed', email: 'z@x.com' })], [columnByKey('email'), columnByKey('name')]);
    expect(csv).toBe('User ID,Email,Name\r\n42,z@x.com,Zed');
  });

  it('keeps rows in the order given', () => {
    const rows = [row({ id: 3 }), row({ id: 1 }), row({ id: 2 })];
    expect(parseCsv(seatsToCsv(rows, nameColumn)).map((r) => r[0])).toEqual(['User ID', '3', '1', '2']);
  });
});

describe('seatsToCsv: in the admin’s language', () => {
  it('headers and words in the catalogue chosen after load; days ISO and counts plain, whatever the locale', () => {
    setFormats('de');
    setCatalogue({
      columns: { csvUserId: 'Benutzer-ID', columnCreated: 'Erstellt', columnInteractions: 'Ticket-Interaktionen', neverSignedIn: 'Nie' },
    });
    const rows = [row({ id: 1, createdAt: Date.UTC(2024, 0, 2), lastLoginAt: null }, makeRules(), makeEngagement({ interactions: 1234 }))];
    const columns = (['createdAt', 'lastLoginAt', 'interactions'] as const).map((k) => columnByKey(k));
    expect(parseCsv(seatsToCsv(rows, columns))).toEqual([
      ['Benutzer-ID', 'Erstellt', 'Last sign-in', 'Ticket-Interaktionen'],
      ['1', '2024-01-02', 'Nie', '1234'],
    ]);
  });

  it('the reason codes keep their field name as header and their codes, whatever the language', () => {
    setCatalogue({ columns: { csvUserId: 'Benutzer-ID', columnIdle: 'Inaktiv' }, seats: { neverSignedInUnknownCreated: 'Nie angemeldet' } });
    const rows = [row({ id: 1, lastLoginAt: null, createdAt: null })];
    expect(parseCsv(seatsToCsv(rows, [columnByKey('idle')]))).toEqual([
      ['Benutzer-ID', 'Inaktiv', 'idle_reasons'],
      ['1', 'Nie angemeldet', 'never_signed_in'],
    ]);
  });
});

describe('seatsToCsv: quoting', () => {
  it.each([
    ['a comma', 'Smith, Jane', '"Smith, Jane"'],
    ['a double quote', 'Jane "JJ" Smith', '"Jane ""JJ"" Smith"'],
    ['a line feed', 'Line one\nLine two', '"Line one\nLine two"'],
    ['a CRLF', 'Line one\r\nLine two', '"Line one\r\nLine two"'],
    ['a leading space', ' Jane', '" Jane"'],
    ['a trailing space', 'Jane ', '"Jane "'],
  ])('a value with %s is quoted', (_label, name, quoted) => {
    expect(seatsToCsv([row({ id: 1, name })], nameColumn)).toBe(`User ID,Name\r\n1,${quoted}`);
  });

  it.each([
    'Smith, Jane',
    'Jane "JJ" Smith',
    'Line one\nLine two',
    'Line one\r\nLine two',
    '"',
    '""',
    ',',
    'a,"b",\nc',
    'Zoë Ünïcødé 山田',
    ' padded ',
    'plain',
    '',
  ])('round-trips %j', (name) => {
    expect(exportedName(name)).toBe(name);
  });

  it('a plain value is written untouched, without quotes', () => {
    expect(seatsToCsv([row({ id: 7, name: 'Plain Name' })], nameColumn)).toBe('User ID,Name\r\n7,Plain Name');
  });

  it('round-trips a full export', () => {
    const rows = [
      row({ id: 1, name: 'O\'Brien, "Pat"', email: 'pat@x.com' }),
      row({ id: 2, name: 'Multi\nLine', email: 'ml@x.com', chatOnly: null }),
    ];
    const parsed = parseCsv(seatsToCsv(rows));
    expect(parsed).toHaveLength(3);
    expect(parsed.map((r) => r.slice(0, 3))).toEqual([
      ['User ID', 'Name', 'Email'],
      ['1', 'O\'Brien, "Pat"', 'pat@x.com'],
      ['2', 'Multi\nLine', 'ml@x.com'],
    ]);
    for (const line of parsed) expect(line).toHaveLength(22);
  });
});

describe('seatsToCsv: CSV injection (OWASP)', () => {
  it.each([
    ['=', '=1+1'],
    ['+', '+1'],
    ['-', '-1'],
    ['@', '@SUM(A1)'],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1'],
  ])('a cell starting with %s is prefixed with a quote', (_label, value) => {
    expect(exportedName(value)).toBe(`'${value}`);
  });

  it.each(['=SUM(1+1)', '+Plus', '-Minus', '@At', '=HYPERLINK("http://evil.example","x")', '=1+1\nfoo', '+1\r\n=2', '@x,y'])(
    'neutralises the name %j and keeps the rest intact',
    (name) => {
      expect(exportedName(name)).toBe(`'${name}`);
    },
  );

  it('a multi-line formula is quoted as one cell, the quote prefix inside', () => {
    expect(seatsToCsv([row({ id: 1, name: '=1+1\nfoo' })], nameColumn)).toBe(`User ID,Name\r\n1,"'=1+1\nfoo"`);
  });

  it('neutralises a formula in any column, not only the name', () => {
    const csv = seatsToCsv([row({ id: 1, name: 'ok', email: '=cmd|"/c calc"!A1' })], [columnByKey('name'), columnByKey('email')]);
    expect(parseCsv(csv)[1]).toEqual(['1', 'ok', `'=cmd|"/c calc"!A1`]);
  });

  it.each(['a=1', 'x+y', 'mid-dash', 'user@example.com', ' =1', "'already"])('leaves %j untouched', (name) => {
    expect(exportedName(name)).toBe(name);
  });

  it('the formula pattern matches exactly the dangerous first characters', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(FORMULA_START.test(`${start}x`)).toBe(true);
    for (const start of ['a', ' ', '\n', "'", '1', '#']) expect(FORMULA_START.test(`${start}x`)).toBe(false);
    expect(FORMULA_START.test('=1\nfoo')).toBe(true);
  });
});

describe('csvFileName', () => {
  const now = new Date(Date.UTC(2025, 5, 15, 23, 30));

  it.each([
    ['a plain subdomain', 'acme', 'seat-review-acme-2025-06-15.csv'],
    ['with a hyphen and digits', 'acme-eu-2', 'seat-review-acme-eu-2-2025-06-15.csv'],
    ['keeps letter case', 'AcMe', 'seat-review-AcMe-2025-06-15.csv'],
    ['drops path separators and dots', '../etc/passwd', 'seat-review-etcpasswd-2025-06-15.csv'],
    ['drops spaces and punctuation', 'ac me!?.zendesk.com', 'seat-review-acmezendeskcom-2025-06-15.csv'],
    ['drops non-ASCII letters', 'café', 'seat-review-caf-2025-06-15.csv'],
    ['empty → zendesk', '', 'seat-review-zendesk-2025-06-15.csv'],
    ['nothing usable → zendesk', '/\\:*?"<>|', 'seat-review-zendesk-2025-06-15.csv'],
  ])('%s: %j → %s', (_label, subdomain, expected) => {
    expect(csvFileName(subdomain, now)).toBe(expected);
  });

  it('dates the file by the UTC calendar day', () => {
    expect(csvFileName('acme', new Date(Date.UTC(2024, 1, 29, 0, 0, 1)))).toBe('seat-review-acme-2024-02-29.csv');
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_GRACE_DAYS, DEFAULT_IDLE_DAYS, DEFAULT_SEAT_CURRENCY, parseExemptions, parseSettings, type SettingProblem } from './settings';

describe('parseSettings: defaults', () => {
  it('the defaults are 30 idle days and 14 grace days', () => {
    expect(DEFAULT_IDLE_DAYS).toBe(30);
    expect(DEFAULT_GRACE_DAYS).toBe(14);
  });

  it('no settings at all → defaults, no price, nobody exempt, no endpoint, no problems', () => {
    const { settings, problems } = parseSettings({});
    expect(settings.idleDays).toBe(30);
    expect(settings.graceDays).toBe(14);
    expect(settings.seatPrice).toBeNull();
    expect(settings.seatCurrency).toBe('USD');
    expect(settings.seatsPurchased).toBeNull();
    expect([...settings.exempt.emails]).toEqual([]);
    expect([...settings.exempt.ids]).toEqual([]);
    expect(settings.saasEndpoint).toBeNull();
    expect(problems).toEqual([]);
  });

  it.each([
    ['empty strings', ''],
    ['blank strings', '   '],
    ['null', null],
    ['undefined', undefined],
  ])('every setting given as %s → defaults, no problems', (_label, value) => {
    const { settings, problems } = parseSettings({
      idle_days: value,
      grace_days: value,
      seat_price: value,
      seat_currency: value,
      seats_purchased: value,
      exempt_users: value,
      saas_endpoint: value,
      saas_destination: value,
      saas_destination_id: value,
    });
    expect(settings).toEqual({
      idleDays: 30,
      graceDays: 14,
      seatPrice: null,
      seatCurrency: 'USD',
      seatsPurchased: null,
      exempt: { emails: new Set(), ids: new Set() },
      saasEndpoint: null,
      saasDestination: 'seat-review',
      saasDestinationId: null,
    });
    expect(problems).toEqual([]);
  });

  it('ignores settings it does not know', () => {
    const { settings, problems } = parseSettings({ something_else: 'x', idle_days: 10 });
    expect(settings.idleDays).toBe(10);
    expect(problems).toEqual([]);
  });
});

describe.each([
  ['idle_days', 'idleDays', 30],
  ['grace_days', 'graceDays', 14],
] as const)('parseSettings: %s', (setting, field, fallback) => {
  it.each<[string, unknown, number]>([
    ['a number', 60, 60],
    ['a numeric string', '60', 60],
    ['a padded string', ' 45 ', 45],
    ['zero', 0, 0],
    ['"0"', '0', 0],
    ['the upper limit 3650', 3650, 3650],
    ['"3650"', '3650', 3650],
    ['1', '1', 1],
  ])('accepts %s', (_label, value, expected) => {
    const { settings, problems } = parseSettings({ [setting]: value });
    expect(settings[field]).toBe(expected);
    expect(problems).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['letters', 'abc'],
    ['a negative string', '-1'],
    ['a negative number', -1],
    ['a decimal string', '2.5'],
    ['a decimal number', 2.5],
    ['far above the limit', '99999'],
    ['one above the limit', 3651],
    ['a number with a unit', '30 days'],
    ['NaN', Number.NaN],
    ['a boolean', true],
  ])('rejects %s: default used and a problem naming the setting', (_label, value) => {
    const { settings, problems } = parseSettings({ [setting]: value });
    expect(settings[field]).toBe(fallback);
    expect(problems).toEqual([
      {
        setting,
        code: 'days-out-of-range',
        value: String(value),
        fallback,
        max: 3650,
      },
    ]);
  });

  it('a bad value here does not disturb the other settings', () => {
    const other = setting === 'idle_days' ? 'grace_days' : 'idle_days';
    const otherField = setting === 'idle_days' ? 'graceDays' : 'idleDays';
    const { settings, problems } = parseSettings({ [setting]: 'abc', [other]: '7', seat_price: '10' });
    expect(settings[field]).toBe(fallback);
    expect(settings[otherField]).toBe(7);
    expect(settings.seatPrice).toBe(10);
    expect(problems.map((p) => p.setting)).toEqual([setting]);
  });
});

describe('parseSettings: both day settings bad', () => {
  it('reports each setting by name, in order', () => {
    const { settings, problems } = parseSettings({ idle_days: 'x', grace_days: '-3' });
    expect(settings.idleDays).toBe(30);
    expect(settings.graceDays).toBe(14);
    expect(problems.map((p) => p.setting)).toEqual(['idle_days', 'grace_days']);
  });
});

describe('parseSettings: seat_price', () => {
  it.each<[string, unknown, number]>([
    ['a number', 55, 55],
    ['a decimal number', 19.99, 19.99],
    ['a numeric string', '115', 115],
    ['a decimal string', '49.5', 49.5],
    ['a comma decimal', '49,5', 49.5],
    ['a padded comma decimal', ' 12,25 ', 12.25],
    ['zero', '0', 0],
    ['zero as a number', 0, 0],
  ])('accepts %s', (_label, value, expected) => {
    const { settings, problems } = parseSettings({ seat_price: value });
    expect(settings.seatPrice).toBe(expected);
    expect(problems).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['a negative string', '-5'],
    ['a negative number', -0.01],
    ['letters', 'abc'],
    ['NaN', Number.NaN],
    ['a currency sign', '$55'],
    ['a number with a currency', '55 EUR'],
    ['Infinity', 'Infinity'],
    ['two commas', '1,2,3'],
  ])('rejects %s: no price and a problem naming seat_price', (_label, value) => {
    const { settings, problems } = parseSettings({ seat_price: value });
    expect(settings.seatPrice).toBeNull();
    expect(problems).toEqual([
      {
        setting: 'seat_price',
        code: 'price-not-a-number',
        value: String(value),
      },
    ]);
  });
});

describe('parseSettings: seat_currency', () => {
  it('defaults to USD', () => {
    expect(DEFAULT_SEAT_CURRENCY).toBe('USD');
  });

  it.each<[string, unknown, string]>([
    ['an upper-case code', 'EUR', 'EUR'],
    ['a lower-case code', 'eur', 'EUR'],
    ['a padded mixed-case code', ' jpY ', 'JPY'],
    ['Israeli new shekel', 'ILS', 'ILS'],
    ['Brazilian real', 'brl', 'BRL'],
    ['US dollar', 'USD', 'USD'],
  ])('accepts %s', (_label, value, expected) => {
    const { settings, problems } = parseSettings({ seat_currency: value });
    expect(settings.seatCurrency).toBe(expected);
    expect(problems).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['a made-up code', 'ABC'],
    ['a symbol', '€'],
    ['a name', 'euro'],
    ['two letters', 'EU'],
    ['four letters', 'EURO'],
    ['digits', '978'],
    ['a number', 978],
    ['a code with spaces inside', 'E U R'],
  ])('rejects %s: USD and a problem naming seat_currency', (_label, value) => {
    const { settings, problems } = parseSettings({ seat_currency: value });
    expect(settings.seatCurrency).toBe('USD');
    expect(problems).toEqual([{ setting: 'seat_currency', code: 'currency-unknown', value: String(value) }]);
  });

  it('a bad currency leaves the price alone', () => {
    const { settings, problems } = parseSettings({ seat_price: '55', seat_currency: 'dollars' });
    expect(settings.seatPrice).toBe(55);
    expect(problems.map((p) => p.setting)).toEqual(['seat_currency']);
  });

  describe('where Intl cannot list currencies', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
      vi.resetModules();
    });

    it('checks the shape only: any three letters pass, anything else falls back to USD', async () => {
      vi.stubGlobal('Intl', { ...Intl, supportedValuesOf: undefined });
      vi.resetModules();
      const fresh = await import('./settings');
      expect(fresh.parseSettings({ seat_currency: 'abc' })).toMatchObject({ settings: { seatCurrency: 'ABC' }, problems: [] });
      expect(fresh.parseSettings({ seat_currency: 'euro' })).toMatchObject({
        settings: { seatCurrency: 'USD' },
        problems: [{ setting: 'seat_currency', code: 'currency-unknown', value: 'euro' }],
      });
    });
  });
});

describe('parseSettings: seats_purchased', () => {
  it.each<[string, unknown, number]>([
    ['a number', 230, 230],
    ['a numeric string', '230', 230],
    ['a padded string', ' 45 ', 45],
    ['zero', 0, 0],
    ['a leading zero', '007', 7],
    ['the upper limit 1,000,000', 1_000_000, 1_000_000],
    ['"1000000"', '1000000', 1_000_000],
  ])('accepts %s', (_label, value, expected) => {
    const { settings, problems } = parseSettings({ seats_purchased: value });
    expect(settings.seatsPurchased).toBe(expected);
    expect(problems).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['letters', 'abc'],
    ['a negative string', '-1'],
    ['a negative number', -1],
    ['a decimal string', '2.5'],
    ['a decimal number', 2.5],
    ['one above the limit', 1_000_001],
    ['far above the limit', '99999999'],
    ['thousands separators', '1,000'],
    ['a number with a unit', '230 seats'],
    ['an exponent', '1e3'],
    ['NaN', Number.NaN],
    ['a boolean', true],
  ])('rejects %s: no purchased count and a problem naming seats_purchased', (_label, value) => {
    const { settings, problems } = parseSettings({ seats_purchased: value });
    expect(settings.seatsPurchased).toBeNull();
    expect(problems).toEqual([{ setting: 'seats_purchased', code: 'seats-not-a-number', value: String(value) }]);
  });

  it('a bad value here does not disturb the price', () => {
    const { settings, problems } = parseSettings({ seats_purchased: 'lots', seat_price: '55' });
    expect(settings.seatPrice).toBe(55);
    expect(problems.map((p) => p.setting)).toEqual(['seats_purchased']);
  });
});

describe('parseSettings: saas_endpoint', () => {
  it.each<[string, unknown, string | null]>([
    ['a URL', 'https://saas.example.com/hook', 'https://saas.example.com/hook'],
    ['a padded URL, trimmed', '  https://saas.example.com/hook\n', 'https://saas.example.com/hook'],
    ['blank → null', '   ', null],
    ['empty → null', '', null],
    ['null → null', null, null],
  ])('%s', (_label, value, expected) => {
    const { settings, problems } = parseSettings({ saas_endpoint: value });
    expect(settings.saasEndpoint).toBe(expected);
    expect(problems).toEqual([]);
  });
});

describe('parseExemptions', () => {
  it('reads emails (lower-cased) and ids, one a line', () => {
    const problems: SettingProblem[] = [];
    const exempt = parseExemptions('Service@Acme.COM\n12345\nbot@acme.com', problems);
    expect([...exempt.emails]).toEqual(['service@acme.com', 'bot@acme.com']);
    expect([...exempt.ids]).toEqual([12345]);
    expect(problems).toEqual([]);
  });

  it('accepts CRLF line ends, commas as separators and surrounding spaces', () => {
    const exempt = parseExemptions(' a@x.com , 1,2\r\n  b@x.com\r\n3 ');
    expect([...exempt.emails]).toEqual(['a@x.com', 'b@x.com']);
    expect([...exempt.ids]).toEqual([1, 2, 3]);
  });

  it('skips blank lines and # comments, whole-line or trailing', () => {
    const problems: SettingProblem[] = [];
    const exempt = parseExemptions('# service accounts\n\n   \nsvc@x.com # the API bot\n#42\n  # indented\n77\t# owner\n', problems);
    expect([...exempt.emails]).toEqual(['svc@x.com']);
    expect([...exempt.ids]).toEqual([77]);
    expect(problems).toEqual([]);
  });

  it('de-duplicates entries, case-insensitively for emails', () => {
    const exempt = parseExemptions('A@x.com\na@X.com\n5\n5');
    expect([...exempt.emails]).toEqual(['a@x.com']);
    expect([...exempt.ids]).toEqual([5]);
  });

  it.each([
    ['a 16-digit id', '1234567890123456', 1234567890123456],
    ['a leading zero', '007', 7],
  ])('reads %s as an id', (_label, value, expected) => {
    expect([...parseExemptions(value).ids]).toEqual([expected]);
  });

  it('reports the invalid entries in one problem, and keeps the valid ones', () => {
    const problems: SettingProblem[] = [];
    const exempt = parseExemptions('ok@x.com\nnot an email\n\n12a\nok2@x.com, @x.com', problems);
    expect([...exempt.emails]).toEqual(['ok@x.com', 'ok2@x.com']);
    expect([...exempt.ids]).toEqual([]);
    expect(problems).toEqual([
      {
        setting: 'exempt_users',
        code: 'exempt-entries-ignored',
        count: 3,
        examples: ['not an email', '12a', '@x.com'],
      },
    ]);
  });

  it.each([
    ['an email with spaces', 'a b@x.com'],
    ['two @', 'a@b@x.com'],
    ['no domain', 'a@'],
    ['a negative id', '-5'],
    ['a decimal id', '1.5'],
    ['a 17-digit id', '12345678901234567'],
    ['a bare word', 'admin'],
  ])('rejects %s', (_label, value) => {
    const problems: SettingProblem[] = [];
    const exempt = parseExemptions(value, problems);
    expect(exempt.emails.size + exempt.ids.size).toBe(0);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toEqual({ setting: 'exempt_users', code: 'exempt-entries-ignored', count: 1, examples: [value] });
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 12345],
    ['an array', ['a@x.com']],
  ])('a value that is not text (%s) → nobody exempt, no problem', (_label, value) => {
    const problems: SettingProblem[] = [];
    const exempt = parseExemptions(value, problems);
    expect(exempt.emails.size).toBe(0);
    expect(exempt.ids.size).toBe(0);
    expect(problems).toEqual([]);
  });

  it('works without a problems list', () => {
    expect([...parseExemptions('bad entry\n9').ids]).toEqual([9]);
  });

  it('parseSettings reads exempt_users and adds its problems after the others', () => {
    const { settings, problems } = parseSettings({ idle_days: 'x', exempt_users: 'Boss@X.com\n99\n???' });
    expect([...settings.exempt.emails]).toEqual(['boss@x.com']);
    expect([...settings.exempt.ids]).toEqual([99]);
    expect(problems.map((p) => p.setting)).toEqual(['idle_days', 'exempt_users']);
    expect(problems[1]).toMatchObject({ code: 'exempt-entries-ignored', count: 1, examples: ['???'] });
  });
});

describe('exemptions: comments with commas', () => {
  it('never turns a commented-out user into an exemption', () => {
    const problems: SettingProblem[] = [];
    const exempt = parseExemptions('# old: bob@x.com, carol@x.com\nalice@x.com # sales, left 2023', problems);
    expect([...exempt.emails]).toEqual(['alice@x.com']);
    expect(problems).toEqual([]);
  });

  it('rejects an id beyond the safe integer range rather than rounding it onto another user', () => {
    const problems: SettingProblem[] = [];
    const exempt = parseExemptions('9999999999999999', problems);
    expect(exempt.ids.size).toBe(0);
    expect(problems).toHaveLength(1);
  });
});

describe('numbers in other notations', () => {
  it.each(['0x10', '0b11', '1e2', '.5e1'])('idle_days %s is refused', (value) => {
    const { settings, problems } = parseSettings({ idle_days: value });
    expect(settings.idleDays).toBe(30);
    expect(problems.map((p) => p.setting)).toEqual(['idle_days']);
  });
});

describe('parseSettings: saas_destination and saas_destination_id', () => {
  it.each([
    ['seat-review', 'seat-review'],
    ['zluri', 'zluri'],
    ['  Torii ', 'torii'],
    ['LUMOS', 'lumos'],
    ['okta-workflows', 'okta-workflows'],
  ])('%j → %s', (value, expected) => {
    const { settings } = parseSettings({ saas_destination: value, saas_destination_id: 'x' });
    expect(settings.saasDestination).toBe(expected);
  });

  it('a name outside the list is reported with the names it takes, and kept as typed so nothing is sent', () => {
    const { settings, problems } = parseSettings({ saas_destination: ' Zylo ' });
    expect(settings.saasDestination).toBe('zylo');
    expect(problems).toEqual([
      {
        setting: 'saas_destination',
        code: 'destination-unknown',
        value: 'Zylo',
        valid: ['seat-review', 'zluri', 'torii', 'lumos', 'okta-workflows'],
      } satisfies SettingProblem,
    ]);
  });

  it.each([
    ['zluri', 'instance'],
    ['torii', 'app-account'],
    ['lumos', 'app'],
  ] as const)('%s without saas_destination_id → a problem naming what the id is there (%s)', (destination, names) => {
    for (const id of [undefined, '', '   ']) {
      const { settings, problems } = parseSettings({ saas_destination: destination, saas_destination_id: id });
      expect(settings.saasDestinationId).toBeNull();
      expect(problems).toEqual([{ setting: 'saas_destination_id', code: 'destination-id-missing', destination, names }]);
    }
  });

  it('the id is trimmed; seat-review and okta-workflows need none', () => {
    expect(parseSettings({ saas_destination: 'zluri', saas_destination_id: ' inst-1 ' })).toMatchObject({
      settings: { saasDestinationId: 'inst-1' },
      problems: [],
    });
    expect(parseSettings({ saas_destination: 'okta-workflows' }).problems).toEqual([]);
    expect(parseSettings({ saas_destination: 'seat-review' }).problems).toEqual([]);
  });

  it('an id Zendesk hands over as a number is read as text', () => {
    expect(parseSettings({ saas_destination: 'torii', saas_destination_id: 4242 }).settings.saasDestinationId).toBe('4242');
  });
});

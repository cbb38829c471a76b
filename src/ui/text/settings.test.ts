import { afterEach, describe, expect, it } from 'vitest';
import { parseExemptions, parseSettings, type SettingProblem } from '../../settings/settings';
import { setFormats } from '../i18n/format';
import { setCatalogue } from '../i18n/messages';
import { settingProblemText, settingProblemTitle } from './settings';

/** The words of each setting problem, exactly as the admin reads them. */
const words = (raw: Record<string, unknown>): string[] => parseSettings(raw).problems.map(settingProblemText);

describe('settingProblemText', () => {
  it.each([
    ['idle_days', 'abc', 'Idle threshold must be a whole number of days between 0 and 3,650; "abc" was ignored and 30 used.'],
    ['idle_days', 3651, 'Idle threshold must be a whole number of days between 0 and 3,650; "3651" was ignored and 30 used.'],
    ['grace_days', '-1', 'Grace period for new seats must be a whole number of days between 0 and 3,650; "-1" was ignored and 14 used.'],
    ['seat_price', '55 EUR', 'Monthly price per paid seat must be a plain number such as 55 or 55.50; "55 EUR" was ignored, so costs are not shown.'],
    [
      'seat_currency',
      'dollars',
      'Currency of the seat price must be a three-letter currency code such as USD, EUR or GBP; "dollars" was ignored and USD used.',
    ],
    [
      'seats_purchased',
      '230 seats',
      'Seats purchased must be a whole number between 0 and 1,000,000; "230 seats" was ignored, so purchased and unassigned seats are not shown.',
    ],
    [
      'seats_purchased',
      -5,
      'Seats purchased must be a whole number between 0 and 1,000,000; "-5" was ignored, so purchased and unassigned seats are not shown.',
    ],
    ['exempt_users', 'a b@x.com', 'Exempt users: 1 entry is neither an email nor a user id and was ignored: "a b@x.com".'],
    [
      'exempt_users',
      'ok@x.com\nnot an email\n\n12a\nok2@x.com, @x.com',
      'Exempt users: 3 entries are neither an email nor a user id and were ignored: "not an email", "12a", and "@x.com".',
    ],
  ])('%s = %j → "%s"', (setting, value, expected) => {
    expect(words({ [setting]: value })).toEqual([expected]);
  });

  it('quotes the first three ignored entries and counts the rest', () => {
    const problems: SettingProblem[] = [];
    parseExemptions(Array.from({ length: 5000 }, (_, i) => `not-a-user-${i}`).join('\n'), problems);
    expect(problems.map(settingProblemText)).toEqual([
      'Exempt users: 5,000 entries are neither an email nor a user id and were ignored: ' +
        '"not-a-user-0", "not-a-user-1", "not-a-user-2", and 4,997 more.',
    ]);
  });

  it('a huge entry is quoted shortened, so the one problem stays small', () => {
    const problems: SettingProblem[] = [];
    parseExemptions(`${'x'.repeat(1_000_000)}\nalso bad`, problems);
    expect(settingProblemText(problems[0] as SettingProblem).length).toBeLessThan(200);
  });

  it('the title names the setting', () => {
    expect(parseSettings({ seat_price: 'x' }).problems.map(settingProblemTitle)).toEqual(['Check the app setting "seat_price"']);
    expect(parseSettings({ seats_purchased: 'x' }).problems.map(settingProblemTitle)).toEqual(['Check the app setting "seats_purchased"']);
  });
});

describe('setting problems in the admin’s language', () => {
  afterEach(() => {
    setCatalogue({});
    setFormats('en');
  });

  it('quotes, lists and counts the way the admin’s catalogue and locale do', () => {
    setCatalogue({ settings: { quotedEntry: (entry: string) => `„${entry}“`, moreEntries: (n: number) => `${n} weitere` } });
    setFormats('de');
    const problems: SettingProblem[] = [];
    parseExemptions('a\nb\nc\nd\ne', problems);
    // The sentence itself is not translated here, so it stays English around German quotes and list.
    expect(problems.map(settingProblemText)).toEqual([
      'Exempt users: 5 entries are neither an email nor a user id and were ignored: „a“, „b“, „c“ und 2 weitere.',
    ]);
    expect(words({ idle_days: 'x' })).toEqual(['Idle threshold must be a whole number of days between 0 and 3.650; "x" was ignored and 30 used.']);
  });
});

describe('destination setting problems', () => {
  afterEach(() => {
    setCatalogue({});
    setFormats('en');
  });

  it('names the valid destinations when saas_destination names none', () => {
    expect(words({ saas_destination: 'productiv' })).toEqual([
      'Destination of usage snapshots must be one of "seat-review", "zluri", "torii", "lumos", or "okta-workflows"; "productiv" is none of them, so no snapshot is sent until it is fixed.',
    ]);
    expect(parseSettings({ saas_destination: 'x' }).problems.map(settingProblemTitle)).toEqual(['Check the app setting "saas_destination"']);
  });

  it.each([
    ['zluri', 'Zluri needs the id of the integration instance that receives the snapshots: no snapshot is sent until it is set.'],
    ['torii', "Torii needs the id of the custom integration's app account that receives the snapshots: no snapshot is sent until it is set."],
    ['lumos', 'Lumos needs the id of the app that receives the snapshots (created once in Lumos): no snapshot is sent until it is set.'],
  ])('says what %s needs in saas_destination_id', (destination, expected) => {
    expect(words({ saas_destination: destination })).toEqual([expected]);
    expect(parseSettings({ saas_destination: destination }).problems.map(settingProblemTitle)).toEqual([
      'Check the app setting "saas_destination_id"',
    ]);
  });

  it('lists the choices as the admin’s language joins alternatives', () => {
    setFormats('de');
    expect(words({ saas_destination: 'x' })[0]).toContain('"lumos" oder "okta-workflows"');
  });
});

import { describe, expect, it } from 'vitest';
import { parseExemptions, parseSettings, type SettingProblem } from './settings';

describe('exempt_users: bad entries make one bounded problem', () => {
  it('5,000 bad entries → exactly one problem naming the count and the first three', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `not-a-user-${i}`);
    const problems: SettingProblem[] = [];
    const exempt = parseExemptions(['keep@x.com', ...lines, '42'].join('\n'), problems);
    expect([...exempt.emails]).toEqual(['keep@x.com']);
    expect([...exempt.ids]).toEqual([42]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toEqual({
      setting: 'exempt_users',
      code: 'exempt-entries-ignored',
      count: 5000,
      examples: ['not-a-user-0', 'not-a-user-1', 'not-a-user-2'],
    });
  });

  it('through parseSettings too: one exempt_users problem, after the others', () => {
    const { problems } = parseSettings({ idle_days: 'x', exempt_users: Array.from({ length: 5000 }, () => 'bad').join(',') });
    expect(problems.map((p) => p.setting)).toEqual(['idle_days', 'exempt_users']);
    expect(problems[1]).toMatchObject({ code: 'exempt-entries-ignored', count: 5000 });
  });

  it('quotes a huge entry shortened, so the one problem stays small', () => {
    const huge = 'x'.repeat(1_000_000);
    const problems: SettingProblem[] = [];
    parseExemptions(`${huge}\nalso bad`, problems);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ examples: [`${'x'.repeat(39)}…`, 'also bad'] });
  });

  it('never cuts a character in two when shortening', () => {
    const problems: SettingProblem[] = [];
    parseExemptions('😀'.repeat(100), problems);
    expect(problems[0]).toMatchObject({ examples: [`${'😀'.repeat(39)}…`] });
  });
});

describe('exempt_users: # starts a comment only at the start of a line or after a space', () => {
  it('exempts an address whose local part holds a #', () => {
    const problems: SettingProblem[] = [];
    const exempt = parseExemptions('a#b@example.com\nSales#1@Example.com', problems);
    expect([...exempt.emails]).toEqual(['a#b@example.com', 'sales#1@example.com']);
    expect(problems).toEqual([]);
  });

  it('still skips # comment lines and trailing notes', () => {
    const problems: SettingProblem[] = [];
    const exempt = parseExemptions('# comment\n   # indented comment, with a@x.com\nx@example.com # note, y@example.com\n7 #8', problems);
    expect([...exempt.emails]).toEqual(['x@example.com']);
    expect([...exempt.ids]).toEqual([7]);
    expect(problems).toEqual([]);
  });

  it('a # glued to an id is not a comment: the entry is reported, never read as the id', () => {
    const problems: SettingProblem[] = [];
    const exempt = parseExemptions('77#owner', problems);
    expect(exempt.ids.size).toBe(0);
    expect(problems[0]).toMatchObject({ examples: ['77#owner'] });
  });
});

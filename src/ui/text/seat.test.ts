import { afterEach, describe, expect, it } from 'vitest';
import { daysAgo, makeExemptions, makeRules, makeSeat, reviewed } from '../../test/seats';
import type { IdleVerdict } from '../../seats/idle';
import { setFormats } from '../i18n/format';
import { setCatalogue } from '../i18n/messages';
import { interactionsLabel, verdictText } from './seat';

afterEach(() => {
  setFormats('en');
  setCatalogue({});
});

const verdict = (overrides: Partial<IdleVerdict>): IdleVerdict => ({
  idle: false,
  exempt: false,
  paid: true,
  reasons: [],
  basis: 'sign-in',
  ...overrides,
});

describe('verdictText', () => {
  it.each<[string, Partial<IdleVerdict>, string]>([
    ['a likely-idle seat', { idle: true, reasons: [{ code: 'never_signed_in', createdDaysAgo: 40 }] }, 'Likely idle'],
    ['an active seat', {}, 'Not idle'],
    [
      'an active seat with the API-only signal',
      { reasons: [{ code: 'api_only_sign_in', lastSignInDaysAgo: 2 }] },
      'Not idle, with a signal to check',
    ],
    ['an exempt seat', { exempt: true }, 'Exempt: on the exempt list, never flagged as idle'],
    ['a seat-less user', { paid: false }, 'Holds no paid seat, so it is not judged'],
    ['an exempt seat-less user: exempt wins', { paid: false, exempt: true }, 'Exempt: on the exempt list, never flagged as idle'],
  ])('%s → "%s"', (_label, overrides, expected) => {
    expect(verdictText(verdict(overrides))).toBe(expected);
  });

  it('words real verdicts', () => {
    const rules = makeRules({ exempt: makeExemptions({ ids: [3] }) });
    expect(verdictText(reviewed(makeSeat({ id: 1, lastLoginAt: daysAgo(90) }), rules).verdict)).toBe('Likely idle');
    expect(verdictText(reviewed(makeSeat({ id: 2, roleType: 1, lastLoginAt: daysAgo(90) }), rules).verdict)).toBe(
      'Holds no paid seat, so it is not judged',
    );
    expect(verdictText(reviewed(makeSeat({ id: 3, lastLoginAt: daysAgo(90) }), rules).verdict)).toBe(
      'Exempt: on the exempt list, never flagged as idle',
    );
  });
});

describe('interactionsLabel', () => {
  it.each([
    [30, 'Ticket interactions (last 30 days)'],
    [1, 'Ticket interactions (last day)'],
    [0, 'Ticket interactions (last 0 days)'],
    [1234, 'Ticket interactions (last 1,234 days)'],
  ])('%i → "%s"', (days, expected) => {
    expect(interactionsLabel(days)).toBe(expected);
  });

  it('in the catalogue chosen after load, the number in the locale', () => {
    setFormats('de');
    setCatalogue({ panel: { interactionsInWindow: (n: number) => `Ticket-Interaktionen (${n === 1 ? 'letzter Tag' : `letzte ${n} Tage`})` } });
    expect(interactionsLabel(30)).toBe('Ticket-Interaktionen (letzte 30 Tage)');
    setCatalogue({});
    expect(interactionsLabel(1234)).toBe('Ticket interactions (last 1.234 days)');
  });
});

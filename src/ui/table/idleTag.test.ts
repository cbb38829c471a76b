import { afterEach, describe, expect, it } from 'vitest';
import { daysAgo, makeEngagement, makeExemptions, makeRules, row } from '../../test/seats';
import { setFormats } from '../i18n/format';
import de from '../i18n/locales/de';
import { setCatalogue } from '../i18n/messages';
import { idleTag } from './idleTag';

afterEach(() => {
  setFormats('en');
  setCatalogue({});
});

describe('idleTag', () => {
  it('counts the days since the last sign-in for an idle seat', () => {
    const idle = row({ lastLoginAt: daysAgo(340) }, makeRules(), makeEngagement({ interactions: 0, lastSeenAt: null }));
    expect(idleTag(idle)).toEqual({ tone: 'idle', text: 'Idle · 340 days' });
    expect(idleTag(row({ lastLoginAt: daysAgo(1_200) }))).toEqual({ tone: 'idle', text: 'Idle · 1,200 days' });
  });

  it('says when an idle seat never signed in', () => {
    expect(idleTag(row({ lastLoginAt: null, createdAt: daysAgo(90) }))).toEqual({ tone: 'idle', text: 'Idle · never signed in' });
  });

  it('tags the API-only signal apart from idle', () => {
    const apiOnly = row({ lastLoginAt: daysAgo(2) }, makeRules(), makeEngagement({ interactions: 0, lastSeenAt: null }));
    expect(apiOnly.verdict.idle).toBe(false);
    expect(idleTag(apiOnly)).toEqual({ tone: 'signal', text: 'API-only?' });
  });

  it('shows nothing for an active seat, and a plain note for exempt and seat-less users', () => {
    expect(idleTag(row({ lastLoginAt: daysAgo(3) }))).toBeNull();
    expect(idleTag(row({ id: 7, lastLoginAt: daysAgo(300) }, makeRules({ exempt: makeExemptions({ ids: [7] }) })))).toEqual({
      tone: 'note',
      text: 'Exempt',
    });
    expect(idleTag(row({ roleType: 1, lastLoginAt: daysAgo(300) }))).toEqual({ tone: 'note', text: 'No paid seat' });
  });

  it('words the tag in the admin’s language', () => {
    setCatalogue(de);
    setFormats('de');
    expect(idleTag(row({ lastLoginAt: daysAgo(1_200) }))?.text).toBe('Inaktiv · 1.200 Tage');
    expect(idleTag(row({ lastLoginAt: null, createdAt: daysAgo(90) }))?.text).toBe('Inaktiv · nie angemeldet');
  });
});

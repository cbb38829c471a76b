import { afterEach, describe, expect, it } from 'vitest';
import { ENGLISH } from '../src/ui/i18n/en';
import { openApp, screenshot, startSession, waitForRoster, type Session } from './support';

/**
 * The review in the admin's language, in Chromium with the real SDK: the stand-in's
 * signed-in admin reads German, then Hebrew (right to left). No English is left on screen,
 * and numbers and dates follow the locale.
 */
let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Names every language keeps as they are. */
const PRODUCT_NAMES = ['Seat Review', 'SaaS Management', 'Zendesk'];

/** Every English message that is a fixed text of two words or more: none may show in another language. */
const ENGLISH_TEXTS: string[] = Object.values(ENGLISH)
  .flatMap((area) => Object.values(area as Record<string, unknown>))
  .filter((v): v is string => typeof v === 'string' && v.trim().split(/\s+/).length >= 2 && !PRODUCT_NAMES.includes(v.trim()));

/** Words of the screen's English that would betray an untranslated spot. */
const ENGLISH_WORDS =
  /\b(Seats?|Paid|Idle|Search|Filters|Showing|Suspended|Release|Restore|Reload|selected|Last sign-in|Last seen|Name|Email|Created|Send snapshot)\b/;

async function visibleText(s: Session): Promise<string> {
  return s.app.locator('body').evaluate((body) => (body as HTMLElement).innerText);
}

async function labelsAndTitles(s: Session): Promise<string[]> {
  return s.app
    .locator('body')
    .evaluate((body) =>
      [...body.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((e) =>
        ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? '').filter((v) => v !== ''),
      ),
    );
}

/** The words the app wrote, without the account's own data (names, emails) and product names. */
function withoutData(text: string, s: Session): string {
  let out = text;
  for (const name of PRODUCT_NAMES) out = out.split(name).join(' ');
  for (const u of s.account.users) {
    if (u.name) out = out.split(u.name).join(' ');
    if (u.email) out = out.split(u.email).join(' ');
  }
  return out;
}

async function expectNoEnglish(s: Session): Promise<void> {
  const text = withoutData([await visibleText(s), ...(await labelsAndTitles(s))].join('\n'), s);
  const left = ENGLISH_TEXTS.filter((t) => text.includes(t));
  expect(left, 'English messages on screen').toEqual([]);
  expect(text.match(ENGLISH_WORDS)?.[0] ?? null, 'an English word on screen').toBeNull();
}

describe('the review in the admin’s language', () => {
  it('German: every word German, numbers and dates as German writes them', async () => {
    session = await startSession({ account: { seats: 60 }, locale: 'de' });
    const s = session;
    await openApp(s);
    await waitForRoster(s);
    await s.app.locator('[data-activity="loading"]').waitFor({ state: 'detached', timeout: 120_000 });
    expect(await s.app.locator('html').getAttribute('lang')).toBe('de');
    await expectNoEnglish(s);
    // A date of the table as German writes it.
    const owner = s.account.users.find((u) => u.id === s.account.ownerId)!;
    const created = new Intl.DateTimeFormat('de', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
      Date.parse(owner.created_at!),
    );
    expect(await visibleText(s)).toContain(created);
    await screenshot(s, 'review-de');

    // The panels too.
    await s.app
      .locator('[aria-expanded]')
      .filter({ hasText: /Filter/ })
      .first()
      .click();
    await s.app.locator('tr[data-user-id]').nth(1).locator('td').nth(2).click();
    await s.app.locator('[data-seat-panel]').waitFor();
    await expectNoEnglish(s);
    await screenshot(s, 'panel-de');
  });

  it('Hebrew: right to left, every word Hebrew', async () => {
    session = await startSession({ account: { seats: 60 }, locale: 'he' });
    const s = session;
    await openApp(s);
    await waitForRoster(s);
    await s.app.locator('[data-activity="loading"]').waitFor({ state: 'detached', timeout: 120_000 });
    expect(await s.app.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await s.app.locator('html').getAttribute('lang')).toBe('he');
    expect(await s.app.locator('[data-summary="seats"]').evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
    await expectNoEnglish(s);
    await screenshot(s, 'review-he');
  });
});

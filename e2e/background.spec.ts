import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { dailySnapshotId } from '../src/history/dailyId';
import { dayOf, externalIdOf, fromWire } from '../src/history/record';
import { apiRequests, control, SHORT_WINDOW, startSession, waitForRoster, type Session } from './support';

/**
 * The background location end to end: the built background page with the real SDK in the
 * stand-in's hidden iframe, the account's history in its custom object records, the SaaS
 * receiver. Agent Home (/agent/dashboard) loads only background apps, as Zendesk does, so a
 * browser there runs only the unattended review.
 */
let session: Session | undefined;
const extra: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(extra.splice(0).map((c) => c.close()));
  await session?.close();
  session = undefined;
});

const DAILY = { ...SHORT_WINDOW, daily_snapshot: true };
const background = (page: Page): FrameLocator => page.frameLocator('iframe[data-location="background"]');
/** How the background page's run ended (`data-unattended` on its body), once it has. */
async function outcome(page: Page, timeout = 90_000): Promise<string> {
  const body = background(page).locator('body:not([data-unattended="connecting"])');
  await body.waitFor({ state: 'attached', timeout });
  return (await body.getAttribute('data-unattended')) ?? '';
}

/** A browser of its own (cookies, storage) signed in as `userId`, on Agent Home. */
async function signedIn(s: Session, context: BrowserContext, userId: number): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  const res = await page.request.post(`${s.standin.zendeskUrl}/__standin/session`, { data: { user_id: userId, browser: true } });
  expect(res.ok()).toBe(true);
  return page;
}

async function dayRecord(s: Session, day: string) {
  const url = `/api/v2/custom_objects/seat_review_day/records?filter[external_ids]=${externalIdOf(day)}`;
  const res = await fetch(`${s.standin.zendeskUrl}${url}`);
  const body = (await res.json()) as { custom_object_records: unknown[] };
  return body.custom_object_records.map(fromWire);
}

const snapshotIds = (s: Session): Set<string> => new Set(s.standin.saas.accepted().map((p) => p.snapshot_id));

describe('Snapshots with nobody clicking', () => {
  it("an agent's page load makes no request", async () => {
    session = await startSession({ settings: DAILY });
    await control(session.standin, 'POST', '/__standin/session', { role: 'agent' });
    await session.page.goto(session.standin.hostPageUrl);
    expect(await outcome(session.page)).toBe('not-admin');
    await session.app.locator('[data-app-state="refused"]').waitFor();
    expect(await apiRequests(session.standin)).toEqual([]);
  });

  it('two admins signed in at once make one review and one accepted snapshot; a day later, the next', async () => {
    session = await startSession({ settings: DAILY });
    const s = session;
    const browser = s.context.browser();
    if (!browser) throw new Error('no browser');
    const other = await browser.newContext();
    extra.push(other);
    const [adminId] = s.account.adminIds;
    if (adminId === undefined) throw new Error('the demo account has no second admin');
    const pages = [await signedIn(s, s.context, s.account.ownerId), await signedIn(s, other, adminId)];
    const home = `${s.standin.zendeskUrl}/agent/dashboard`;

    const today = dayOf(Date.now());
    await Promise.all(pages.map((p) => p.goto(home)));
    const first = await Promise.all(pages.map((p) => outcome(p)));
    // One ran; the other saw the claim (lost the race, or found the day taken).
    expect(first.filter((o) => o === 'ran')).toHaveLength(1);
    expect(first.filter((o) => o === 'lost-race' || o === 'not-due')).toHaveLength(1);

    const log = await apiRequests(s.standin);
    const rosterReaders = new Set(log.filter((r) => r.path === '/api/v2/users').map((r) => r.user_id));
    expect(rosterReaders.size).toBe(1);
    expect(snapshotIds(s)).toEqual(new Set([await dailySnapshotId(s.account.subdomain, today)]));
    const [record] = await dayRecord(s, today);
    expect(record?.run?.kind).toBe('unattended');
    expect(record?.snapshot?.result).toBe('sent');
    expect(record?.snapshot?.accepted).toBe(record?.snapshot?.parts);

    // Opening Zendesk again the same day costs one small request, and runs nothing.
    await control(s.standin, 'DELETE', '/__standin/requests');
    await pages[0]!.reload();
    expect(await outcome(pages[0]!)).toBe('not-due');
    expect((await apiRequests(s.standin)).map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v2/custom_objects/seat_review_day/records']);

    // A day later: the next snapshot, under the next day's id.
    await control(s.standin, 'POST', '/__standin/clock', { advanceDays: 1 });
    const tomorrow = dayOf(Date.parse(`${today}T00:00:00Z`) + 86_400_000);
    await Promise.all(pages.map((p) => p.reload()));
    const second = await Promise.all(pages.map((p) => outcome(p)));
    expect(second.filter((o) => o === 'ran')).toHaveLength(1);
    expect(snapshotIds(s)).toEqual(
      new Set([await dailySnapshotId(s.account.subdomain, today), await dailySnapshotId(s.account.subdomain, tomorrow)]),
    );
    expect((await dayRecord(s, tomorrow))[0]?.snapshot?.result).toBe('sent');
  });

  it('with daily snapshots off, an admin page load makes no request from the background', async () => {
    session = await startSession({ account: { seats: 30, endUsers: 5 } });
    await session.page.goto(`${session.standin.zendeskUrl}/agent/dashboard`);
    expect(await outcome(session.page)).toBe('off');
    expect(await apiRequests(session.standin)).toEqual([]);
  });

  it('the trend shows 60 days of history with gaps, and today from this review', async () => {
    session = await startSession({ historyDays: 60 });
    await session.page.goto(session.standin.hostPageUrl);
    await waitForRoster(session);
    const panel = session.app.locator('[data-history][data-history-phase="loaded"]');
    await panel.waitFor({ timeout: 30_000 });
    expect(await panel.getAttribute('data-history-source')).toBe('zendesk');
    const days = session.app.locator('[data-day]');
    expect(await days.count()).toBe(60);
    const gaps = await session.app.locator('[data-gap]').count();
    expect(gaps).toBeGreaterThan(0);
    expect(gaps).toBeLessThan(30);
    // Today is recorded by this (manual) review and is no gap.
    const today = dayOf(Date.now());
    await session.app.locator(`[data-day="${today}"]:not([data-gap])`).first().waitFor({ state: 'attached', timeout: 30_000 });
    const [record] = await dayRecord(session, today);
    expect(record?.run?.kind).toBe('manual');
    expect(record?.figures?.paid).toBeGreaterThan(0);
  });

  it('a plan without custom objects falls back to this browser and says so', async () => {
    session = await startSession({ customObjects: false, account: { seats: 30, endUsers: 5 } });
    await session.page.goto(session.standin.hostPageUrl);
    await waitForRoster(session);
    const panel = session.app.locator('[data-history][data-history-fallback="plan"]');
    await panel.waitFor({ timeout: 30_000 });
    expect(await panel.getAttribute('data-history-source')).toBe('browser');
    await expect(
      panel
        .getByText(/custom objects/i)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
  });
});

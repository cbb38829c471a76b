import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_SETTINGS } from '../standin/settings';
import { control, listedSeats, openApp, saasFaults, SHORT_WINDOW, startStoringSession, waitForRoster, type Session } from './support';

/**
 * "Loaded" means complete and "sent" means received, whole, by the receiver configured:
 * the roster that stops short, the snapshot that must wait for the review, the receiver
 * that echoes the token, answers 413 or changes, and the browser with no room left.
 */
const startSession = startStoringSession;

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const TOKEN = DEMO_SETTINGS.saas_token;

/** Waits for sessions and interactions to settle, then clicks Send snapshot. */
async function sendWhenReviewed(s: Session): Promise<void> {
  await s.app.locator('[data-activity="loading"]').waitFor({ state: 'detached', timeout: 30_000 });
  await s.app.getByRole('button', { name: 'Send snapshot', exact: true }).click();
}

/** Every string the app's frame keeps in its storage. */
async function frameStorage(s: Session): Promise<string> {
  const frame = s.page.frames().find((f) => f.url().includes('/assets/index.html'));
  if (!frame) throw new Error('The app frame is not there');
  return frame.evaluate(() => JSON.stringify(localStorage));
}

describe('a roster is whole, or it says it is not', () => {
  it('says "N of M seats loaded" when paging stops short and no second pass can fill it, and sends no snapshot', { timeout: 150_000 }, async () => {
    session = await startSession({ account: { seats: 10_300, endUsers: 50 }, latencyMs: 5 });
    // Beyond 10,000 the roster is read as admins and agents by cursor; the first page of
    // each, and of the check-up pass, says more follow but gives no way to them.
    await control(session.standin, 'POST', '/__standin/faults', { pagingNext: { count: 3, kind: 'no-link', path: '/api/v2/users' } });
    await openApp(session);
    const notice = session.app.locator('[data-roster-incomplete]');
    await notice.waitFor({ timeout: 120_000 });
    const [read, expected] = ((await notice.getAttribute('data-roster-incomplete')) ?? '').split('/').map(Number);
    expect(expected).toBe(10_300);
    expect(read).toBeLessThan(10_300);
    expect(await notice.textContent()).toContain(`${read?.toLocaleString('en-US')} of 10,300 seats loaded; the rest could not be read`);
    await session.app.locator('[data-snapshot-refused="incomplete"]').waitFor();
    expect(await session.app.locator('[data-snapshot-send]').isDisabled()).toBe(true);
    expect(session.standin.saas.accepted()).toEqual([]);
  });
});

describe('a snapshot leaves only from a finished review, whole, to one receiver', () => {
  it('waits for ticket interactions when asked to send early, then sends by itself with what each verdict rests on', async () => {
    session = await startSession({ account: { seats: 300 } });
    // The export is throttled twice: the roster is in long before interactions are.
    await control(session.standin, 'POST', '/__standin/faults', {
      throttleNext: { count: 2, retryAfter: 4, path: '/api/v2/incremental/ticket_events' },
    });
    await openApp(session);
    await waitForRoster(session);
    const send = session.app.locator('[data-snapshot-send]');
    await session.app.locator('[data-snapshot-send="wait-for-review"]').waitFor({ timeout: 10_000 });
    expect(await send.textContent()).toBe('Send snapshot when the review finishes');
    await send.click();
    await session.app.locator('[data-snapshot-send="queued"]').waitFor();
    // Before the fix this sent at once, with every seat's interactions unknown.
    expect(session.standin.saas.accepted()).toEqual([]);
    await session.app.locator('[data-snapshot-last-push="sent"]').waitFor({ timeout: 30_000 });
    const [part] = session.standin.saas.accepted();
    const users = (part!.body as { users: { basis: string; last_seen_known: boolean }[] }).users;
    expect(users).toHaveLength(listedSeats(session.account).length);
    expect(users.every((u) => u.basis === 'sign-in-and-interactions' && u.last_seen_known)).toBe(true);
  });

  it('masks a token the receiver echoes back, on screen and in storage', async () => {
    session = await startSession({ account: { seats: 120 } });
    await saasFaults(session, { next: [{ status: 400, echoAuthorization: true }] });
    await openApp(session);
    await waitForRoster(session);
    await sendWhenReviewed(session);
    const error = session.app.locator('[data-snapshot-error]');
    await error.waitFor({ timeout: 15_000 });
    const shown = (await error.textContent()) ?? '';
    expect(shown).toContain('Authorization: ***');
    expect(shown).not.toContain(TOKEN);
    expect(await frameStorage(session)).not.toContain(TOKEN);
    expect(await session.page.content()).not.toContain(TOKEN);
  });

  it('sends a pending snapshot whole to the new receiver when the endpoint setting changed', async () => {
    session = await startSession({ account: { seats: 2500 }, settings: SHORT_WINDOW });
    // Part 2 is refused at the first endpoint: part 1 is there, the snapshot stays pending.
    await saasFaults(session, { next: [{ slowMs: 1 }, { status: 400, description: 'closed for maintenance' }] });
    await openApp(session);
    await waitForRoster(session);
    await sendWhenReviewed(session);
    await session.app.locator('[data-snapshot-error]').waitFor({ timeout: 15_000 });
    const first = session.standin.saas.accepted().filter((p) => p.endpoint === '/ingest/zendesk');
    expect(first.map((p) => p.index)).toEqual([1]);

    session.standin.setSettings({ saas_endpoint: session.standin.saas.otherIngestUrl });
    await openApp(session);
    await session.app.locator('[data-snapshot-endpoint-changed]').waitFor({ timeout: 30_000 });
    await session.app.getByRole('button', { name: 'Retry' }).click();
    await session.app.locator('[data-snapshot-last-push="sent"]').waitFor({ timeout: 30_000 });
    const other = session.standin.saas.accepted().filter((p) => p.endpoint === '/ingest/other');
    expect(other.map((p) => p.index).sort()).toEqual([1, 2, 3]);
    expect(new Set(other.map((p) => p.snapshot_id)).size).toBe(1);
    // The first receiver got nothing more: no snapshot split across two receivers.
    expect(session.standin.saas.accepted().filter((p) => p.endpoint === '/ingest/zendesk')).toHaveLength(1);
  });

  it('splits parts a receiver finds too large (413) and gets through whole', async () => {
    session = await startSession({ account: { seats: 1500 }, settings: SHORT_WINDOW });
    await saasFaults(session, { tooLargeOver: 400 });
    await openApp(session);
    await waitForRoster(session);
    await sendWhenReviewed(session);
    await session.app.locator('[data-snapshot-last-push="sent"]').waitFor({ timeout: 30_000 });
    const accepted = session.standin.saas.accepted();
    // One snapshot id holds one partition: the parts cut smaller went under a new id.
    expect(new Set(accepted.map((p) => p.snapshot_id)).size).toBe(1);
    expect(session.standin.saas.log().filter((l) => l.status === 413).length).toBeGreaterThan(0);
    expect(accepted.every((p) => p.user_ids.length <= 400)).toBe(true);
    const users = accepted.flatMap((p) => p.user_ids);
    expect(users.sort((a, b) => a - b)).toEqual(
      listedSeats(session.account)
        .map((u) => u.id)
        .sort((a, b) => a - b),
    );
    await session.app.locator('[data-snapshot-restarted="split"]').waitFor();
  });

  it('says when the browser has no room to keep the snapshot, and still sends it', async () => {
    session = await startSession({ account: { seats: 120 } });
    // A full browser storage: small writes fit, the snapshot itself does not.
    await session.context.addInitScript(() => {
      // Called back with .call(this) below, on the storage that is written to.

      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (value.length > 20_000) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await openApp(session);
    await waitForRoster(session);
    await sendWhenReviewed(session);
    await session.app.locator('[data-snapshot-last-push="sent"]').waitFor({ timeout: 15_000 });
    expect(await session.app.locator('[data-snapshot-storage]').textContent()).toContain('This browser could not keep the snapshot: it was sent.');
    expect(session.standin.saas.accepted()).toHaveLength(1);
    expect(await frameStorage(session)).not.toMatch(/:pending"/);
  });
});

describe('bad settings stay small', () => {
  it('sums up thousands of bad exempt entries in one warning, and keeps an address with a #', async () => {
    const bad = Array.from({ length: 3000 }, (_, i) => `not an entry ${i}`).join('\n');
    session = await startSession({ account: { seats: 120 }, settings: { exempt_users: `${bad}\nsupport#1@example.com` } });
    await openApp(session);
    await waitForRoster(session);
    const warnings = session.app.locator('[data-setting-problem="exempt_users"]');
    expect(await warnings.count()).toBe(1);
    expect(await warnings.textContent()).toMatch(/3,?000 entries/);
  });
});

import { readFileSync } from 'node:fs';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_SETTINGS } from '../standin/settings';
import type { SaasFault } from '../standin/saas/receiver';
import { listedSeats, openApp, saasFaults, screenshot, SHORT_WINDOW, startStoringSession, waitForRoster, type Session } from './support';

/**
 * Usage snapshots end to end: the built app in Chromium sends through the stand-in's
 * proxy to its SaaS Management receiver, which validates every part against the schema.
 *
 * The app runs in a cross-site iframe (as in Zendesk), where a browser that blocks
 * third-party cookies also denies localStorage; Playwright's default contexts do. These
 * tests use a real profile that allows them, as Chrome does by default, so a pending
 * snapshot can outlive the page.
 */
const startSession = startStoringSession;

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const TOKEN = DEMO_SETTINGS.saas_token;
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

/** Records, in every frame, each message posted to it: what the app's JavaScript is handed. */
const RECORD_MESSAGES = `window.__seenMessages = []; addEventListener('message', (e) => { try { window.__seenMessages.push(typeof e.data === 'string' ? e.data : JSON.stringify(e.data)); } catch {} }, true);`;

const queueFaults = (s: Session, next: SaasFault[]): Promise<void> => saasFaults(s, { next });

/** The receiver holds exactly one snapshot, every part once, with exactly the listed seats. */
function expectExactlyOnce(s: Session, parts: number): string {
  const accepted = s.standin.saas.accepted();
  const ids = new Set(accepted.map((p) => p.snapshot_id));
  expect(ids.size).toBe(1);
  expect(accepted.map((p) => p.index).sort()).toEqual(Array.from({ length: parts }, (_, i) => i + 1));
  expect(accepted.every((p) => p.count === parts && p.user_ids.length <= 1000)).toBe(true);
  const users = accepted.flatMap((p) => p.user_ids);
  expect(new Set(users).size).toBe(users.length);
  expect(sorted(users)).toEqual(sorted(listedSeats(s.account).map((u) => u.id)));
  return [...ids][0]!;
}

function appFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('/assets/index.html'));
  if (!frame) throw new Error('The app frame is not there');
  return frame;
}

async function send(app: FrameLocator): Promise<void> {
  await app.getByRole('button', { name: 'Send snapshot' }).click();
}

const lastPush = (app: FrameLocator, result: string) => app.locator(`[data-snapshot-last-push="${result}"]`);

describe('SaaS Management snapshots in Chromium', () => {
  it('pushes a 2,500-seat account in 3 parts, and the token never reaches the page', async () => {
    session = await startSession({ account: { seats: 2500, endUsers: 100 }, settings: SHORT_WINDOW });
    const s = session;
    const bodies: string[] = [];
    s.page.on(
      'response',
      (r) =>
        void r.text().then(
          (t) => bodies.push(t),
          () => undefined,
        ),
    );
    await s.context.addInitScript(RECORD_MESSAGES);
    await openApp(s);
    await waitForRoster(s, 50_000);
    expect(listedSeats(s.account).length).toBeGreaterThan(2000);
    await send(s.app);
    await lastPush(s.app, 'sent').waitFor({ timeout: 30_000 });
    expect(await lastPush(s.app, 'sent').textContent()).toMatch(/3 of 3 parts accepted, sent/);
    const id = expectExactlyOnce(s, 3);
    expect(s.standin.saas.accepted()[0]!.body).toMatchObject({ schema: 'zendesk-seat-snapshot/1.2', source: { workspace: s.account.subdomain } });
    await screenshot(s, 'snapshot-sent');

    const frame = appFrame(s.page);
    const seen = await frame.evaluate(() => {
      const strings: string[] = [document.documentElement.outerHTML];
      for (const store of [localStorage, sessionStorage]) {
        for (let i = 0; i < store.length; i += 1) strings.push(String(store.key(i)), String(store.getItem(String(store.key(i)))));
      }
      for (const key of Object.keys(window)) {
        try {
          // JSON.stringify gives undefined for a function or undefined, whatever its declared type says.
          const stringify: (value: unknown) => string | undefined = JSON.stringify;
          strings.push(key, stringify((window as unknown as Record<string, unknown>)[key]) ?? '');
        } catch {
          // Not serialisable (DOM nodes, cyclic objects): nothing the app stored as data.
        }
      }
      return strings.join('\n');
    });
    expect(seen).toContain(id);
    expect(seen).toContain('zendesk-seat-snapshot/1.2');
    expect(seen).toContain('seat-review:snapshots:v1:');
    expect(seen).not.toContain(TOKEN);
    expect(seen).not.toContain('{{setting');
    const hostSeen = await s.page.evaluate(() => document.documentElement.outerHTML + JSON.stringify(localStorage) + JSON.stringify(sessionStorage));
    expect(hostSeen).not.toContain(TOKEN);
    // The SDK's metadata (zaf.app.registered) and every other message the frames received.
    const messages = (await frame.evaluate(() => (window as unknown as { __seenMessages: string[] }).__seenMessages)).join('\n');
    expect(messages).toContain('app.registered');
    expect(messages).toContain('"saas_endpoint"');
    expect(messages).not.toContain(TOKEN);
    expect(bodies.join('\n')).not.toContain(TOKEN);
  });

  it('survives 429, 500 and dropped connections: every part accepted exactly once', async () => {
    session = await startSession({ account: { seats: 1300, endUsers: 50 }, settings: SHORT_WINDOW });
    const s = session;
    await openApp(s);
    await waitForRoster(s);
    await queueFaults(s, [{ status: 429, retryAfter: 1 }, { status: 500 }, { drop: true }, { slowMs: 200 }, { drop: true, afterAccept: true }]);
    await send(s.app);
    await lastPush(s.app, 'sent').waitFor({ timeout: 40_000 });
    expectExactlyOnce(s, 2);
    const log = s.standin.saas.log();
    expect(log.map((r) => r.status)).toEqual([429, 500, 'dropped', 200, 'dropped', 200]);
    // The part accepted before its connection dropped came back as a duplicate, with the same key.
    expect(log.filter((r) => r.duplicate).map((r) => r.index)).toEqual([2]);
  });

  it('keeps a snapshot pending across closing and reopening the app, then sends the rest', async () => {
    session = await startSession({ account: { seats: 2300, endUsers: 50 }, settings: SHORT_WINDOW });
    const s = session;
    await openApp(s);
    await waitForRoster(s, 50_000);
    await queueFaults(s, [{ slowMs: 0 }, { slowMs: 4000 }]);
    await send(s.app);
    await s.app.getByText('Sending part 2 of 3…').waitFor({ timeout: 20_000 });
    expect(s.standin.saas.accepted().map((p) => p.index)).toEqual([1]);
    await s.page.close();

    const page = await s.context.newPage();
    await page.goto(s.standin.hostPageUrl);
    const app = page.frameLocator('iframe[data-location="nav_bar"]');
    await lastPush(app, 'sent').waitFor({ timeout: 50_000 });
    expect(await lastPush(app, 'sent').textContent()).toMatch(/3 of 3 parts accepted/);
    expectExactlyOnce(s, 3);
    const stored = await appFrame(page).evaluate(() => JSON.stringify(localStorage));
    expect(stored).not.toContain(TOKEN);
    expect(stored).not.toContain(':pending"');
  });

  it('stops at a 4xx with the receiver’s message, and Retry sends once the cause is gone', async () => {
    session = await startSession({ account: { seats: 300, endUsers: 20 } });
    const s = session;
    await openApp(s);
    await waitForRoster(s);
    await queueFaults(s, [{ status: 422, description: 'Workspace acme-demo is not connected in SaaS Management' }]);
    await send(s.app);
    const error = s.app.locator('[data-snapshot-error]');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.textContent()).toBe('SaaS Management rejected the request (422): Workspace acme-demo is not connected in SaaS Management');
    expect(await s.app.locator('[data-snapshot-pending]').textContent()).toMatch(/refused the snapshot: 0 of 1 part accepted/);
    expect(s.standin.saas.log()).toHaveLength(1);
    await screenshot(s, 'snapshot-refused');

    // Retry, and the receiver refuses the token: stopped again, naming the setting to check.
    await queueFaults(s, [{ status: 401, description: 'Token revoked' }]);
    await s.app.getByRole('button', { name: 'Retry' }).click();
    await s.app.getByText(/did not accept the token \(401\): .*Token revoked.*\. Check the app setting "saas_token"/).waitFor({ timeout: 20_000 });
    expect(s.standin.saas.log()).toHaveLength(2);

    await s.app.getByRole('button', { name: 'Retry' }).click();
    await lastPush(s.app, 'sent').waitFor({ timeout: 20_000 });
    expectExactlyOnce(s, 1);
    const json = await downloadText(s, 'Download JSON');
    expect(JSON.parse(json)).toMatchObject({ snapshot_id: s.standin.saas.accepted()[0]!.snapshot_id, part: { index: 1, count: 1 } });
    // The CSV carries the reason codes and, beside them, the same reasons in words.
    const [header, ...lines] = (await downloadText(s, 'Download CSV')).replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toContain(',idle,idle_reasons,idle_reasons_text,interactions,');
    expect(lines.some((line) => line.includes(',never_signed_in,Never signed in,'))).toBe(true);
  });
});

async function downloadText(s: Session, name: string): Promise<string> {
  const [download] = await Promise.all([s.page.waitForEvent('download'), s.app.getByRole('button', { name }).click()]);
  return readFileSync(await download.path(), 'utf8');
}

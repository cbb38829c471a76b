import { afterEach, describe, expect, it } from 'vitest';
import { apiRequests, control, openApp, startSession, waitForRoster, type Session } from './support';

/**
 * Faults that once left the admin with a screen that never finished or a wrong answer:
 * every one now ends in a whole result or a clear, bounded error, seen in Chromium.
 */
let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const faults = (s: Session, body: unknown) => control(s.standin, 'POST', '/__standin/faults', body);

describe('every wait is bounded, every stream moves forward', () => {
  it('stops at once when Zendesk asks to wait a day, says how long, keeps the seats loaded and offers Resume', async () => {
    session = await startSession({ account: { seats: 2000 }, latencyMs: 400 });
    await openApp(session);
    await session.app.locator('[data-progress="loaded"]', { hasText: /^[1-9]\d* seats loaded/ }).waitFor({ timeout: 20_000 });
    const dayAhead = new Date(Date.now() + 86_400_000).toUTCString();
    await faults(session, { throttleNext: { count: 1, retryAfter: dayAhead, path: '/api/v2/users' } });
    const error = session.app.locator('[data-load-error]');
    // Without the bound the review held every request for the whole day.
    await error.waitFor({ timeout: 15_000 });
    const text = (await error.textContent()) ?? '';
    expect(text).toMatch(/about 24 hours/);
    expect(Number(text.match(/(\d+) seats loaded so far/)?.[1])).toBeGreaterThanOrEqual(100);
    expect(await session.app.locator('[data-user-id]').count()).toBeGreaterThan(0);
    await session.app.getByRole('button', { name: 'Resume loading' }).waitFor();
    // Nothing more is sent to the roster while Zendesk's wait lasts.
    const refusedAt = Math.max(...(await apiRequests(session.standin)).filter((r) => r.status === 429).map((r) => Date.parse(r.at)));
    await session.page.waitForTimeout(1500);
    const after = (await apiRequests(session.standin)).filter((r) => r.path === '/api/v2/users' && Date.parse(r.at) > refusedAt + 500);
    expect(after).toEqual([]);
  });

  it('a ratelimit-reset hours away ends the load with the wait named, not a frozen screen', async () => {
    session = await startSession({ account: { seats: 300 } });
    await faults(session, { rateLimitResetNext: { count: 1, resetSeconds: 7200, remaining: 0, path: '/api/v2/users' } });
    await openApp(session);
    const error = session.app.locator('[data-load-error]');
    await error.waitFor({ timeout: 15_000 });
    expect(await error.textContent()).toMatch(/about 2 hours/);
  });

  it('a sessions feed that links to itself ends with a readable note, and the review finishes', async () => {
    session = await startSession({ account: { seats: 120 } });
    await faults(session, { pagingNext: { count: 1, kind: 'self-link', path: '/api/v2/sessions' } });
    await openApp(session);
    await waitForRoster(session);
    const note = session.app.locator('[data-sessions-error]');
    await note.waitFor({ timeout: 20_000 });
    expect(await note.textContent()).toMatch(/sessions/i);
    await session.app.locator('[data-activity="loading"]').waitFor({ state: 'detached', timeout: 30_000 });
    // Before the fix the same page was asked for again and again, paced at the plan's limit.
    const sessions = (await apiRequests(session.standin)).filter((r) => r.path === '/api/v2/sessions');
    expect(sessions.length).toBeLessThanOrEqual(2);
  });

  it('an export whose end_time stops advancing ends with a readable error, and the review finishes', async () => {
    // Slow answers, so the export is still being followed when its pages start to stall
    // (a stall on the very first page makes search counts the cheaper way instead).
    session = await startSession({ account: { seats: 600 }, latencyMs: 600 });
    await openApp(session);
    await session.app.locator('[data-activity="loading"]', { hasText: /ticket event export/ }).waitFor({ timeout: 20_000 });
    await faults(session, { stallExportNext: { count: 5 } });
    const failed = session.app.locator('[data-activity="failed"]');
    await failed.waitFor({ timeout: 20_000 });
    expect(await failed.textContent()).toMatch(/ticket event/i);
    // Before the fix the stalled page was asked for again and again at the export's pace.
    const exportPages = (await apiRequests(session.standin)).filter((r) => r.path === '/api/v2/incremental/ticket_events');
    expect(exportPages.filter((r) => r.fault === 'stall-export').length).toBeLessThanOrEqual(2);
    await waitForRoster(session);
  });

  it('never follows a next link to another host, absolute or protocol-relative', async () => {
    for (const kind of ['off-host', 'protocol-relative'] as const) {
      session = await startSession({ account: { seats: 120 } });
      await faults(session, { pagingNext: { count: 1, kind, path: '/api/v2/sessions' } });
      await openApp(session);
      await waitForRoster(session);
      await session.app.locator('[data-sessions-error]').waitFor({ timeout: 20_000 });
      const asked = await session.page.evaluate(() => {
        // JSON.stringify gives undefined for undefined, whatever its declared type says.
        const stringify: (value: unknown) => string | undefined = JSON.stringify;
        return stringify((window as unknown as { __standin: { requests: unknown } }).__standin.requests) ?? '';
      });
      expect(asked).not.toContain('evil.example');
      await session.close();
      session = undefined;
    }
  });

  it('cancels the interaction count at once, without waiting for the request in flight', async () => {
    session = await startSession({ account: { seats: 120 } });
    // Every answer now takes 20 s: the export's first request is in flight when Cancel is clicked.
    await faults(session, { latencyMs: 20_000 });
    await openApp(session);
    const cancel = session.app.locator('[data-activity="loading"]').getByRole('button', { name: 'Cancel' });
    await cancel.waitFor({ timeout: 15_000 });
    await session.page.waitForTimeout(500);
    const clicked = Date.now();
    await cancel.click();
    await session.app.locator('[data-activity="cancelled"]').waitFor({ timeout: 5_000 });
    expect(Date.now() - clicked).toBeLessThan(1000);
  });
});

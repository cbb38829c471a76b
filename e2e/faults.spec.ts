import { afterEach, describe, expect, it } from 'vitest';
import {
  apiRequests,
  clearSearch,
  control,
  csvIds,
  exportCsv,
  listedSeats,
  openApp,
  startSession,
  summaryFigure,
  waitForRoster,
  type Session,
} from './support';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

/** Every listed seat exactly once: the CSV of all rows against the account's own data. */
async function expectEverySeatOnce(s: Session): Promise<void> {
  const { text } = await exportCsv(s);
  const ids = csvIds(text);
  expect(new Set(ids).size).toBe(ids.length);
  expect(sorted(ids)).toEqual(sorted(listedSeats(s.account).map((u) => u.id)));
  expect(await summaryFigure(s, 'seats')).toBe(listedSeats(s.account).length);
}

describe('faults survived in Chromium', () => {
  it('waits out a 429 storm for as long as Retry-After asks, losing and duplicating nothing', async () => {
    session = await startSession({ account: { seats: 300 } });
    await control(session.standin, 'POST', '/__standin/faults', { throttleNext: { count: 4, retryAfter: 1, path: '/api/v2/users' } });
    await openApp(session);
    await session.app.getByText(/rate limit reached: resuming in 1 s/).waitFor({ timeout: 15_000 });
    await waitForRoster(session);
    await expectEverySeatOnce(session);

    const log = await apiRequests(session.standin);
    const throttled = log.filter((r) => r.status === 429);
    expect(throttled).toHaveLength(4);
    // Nothing is asked again before Retry-After (1 s) has passed since the 429 it answers.
    for (const t of throttled) {
      const at = Date.parse(t.at);
      const retry = log.find((r) => r.path === t.path && r.query === t.query && Date.parse(r.at) > at);
      expect(retry).toBeDefined();
      expect(Date.parse(retry!.at) - at).toBeGreaterThanOrEqual(950);
    }
  });

  it('after a 429, holds every request (not only the refused one) until Retry-After has passed', async () => {
    session = await startSession({ account: { seats: 800 } });
    // Another integration has spent the account's minute: the next answers are 429s.
    await control(session.standin, 'POST', '/__standin/faults', { throttleNext: { count: 2, retryAfter: 2, path: '/api/v2/users' } });
    await openApp(session);
    await waitForRoster(session, 50_000);
    await expectEverySeatOnce(session);
    const log = await apiRequests(session.standin);
    const refused = log.filter((r) => r.status === 429).map((r) => Date.parse(r.at));
    expect(refused).toHaveLength(2);
    const last = Math.max(...refused);
    // Requests already on their way may land just after it; none is sent while the wait lasts.
    const during = log.filter((r) => Date.parse(r.at) > last + 300 && Date.parse(r.at) < last + 1700);
    expect(during).toEqual([]);
    expect(log.filter((r) => r.path === '/api/v2/users' && r.status === 200)).toHaveLength(8);
  });

  it('retries a 5xx burst and dropped connections', async () => {
    session = await startSession({ account: { seats: 300 } });
    await control(session.standin, 'POST', '/__standin/faults', {
      failNext: { count: 3, status: 503, path: '/api/v2/users' },
      dropNext: { count: 1, path: '/api/v2/users' },
    });
    await openApp(session);
    await waitForRoster(session);
    await expectEverySeatOnce(session);
    const log = await apiRequests(session.standin);
    expect(log.filter((r) => r.status === 503)).toHaveLength(3);
  });

  it('keeps the seats already loaded when Zendesk keeps failing, then resumes where it stopped', async () => {
    // Slow enough that the pages read side by side are still coming when Zendesk starts failing.
    session = await startSession({ account: { seats: 2000 }, latencyMs: 1000 });
    await openApp(session);
    // Once the first page is in, make every request fail for longer than the retries last.
    await session.app.locator('[data-progress="loaded"]', { hasText: /^[1-9]\d* seats loaded/ }).waitFor({ timeout: 20_000 });
    await control(session.standin, 'POST', '/__standin/faults', { failNext: { count: 100, status: 500, path: '/api/v2/users' } });
    const error = session.app.locator('[data-load-error]');
    await error.waitFor({ timeout: 40_000 });
    await control(session.standin, 'POST', '/__standin/faults', { failNext: { count: 0, status: 500, path: null } });
    const loaded = Number((await error.textContent())?.match(/(\d+) seats loaded so far/)?.[1]);
    expect(loaded).toBeGreaterThanOrEqual(100);
    expect(loaded).toBeLessThan(2000);
    expect(await error.textContent()).toMatch(/server error \(500\) after 6 attempts/);
    expect(await session.app.locator('[data-user-id]').count()).toBeGreaterThan(0);

    await session.app.getByRole('button', { name: 'Resume loading' }).click();
    await waitForRoster(session);
    await expectEverySeatOnce(session);
    // Every page arrived once: resuming asked only for the pages that had not.
    const served = (await apiRequests(session.standin)).filter((r) => r.path === '/api/v2/users' && r.status === 200).map((r) => r.query);
    expect(served).toHaveLength(20);
    expect(new Set(served).size).toBe(20);
  });

  it('lists malformed-but-real records instead of crashing or dropping them', async () => {
    session = await startSession({ account: { seats: 120 } });
    await openApp(session);
    await waitForRoster(session);
    const odd = session.account.users.find((u) => u.role_type === 7);
    expect(odd).toBeDefined();
    await session.app.getByPlaceholder('Name or email').fill(odd!.email ?? '');
    const row = session.app.locator(`[data-user-id="${odd!.id}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Unknown role type (7)');
    await clearSearch(session, listedSeats(session.account).length);
    await expectEverySeatOnce(session);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { expectedInteractions } from '../standin/demo/interactions';
import {
  apiRequests,
  clearSearch,
  control,
  csvIds,
  exportCsv,
  listedSeats,
  openApp,
  screenshot,
  startSession,
  summaryFigure,
  suspendedSeats,
  waitForRoster,
  type Session,
} from './support';

const DAY = 86_400_000;

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

function sortedIds(ids: number[]): number[] {
  return [...ids].sort((a, b) => a - b);
}

describe('seat review in Chromium, real SDK, stand-in Zendesk', () => {
  it('lists every agent and admin across at least 3 pages, once each, and never asks for end users', async () => {
    session = await startSession({ account: { seats: 250, endUsers: 3000 } });
    await openApp(session);
    await waitForRoster(session);
    await screenshot(session, 'roster');

    const listed = listedSeats(session.account);
    expect(await summaryFigure(session, 'seats')).toBe(listed.length);
    const { text } = await exportCsv(session);
    expect(sortedIds(csvIds(text))).toEqual(sortedIds(listed.map((u) => u.id)));

    const requests = await apiRequests(session.standin);
    const pages = requests.filter((r) => r.path === '/api/v2/users');
    // Up to 10,000 seats: offset pages (the first carries the count), the rest side by side.
    expect(pages.length).toBe(Math.ceil(250 / 100));
    expect(requests.filter((r) => r.path.startsWith('/api/v2/users/count') || r.path === '/api/v2/custom_roles')).toEqual([]);
    const numbers = pages.map((page) => {
      const query = new URLSearchParams(page.query);
      expect(query.getAll('role[]').sort()).toEqual(['admin', 'agent']);
      expect(query.get('per_page')).toBe('100');
      return Number(query.get('page') ?? 1);
    });
    expect(numbers.sort()).toEqual([1, 2, 3]);
  });

  it('beyond 10,000 seats, lists an Enterprise account by custom role, the queries side by side', { timeout: 120_000 }, async () => {
    session = await startSession({ account: { seats: 10_300, endUsers: 200, agentRoles: 'every-agent' }, latencyMs: 20 });
    await openApp(session);
    await waitForRoster(session, 100_000);
    expect(await summaryFigure(session, 'seats')).toBe(listedSeats(session.account).length);
    const requests = await apiRequests(session.standin);
    const pages = requests.filter((r) => r.path === '/api/v2/users' && r.status === 200);
    const byRole = new Set(pages.map((r) => new URLSearchParams(r.query).get('permission_set')).filter((v) => v !== null));
    expect(byRole.size).toBeGreaterThanOrEqual(4);
    // The queries overlap in time: while the first role's pages came in, others' did too.
    const firstRole = [...byRole][0];
    const spans = [...byRole].map((role) => {
      const times = pages.filter((r) => new URLSearchParams(r.query).get('permission_set') === role).map((r) => Date.parse(r.at));
      return { role, start: Math.min(...times), end: Math.max(...times) };
    });
    const first = spans.find((s) => s.role === firstRole)!;
    expect(spans.filter((s) => s.start < first.end).length).toBeGreaterThan(1);
    const { text } = await exportCsv(session);
    expect(new Set(csvIds(text)).size).toBe(csvIds(text).length);
  });

  it('hides suspended agents, counts them, and shows them on request', async () => {
    session = await startSession({ account: { seats: 120 } });
    await openApp(session);
    await waitForRoster(session);
    const suspended = suspendedSeats(session.account);
    expect(suspended.length).toBeGreaterThan(0);
    expect(await summaryFigure(session, 'suspended')).toBe(suspended.length);
    const notice = session.app.locator('[data-notice="suspended"]');
    await expect(notice.textContent()).resolves.toMatch(new RegExp(`${suspended.length} suspended agents? hidden — each still holds a paid seat`));

    const first = suspended[0]!;
    const search = session.app.getByPlaceholder('Name or email');
    await search.fill(first.email ?? '');
    await session.app.locator('[data-shown-count="0"]').waitFor();
    await session.app.getByText('Show suspended agents').click();
    await session.app.locator(`[data-user-id="${first.id}"][data-suspended="true"]`).waitFor();
    await clearSearch(session, listedSeats(session.account).length + suspended.length);
    const { text } = await exportCsv(session);
    expect(csvIds(text)).toEqual(expect.arrayContaining(suspended.map((u) => u.id)));
  });

  it('flags likely-idle paid seats with their reasons and spares new hires, active agents and seat-less users', async () => {
    session = await startSession({ account: { seats: 200 } });
    await openApp(session);
    await waitForRoster(session);
    await session.app.locator('[data-activity="loading"]').waitFor({ state: 'detached', timeout: 60_000 });
    const now = Date.now();
    const { account } = session;
    const listed = listedSeats(account);
    const paid = listed.filter((u) => u.shared_agent !== true && u.role_type !== 1 && u.role_type !== 3);
    const ofKind = (kind: string) =>
      paid.find((u) => account.activityKinds[u.id] === kind && (kind !== 'never-signed-in' || Date.parse(u.created_at ?? '') < now - 30 * DAY))!;
    const light = listed.find((u) => u.role_type === 1)!;

    const row = (id: number) => session!.app.locator(`[data-user-id="${id}"]`);
    const search = session.app.getByPlaceholder('Name or email');
    for (const [user, idle, reason] of [
      [ofKind('idle'), true, /No sign-in for [\d,]+ days \(threshold 30\); No ticket interaction in 30 days/],
      [ofKind('never-signed-in'), true, /Never signed in; seat created [\d,]+ days ago/],
      [ofKind('new-hire'), false, null],
      [ofKind('busy'), false, null],
      [light, false, null],
    ] as const) {
      expect(user, 'demo account has this kind').toBeDefined();
      await search.fill(user.email ?? '');
      await row(user.id).waitFor();
      expect(await row(user.id).getAttribute('data-idle')).toBe(idle ? 'true' : null);
      if (reason) expect(await row(user.id).locator('[data-idle-reason]').textContent()).toMatch(reason);
    }

    // The summary agrees with the rule applied independently to the account's own data.
    const exports = (await apiRequests(session.standin)).filter((r) => r.path === '/api/v2/incremental/ticket_events');
    const interactions = expectedInteractions(account, Number(new URLSearchParams(exports[0]!.query).get('start_time')));
    const lastSeen = new Map<number, number>();
    for (const s of account.sessions) lastSeen.set(s.user_id, Math.max(lastSeen.get(s.user_id) ?? 0, Date.parse(s.last_seen_at)));
    const days = (ms: number) => Math.floor((now - ms) / DAY);
    const expectedIdle = paid.filter((u) => {
      const worked = (interactions.get(u.id) ?? 0) > 0;
      const seen = lastSeen.get(u.id);
      if (u.last_login_at === null) {
        if (worked || (seen !== undefined && days(seen) <= 30)) return false;
        return u.created_at === null || days(Date.parse(u.created_at ?? '')) > 14;
      }
      return days(Math.max(Date.parse(u.last_login_at ?? ''), seen ?? 0)) > 30 && !worked;
    }).length;
    expect(await summaryFigure(session, 'idle')).toBe(expectedIdle);
    expect(await summaryFigure(session, 'paid')).toBe(paid.length);
    expect(Number(await session.app.locator('[data-summary="idle-cost"]').getAttribute('data-amount'))).toBe(expectedIdle * 55);
  });

  it('exports the rows shown as CSV, with formula-looking cells neutralised', async () => {
    session = await startSession({ account: { seats: 120 } });
    await openApp(session);
    await waitForRoster(session);
    await session.app.getByPlaceholder('Name or email').fill('sum');
    const { name, text } = await exportCsv(session);
    expect(name).toMatch(/^seat-review-acme-demo-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'User ID,Name,Email,Created,Last sign-in,Role,Role type,Can report CSV,Chat only,Moderator,Restricted agent,Shared,Shared agent,Suspended,Ticket restriction,Two-factor auth,Verified,Seat class,Idle,idle_reasons,Ticket interactions,Last seen (session)',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=SUM(1+1)"`);

    await clearSearch(session, listedSeats(session.account).length);
    const all = await exportCsv(session);
    for (const line of all.text.split('\r\n').slice(1)) {
      for (const cell of line.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('refuses a non-admin with a clear message and makes no API call', async () => {
    session = await startSession({ account: { seats: 60 } });
    await control(session.standin, 'POST', '/__standin/session', { role: 'agent' });
    await control(session.standin, 'DELETE', '/__standin/requests');
    await openApp(session);
    await session.app.locator('[data-app-state="refused"]').waitFor();
    expect(await session.app.locator('[data-app-state="refused"]').textContent()).toContain('Only admins can review seats');
    await screenshot(session, 'refused');
    await session.page.waitForTimeout(500);
    expect(await apiRequests(session.standin)).toEqual([]);
  });
});

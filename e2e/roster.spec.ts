import { afterEach, describe, expect, it } from 'vitest';
import { apiRequests, control, csvIds, exportCsv, listedSeats, openApp, screenshot, startSession, summaryFigure, suspendedSeats, waitForRoster, type Session } from './support';

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
    expect(pages.length).toBe(Math.ceil(250 / 100));
    for (const page of pages) {
      const query = new URLSearchParams(page.query);
      expect(query.getAll('role[]').sort()).toEqual(['admin', 'agent']);
      expect(query.get('page[size]')).toBe('100');
      expect(query.has('page')).toBe(false);
    }
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
    await search.fill('');
    const { text } = await exportCsv(session);
    expect(csvIds(text)).toEqual(expect.arrayContaining(suspended.map((u) => u.id)));
  });

  it('flags idle seats with their reason and spares new hires and active agents', async () => {
    session = await startSession({ account: { seats: 200 } });
    await openApp(session);
    await waitForRoster(session);
    const now = Date.now();
    const listed = listedSeats(session.account);
    const ageDays = (iso: string | null | undefined) => (iso ? (now - Date.parse(iso)) / DAY : null);
    const longIdle = listed.find((u) => (ageDays(u.last_login_at) ?? 0) > 60);
    const neverOld = listed.find((u) => u.last_login_at === null && (ageDays(u.created_at) ?? 0) > 30);
    const newHire = listed.find((u) => u.last_login_at === null && (ageDays(u.created_at) ?? 99) < 10);
    const active = listed.find((u) => (ageDays(u.last_login_at) ?? 99) < 5);
    expect([longIdle, neverOld, newHire, active].every(Boolean)).toBe(true);

    const row = (id: number) => session!.app.locator(`[data-user-id="${id}"]`);
    const search = session.app.getByPlaceholder('Name or email');
    for (const [user, idle, reason] of [
      [longIdle!, true, /No sign-in for \d+ days \(threshold 30\)/],
      [neverOld!, true, /Never signed in; seat created \d+ days ago/],
      [newHire!, false, null],
      [active!, false, null],
    ] as const) {
      await search.fill(user.email ?? '');
      await row(user.id).waitFor();
      expect(await row(user.id).getAttribute('data-idle')).toBe(idle ? 'true' : null);
      if (reason) expect(await row(user.id).locator('[data-idle-reason]').textContent()).toMatch(reason);
    }

    // The summary's idle figure agrees with the rule applied to the account's data.
    const expectedIdle = listed.filter((u) => {
      const last = ageDays(u.last_login_at);
      if (last !== null) return Math.floor(last) > 30;
      const created = ageDays(u.created_at);
      return created === null || Math.floor(created) > 14;
    }).length;
    expect(await summaryFigure(session, 'idle')).toBe(expectedIdle);
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
      'User ID,Name,Email,Created,Last sign-in,Idle,Role,Role type,Chat only,Moderator,Restricted agent,Shared,Shared agent,Ticket restriction,Two-factor auth,Verified,Can report CSV,Suspended',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=SUM(1+1)"`);

    await session.app.getByPlaceholder('Name or email').fill('');
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

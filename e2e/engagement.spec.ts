import { afterEach, describe, expect, it } from 'vitest';
import { expectedInteractions } from '../standin/demo/interactions';
import { apiRequests, control, listedSeats, openApp, startSession, summaryFigure, waitForRoster, type Session } from './support';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const ticketEventPath = '/api/v2/incremental/ticket_events';

async function waitForInteractions(s: Session, timeout = 60_000): Promise<void> {
  await s.app.locator('[data-activity="loading"]').waitFor({ state: 'detached', timeout });
}

function rowOf(s: Session, id: number) {
  return s.app.locator(`[data-user-id="${id}"]`);
}

async function findRow(s: Session, email: string, id: number) {
  await s.app.getByPlaceholder('Name or email').fill(email);
  await rowOf(s, id).waitFor();
  return rowOf(s, id);
}

/** Cell text by column label, read through the header order. */
async function cellText(s: Session, id: number, label: string): Promise<string> {
  const headers = await s.app.locator('thead th').allTextContents();
  const index = headers.findIndex((h) => h.trim() === label);
  expect(index, `column ${label}`).toBeGreaterThanOrEqual(0);
  return (await rowOf(s, id).locator('td').nth(index).textContent()) ?? '';
}

describe('seat classes, interactions and sign-in truth in Chromium', () => {
  it('counts interactions from the ticket event export, with progress, and explains every verdict', async () => {
    session = await startSession({ account: { seats: 240 } });
    await openApp(session);
    await waitForRoster(session);
    await session.app
      .locator('[data-activity="loading"]', { hasText: /ticket event export: \d+ requests? \(search counts would need (up to )?\d+ requests\)/ })
      .waitFor();
    await waitForInteractions(session);

    const { account } = session;
    const log = await apiRequests(session.standin);
    const exportRequests = log.filter((r) => r.path === ticketEventPath);
    expect(exportRequests.length).toBeGreaterThan(1);
    expect(log.filter((r) => r.path === '/api/v2/search/count')).toHaveLength(0);
    const since = Number(new URLSearchParams(exportRequests[0]!.query).get('start_time'));
    const expected = expectedInteractions(account, since);

    const kindOf = (kind: string) => listedSeats(account).find((u) => account.activityKinds[u.id] === kind)!;
    const busy = kindOf('busy');
    const idle = kindOf('idle');
    const apiOnly = kindOf('api-only');

    await findRow(session, busy.email ?? '', busy.id);
    expect(Number(await cellText(session, busy.id, 'Ticket interactions'))).toBe(expected.get(busy.id));
    expect(await rowOf(session, busy.id).getAttribute('data-idle')).toBeNull();

    await findRow(session, idle.email ?? '', idle.id);
    expect(await rowOf(session, idle.id).getAttribute('data-idle')).toBe('true');
    expect(await cellText(session, idle.id, 'Idle')).toMatch(/No sign-in for \d+ days \(threshold 30\); No ticket interaction in 30 days/);
    expect(await cellText(session, idle.id, 'Ticket interactions')).toBe('0');

    await findRow(session, apiOnly.email ?? '', apiOnly.id);
    expect(await rowOf(session, apiOnly.id).getAttribute('data-idle')).toBeNull();
    expect(await cellText(session, apiOnly.id, 'Idle')).toContain('API-only sign-in?');
    expect(await cellText(session, apiOnly.id, 'Last seen (session)')).toBe('No session');

    const light = listedSeats(account).find((u) => u.role_type === 1 && u.last_login_at === null);
    if (light) {
      await findRow(session, light.email ?? '', light.id);
      expect(await rowOf(session, light.id).getAttribute('data-idle')).toBeNull();
      expect(await rowOf(session, light.id).locator('[data-seat-class="light"][data-uncertain="true"]').count()).toBe(1);
    }
    expect(await session.app.locator('[data-summary-basis]').count()).toBe(0);
    expect(await summaryFigure(session, 'paid')).toBeGreaterThan(0);
  });

  it('reads sessions and the ticket event export beside the roster, not after it', async () => {
    session = await startSession({ account: { seats: 3000, ticketEvents: 3000 }, latencyMs: 200 });
    await openApp(session);
    await waitForRoster(session, 60_000);
    await waitForInteractions(session);
    expect(await summaryFigure(session, 'seats')).toBe(listedSeats(session.account).length);
    const log = await apiRequests(session.standin);
    const at = (r: { at: string }) => Date.parse(r.at);
    const rosterPages = log.filter((r) => r.path === '/api/v2/users' && r.status === 200);
    expect(rosterPages).toHaveLength(30);
    const lastRosterPage = Math.max(...rosterPages.map(at));
    const firstOf = (path: string) => Math.min(...log.filter((r) => r.path === path).map(at));
    expect(firstOf('/api/v2/sessions')).toBeLessThan(lastRosterPage);
    expect(firstOf(ticketEventPath)).toBeLessThan(lastRosterPage);
  });

  it('takes search counts when that costs fewer requests, one per paid seat', async () => {
    session = await startSession({ account: { seats: 40, ticketEvents: 300_000 } });
    await openApp(session);
    await waitForRoster(session);
    await session.app.locator('[data-activity="loading"]', { hasText: 'with Zendesk search' }).waitFor();
    await waitForInteractions(session);
    const log = await apiRequests(session.standin);
    const searches = log.filter((r) => r.path === '/api/v2/search/count');
    const paidListed = await summaryFigure(session, 'paid');
    expect(searches).toHaveLength(paidListed);
    expect(log.filter((r) => r.path === ticketEventPath)).toHaveLength(1);
  });

  it('honours a 429 from the export’s own limit and still counts every event', async () => {
    session = await startSession({ account: { seats: 120, ticketEvents: 6000 } });
    await control(session.standin, 'POST', '/__standin/faults', { incrementalPerMinute: 2, windowMs: 2000 });
    await openApp(session);
    await waitForRoster(session);
    await waitForInteractions(session);
    const log = await apiRequests(session.standin);
    const exports = log.filter((r) => r.path === ticketEventPath);
    const throttled = exports.filter((r) => r.status === 429);
    expect(throttled.length).toBeGreaterThan(0);
    for (const t of throttled) {
      const retry = exports.find((r) => r.query === t.query && r.at > t.at);
      expect(retry?.status).toBe(200);
      expect(Date.parse(retry!.at) - Date.parse(t.at)).toBeGreaterThanOrEqual(900);
    }
    const busy = listedSeats(session.account).find((u) => session!.account.activityKinds[u.id] === 'busy')!;
    const since = Number(new URLSearchParams(exports[0]!.query).get('start_time'));
    await findRow(session, busy.email ?? '', busy.id);
    expect(Number(await cellText(session, busy.id, 'Ticket interactions'))).toBe(expectedInteractions(session.account, since).get(busy.id));
  });

  it('cancels: the roster stays, interactions show as unknown and verdicts rest on sign-in', async () => {
    session = await startSession({ account: { seats: 120, ticketEvents: 20_000 } });
    await control(session.standin, 'POST', '/__standin/faults', { incrementalPerMinute: 1, windowMs: 60_000 });
    await openApp(session);
    await waitForRoster(session);
    await session.app.locator('[data-activity-progress]').waitFor({ timeout: 20_000 });
    await session.app.getByRole('button', { name: 'Cancel' }).click();
    await session.app.locator('[data-activity="cancelled"]').waitFor();
    expect(await session.app.locator('[data-summary-basis="sign-in"]').textContent()).toBe('judged on sign-in only');
    const someone = listedSeats(session.account)[0]!;
    await findRow(session, someone.email ?? '', someone.id);
    expect(await cellText(session, someone.id, 'Ticket interactions')).toBe('—');
    expect(await summaryFigure(session, 'seats')).toBe(listedSeats(session.account).length);
  });
});

describe('a repeat review', () => {
  it('resumes the ticket event export where the last review stopped, reusing the counts it kept', async () => {
    session = await startSession({ account: { seats: 200, ticketEvents: 6000 } }, { storage: true });
    await openApp(session);
    await waitForRoster(session);
    await waitForInteractions(session);
    const first = (await apiRequests(session.standin)).filter((r) => r.path === ticketEventPath);
    expect(first.length).toBeGreaterThan(3);
    const busy = listedSeats(session.account).find((u) => session!.account.activityKinds[u.id] === 'busy')!;
    await findRow(session, busy.email ?? '', busy.id);
    const countBefore = await cellText(session, busy.id, 'Ticket interactions');

    await control(session.standin, 'DELETE', '/__standin/requests');
    await session.page.reload();
    await waitForRoster(session);
    await session.app
      .locator('[data-activity="loading"]', { hasText: 'resuming' })
      .or(session.app.locator('[data-summary="paid"]'))
      .first()
      .waitFor();
    await waitForInteractions(session);
    const again = (await apiRequests(session.standin)).filter((r) => r.path === ticketEventPath);
    expect(again).toHaveLength(1);
    expect(Number(new URLSearchParams(again[0]!.query).get('start_time'))).toBeGreaterThan(
      Number(new URLSearchParams(first[0]!.query).get('start_time')),
    );
    await findRow(session, busy.email ?? '', busy.id);
    expect(await cellText(session, busy.id, 'Ticket interactions')).toBe(countBefore);
  });
});

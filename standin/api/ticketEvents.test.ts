import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateAccount, type DemoAccount, type TicketEvent } from '../demo/account';
import type { LoggedRequest } from './requestLog';
import { startTestServer, TEST_NOW, type TestServer } from './testServer';

interface Page {
  ticket_events: { id: number; timestamp: number; created_at: string; child_events: Record<string, unknown>[] }[];
  next_page: string | null;
  end_time: number;
  end_of_stream: boolean;
  count: number;
}

const NOW_S = Date.parse(TEST_NOW) / 1000;
const DAY_S = 86_400;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const PATH = '/api/v2/incremental/ticket_events';

/** Follows next_page from start_time until end_of_stream; every page must be a 200. */
async function exportAll(t: TestServer, start: number, include = ''): Promise<{ pages: Page[]; ids: number[] }> {
  let url = `${PATH}?start_time=${start}${include}`;
  const pages: Page[] = [];
  for (;;) {
    const res = await t.get(url);
    expect(res.status, url).toBe(200);
    const page = (await res.json()) as Page;
    pages.push(page);
    expect(page.next_page).toBe(`${t.base}${PATH}?start_time=${page.end_time}${include}`);
    if (page.end_of_stream) break;
    url = page.next_page as string;
  }
  return { pages, ids: pages.flatMap((p) => p.ticket_events.map((e) => e.id)) };
}

const inRange = (events: readonly TicketEvent[], from: number, to: number): number[] =>
  events.filter((e) => e.timestamp >= from && e.timestamp < to).map((e) => e.id);

describe('GET /api/v2/incremental/ticket_events', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ seats: 120, endUsers: 300 }, { incrementalPerMinute: 10_000 });
  });
  afterAll(() => t.close());
  beforeEach(() => t.control('/__standin/reset', 'POST'));

  it('pages to end_of_stream covering every event in range exactly once', async () => {
    const account = t.api.account();
    const start = NOW_S - 30 * DAY_S;
    const { pages, ids } = await exportAll(t, start);
    expect(pages.length).toBeGreaterThan(2);
    const last = pages.at(-1) as Page;
    expect(last.end_time).toBeGreaterThanOrEqual(NOW_S - 60); // the horizon: a minute before demo now
    expect(last.end_time).toBeLessThan(NOW_S);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(inRange(account.ticketEvents, start, last.end_time));
    for (const p of pages) {
      expect(p.count).toBe(p.ticket_events.length);
      expect(p.count).toBeLessThanOrEqual(1000);
      for (const e of p.ticket_events) expect(e.created_at).toBe(new Date(e.timestamp * 1000).toISOString().replace('.000', ''));
    }
    expect(pages.slice(0, -1).every((p) => !p.end_of_stream && p.count > 900)).toBe(true);
  });

  it('without include=comment_events, comments only say they are there; with it, they come whole', async () => {
    const start = NOW_S - 2 * DAY_S;
    const plain = ((await (await t.get(`${PATH}?start_time=${start}`)).json()) as Page).ticket_events;
    const full = ((await (await t.get(`${PATH}?start_time=${start}&include=comment_events`)).json()) as Page).ticket_events;
    expect(plain.map((e) => e.id)).toEqual(full.map((e) => e.id));
    const plainComments = plain.flatMap((e) => e.child_events).filter((c) => c.event_type === 'Comment');
    const fullComments = full.flatMap((e) => e.child_events).filter((c) => c.event_type === 'Comment');
    expect(plainComments.length).toBeGreaterThan(0);
    expect(plainComments.length).toBe(fullComments.length);
    for (const c of plainComments) {
      expect(c).toMatchObject({ comment_present: true, comment_public: expect.any(Boolean) });
      expect(c).not.toHaveProperty('author_id');
      expect(c).not.toHaveProperty('body');
    }
    for (const c of fullComments) {
      expect(c).toMatchObject({ type: 'Comment', author_id: expect.any(Number), body: expect.any(String), public: expect.any(Boolean) });
      expect(c.via).toMatchObject({ channel: expect.any(String) });
    }
  });

  it('checks start_time: 400 when missing or not a number, 422 within the last minute or in the future', async () => {
    for (const q of ['', '?start_time=', '?start_time=yesterday', '?start_time=-5', '?start_time=1.5']) {
      const res = await t.get(`${PATH}${q}`);
      expect(res.status, q).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'InvalidValue' });
    }
    for (const s of [NOW_S - 10, NOW_S + 3600]) {
      const res = await t.get(`${PATH}?start_time=${s}`);
      expect(res.status).toBe(422);
      expect(((await res.json()) as { description: string }).description).toMatch(/^Too recent start_time/);
    }
    expect((await t.get(`${PATH}.json?start_time=${NOW_S - 120}`)).status).toBe(200);
  });

  it('is for admins: 403 for a signed-in agent and an end user', async () => {
    for (const role of ['agent', 'end-user']) {
      await t.control('/__standin/session', 'POST', { role });
      const res = await t.get(`${PATH}?start_time=${NOW_S - DAY_S}`);
      expect(res.status, role).toBe(403);
      expect(await res.json()).toMatchObject({ error: 'Forbidden' });
    }
  });

  it('honours failNext / throttleNext with path prefixes', async () => {
    await t.control('/__standin/faults', 'POST', { failNext: { count: 1, status: 503, path: '/api/v2/incremental' } });
    expect((await t.get('/api/v2/users/count')).status).toBe(200);
    expect((await t.get(`${PATH}?start_time=${NOW_S - DAY_S}`)).status).toBe(503);
    expect((await t.get(`${PATH}?start_time=${NOW_S - DAY_S}`)).status).toBe(200);
  });
});

describe('page boundaries', () => {
  // Crowded seconds: 1,500 events in one second, and runs of one second across page limits.
  function crowded(): DemoAccount {
    const account = generateAccount({ now: TEST_NOW, seats: 30, endUsers: 20, ticketEvents: 0 });
    const owner = account.ownerId;
    const seconds: number[] = [
      ...Array(995).fill(0),
      ...Array(10).fill(1),
      ...Array(1500).fill(2),
      ...Array(3).fill(3),
      ...Array(998).fill(4),
      ...Array(5).fill(5),
    ];
    account.ticketEvents = seconds.map((s, i) => ({
      id: 1000 + i * 10,
      ticket_id: 1,
      timestamp: NOW_S - 3 * DAY_S + s,
      updater_id: owner,
      via: { channel: 'web', source: { from: {}, to: {}, rel: null } },
      event_type: 'Audit',
      child_events: [{ id: 1001 + i * 10, event_type: 'Comment', author_id: owner, body: 'x', public: true }],
    }));
    return account;
  }
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(crowded(), { incrementalPerMinute: 1000 });
  });
  afterAll(() => t.close());

  it('never splits a second across pages, so nothing is repeated or missed', async () => {
    const base = NOW_S - 3 * DAY_S;
    const { pages, ids } = await exportAll(t, base, '&include=comment_events');
    expect(pages.map((p) => [p.count, p.end_time - base])).toEqual([
      [995, 1], // the 10 events of second 1 would cross the 1000 limit: left for the next page
      [10, 2],
      [1500, 3], // one second holds more than a page: all of it, end_time is the second after
      [3, 4], // 3 + 998 would be 1001: second 4 waits for the next page
      [998, 5],
      [5, (pages.at(-1) as Page).end_time - base], // the last page ends at the horizon
    ]);
    expect(ids).toEqual(t.api.account().ticketEvents.map((e) => e.id));
  });
});

describe('incremental export rate limit', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ seats: 40, endUsers: 20 }, { windowMs: 1500 });
  });
  afterAll(() => t.close());

  it('allows 10 a window, answers 429 with Retry-After, leaves other endpoints alone and recovers', async () => {
    const url = `${PATH}?start_time=${NOW_S - DAY_S}`;
    for (let i = 0; i < 10; i++) expect((await t.get(url)).status, `request ${i + 1}`).toBe(200);
    const limited = await t.get(url);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(2);
    expect(limited.headers.get('x-rate-limit')).toBe('700');
    expect(await limited.json()).toMatchObject({ error: 'TooManyRequests' });
    expect((await t.get('/api/v2/users/count')).status).toBe(200);
    await sleep(retryAfter * 1000);
    expect((await t.get(url)).status).toBe(200);
    const log = (await t.control<{ requests: LoggedRequest[] }>('/__standin/requests')).body.requests;
    expect(log.filter((r) => r.status === 429).map((r) => r.fault)).toEqual(['rate-limit']);
  });

  it('is configured through /__standin/faults and reset, and spends the account budget too', async () => {
    const { body } = await t.control('/__standin/faults', 'POST', { incrementalPerMinute: 2, windowMs: 60_000 });
    expect(body).toMatchObject({ incrementalPerMinute: 2, windowMs: 60_000, incrementalWindow: { used: 0, remaining: 2 } });
    const url = `${PATH}?start_time=${NOW_S - DAY_S}`;
    expect((await t.get(url)).status).toBe(200);
    const second = await t.get(url);
    expect(second.headers.get('x-rate-limit-remaining')).toBe('698');
    expect((await t.get(url)).status).toBe(429);
    expect((await t.control('/__standin/faults', 'POST', { incrementalPerMinute: 0 })).status).toBe(400);
    await t.control('/__standin/reset', 'POST', { incrementalPerMinute: 1 });
    expect((await t.get(url)).status).toBe(200);
    expect((await t.get(url)).status).toBe(429);
  });
});

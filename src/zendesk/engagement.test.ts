import { describe, expect, it } from 'vitest';
import { FakeZafClient, json, type ScriptedAnswer } from '../test/fakeZafClient';
import { memoryStore } from '../storage/store';
import { ZendeskGateway } from '../zaf/gateway';
import type { Seat } from '../seats/seat';
import { loadEngagement, windowStart, type EngagementPhase, type InteractionCounts } from './engagement';
import { storeCache } from './interactionCache';

const DAY = 86_400;
const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);
const seat = (id: number): Seat => ({
  id,
  name: `U${id}`,
  email: `u${id}@x.test`,
  createdAt: 0,
  lastLoginAt: NOW,
  role: 'agent',
  roleType: null,
  customRoleId: null,
  reportCsv: null,
  chatOnly: false,
  moderator: null,
  restrictedAgent: null,
  shared: false,
  sharedAgent: false,
  suspended: false,
  ticketRestriction: null,
  twoFactorAuth: null,
  verified: null,
});

/** A fake export: `events` by timestamp, pages of `pageSize`, [start_time, end) like Zendesk's stand-in. */
function exportAnswer(events: { id: number; timestamp: number; updater_id: number }[], pageSize: number, nowUnix: number) {
  return (url: string): ScriptedAnswer => {
    if (url.startsWith('/api/v2/sessions')) return json({ sessions: [], meta: { has_more: false }, links: {} });
    const start = Number(new URL(url, 'https://x.test').searchParams.get('start_time'));
    const page = events.filter((e) => e.timestamp >= start).slice(0, pageSize);
    const end = page.length === pageSize ? page[page.length - 1]!.timestamp + 1 : nowUnix;
    return json({
      ticket_events: page,
      end_time: end,
      end_of_stream: page.length < pageSize,
      next_page: `https://x.zendesk.com/api/v2/incremental/ticket_events?start_time=${end}&include=comment_events`,
      count: page.length,
    });
  };
}

async function review(client: FakeZafClient, now: number, cache: ReturnType<typeof storeCache>) {
  const gateway = new ZendeskGateway(client, { sleep: () => Promise.resolve() });
  const phases: EngagementPhase[] = [];
  let interactions: InteractionCounts | null = null;
  const last = await loadEngagement(gateway, [seat(1), seat(2)], {
    idleDays: 30,
    now,
    rateLimit: 700,
    cache,
    onPhase: (p) => phases.push(p),
    onInteractions: (i) => (interactions = i),
  });
  return { last, phases, interactions: interactions as InteractionCounts | null };
}

describe('loadEngagement', () => {
  const nowUnix = NOW / 1000;
  const since = windowStart(NOW, 30);
  // 40 events by user 1 over the window, one every 18 hours, and 10 by user 2 in the last day.
  const events = [
    ...Array.from({ length: 40 }, (_, i) => ({ id: i + 1, timestamp: since + i * 64_800, updater_id: 1 })),
    ...Array.from({ length: 10 }, (_, i) => ({ id: 100 + i, timestamp: nowUnix - 3600 * (i + 1), updater_id: 2 })),
  ].sort((a, b) => a.timestamp - b.timestamp);

  it('starts the window at a UTC midnight', () => {
    expect(windowStart(NOW, 30) % DAY).toBe(0);
    expect(windowStart(NOW, 30)).toBe(Date.UTC(2026, 9, 21) / 1000);
  });

  it('counts the whole window the first time and keeps the counts per day', async () => {
    const store = memoryStore();
    const client = new FakeZafClient((o) => exportAnswer(events, 10, nowUnix)(o.url));
    const first = await review(client, NOW, storeCache(store, 'acme'));
    expect(first.last).toMatchObject({ kind: 'done', plan: { strategy: 'ticket-events' } });
    expect(Object.fromEntries(first.interactions!.counts)).toEqual({ 1: 40, 2: 10 });
    // 50 events, 10 a page: five full pages and an empty one that ends the stream.
    expect(client.requests.filter((r) => r.url.includes('ticket_events'))).toHaveLength(6);
    const kept = JSON.parse(store.data.get('seat-review:interactions:v1:acme') ?? '{}') as { startTime: number; endTime: number };
    expect(kept.startTime).toBe(since);
    expect(kept.endTime).toBe(nowUnix);
  });

  it('a day later resumes where the export stopped, and sums the kept days still in the window', async () => {
    const store = memoryStore();
    await review(new FakeZafClient((o) => exportAnswer(events, 10, nowUnix)(o.url)), NOW, storeCache(store, 'acme'));

    const later = NOW + DAY * 1000;
    const newEvents = [...events, { id: 500, timestamp: nowUnix + 600, updater_id: 2 }];
    const client = new FakeZafClient((o) => exportAnswer(newEvents, 10, later / 1000)(o.url));
    const second = await review(client, later, storeCache(store, 'acme'));
    const exportCalls = client.requests.filter((r) => r.url.includes('ticket_events'));
    expect(exportCalls).toHaveLength(1);
    expect(exportCalls[0]!.url).toContain(`start_time=${nowUnix}`);
    expect(second.phases.some((p) => p.kind === 'loading' && p.resumedFrom === nowUnix)).toBe(true);
    // The window moved a day: user 1's events of the first day left it.
    const firstDayEvents = events.filter((e) => e.updater_id === 1 && e.timestamp < windowStart(later, 30)).length;
    expect(Object.fromEntries(second.interactions!.counts)).toEqual({ 1: 40 - firstDayEvents, 2: 11 });
  });

  it('never resumes from counts that do not cover the window’s start', async () => {
    const store = memoryStore();
    const cache = storeCache(store, 'acme');
    cache.save({ version: 1, startTime: since + DAY, endTime: nowUnix, boundaryIds: [], days: {} });
    const client = new FakeZafClient((o) => exportAnswer(events, 10, nowUnix)(o.url));
    const result = await review(client, NOW, cache);
    expect(client.requests.find((r) => r.url.includes('ticket_events'))!.url).toContain(`start_time=${since}`);
    expect(Object.fromEntries(result.interactions!.counts)).toEqual({ 1: 40, 2: 10 });
  });
});

describe('loadEngagement beside a roster still loading', () => {
  const nowUnix = Math.floor(NOW / 1000);
  const events = [{ id: 1, timestamp: nowUnix - 5 * DAY, updater_id: 1 }];

  it('reads sessions and the export before the roster is in, choosing by Zendesk’s seat count', async () => {
    const client = new FakeZafClient((o) => exportAnswer(events, 1000, nowUnix)(o.url));
    const gateway = new ZendeskGateway(client, { sleep: () => Promise.resolve() });
    let loaded: (seats: readonly Seat[]) => void = () => undefined;
    let counted: (n: number | null) => void = () => undefined;
    const source = {
      seats: new Promise<readonly Seat[]>((resolve) => (loaded = resolve)),
      expected: new Promise<number | null>((resolve) => (counted = resolve)),
    };
    let interactions: InteractionCounts | null = null;
    const run = loadEngagement(gateway, source, { idleDays: 30, now: NOW, rateLimit: 700, onInteractions: (i) => (interactions = i) });
    counted(2);
    const last = await run;
    // Done without the roster: the export counts everyone.
    expect(last).toMatchObject({ kind: 'done', plan: { strategy: 'ticket-events' } });
    expect(interactions).toMatchObject({ everyone: true });
    expect(client.requests.map((r) => r.url.split('?')[0])).toEqual(['/api/v2/sessions', '/api/v2/incremental/ticket_events']);
    loaded([]);
  });

  it('search waits for the roster for its ids, and cancelling while it waits ends cleanly', async () => {
    const client = new FakeZafClient((o) => exportAnswer(events, 1000, nowUnix)(o.url));
    const gateway = new ZendeskGateway(client, { sleep: () => Promise.resolve() });
    const controller = new AbortController();
    const source = { seats: new Promise<readonly Seat[]>(() => undefined), expected: Promise.resolve(2) };
    const phases: EngagementPhase[] = [];
    const run = loadEngagement(gateway, source, {
      idleDays: 30,
      now: NOW,
      rateLimit: 700,
      force: 'search-counts',
      signal: controller.signal,
      onPhase: (p) => {
        phases.push(p);
        if (p.kind === 'loading') setTimeout(() => controller.abort(), 5);
      },
    });
    await expect(run).resolves.toMatchObject({ kind: 'cancelled' });
    expect(client.requests.some((r) => r.url.startsWith('/api/v2/search'))).toBe(false);
  });
});

describe('a strategy chosen from Zendesk’s seat count', () => {
  const nowUnix = Math.floor(NOW / 1000);
  // A busy first day: the probe's 1,000 events span minutes, so the export would take many pages.
  const busy = Array.from({ length: 1000 }, (_, i) => ({ id: i + 1, timestamp: nowUnix - 29 * DAY + i, updater_id: 1 }));

  it('marks search’s figure as an upper bound, then makes it exact with the roster in', async () => {
    const client = new FakeZafClient((o) =>
      o.url.startsWith('/api/v2/search/count') ? json({ count: 3 }) : exportAnswer(busy, 1000, nowUnix)(o.url),
    );
    const gateway = new ZendeskGateway(client, { sleep: () => Promise.resolve() });
    let loaded: (seats: readonly Seat[]) => void = () => undefined;
    const source = { seats: new Promise<readonly Seat[]>((resolve) => (loaded = resolve)), expected: Promise.resolve(5) };
    const phases: EngagementPhase[] = [];
    const run = loadEngagement(gateway, source, { idleDays: 30, now: NOW, rateLimit: 700, onPhase: (p) => phases.push(p) });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const first = phases.find((p) => p.kind === 'loading');
    expect(first).toMatchObject({ plan: { strategy: 'search-counts', requests: 5, seatsEstimated: true } });
    loaded([seat(1), seat(2), { ...seat(3), suspended: true }]);
    const last = await run;
    expect(last).toMatchObject({ kind: 'done', plan: { strategy: 'search-counts', requests: 2, seatsEstimated: false } });
    expect(client.requests.filter((r) => r.url.startsWith('/api/v2/search/count'))).toHaveLength(2);
  });
});

describe('a lighter share for search', () => {
  it('paces search counts at the share asked for (the unattended run’s), half the plan otherwise', async () => {
    const nowUnix = Math.floor(NOW / 1000);
    const busy = Array.from({ length: 1000 }, (_, i) => ({ id: i + 1, timestamp: nowUnix - 29 * DAY + i, updater_id: 1 }));
    const plan = async (searchShare?: number) => {
      const client = new FakeZafClient((o) =>
        o.url.startsWith('/api/v2/search/count') ? json({ count: 1 }) : exportAnswer(busy, 1000, nowUnix)(o.url),
      );
      const gateway = new ZendeskGateway(client, { sleep: () => Promise.resolve() });
      const last = await loadEngagement(gateway, [seat(1), seat(2)], {
        idleDays: 30,
        now: NOW,
        rateLimit: 700,
        ...(searchShare ? { searchShare } : {}),
      });
      return last.kind === 'done' ? last.plan : null;
    };
    expect(await plan()).toMatchObject({ strategy: 'search-counts', perMinute: 350 });
    expect(await plan(0.1)).toMatchObject({ strategy: 'search-counts', perMinute: 70 });
  });
});

/**
 * The review session driven end to end with the fake SDK client, no React: the roster and
 * engagement load side by side, a failed page resumes, Cancel stops engagement, one seat
 * updates the summary, and a pending snapshot is re-sent when a session starts.
 */
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../settings/settings';
import { memoryStore } from '../storage/store';
import { agentWire } from '../test/account';
import { FakeZafClient, failure, fakeGateway, json, type ScriptedAnswer } from '../test/fakeZafClient';
import { refusingStore } from '../test/fullStorage';
import { cacheKey } from '../zendesk/interactionCache';
import { createReviewSession, type ReviewSessionOptions } from './session';
import type { ReviewState } from './state';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const NOW_UNIX = Math.floor(NOW / 1000);
const DAY = 86_400_000;
const ENDPOINT = 'https://saas.example.com/snapshots';

const user = (id: number, extra: Record<string, unknown> = {}) => agentWire(id, NOW, extra);

/** `seats` agents in offset pages of 100 (the first carries the count). */
function rosterAnswer(url: string, seats: number): ScriptedAnswer {
  const page = Number(new URL(url, 'https://acme.test').searchParams.get('page') ?? '1');
  const ids = Array.from({ length: seats }, (_, i) => i + 1).slice((page - 1) * 100, page * 100);
  return json({ users: ids.map((id) => user(id)), count: seats, next_page: null, previous_page: null });
}

const noSessions = json({ sessions: [{ user_id: 1, last_seen_at: new Date(NOW - DAY).toISOString() }], meta: { has_more: false }, links: {} });
/** One export page to the end of the stream: seat 1 made 3 updates, nobody else any. */
const oneExportPage = json({
  ticket_events: [1, 2, 3].map((id) => ({ id, timestamp: NOW_UNIX - 3600 - id, updater_id: 1 })),
  end_time: NOW_UNIX - 60,
  end_of_stream: true,
  next_page: null,
  count: 3,
});

function zendesk(seats: number, override: (url: string) => ScriptedAnswer | null = () => null): FakeZafClient {
  return new FakeZafClient((o) => {
    const url = o.url;
    const special = override(url);
    if (special) return special;
    if (url.startsWith('/api/v2/users?')) return rosterAnswer(url, seats);
    if (url.startsWith('/api/v2/sessions')) return noSessions;
    if (url.startsWith('/api/v2/incremental/ticket_events')) return oneExportPage;
    return failure(404);
  });
}

function session(client: FakeZafClient, extra: Partial<ReviewSessionOptions> = {}, raw: Record<string, unknown> = { seat_price: '10' }) {
  const { settings } = parseSettings(raw);
  return createReviewSession({ gateway: fakeGateway(client), settings, now: NOW, subdomain: 'acme', store: memoryStore(), flushMs: 0, ...extra });
}

/** Waits for the state `until` accepts, with the session's own subscribe. */
function reach(s: ReturnType<typeof session>, until: (state: ReviewState) => boolean): Promise<ReviewState> {
  return new Promise((resolve) => {
    if (until(s.getState())) {
      resolve(s.getState());
      return;
    }
    const stop = s.subscribe(() => {
      if (!until(s.getState())) return;
      stop();
      resolve(s.getState());
    });
  });
}

describe('review session', () => {
  it('loads the roster and engagement side by side to a finished review with its summary', async () => {
    const s = session(zendesk(3));
    s.start();
    const done = await s.settled();
    expect(done.roster).toMatchObject({ phase: 'loaded', expected: 3, error: null });
    expect(done.roster.seats.map((seat) => seat.id)).toEqual([1, 2, 3]);
    expect(done.engagement.phase).toMatchObject({ kind: 'done', plan: { strategy: 'ticket-events' } });
    // The export covered everyone: a seat it never saw made 0 interactions, not an unknown number.
    expect(done.reviewed.map((r) => r.engagement.interactions)).toEqual([3, 0, 0]);
    expect(done.reviewed[0]?.engagement.lastSeenAt).toBe(NOW - DAY);
    expect(done.reviewed[1]?.engagement.lastSeenAt).toBeNull();
    expect(done.summary).toMatchObject({ seats: 3, paid: 3, suspended: 0 });
    expect(done.readiness).toEqual({ code: 'ready' });
    expect(s.snapshotInput()).toMatchObject({ subdomain: 'acme', windowDays: 30, seatPrice: 10, reviewed: done.reviewed });
  });

  it('keeps the seats of a failed page, says why as data, and resumes from the page that failed', async () => {
    let refuse = true;
    const client = zendesk(250, (url) =>
      refuse && url.endsWith('&page=3') ? failure(403, {}, { error: 'Forbidden', description: 'No access' }) : null,
    );
    const s = session(client);
    s.start();
    const failed = await reach(s, (state) => state.roster.phase === 'failed');
    expect(failed.roster.seats).toHaveLength(200);
    expect(failed.roster.error).toMatchObject({ code: 'gateway', kind: 'forbidden', status: 403, service: 'Zendesk', detail: 'No access' });
    expect(s.snapshotInput()).toBeNull();
    refuse = false;
    const asked = client.requests.length;
    s.resumeRoster();
    const loaded = await reach(s, (state) => state.roster.phase === 'loaded');
    expect(loaded.roster.seats).toHaveLength(250);
    // Only the page that failed is asked again.
    expect(
      client.requests
        .slice(asked)
        .map((r) => r.url)
        .filter((u) => u.startsWith('/api/v2/users')),
    ).toEqual(['/api/v2/users?role[]=agent&role[]=admin&per_page=100&page=3']);
  });

  it('Cancel stops engagement at once and leaves every interaction unknown', async () => {
    const s = session(zendesk(2, (url) => (url.startsWith('/api/v2/incremental') ? { hang: true } : null)));
    s.start();
    await reach(s, (state) => state.engagement.phase.kind === 'probing' && state.roster.phase === 'loaded');
    s.cancelEngagement();
    const cancelled = await reach(s, (state) => state.engagement.phase.kind === 'cancelled');
    expect(cancelled.reviewed.map((r) => r.engagement.interactions)).toEqual([null, null]);
    expect(cancelled.readiness).toEqual({ code: 'ready' });
  });

  it('one seat updated moves the summary and composition, and the other seats stay as they were', async () => {
    const s = session(zendesk(3));
    s.start();
    const before = await s.settled();
    const seat = before.roster.seats[2];
    if (!seat) throw new Error('no seat 3');
    s.updateSeat({ ...seat, suspended: true });
    const after = s.getState();
    expect(after.summary).toMatchObject({ seats: 2, suspended: 1 });
    expect(after.summary.composition.suspended).toBe(1);
    expect(after.engagement).toBe(before.engagement);
    expect(after.reviewed[0]).toEqual(before.reviewed[0]);
    s.removeSeat(seat.id);
    expect(s.getState().summary).toMatchObject({ seats: 2, suspended: 0 });
  });

  it('re-sends a pending snapshot when the next session starts', async () => {
    const store = memoryStore();
    const raw = { seat_price: '10', saas_endpoint: ENDPOINT };
    // First opening: SaaS Management is down, the snapshot stays pending.
    const down = session(
      zendesk(3, (url) => (url === ENDPOINT ? failure(503) : null)),
      { store, newId: () => 'snap-1' },
      raw,
    );
    down.start();
    await down.settled();
    const base = down.snapshotInput();
    if (!base) throw new Error('the review should allow a snapshot');
    down.snapshots.send(base);
    await new Promise<void>((resolve) => {
      const stop = down.snapshots.subscribe(() => {
        if (down.snapshots.getState().sending) return;
        stop();
        resolve();
      });
    });
    expect(down.snapshots.getState().outbox.pending).toMatchObject({ snapshot_id: 'snap-1', stored: true, rejected: false });
    down.dispose();
    // Next opening: the receiver answers, and the pending snapshot goes without being asked.
    const client = zendesk(3, (url) => (url === ENDPOINT ? json({ ok: true }) : null));
    const up = session(client, { store }, raw);
    up.start();
    await new Promise<void>((resolve) => {
      const check = (): void => {
        const { sending, outbox } = up.snapshots.getState();
        if (!sending && outbox.pending === null && outbox.lastPush !== null) resolve();
      };
      up.snapshots.subscribe(check);
    });
    expect(client.requests.filter((r) => r.url === ENDPOINT)).toHaveLength(1);
    expect(up.snapshots.getState().outbox.lastPush).toMatchObject({ result: 'sent' });
    up.dispose();
  });

  it('says when the browser could not keep the counts for the next review', async () => {
    const store = refusingStore((key) => key === cacheKey('acme'));
    const s = session(zendesk(2), { store });
    s.start();
    const done = await s.settled();
    expect(done.reviewed[0]?.engagement.interactions).toBe(3);
    expect(done.engagement.cacheKept).toBe(false);
    expect(store.data.has(cacheKey('acme'))).toBe(false);
  });

  it('keeps the counts for the next review, and a second start does no work twice', async () => {
    const store = memoryStore();
    const client = zendesk(2);
    const s = session(client, { store });
    s.start();
    s.start();
    const done = await s.settled();
    expect(done.engagement.cacheKept).toBe(true);
    expect(store.data.has(cacheKey('acme'))).toBe(true);
    expect(client.requests.filter((r) => r.url.startsWith('/api/v2/users'))).toHaveLength(1);
  });
});

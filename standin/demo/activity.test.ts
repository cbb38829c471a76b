import { describe, expect, it } from 'vitest';
import type { ZendeskUserWire } from '../../src/zendesk/types';
import { ACTIVITY_KINDS, describeAccount, expectedInteractions, generateAccount, type ActivityKind, type TicketEvent } from './account';

const NOW = '2025-06-01T12:00:00Z';
const NOW_S = Date.parse(NOW) / 1000;
const DAY_S = 86_400;
const account = generateAccount({ now: NOW });
const byId = new Map(account.users.map((u) => [u.id, u]));
const seats = account.users.filter((u) => u.role === 'agent' || u.role === 'admin');
const secs = (iso: string | null | undefined): number => Date.parse(iso as string) / 1000;

/** Every moment a user acted: events they updated and comments they wrote. */
function actions(events: readonly TicketEvent[]): Map<number, number[]> {
  const at = new Map<number, number[]>();
  const add = (id: number, t: number): void => void (at.get(id) ?? at.set(id, []).get(id))?.push(t);
  for (const e of events) {
    add(e.updater_id, e.timestamp);
    for (const c of e.child_events) if (c.event_type === 'Comment' && c.author_id !== e.updater_id) add(c.author_id, e.timestamp);
  }
  return at;
}
const acted = actions(account.ticketEvents);
const seatsOf = (kind: ActivityKind): ZendeskUserWire[] => seats.filter((u) => account.activityKinds[u.id] === kind);
const sessionsOf = (id: number) => account.sessions.filter((s) => s.user_id === id);

describe('demo activity', () => {
  it('is deterministic, varies with the seed and leaves the users of a seed unchanged', () => {
    const spec = { seed: 3, now: NOW, seats: 60, endUsers: 100 };
    const a = generateAccount(spec);
    expect(JSON.stringify(generateAccount(spec))).toBe(JSON.stringify(a));
    expect(JSON.stringify(generateAccount({ ...spec, seed: 4 }).ticketEvents)).not.toBe(JSON.stringify(a.ticketEvents));
    const quiet = generateAccount({ ...spec, ticketEvents: 0 });
    expect(quiet.ticketEvents).toEqual([]);
    expect(JSON.stringify(quiet.users)).toBe(JSON.stringify(a.users));
    expect(quiet.sessions).toEqual(a.sessions); // sessions do not depend on the volume of events
  });

  it('gives every seat a kind, and every kind shows up', () => {
    expect(Object.keys(account.activityKinds).map(Number).sort()).toEqual(seats.map((u) => u.id).sort());
    for (const kind of ACTIVITY_KINDS) expect(seatsOf(kind).length, kind).toBeGreaterThan(0);
    const s = describeAccount(account).activity;
    expect(s.kinds.apiOnly).toBe(seatsOf('api-only').length);
    expect(s.ticketEvents).toBe(account.ticketEvents.length);
    expect(s.sessions).toBe(account.sessions.length);
    expect(Object.values(s.kinds).reduce((x, y) => x + y, 0)).toBe(seats.length);
  });

  it('keeps kinds, events, sessions and last_login_at consistent', () => {
    for (const u of seats) {
      const kind = account.activityKinds[u.id] as ActivityKind;
      const times = acted.get(u.id) ?? [];
      const login = u.last_login_at ? secs(u.last_login_at) : null;
      for (const t of times) expect(t, `${kind} ${u.id}`).toBeGreaterThanOrEqual(secs(u.created_at));
      const recent = times.filter((t) => t >= NOW_S - 30 * DAY_S).length;
      if (kind === 'idle') for (const t of times) expect(t).toBeLessThanOrEqual(login as number);
      if (kind === 'suspended') expect(recent).toBe(0);
      if (['api-only', 'new-hire', 'never-signed-in'].includes(kind)) expect(times, kind).toEqual([]);
      if (kind === 'busy') expect(recent, 'busy: many a day').toBeGreaterThanOrEqual(30);
      if (kind === 'quiet') expect(recent, 'quiet: a few a month').toBeLessThanOrEqual(15);
      const sessions = sessionsOf(u.id);
      if (kind === 'busy') expect(sessions.length).toBeGreaterThan(0);
      if (!['busy', 'quiet', 'light'].includes(kind)) expect(sessions, kind).toEqual([]);
      if (sessions.length > 0)
        expect(
          sessions
            .map((s) => s.authenticated_at)
            .sort()
            .pop(),
        ).toBe(u.last_login_at);
    }
  });

  it('has API-only service accounts: recent sign-in, no session, no ticket event', () => {
    for (const u of seatsOf('api-only')) {
      expect(NOW_S - secs(u.last_login_at)).toBeLessThanOrEqual(2 * DAY_S);
      expect(u.suspended).toBe(false);
      expect(sessionsOf(u.id)).toEqual([]);
      expect(acted.get(u.id)).toBeUndefined();
    }
  });

  it('lets light agents write private comments only', () => {
    for (const e of account.ticketEvents) {
      const kind = account.activityKinds[e.updater_id];
      if (kind !== 'light') continue;
      expect(e.child_events.every((c) => c.event_type === 'Comment' && !c.public && c.author_id === e.updater_id)).toBe(true);
    }
  });

  it('mixes in requesters and the system, with agent comments saved by someone else', () => {
    const updaters = account.ticketEvents.map((e) => e.updater_id);
    expect(updaters.some((id) => byId.get(id)?.role === 'end-user')).toBe(true);
    expect(updaters.some((id) => id === -1)).toBe(true);
    const onBehalf = account.ticketEvents.filter((e) =>
      e.child_events.some((c) => c.event_type === 'Comment' && c.author_id !== e.updater_id && account.activityKinds[c.author_id] !== undefined),
    );
    expect(onBehalf.length).toBeGreaterThan(0);
  });

  it('writes events in time order within the last 90 days, ids increasing, children after their event', () => {
    const events = account.ticketEvents;
    const problems: string[] = []; // one expect at the end: 17,000 events
    for (let i = 0; i < events.length; i++) {
      const e = events[i] as TicketEvent;
      if (e.timestamp < NOW_S - 90 * DAY_S || e.timestamp > NOW_S) problems.push(`${e.id}: out of range`);
      const p = events[i - 1];
      if (p && !(e.timestamp > p.timestamp || (e.timestamp === p.timestamp && e.id > p.id))) problems.push(`${e.id}: out of order`);
      if (p && e.id <= (p.child_events.at(-1)?.id ?? p.id)) problems.push(`${e.id}: id not above the previous event's children`);
      if (e.child_events.length === 0 || e.child_events.some((c, k) => c.id !== e.id + k + 1)) problems.push(`${e.id}: children`);
    }
    expect(problems).toEqual([]);
    for (const s of account.sessions) expect(secs(s.last_seen_at)).toBeGreaterThanOrEqual(secs(s.authenticated_at));
  });

  it('scales to 100,000 events in the last 30 days, quickly', () => {
    const started = performance.now();
    const big = generateAccount({ now: NOW, ticketEvents: 100_000 });
    const ms = performance.now() - started;
    const last30 = describeAccount(big).activity.ticketEventsLast30Days;
    expect(last30).toBeGreaterThan(90_000);
    expect(last30).toBeLessThan(110_000);
    // About 1 s here for the whole account (300,000 events over 90 days); the bound is
    // loose for slow shared runners but catches quadratic work.
    expect(ms).toBeLessThan(5_000);
    expect(() => generateAccount({ ticketEvents: -1 })).toThrow(RangeError);
    expect(() => generateAccount({ ticketEvents: 1.5 })).toThrow(RangeError);
  });
});

describe('expectedInteractions', () => {
  const user = (id: number, role: string): ZendeskUserWire => ({ id, role });
  const users = [user(1, 'admin'), user(2, 'agent'), user(3, 'agent'), user(9, 'end-user')];
  const event = (id: number, timestamp: number, updater: number, authors: number[]): TicketEvent => ({
    id,
    ticket_id: 100,
    timestamp,
    updater_id: updater,
    via: { channel: 'web', source: { from: {}, to: {}, rel: null } },
    event_type: 'Audit',
    child_events: authors.map((a, k) => ({ id: id + k + 1, event_type: 'Comment', author_id: a, body: 'x', public: true })),
  });

  it('counts updates by seats plus comments they wrote in updates saved by someone else', () => {
    const ticketEvents = [
      event(10, 100, 2, [2]), // before `since`: ignored
      event(20, 200, 2, [2, 2]), // agent 2's own update: 1, however many comments
      event(30, 300, -1, [3]), // system saves agent 3's chat transcript: 1 for agent 3
      event(40, 300, 9, [9]), // requester: nobody counted
      event(50, 400, 1, [9, 3]), // admin 1 updates (1); comment by requester (no) and agent 3 (1)
      {
        ...event(60, 500, 3, []),
        child_events: [{ id: 61, event_type: 'Change' as const, field_name: 'status', previous_value: 'open', value: 'solved' }],
      },
    ];
    const counts = expectedInteractions({ users, ticketEvents }, 200);
    expect([...counts.entries()].sort()).toEqual([
      [1, 1],
      [2, 1],
      [3, 3],
    ]);
    expect(expectedInteractions({ users, ticketEvents }, 501).get(2)).toBe(0);
  });

  it('agrees with a direct count on the demo account', () => {
    const since = NOW_S - 30 * DAY_S;
    const counts = expectedInteractions(account, since);
    const direct = new Map<number, number>();
    for (const [id, times] of acted) direct.set(id, times.filter((t) => t >= since).length);
    for (const u of seats) expect(counts.get(u.id), String(u.id)).toBe(direct.get(u.id) ?? 0);
  });
});

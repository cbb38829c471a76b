import { describe, expect, it } from 'vitest';
import { generateAccount } from './account';
import { deriveTickets, TICKET_STATUSES } from './tickets';

const NOW = '2025-06-01T12:00:00Z';
const account = generateAccount({ now: NOW, seats: 400, endUsers: 300 });
const tickets = deriveTickets(account);
const openHeld = (userId: number): number => tickets.filter((t) => t.assignee_id === userId && t.status !== 'closed').length;

describe('deriveTickets', () => {
  it('is deterministic and leaves the account as it was', () => {
    const again = generateAccount({ now: NOW, seats: 400, endUsers: 300 });
    expect(deriveTickets(again)).toEqual(tickets);
    expect(again).toEqual(account);
  });

  it('has every ticket of the event stream once, with the latest status and assignee its events set', () => {
    const ids = tickets.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    const byId = new Map(tickets.map((t) => [t.id, t]));
    const last = new Map<number, { status?: string; assignee?: string | null; at: number }>();
    for (const e of account.ticketEvents) {
      const seen = last.get(e.ticket_id) ?? { at: 0 };
      seen.at = e.timestamp;
      for (const c of e.child_events) {
        if (c.event_type !== 'Comment' && c.field_name === 'status') seen.status = c.value ?? '';
        if (c.event_type !== 'Comment' && c.field_name === 'assignee_id') seen.assignee = c.value;
      }
      last.set(e.ticket_id, seen);
    }
    for (const [id, seen] of last) {
      const t = byId.get(id);
      expect(t, String(id)).toBeDefined();
      expect(t?.updated).toBe(seen.at);
      expect(t?.status).toBe(seen.status ?? 'open');
      expect(t?.assignee_id).toBe(seen.assignee === undefined || seen.assignee === null ? null : Number(seen.assignee));
    }
    expect(tickets.every((t) => TICKET_STATUSES.includes(t.status))).toBe(true);
    expect(new Set(tickets.map((t) => t.status)).size).toBeGreaterThanOrEqual(4);
  });

  it('gives most idle and never-signed-in seats 1–20 old open tickets, and some none', () => {
    const streamStart = Date.parse(NOW) / 1000 - 90 * 86_400;
    const eventTickets = new Set(account.ticketEvents.map((e) => e.ticket_id));
    const old = tickets.filter((t) => !eventTickets.has(t.id));
    expect(old.length).toBeGreaterThan(0);
    expect(Math.max(...old.map((t) => t.id))).toBeLessThan(Math.min(...eventTickets));
    for (const t of old) {
      expect(['open', 'pending', 'hold']).toContain(t.status);
      expect(t.updated).toBeLessThan(streamStart); // untouched since before the stream
      const kind = account.activityKinds[t.assignee_id as number];
      expect(['idle', 'never-signed-in']).toContain(kind);
      const holder = account.users.find((u) => u.id === t.assignee_id);
      expect(t.updated).toBeGreaterThanOrEqual(Date.parse(holder?.created_at ?? '') / 1000);
    }
    const idleLooking = Object.entries(account.activityKinds)
      .filter(([, k]) => k === 'idle' || k === 'never-signed-in')
      .map(([id]) => Number(id));
    const counts = idleLooking.map(openHeld);
    const holding = counts.filter((n) => n > 0);
    expect(holding.length / idleLooking.length).toBeGreaterThan(0.4);
    expect(counts.filter((n) => n === 0).length).toBeGreaterThan(0);
    expect(holding.some((n) => n >= 5)).toBe(true);
    const oldPerSeat = new Map<number, number>();
    for (const t of old) oldPerSeat.set(t.assignee_id as number, (oldPerSeat.get(t.assignee_id as number) ?? 0) + 1);
    expect(Math.max(...oldPerSeat.values())).toBeLessThanOrEqual(20);
  });

  it('derives a table for an account without events: the old tickets only', () => {
    const quiet = generateAccount({ now: NOW, seats: 60, endUsers: 10, ticketEvents: 0 });
    const only = deriveTickets(quiet);
    expect(only.length).toBeGreaterThan(0);
    expect(only.every((t) => t.assignee_id !== null && t.id < 20_000)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { sumDays } from './engagementReads';
import { countInteractionsByDay, readTicketEventsPage, utcDay } from './ticketEvents';

/** Totals over every day, the way the app sums its per-day counts. */
function countInteractions(events: readonly unknown[], since: number, counts: Map<number, number>, seen: Set<number>): number {
  const days = new Map<string, Map<number, number>>();
  const counted = countInteractionsByDay(events, since, days, seen);
  for (const [user, n] of sumDays(days, '')) counts.set(user, (counts.get(user) ?? 0) + n);
  return counted;
}

const event = (id: number, timestamp: number, updater: number, comments: { author: number; type?: string }[] = []) => ({
  id,
  ticket_id: 1,
  timestamp,
  updater_id: updater,
  via: { channel: 'web' },
  child_events: comments.map((c, i) => ({ id: id * 100 + i, event_type: c.type ?? 'Comment', author_id: c.author, public: true })),
});

describe('countInteractions', () => {
  it('counts one per update made, plus comments authored in someone else’s update', () => {
    const counts = new Map<number, number>();
    const n = countInteractions(
      [
        event(1, 100, 7, [{ author: 7 }]), // own update with own comment: 1
        event(2, 100, 7), // another update: 1
        event(3, 100, 9, [{ author: 7 }, { author: 8 }]), // 9 updated; 7 and 8 commented
        event(4, 100, -1, [{ author: 8, type: 'Change' }]), // system update, a change: nothing
      ],
      50,
      counts,
      new Set(),
    );
    expect(n).toBe(4);
    expect(Object.fromEntries(counts)).toEqual({ 7: 3, 8: 1, 9: 1 });
  });

  it('ignores events before the window', () => {
    const counts = new Map<number, number>();
    countInteractions([event(1, 49, 7), event(2, 50, 7)], 50, counts, new Set());
    expect(counts.get(7)).toBe(1);
  });

  it('counts an event repeated on the next page once', () => {
    const counts = new Map<number, number>();
    const seen = new Set<number>();
    countInteractions([event(1, 100, 7), event(2, 101, 7)], 0, counts, seen);
    countInteractions([event(2, 101, 7), event(3, 102, 7)], 0, counts, seen);
    expect(counts.get(7)).toBe(3);
  });

  it('survives malformed events without counting them', () => {
    const counts = new Map<number, number>();
    countInteractions(
      [null, 'x', { id: 5 }, { id: 6, timestamp: 100, updater_id: '7' }, { id: 7, timestamp: 100, updater_id: 7, child_events: 'no' }],
      0,
      counts,
      new Set(),
    );
    expect(Object.fromEntries(counts)).toEqual({ 7: 1 });
  });
});

describe('readTicketEventsPage', () => {
  it('reads Zendesk’s envelope', () => {
    expect(
      readTicketEventsPage({ ticket_events: [1], next_page: 'https://a.zendesk.com/x?start_time=5', end_time: 5, end_of_stream: false, count: 1 }),
    ).toEqual({
      events: [1],
      endTime: 5,
      endOfStream: false,
      next: 'https://a.zendesk.com/x?start_time=5',
    });
  });

  it('refuses a body without ticket_events', () => {
    expect(readTicketEventsPage({ events: [] })).toBeNull();
    expect(readTicketEventsPage('<html>')).toBeNull();
  });
});

describe('countInteractionsByDay', () => {
  it('buckets each interaction under its UTC day', () => {
    const days = new Map<string, Map<number, number>>();
    countInteractionsByDay([event(1, 86_400 - 1, 7), event(2, 86_400, 7), event(3, 86_400 + 5, 8)], 0, days, new Set());
    expect(Object.fromEntries([...days].map(([d, c]) => [d, Object.fromEntries(c)]))).toEqual({
      [utcDay(0)]: { 7: 1 },
      [utcDay(86_400)]: { 7: 1, 8: 1 },
    });
    expect(utcDay(86_400)).toBe('1970-01-02');
  });
});

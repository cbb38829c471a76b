/**
 * Counting ticket interactions from Zendesk's incremental ticket event export
 * (`/api/v2/incremental/ticket_events?include=comment_events`). The rule, per seat:
 * one for every ticket update it made (`updater_id`), plus one for every comment it
 * authored inside an update made by someone else (a comment added on its behalf, e.g.
 * through an integration). Events before the window are ignored. Pure.
 */
import { isRecord } from '../guards';

export interface TicketEventsPage {
  events: unknown[];
  /** Unix seconds: where the next page starts. */
  endTime: number | null;
  endOfStream: boolean;
  /** Relative URL of the next page, or null. */
  next: string | null;
}

export function readTicketEventsPage(body: unknown): TicketEventsPage | null {
  if (!isRecord(body) || !Array.isArray(body.ticket_events)) return null;
  const endTime = typeof body.end_time === 'number' ? body.end_time : null;
  const next = typeof body.next_page === 'string' && body.next_page !== '' ? body.next_page : null;
  return { events: body.ticket_events, endTime, endOfStream: body.end_of_stream === true, next };
}

/** The UTC day (YYYY-MM-DD) of a unix time: counts kept per day let a later review reuse them. */
export function utcDay(unix: number): string {
  return new Date(unix * 1000).toISOString().slice(0, 10);
}

/** Adds a page's interactions into per-day buckets (day → user id → interactions); returns the events newly counted. */
export function countInteractionsByDay(
  events: readonly unknown[],
  sinceUnix: number,
  days: Map<string, Map<number, number>>,
  seen: Set<number>,
): number {
  return eachInteraction(events, sinceUnix, seen, (user, timestamp) => {
    const day = utcDay(timestamp);
    let counts = days.get(day);
    if (!counts) days.set(day, (counts = new Map<number, number>()));
    counts.set(user, (counts.get(user) ?? 0) + 1);
  });
}

function eachInteraction(events: readonly unknown[], sinceUnix: number, seen: Set<number>, add: (userId: number, timestamp: number) => void): number {
  let counted = 0;
  for (const event of events) {
    if (!isRecord(event)) continue;
    const id = event.id;
    // Time-based pages overlap at their boundary second: count each event once.
    if (typeof id === 'number') {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    if (typeof event.timestamp !== 'number' || event.timestamp < sinceUnix) continue;
    counted += 1;
    const timestamp = event.timestamp;
    const updater = typeof event.updater_id === 'number' ? event.updater_id : null;
    if (updater !== null && updater > 0) add(updater, timestamp);
    if (!Array.isArray(event.child_events)) continue;
    for (const child of event.child_events) {
      if (!isRecord(child) || child.event_type !== 'Comment') continue;
      const author = typeof child.author_id === 'number' ? child.author_id : null;
      if (author !== null && author > 0 && author !== updater) add(author, timestamp);
    }
  }
  return counted;
}

/**
 * How many times each agent interacted with tickets, counted straight from the demo
 * account's ticket events: what a correct reading of the incremental ticket event
 * export (with `include=comment_events`) must arrive at. Pure; for tests.
 */
import type { ZendeskUserWire } from '../../src/zendesk/types';
import type { TicketEvent } from './events';

/**
 * THE INTERACTION RULE (the one Seat Review applies to the export). For every ticket
 * event whose `timestamp` is at or after `sinceUnixSeconds`:
 *   1. the event's `updater_id` gets +1 when that user is an agent or admin (one ticket
 *      update is one interaction, however many child events it carries);
 *   2. every child event with `event_type: "Comment"` whose `author_id` is NOT the
 *      event's `updater_id` gets +1 for that author when the author is an agent or admin
 *      (a chat transcript or API post authored by an agent but saved by the system,
 *      updater_id -1, or by someone else). A comment by the updater itself adds nothing.
 * End users and the system (-1) are never counted. Every agent and admin is in the
 * map, with 0 when they did nothing.
 */
export function expectedInteractions(
  account: { users: readonly ZendeskUserWire[]; ticketEvents: readonly TicketEvent[] },
  sinceUnixSeconds: number,
): Map<number, number> {
  const counts = new Map<number, number>();
  for (const u of account.users) if (u.role === 'agent' || u.role === 'admin') counts.set(u.id, 0);
  const bump = (id: number): void => {
    const n = counts.get(id);
    if (n !== undefined) counts.set(id, n + 1);
  };
  const events = account.ticketEvents;
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((events[mid] as TicketEvent).timestamp < sinceUnixSeconds) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < events.length; i++) {
    const e = events[i] as TicketEvent;
    bump(e.updater_id);
    for (const c of e.child_events) {
      if (c.event_type === 'Comment' && c.author_id !== e.updater_id) bump(c.author_id);
    }
  }
  return counts;
}

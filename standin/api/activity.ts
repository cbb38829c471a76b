/**
 * The account's activity, indexed for the API: ticket events by time (binary search on
 * their timestamps), sessions by id and by user, and, built on first use, the tickets
 * each user commented on (for ticket search; the tickets themselves are in ./tickets.ts).
 */
import type { DemoAccount, Session, TicketEvent } from '../demo/account';

export interface TicketIndex {
  /** User id → ids of the tickets with a comment (public or private) by that user. */
  commented: Map<number, Set<number>>;
}

export class ActivityStore {
  readonly events: readonly TicketEvent[];
  readonly sessions: readonly Session[];
  private readonly times: Float64Array;
  private readonly byUser = new Map<number, Session[]>();
  private tickets: TicketIndex | null = null;

  constructor(account: Pick<DemoAccount, 'ticketEvents' | 'sessions'>) {
    this.events = account.ticketEvents;
    this.times = Float64Array.from(account.ticketEvents, (e) => e.timestamp);
    this.sessions = [...account.sessions].sort((a, b) => a.id - b.id);
    for (const s of this.sessions) {
      const list = this.byUser.get(s.user_id);
      if (list) list.push(s);
      else this.byUser.set(s.user_id, [s]);
    }
  }

  /** Index of the first event at or after `unixSeconds` (events.length when none). */
  firstEventAtOrAfter(unixSeconds: number): number {
    let lo = 0;
    let hi = this.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.times[mid] as number) < unixSeconds) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  timestampAt(index: number): number {
    return this.times[index] as number;
  }

  /** A user's sessions, sorted by id. */
  sessionsOf(userId: number): readonly Session[] {
    return this.byUser.get(userId) ?? [];
  }

  ticketIndex(): TicketIndex {
    if (!this.tickets) {
      const commented = new Map<number, Set<number>>();
      for (const e of this.events) {
        for (const c of e.child_events) {
          if (c.event_type !== 'Comment') continue;
          let set = commented.get(c.author_id);
          if (!set) commented.set(c.author_id, (set = new Set()));
          set.add(e.ticket_id);
        }
      }
      this.tickets = { commented };
    }
    return this.tickets;
  }
}

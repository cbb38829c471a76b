/**
 * The demo account's tickets as a table: each ticket's status, assignee and last update.
 * Two sources, both deterministic:
 * - the ticket event stream (./events.ts): per ticket, the latest `status` and
 *   `assignee_id` its events set, updated at its latest event;
 * - older tickets the 90-day stream does not reach: open work that idle and
 *   never-signed-in seats still hold (assigned before the stream starts, never touched
 *   since), so releasing such a seat has tickets to hand over. Most of those seats get
 *   1–20 (few of them many), the rest none.
 * Pure: the account in, the tickets out (sorted by id).
 */
import type { DemoAccount } from './account';
import { createRng } from './prng';

/** Zendesk's ticket statuses in their order (search's `status<solved` means new, open, pending or hold). */
export const TICKET_STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export interface DemoTicket {
  id: number;
  status: TicketStatus;
  assignee_id: number | null;
  /** updated_at, unix seconds. */
  updated: number;
}

export type TicketSource = Pick<DemoAccount, 'users' | 'ticketEvents' | 'activityKinds' | 'now' | 'ownerId'>;

const DAY_S = 86_400;
/** Share of idle / never-signed-in seats that still hold old tickets. */
const HOLDING_SHARE = 0.7;
const MAX_OLD_PER_SEAT = 20;
/** Event tickets start at 20,000 or above (./events.ts): old tickets take the ids below. */
const NO_EVENTS_FIRST_ID = 20_000;

const isStatus = (v: string | null | undefined): v is TicketStatus => TICKET_STATUSES.includes(v as TicketStatus);
const seconds = (iso: string | null | undefined): number | null => (iso ? Math.floor(Date.parse(iso) / 1000) : null);

function fromEvents(account: TicketSource): Map<number, DemoTicket> {
  const tickets = new Map<number, DemoTicket>();
  for (const e of account.ticketEvents) {
    let t = tickets.get(e.ticket_id);
    // A ticket created before the stream and never given a status in it was open.
    if (!t) tickets.set(e.ticket_id, (t = { id: e.ticket_id, status: 'open', assignee_id: null, updated: e.timestamp }));
    t.updated = e.timestamp; // events come in time order
    for (const c of e.child_events) {
      if (c.event_type === 'Comment') continue;
      if (c.field_name === 'status' && isStatus(c.value)) t.status = c.value;
      if (c.field_name === 'assignee_id') t.assignee_id = c.value === null || c.value === '' ? null : Number(c.value);
    }
  }
  return tickets;
}

/** Old open work of idle and never-signed-in seats, in seat id order (ids given later). */
function oldTickets(account: TicketSource): Omit<DemoTicket, 'id'>[] {
  // Its own stream, seeded from the account: the users and events stay as they were.
  const rng = createRng((account.ownerId ^ 0x2f6b8d31) >>> 0);
  const streamStart = Math.floor(account.now.getTime() / 1000) - 91 * DAY_S;
  const out: Omit<DemoTicket, 'id'>[] = [];
  for (const u of account.users) {
    const kind = account.activityKinds[u.id];
    if (kind !== 'idle' && kind !== 'never-signed-in') continue;
    const holds = rng.chance(HOLDING_SHARE);
    const r = rng.next();
    const from = seconds(u.created_at) ?? streamStart;
    // Assigned while they were around, and untouched since the stream began.
    const to = Math.min(seconds(u.last_login_at) ?? streamStart, streamStart);
    if (!holds || to <= from) continue;
    const n = Math.min(MAX_OLD_PER_SEAT, 1 + Math.floor(MAX_OLD_PER_SEAT * r ** 3));
    for (let i = 0; i < n; i++) {
      const s = rng.next();
      out.push({ status: s < 0.5 ? 'open' : s < 0.8 ? 'pending' : 'hold', assignee_id: u.id, updated: from + Math.floor(rng.next() * (to - from)) });
    }
  }
  return out;
}

export function deriveTickets(account: TicketSource): DemoTicket[] {
  const recent = fromEvents(account);
  let firstEventTicket = NO_EVENTS_FIRST_ID;
  for (const id of recent.keys()) firstEventTicket = Math.min(firstEventTicket, id);
  // Ids follow age; those that do not fit below the stream's tickets are left out.
  const old = oldTickets(account)
    .slice(0, firstEventTicket - 1)
    .map((t, i) => ({ t, i }))
    .sort((a, b) => a.t.updated - b.t.updated || a.i - b.i);
  const first = firstEventTicket - old.length;
  const tickets: DemoTicket[] = old.map(({ t }, rank) => ({ id: first + rank, ...t }));
  return [...tickets, ...[...recent.values()].sort((a, b) => a.id - b.id)];
}

/**
 * The account's tickets as the API changes them: built on first use from the demo
 * account (demo/tickets.ts), indexed by assignee, and handed over when a seat is released,
 * as Zendesk documents it:
 * - to end user: every ticket assigned to them that is not closed goes to the admin
 *   making the change (Zendesk falls back to another agent of the ticket's group when
 *   that admin is not in it; the stand-in keeps no groups, so always the admin);
 * - to light agent: solved tickets go to the admin, other tickets below solved are
 *   unassigned; closed tickets keep their assignee either way.
 * Restoring a seat gives nothing back (Zendesk does not). A handed-over ticket counts as
 * updated at that moment (search's `updated` sees it).
 */
import { deriveTickets, type DemoTicket, type TicketSource, type TicketStatus } from '../demo/tickets';

export type { TicketStatus } from '../demo/tickets';
export type Ticket = DemoTicket;

/** How a seat was released: the two changes that hand tickets over. */
export type Release = 'end-user' | 'light-agent';

const BELOW_SOLVED: readonly TicketStatus[] = ['new', 'open', 'pending', 'hold'];

export class TicketStore {
  private built: { byId: Map<number, Ticket>; byAssignee: Map<number, Set<number>> } | null = null;

  constructor(private readonly account: TicketSource) {}

  private table(): NonNullable<TicketStore['built']> {
    if (!this.built) {
      const byId = new Map<number, Ticket>();
      const byAssignee = new Map<number, Set<number>>();
      for (const t of deriveTickets(this.account)) {
        byId.set(t.id, t);
        if (t.assignee_id !== null) this.index(byAssignee, t.assignee_id).add(t.id);
      }
      this.built = { byId, byAssignee };
    }
    return this.built;
  }

  private index(byAssignee: Map<number, Set<number>>, userId: number): Set<number> {
    let set = byAssignee.get(userId);
    if (!set) byAssignee.set(userId, (set = new Set()));
    return set;
  }

  all(): Iterable<Ticket> {
    return this.table().byId.values();
  }

  byId(id: number): Ticket | undefined {
    return this.table().byId.get(id);
  }

  /** Ids of the tickets assigned to the user, whatever their status. */
  assignedTo(userId: number): ReadonlySet<number> {
    return this.table().byAssignee.get(userId) ?? new Set();
  }

  /** Tickets that are assigned and not closed (the work someone holds). */
  openAssigned(): number {
    let n = 0;
    for (const t of this.all()) if (t.assignee_id !== null && t.status !== 'closed') n++;
    return n;
  }

  /** Hands a released seat's tickets over (see the file header); returns how many changed. */
  release(userId: number, release: Release, adminId: number, nowSeconds: number): number {
    const { byId, byAssignee } = this.table();
    const ids = [...(byAssignee.get(userId) ?? [])];
    let changed = 0;
    for (const id of ids) {
      const t = byId.get(id) as Ticket;
      let to: number | null | undefined;
      if (release === 'end-user') to = t.status === 'closed' ? undefined : adminId;
      else to = t.status === 'solved' ? adminId : BELOW_SOLVED.includes(t.status) ? null : undefined;
      if (to === undefined || to === userId) continue;
      byAssignee.get(userId)?.delete(id);
      if (to !== null) this.index(byAssignee, to).add(id);
      t.assignee_id = to;
      t.updated = nowSeconds;
      changed++;
    }
    return changed;
  }
}

/**
 * Who holds a paid seat? Zendesk's billing rule ("Seats" in its help centre): anyone who
 * is an agent in any capacity — admins, billing admins, agents, custom-role agents —
 * takes an agent seat, except light agents and contributors. Suspended agents keep
 * their seat until downgraded to end users. A shared agent belongs to another account
 * (ticket sharing) and takes no seat here. Codes only: the UI words the class, its rule
 * and what the API cannot tell (src/ui/text/seats.ts).
 */
import type { Seat } from './seat';

export type SeatClass = 'paid' | 'light' | 'contributor' | 'chat_only' | 'shared';

/** Where the Support API cannot tell for sure; the UI says so instead of guessing. */
export type SeatClassUncertainty =
  /** A light agent with a Chat, Guide-manager or Explore role takes a seat; the API does not show those roles. */
  | { code: 'light-other-roles' }
  /** A contributor who is an Explore editor/admin takes a seat; the API does not show that role. */
  | { code: 'contributor-explore' }
  /** Chat activity is not visible through the Support API. */
  | { code: 'chat-activity-unseen' }
  /** A role_type Zendesk does not document: counted as paid. */
  | { code: 'unknown-role-type'; roleType: number };

export interface SeatClassInfo {
  seatClass: SeatClass;
  /** Holds one of this account's paid agent seats. */
  paid: boolean;
  /** Suspended yet holding the seat until downgraded to an end user (the rule says so). */
  heldWhileSuspended: boolean;
  uncertainty: SeatClassUncertainty | null;
}

/** Custom-role agent, admin, billing admin. */
const KNOWN_PAID_ROLE_TYPES: ReadonlySet<number> = new Set([0, 4, 5]);

export function classifySeat(seat: Pick<Seat, 'role' | 'roleType' | 'chatOnly' | 'sharedAgent' | 'suspended'>): SeatClassInfo {
  if (seat.sharedAgent === true) return { seatClass: 'shared', paid: false, heldWhileSuspended: false, uncertainty: null };
  if (seat.roleType === 1) return { seatClass: 'light', paid: false, heldWhileSuspended: false, uncertainty: { code: 'light-other-roles' } };
  if (seat.roleType === 3) {
    return { seatClass: 'contributor', paid: false, heldWhileSuspended: false, uncertainty: { code: 'contributor-explore' } };
  }
  if (seat.roleType === 2 || seat.chatOnly === true) {
    return { seatClass: 'chat_only', paid: true, heldWhileSuspended: seat.suspended, uncertainty: { code: 'chat-activity-unseen' } };
  }
  const known = seat.roleType === null || KNOWN_PAID_ROLE_TYPES.has(seat.roleType);
  return {
    seatClass: 'paid',
    paid: true,
    heldWhileSuspended: seat.suspended,
    uncertainty: known || seat.roleType === null ? null : { code: 'unknown-role-type', roleType: seat.roleType },
  };
}

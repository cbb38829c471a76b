import type { Seat } from './seat';

/**
 * Who holds a paid seat? Zendesk's billing rule ("Seats" in its help centre): anyone who
 * is an agent in any capacity — admins, billing admins, agents, custom-role agents —
 * takes an agent seat, except light agents and contributors. Suspended agents keep
 * their seat until downgraded to end users. A shared agent belongs to another account
 * (ticket sharing) and takes no seat here.
 */
export type SeatClass = 'paid' | 'light' | 'contributor' | 'chat_only' | 'shared';

export interface SeatClassInfo {
  seatClass: SeatClass;
  /** Holds one of this account's paid agent seats. */
  paid: boolean;
  /** The rule, in the admin's words, shown beside the class. */
  rule: string;
  /** Set where the Support API cannot tell for sure; the UI says so instead of guessing. */
  uncertainty: string | null;
}

export const SEAT_CLASS_NAMES: Readonly<Record<SeatClass, string>> = {
  paid: 'Paid agent seat',
  light: 'Light agent',
  contributor: 'Contributor',
  chat_only: 'Chat-only agent',
  shared: 'Shared agent',
};

/** Custom-role agent, admin, billing admin. */
const KNOWN_PAID_ROLE_TYPES: ReadonlySet<number> = new Set([0, 4, 5]);

const PAID_RULE = 'Admins, billing admins, agents and custom-role agents each take a paid agent seat.';

export function classifySeat(seat: Pick<Seat, 'role' | 'roleType' | 'chatOnly' | 'sharedAgent' | 'suspended'>): SeatClassInfo {
  if (seat.sharedAgent === true) {
    return {
      seatClass: 'shared',
      paid: false,
      rule: 'A shared agent works in another Zendesk account through ticket sharing and takes no seat in this one.',
      uncertainty: null,
    };
  }
  if (seat.roleType === 1) {
    return {
      seatClass: 'light',
      paid: false,
      rule: 'Light agents do not take a paid seat (they count against the plan’s light-agent allowance).',
      uncertainty:
        'A light agent who is also a Chat agent, Guide manager or Explore editor/admin does take a seat; the Support API does not show those roles.',
    };
  }
  if (seat.roleType === 3) {
    return {
      seatClass: 'contributor',
      paid: false,
      rule: 'Contributors (chat agents added to Support as contributors) do not take a paid Support seat.',
      uncertainty: 'A contributor who is also an Explore editor/admin does take a seat; the Support API does not show that role.',
    };
  }
  const suspended = seat.suspended ? ' Suspended, it still holds the seat until downgraded to an end user.' : '';
  if (seat.roleType === 2 || seat.chatOnly === true) {
    return {
      seatClass: 'chat_only',
      paid: true,
      rule: `A chat-only agent is an agent in Zendesk Chat and takes a paid agent seat.${suspended}`,
      uncertainty: 'Chat activity is not visible through the Support API: sign-ins and ticket interactions may understate it.',
    };
  }
  const known = seat.roleType === null || KNOWN_PAID_ROLE_TYPES.has(seat.roleType);
  return {
    seatClass: 'paid',
    paid: true,
    rule: PAID_RULE + suspended,
    uncertainty: known
      ? null
      : `Unknown role type ${seat.roleType}: counted as a paid seat, since every agent takes one unless Zendesk says otherwise.`,
  };
}

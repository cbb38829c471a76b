/**
 * The one place for the words of roles, role types and ticket restrictions: the table,
 * the filters and the CSV export all word them from here.
 */
import type { Seat, SeatRole, TicketRestriction } from '../../seats/seat';

export const ROLE_WORDS: Readonly<Record<SeatRole, string>> = { admin: 'Admin', agent: 'Agent' };

/** Zendesk's documented role_type values 0–5. */
export const ROLE_TYPE_WORDS: Readonly<Record<number, string>> = {
  0: 'Custom role agent',
  1: 'Light agent',
  2: 'Chat-only agent',
  3: 'Contributor',
  4: 'Admin',
  5: 'Billing admin',
};

/** A role type in words; plain agents without custom roles carry no role_type, an unknown one stays visible. */
export function roleTypeText(seat: Pick<Seat, 'role' | 'roleType'>): string {
  if (seat.roleType === null) return ROLE_WORDS[seat.role];
  return ROLE_TYPE_WORDS[seat.roleType] ?? `Unknown role type (${seat.roleType})`;
}

/** Zendesk's documented ticket restrictions. */
export const TICKET_RESTRICTION_WORDS: Readonly<Record<TicketRestriction, string>> = {
  organization: "Requester's organization",
  groups: "Agent's groups",
  assigned: 'Assigned to agent',
  requested: 'Requested by agent',
};

export const NO_TICKET_RESTRICTION = 'None';

/** A value Zendesk may add later is shown as sent, never as "None". */
export function ticketRestrictionText(seat: Pick<Seat, 'ticketRestriction'>): string {
  const value = seat.ticketRestriction;
  if (value === null) return NO_TICKET_RESTRICTION;
  return Object.hasOwn(TICKET_RESTRICTION_WORDS, value) ? TICKET_RESTRICTION_WORDS[value as TicketRestriction] : `Other (${value})`;
}

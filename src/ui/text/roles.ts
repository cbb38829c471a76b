/**
 * The one place for the words of roles, role types and ticket restrictions: the table,
 * the filters and the CSV export all word them from here, in the admin's language.
 */
import type { Seat, SeatRole, TicketRestriction } from '../../seats/seat';
import english from '../i18n/en/columns';
import { messages } from '../i18n/messages';

const m = () => messages('columns', english);

export function roleWords(role: SeatRole): string {
  const t = m();
  return role === 'admin' ? t.roleAdmin : t.roleAgent;
}

type RoleTypeMessage = 'roleTypeCustom' | 'roleTypeLight' | 'roleTypeChatOnly' | 'roleTypeContributor' | 'roleTypeAdmin' | 'roleTypeBillingAdmin';

/** Zendesk's documented role_type values 0–5, by the message that words each. */
export const ROLE_TYPE_MESSAGES: Readonly<Record<number, RoleTypeMessage>> = {
  0: 'roleTypeCustom',
  1: 'roleTypeLight',
  2: 'roleTypeChatOnly',
  3: 'roleTypeContributor',
  4: 'roleTypeAdmin',
  5: 'roleTypeBillingAdmin',
};

/** A role type in words; plain agents without custom roles carry no role_type, an unknown one stays visible. */
export function roleTypeText(seat: Pick<Seat, 'role' | 'roleType'>): string {
  if (seat.roleType === null) return roleWords(seat.role);
  const t = m();
  const key = ROLE_TYPE_MESSAGES[seat.roleType];
  return key === undefined ? t.roleTypeUnknown(seat.roleType) : t[key];
}

/** Zendesk's documented ticket restrictions, in the order the filters offer them. */
export const TICKET_RESTRICTIONS: readonly TicketRestriction[] = ['organization', 'groups', 'assigned', 'requested'];

export function ticketRestrictionWords(restriction: TicketRestriction): string {
  const t = m();
  switch (restriction) {
    case 'organization':
      return t.restrictionOrganization;
    case 'groups':
      return t.restrictionGroups;
    case 'assigned':
      return t.restrictionAssigned;
    case 'requested':
      return t.restrictionRequested;
  }
}

/** The words for "no ticket restriction". */
export const noTicketRestrictionText = (): string => m().restrictionNone;

/** A value Zendesk may add later is shown as sent, never as "None". */
export function ticketRestrictionText(seat: Pick<Seat, 'ticketRestriction'>): string {
  const value = seat.ticketRestriction;
  if (value === null) return noTicketRestrictionText();
  return (TICKET_RESTRICTIONS as readonly string[]).includes(value)
    ? ticketRestrictionWords(value as TicketRestriction)
    : m().restrictionOther(value);
}

/**
 * A seat as Seat Review reasons about it: one agent or admin of the account, with the
 * metadata SaaS Management reports. Plain data; dates as epoch milliseconds so that
 * sorting and filtering 50,000 seats stays cheap.
 */
export type SeatRole = 'admin' | 'agent';

/** Zendesk's role_type values, in the admin's words. */
export const ROLE_TYPE_NAMES: Readonly<Record<number, string>> = {
  0: 'Custom role agent',
  1: 'Light agent',
  2: 'Chat-only agent',
  3: 'Contributor',
  4: 'Admin',
  5: 'Billing admin',
};

export type TicketRestriction = 'organization' | 'groups' | 'assigned' | 'requested';

export interface Seat {
  id: number;
  name: string;
  email: string;
  /** Epoch ms, or null when Zendesk sent no usable date. */
  createdAt: number | null;
  /** Epoch ms of the last sign-in (or API-token use, as Zendesk counts it); null = never. */
  lastLoginAt: number | null;
  role: SeatRole;
  /** Raw role_type; null for plain agents on accounts without custom roles. */
  roleType: number | null;
  customRoleId: number | null;
  /** Tri-state flags: null when Zendesk did not say. */
  reportCsv: boolean | null;
  chatOnly: boolean | null;
  moderator: boolean | null;
  restrictedAgent: boolean | null;
  shared: boolean | null;
  sharedAgent: boolean | null;
  suspended: boolean;
  /**
   * null = no restriction (Zendesk sends null or ""). A value Zendesk may add later is
   * kept as sent, so it never passes for "no restriction".
   */
  ticketRestriction: TicketRestriction | (string & {}) | null;
  twoFactorAuth: boolean | null;
  verified: boolean | null;
}

/** Role type in words; plain agents without custom roles carry no role_type at all. */
export function roleTypeName(seat: Pick<Seat, 'role' | 'roleType'>): string {
  if (seat.roleType === null) return seat.role === 'admin' ? 'Admin' : 'Agent';
  return ROLE_TYPE_NAMES[seat.roleType] ?? `Unknown role type (${seat.roleType})`;
}

export const DAY_MS = 86_400_000;

/** Whole days between two instants, rounded down (a seat seen 29.9 days ago is 29 days old). */
export function daysBetween(from: number, to: number): number {
  return Math.floor((to - from) / DAY_MS);
}

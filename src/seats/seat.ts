/**
 * A seat as Seat Review reasons about it: one agent or admin of the account, with the
 * metadata SaaS Management reports. Plain data; dates as epoch milliseconds so that
 * sorting and filtering 50,000 seats stays cheap.
 */
export type SeatRole = 'admin' | 'agent';

/**
 * A seat's role type as a key (the UI words it): Zendesk's documented role_type values
 * 0–5, or the role itself for plain agents and admins without one. An admin's role_type 4
 * and a plain admin are one key, so a filter lists "Admin" once.
 */
export type RoleTypeKey = 'agent' | 'admin' | 'custom' | 'light' | 'chat_only' | 'contributor' | 'billing_admin' | `unknown_${number}`;

/** Zendesk's role_type values (documented: 0–5) by key. */
export const ROLE_TYPE_KEYS: Readonly<Record<number, RoleTypeKey>> = {
  0: 'custom',
  1: 'light',
  2: 'chat_only',
  3: 'contributor',
  4: 'admin',
  5: 'billing_admin',
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

/** The role type's key; plain agents without custom roles carry no role_type at all. An unknown role_type stays visible. */
export function roleTypeKey(seat: Pick<Seat, 'role' | 'roleType'>): RoleTypeKey {
  if (seat.roleType === null) return seat.role;
  return ROLE_TYPE_KEYS[seat.roleType] ?? `unknown_${seat.roleType}`;
}

export const DAY_MS = 86_400_000;

/** Calendar days (UTC) from one instant's day to the other's: what the screen says ("298 days ago", "yesterday"). */
export function calendarDaysBetween(from: number, to: number): number {
  return Math.floor(to / DAY_MS) - Math.floor(from / DAY_MS);
}

/** Whole days between two instants, rounded down (a seat seen 29.9 days ago is 29 days old). */
export function daysBetween(from: number, to: number): number {
  return Math.floor((to - from) / DAY_MS);
}

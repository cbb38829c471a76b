/**
 * What the platforms' formats make of a seat's fields: the last time it was used, its role
 * and its state (first and last name: roster.ts). Pure; loaded only with a push.
 */
import { roleTypeKey, type RoleTypeKey } from '../seats/seat';
import type { RosterUser } from './roster';

export { splitName } from './roster';

/** The later of the last sign-in and the last session seen (ISO 8601, same format: they compare as text), or null. */
export function lastUsed(user: Pick<RosterUser, 'last_login_at' | 'last_seen_at'>): string | null {
  const { last_login_at: signIn, last_seen_at: seen } = user;
  if (signIn === null) return seen;
  if (seen === null) return signIn;
  return seen > signIn ? seen : signIn;
}

/** The seat's role as Zendesk's role_type names it (`agent`, `admin`, `light`, `custom`, `billing_admin`…). */
export function roleOf(user: Pick<RosterUser, 'role' | 'role_type'>): RoleTypeKey {
  return roleTypeKey({ role: user.role, roleType: user.role_type });
}

/** What the platforms' status fields say of a seat: suspended first, then likely idle. */
export type SeatState = 'suspended' | 'idle' | 'active';

export function stateOf(user: Pick<RosterUser, 'suspended' | 'idle'>): SeatState {
  if (user.suspended) return 'suspended';
  return user.idle ? 'idle' : 'active';
}

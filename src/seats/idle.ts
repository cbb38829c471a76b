/**
 * Why is this seat idle? A paid seat that is not exempt is likely idle when
 * - it never signed in and was created more than `graceDays` ago (new hires get time), or
 * - it has neither signed in nor interacted with a ticket within `idleDays`.
 * Light agents, contributors and shared agents hold no paid seat, so they are never idle
 * paid seats. When ticket interactions are unknown (not loaded, cancelled, failed) the
 * verdict rests on sign-in alone and says so. A seat whose last sign-in is recent but
 * that has no session and no interaction gets an `api_only_sign_in` signal: Zendesk
 * moves `last_login_at` when an API token is used, so it may be a service account.
 * The signal is shown, never counted as idle.
 */
import { classifySeat, type SeatClassInfo } from './classes';
import { calendarDaysBetween, daysBetween, type Seat } from './seat';
import type { Exemptions } from '../settings/settings';

export interface IdleRules {
  idleDays: number;
  graceDays: number;
  exempt: Exemptions;
  /** The review's "now", epoch ms: one instant for every seat. */
  now: number;
}

/** What the engagement data says of one seat; anything not loaded is unknown, never zero. */
export interface SeatEngagement {
  /** Ticket updates and comments it authored within `idleDays`; null = unknown. */
  interactions: number | null;
  /** Latest `last_seen_at` of its sessions (epoch ms); null = no session; undefined = sessions unknown. */
  lastSeenAt: number | null | undefined;
}

export const UNKNOWN_ENGAGEMENT: SeatEngagement = { interactions: null, lastSeenAt: undefined };

/** Why a seat is idle (or the API-only signal), with the numbers the UI words. */
export type IdleReason =
  | { code: 'never_signed_in'; createdDaysAgo: number | null }
  | { code: 'no_sign_in'; idleDays: number; lastSignInDaysAgo: number }
  | { code: 'no_interactions'; idleDays: number }
  | { code: 'api_only_sign_in'; lastSignInDaysAgo: number };

/** The reason's code as snapshots and exports carry it: `no_sign_in_30d`, `no_interactions_30d`, `never_signed_in`, `api_only_sign_in`. */
export type IdleReasonWire = 'never_signed_in' | 'api_only_sign_in' | `no_sign_in_${number}d` | `no_interactions_${number}d`;

export function idleReasonWire(reason: IdleReason): IdleReasonWire {
  if (reason.code === 'no_sign_in' || reason.code === 'no_interactions') return `${reason.code}_${reason.idleDays}d`;
  return reason.code;
}

export interface IdleVerdict {
  /** A likely-idle paid seat. */
  idle: boolean;
  exempt: boolean;
  /** Holds a paid seat (see classes.ts). */
  paid: boolean;
  /** Why it is idle; for a seat that is not idle, at most the `api_only_sign_in` signal. */
  reasons: IdleReason[];
  /** 'sign-in' when ticket interactions were not known for this verdict. */
  basis: 'sign-in' | 'sign-in-and-interactions';
}

export function isExempt(seat: Pick<Seat, 'id' | 'email'>, exempt: Exemptions): boolean {
  return exempt.ids.has(seat.id) || (seat.email !== '' && exempt.emails.has(seat.email.toLowerCase()));
}

export function idleVerdict(
  seat: Seat,
  rules: IdleRules,
  engagement: SeatEngagement = UNKNOWN_ENGAGEMENT,
  seatClass: SeatClassInfo = classifySeat(seat),
): IdleVerdict {
  const basis = engagement.interactions === null ? 'sign-in' : 'sign-in-and-interactions';
  const verdict = (idle: boolean, reasons: IdleReason[] = [], exempt = false): IdleVerdict => ({
    idle,
    exempt,
    paid: seatClass.paid,
    reasons,
    basis,
  });
  if (isExempt(seat, rules.exempt)) return verdict(false, [], true);
  if (!seatClass.paid) return verdict(false);

  const interacted = engagement.interactions !== null && engagement.interactions > 0;
  const noInteractions = engagement.interactions === 0;
  const lastSeen = typeof engagement.lastSeenAt === 'number' ? engagement.lastSeenAt : null;
  const seenRecently = lastSeen !== null && daysBetween(lastSeen, rules.now) <= rules.idleDays;

  if (seat.lastLoginAt === null) {
    // Agents can answer tickets by email without ever signing in: work or a live session is use.
    if (interacted || seenRecently) return verdict(false);
    // Without a creation date the grace period cannot be applied: flag, and say so.
    if (seat.createdAt === null) return verdict(true, [{ code: 'never_signed_in', createdDaysAgo: null }]);
    const createdDaysAgo = daysBetween(seat.createdAt, rules.now);
    if (createdDaysAgo <= rules.graceDays) return verdict(false);
    // The rule counts elapsed days; the reason says calendar days, as every date on the screen does.
    return verdict(true, [{ code: 'never_signed_in', createdDaysAgo: calendarDaysBetween(seat.createdAt, rules.now) }]);
  }

  // A session seen after the last sign-in is the fresher sign of presence.
  const lastPresence = Math.max(seat.lastLoginAt, lastSeen ?? -Infinity);
  const signedInRecently = daysBetween(lastPresence, rules.now) <= rules.idleDays;
  const lastSignInDaysAgo = calendarDaysBetween(lastPresence, rules.now);

  if (!signedInRecently && !interacted) {
    const reasons: IdleReason[] = [{ code: 'no_sign_in', idleDays: rules.idleDays, lastSignInDaysAgo }];
    if (noInteractions) reasons.push({ code: 'no_interactions', idleDays: rules.idleDays });
    return verdict(true, reasons);
  }
  // Recent last_login_at, yet no session and no ticket work: probably an API token.
  if (signedInRecently && engagement.lastSeenAt === null && noInteractions) {
    return verdict(false, [{ code: 'api_only_sign_in', lastSignInDaysAgo }]);
  }
  return verdict(false);
}

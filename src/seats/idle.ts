import { classifySeat, type SeatClassInfo } from './classes';
import { daysBetween, type Seat } from './seat';
import type { Exemptions } from '../settings/settings';

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
export interface IdleRules {
  idleDays: number;
  graceDays: number;
  exempt: Exemptions;
  /** The review's "now", epoch ms: one instant for every seat. */
  now: number;
}

/** What the engagement data says of one seat; anything not loaded is unknown, never zero. */
export interface SeatActivity {
  /** Ticket updates and comments it authored within `idleDays`; null = unknown. */
  interactions: number | null;
  /** Latest `last_seen_at` of its sessions (epoch ms); null = no session; undefined = sessions unknown. */
  lastSeenAt: number | null | undefined;
}

export const UNKNOWN_ACTIVITY: SeatActivity = { interactions: null, lastSeenAt: undefined };

export type IdleReason =
  | { code: 'never_signed_in'; createdDaysAgo: number | null }
  | { code: `no_sign_in_${number}d`; lastSignInDaysAgo: number }
  | { code: `no_interactions_${number}d` }
  | { code: 'api_only_sign_in'; lastSignInDaysAgo: number };

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
  activity: SeatActivity = UNKNOWN_ACTIVITY,
  seatClass: SeatClassInfo = classifySeat(seat),
): IdleVerdict {
  const basis = activity.interactions === null ? 'sign-in' : 'sign-in-and-interactions';
  const verdict = (idle: boolean, reasons: IdleReason[] = [], exempt = false): IdleVerdict => ({
    idle,
    exempt,
    paid: seatClass.paid,
    reasons,
    basis,
  });
  if (isExempt(seat, rules.exempt)) return verdict(false, [], true);
  if (!seatClass.paid) return verdict(false);

  const interacted = activity.interactions !== null && activity.interactions > 0;
  const noInteractions = activity.interactions === 0;
  const lastSeen = typeof activity.lastSeenAt === 'number' ? activity.lastSeenAt : null;
  const seenRecently = lastSeen !== null && daysBetween(lastSeen, rules.now) <= rules.idleDays;

  if (seat.lastLoginAt === null) {
    // Agents can answer tickets by email without ever signing in: work or a live session is use.
    if (interacted || seenRecently) return verdict(false);
    // Without a creation date the grace period cannot be applied: flag, and say so.
    if (seat.createdAt === null) return verdict(true, [{ code: 'never_signed_in', createdDaysAgo: null }]);
    const createdDaysAgo = daysBetween(seat.createdAt, rules.now);
    if (createdDaysAgo <= rules.graceDays) return verdict(false);
    return verdict(true, [{ code: 'never_signed_in', createdDaysAgo }]);
  }

  // A session seen after the last sign-in is the fresher sign of presence.
  const lastSignInDaysAgo = daysBetween(Math.max(seat.lastLoginAt, lastSeen ?? -Infinity), rules.now);
  const signedInRecently = lastSignInDaysAgo <= rules.idleDays;

  if (!signedInRecently && !interacted) {
    const reasons: IdleReason[] = [{ code: `no_sign_in_${rules.idleDays}d`, lastSignInDaysAgo }];
    if (noInteractions) reasons.push({ code: `no_interactions_${rules.idleDays}d` });
    return verdict(true, reasons);
  }
  // Recent last_login_at, yet no session and no ticket work: probably an API token.
  if (signedInRecently && activity.lastSeenAt === null && noInteractions) {
    return verdict(false, [{ code: 'api_only_sign_in', lastSignInDaysAgo }]);
  }
  return verdict(false);
}

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

/** The reason in the admin's words. */
export function describeIdleReason(reason: IdleReason): string {
  if (reason.code === 'never_signed_in') {
    return reason.createdDaysAgo === null
      ? 'Never signed in (creation date unknown)'
      : `Never signed in; seat created ${days(reason.createdDaysAgo)} ago`;
  }
  if (reason.code === 'api_only_sign_in') {
    return 'API-only sign-in? Recent sign-in but no session and no ticket interaction';
  }
  const threshold = Number(/_(\d+)d$/.exec(reason.code)?.[1]);
  if (!('lastSignInDaysAgo' in reason)) return `No ticket interaction in ${days(threshold)}`;
  return `No sign-in for ${days(reason.lastSignInDaysAgo)} (threshold ${threshold})`;
}

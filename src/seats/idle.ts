import { daysBetween, type Seat } from './seat';
import type { Exemptions } from '../settings/settings';

/**
 * Why is this seat idle? The first idle rule, on sign-in data alone:
 * - it never signed in and was created more than `graceDays` ago (new hires get time), or
 * - its last sign-in is more than `idleDays` ago.
 * Exempt users are never flagged. Each reason carries a machine-readable code
 * (`never_signed_in`, `no_sign_in_<N>d`) and the figures its words need.
 */
export interface IdleRules {
  idleDays: number;
  graceDays: number;
  exempt: Exemptions;
  /** The review's "now", epoch ms: one instant for every seat. */
  now: number;
}

export type IdleReason =
  | { code: 'never_signed_in'; createdDaysAgo: number | null }
  | { code: `no_sign_in_${number}d`; lastSignInDaysAgo: number };

export interface IdleVerdict {
  idle: boolean;
  exempt: boolean;
  reasons: IdleReason[];
}

const ACTIVE: IdleVerdict = { idle: false, exempt: false, reasons: [] };
const EXEMPT: IdleVerdict = { idle: false, exempt: true, reasons: [] };

export function isExempt(seat: Pick<Seat, 'id' | 'email'>, exempt: Exemptions): boolean {
  return exempt.ids.has(seat.id) || (seat.email !== '' && exempt.emails.has(seat.email.toLowerCase()));
}

export function idleVerdict(seat: Seat, rules: IdleRules): IdleVerdict {
  if (isExempt(seat, rules.exempt)) return EXEMPT;
  if (seat.lastLoginAt === null) {
    // Without a creation date the grace period cannot be applied: flag, and say so.
    if (seat.createdAt === null) return { idle: true, exempt: false, reasons: [{ code: 'never_signed_in', createdDaysAgo: null }] };
    const createdDaysAgo = daysBetween(seat.createdAt, rules.now);
    if (createdDaysAgo <= rules.graceDays) return ACTIVE;
    return { idle: true, exempt: false, reasons: [{ code: 'never_signed_in', createdDaysAgo }] };
  }
  const lastSignInDaysAgo = daysBetween(seat.lastLoginAt, rules.now);
  if (lastSignInDaysAgo > rules.idleDays) {
    return { idle: true, exempt: false, reasons: [{ code: `no_sign_in_${rules.idleDays}d`, lastSignInDaysAgo }] };
  }
  return ACTIVE;
}

/** The reason in the admin's words. */
export function describeIdleReason(reason: IdleReason): string {
  if (reason.code === 'never_signed_in') {
    return reason.createdDaysAgo === null
      ? 'Never signed in (creation date unknown)'
      : `Never signed in; seat created ${reason.createdDaysAgo} days ago`;
  }
  const threshold = /^no_sign_in_(\d+)d$/.exec(reason.code)?.[1] ?? '?';
  const days = reason.lastSignInDaysAgo === 1 ? '1 day' : `${reason.lastSignInDaysAgo} days`;
  return `No sign-in for ${days} (threshold ${threshold})`;
}

/**
 * Which seats may be released, and how: a paid seat of a plain agent goes in a bulk
 * selection; an admin (the account owner is one) or a seat on the exempt list only from
 * its own panel, with a second confirmation; a seat that holds no paid seat never (a
 * release would free nothing).
 */
import type { ReviewedSeat } from '../seats/review';

export type Releasability = { code: 'bulk' } | { code: 'own-panel'; why: 'admin' | 'exempt' } | { code: 'no'; why: 'not-paid' };

/** Admins and billing admins: role `admin`, or role_type 4 / 5 on accounts with custom roles. */
export function isAdminSeat(row: Pick<ReviewedSeat, 'seat'>): boolean {
  const { role, roleType } = row.seat;
  return role === 'admin' || roleType === 4 || roleType === 5;
}

export function releasability(row: ReviewedSeat): Releasability {
  if (!row.seatClass.paid) return { code: 'no', why: 'not-paid' };
  if (isAdminSeat(row)) return { code: 'own-panel', why: 'admin' };
  if (row.verdict.exempt) return { code: 'own-panel', why: 'exempt' };
  return { code: 'bulk' };
}

/** "Select all likely idle": the likely-idle paid seats among those shown that a bulk selection may hold. */
export function likelyIdleSelection(shown: readonly ReviewedSeat[]): number[] {
  return shown.filter((row) => row.verdict.idle && releasability(row).code === 'bulk').map((row) => row.seat.id);
}

/**
 * Test helpers for the platforms' formats and pushes (never imported by the app): a small
 * account with one seat of each kind the formats tell apart, built into a snapshot the way
 * the snapshot sender builds one for a platform.
 */
import { withRoster, type DestinationSnapshot } from '../destinations/roster';
import type { Seat } from '../seats/seat';
import { daysAgo, makeSeat, NOW } from './seats';
import { makeSnapshot, review, roster } from './snapshots';

/** Active paid agent, likely idle paid agent, light agent, admin, suspended agent, shared agent. */
export function mixedSeats(): Seat[] {
  return [
    makeSeat({ id: 1, name: 'Ada Lovelace', email: 'ada@example.com', lastLoginAt: daysAgo(2) }),
    makeSeat({ id: 2, name: 'Grace Hopper', email: 'grace@example.com', lastLoginAt: null, createdAt: daysAgo(400) }),
    makeSeat({ id: 3, name: 'Linus', email: 'linus@example.com', roleType: 1, lastLoginAt: daysAgo(90) }),
    makeSeat({ id: 4, name: 'Mary Ann Smith', email: 'mary@example.com', role: 'admin', roleType: 4, lastLoginAt: daysAgo(1) }),
    makeSeat({ id: 5, name: 'Sam Suspended', email: 'sam@example.com', suspended: true, lastLoginAt: daysAgo(200) }),
    makeSeat({ id: 6, name: 'Shared One', email: 'shared@other.example', sharedAgent: true }),
  ];
}

/** Ada's sessions and interactions are known: she was seen after her last sign-in. */
export const ADA_SEEN = new Date(NOW - 3_600_000).toISOString();

export function mixedSnapshot(seatsPurchased: number | null = 10): DestinationSnapshot {
  const seats = mixedSeats();
  const engagement = new Map([[1, { interactions: 12, lastSeenAt: NOW - 3_600_000 }]]);
  const reviewed = review(seats, engagement);
  return withRoster(makeSnapshot(seats, { reviewed }), reviewed, seatsPurchased);
}

/** `n` active seats (ids 1..n) and one suspended, built for a platform. */
export function largeSnapshot(n: number): DestinationSnapshot {
  const seats = [...roster(n), makeSeat({ id: n + 1, name: 'Suspended Last', email: `s${n + 1}@example.com`, suspended: true })];
  const reviewed = review(seats);
  return withRoster(makeSnapshot(seats, { reviewed }), reviewed, null);
}

/**
 * What is known of each seat's engagement, from what was read: its latest session
 * and its ticket interactions. The rule for a missing count lives here: when the export
 * covered everyone, a seat it never saw made 0 interactions; when search counted only
 * some seats (or counting did not finish), a missing count is unknown, never 0.
 */
import type { EngagementById } from '../seats/review';
import type { SeatEngagement } from '../seats/idle';
import type { Seat } from '../seats/seat';
import type { InteractionCounts } from '../zendesk/engagement';

export function seatEngagement(
  seat: Pick<Seat, 'id'>,
  interactions: InteractionCounts | null,
  lastSeen: ReadonlyMap<number, number> | null,
): SeatEngagement {
  const count = interactions?.counts.get(seat.id);
  return {
    interactions: count ?? (interactions?.everyone ? 0 : null),
    lastSeenAt: lastSeen === null ? undefined : (lastSeen.get(seat.id) ?? null),
  };
}

export function engagementBySeat(
  seats: readonly Seat[],
  interactions: InteractionCounts | null,
  lastSeen: ReadonlyMap<number, number> | null,
): EngagementById {
  const byId = new Map<number, SeatEngagement>();
  for (const seat of seats) byId.set(seat.id, seatEngagement(seat, interactions, lastSeen));
  return byId;
}

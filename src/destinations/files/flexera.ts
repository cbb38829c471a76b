/**
 * The roster file Flexera One SaaS imports (JSON Lines, gzipped by the caller), as Flexera
 * documents it, not verified against the live service: one JSON object a line with
 * `uniqueId`, `email`, `firstName`, `lastName`, `skus`, `activatedAt`, `deactivatedAt`.
 * Every seat the platforms are told about (rosterOf: suspended seats included, shared
 * agents left out); the seat class is the SKU, the Zendesk user id the unique id, the
 * creation date the activation. Zendesk does not date a suspension, so a suspended seat's
 * `deactivatedAt` stays null. Last use belongs in Flexera's separate usage file, not here.
 */
import type { SeatClass } from '../../seats/classes';
import { rosterOf, splitName, type DestinationSnapshot, type RosterUser } from '../roster';

/** Flexera's limit per uploaded file (10 MB, in decimal megabytes to stay on the safe side). */
export const FLEXERA_MAX_BYTES = 10_000_000;

export interface FlexeraRosterLine {
  uniqueId: string;
  email: string;
  firstName: string;
  lastName: string;
  skus: SeatClass[];
  activatedAt: string | null;
  deactivatedAt: null;
}

export function flexeraLine(user: RosterUser): FlexeraRosterLine {
  const { first, last } = splitName(user.name);
  return {
    uniqueId: String(user.id),
    email: user.email,
    firstName: first,
    lastName: last,
    skus: [user.seat_class],
    activatedAt: user.created_at,
    deactivatedAt: null,
  };
}

/** One line a seat, each ending with a newline (JSON Lines); JSON escapes any line break inside a value. */
export function flexeraRoster(snapshot: DestinationSnapshot): string {
  return rosterOf(snapshot)
    .map((user) => `${JSON.stringify(flexeraLine(user))}\n`)
    .join('');
}

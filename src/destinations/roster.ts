/**
 * The seats a platform is told about, taken from a built snapshot. Seat Review's own format
 * lists only seats that are not suspended (SaaS Management tools pull suspended agents
 * themselves); the platforms here get every seat of the account, suspended ones with their
 * status. So a snapshot bound for one of them carries its suspended seats, and the seat
 * count the account bought, in an extra `roster` field that the outbox keeps with it (a
 * resend is then the same data) and that Seat Review's own parts never include. Loaded
 * with the first screen (the sender builds with it): the formats' field helpers are in fields.ts.
 */
import { snapshotUser, type Snapshot, type SnapshotUser } from '../snapshot/build';
import type { ReviewedSeat } from '../seats/review';

/** A seat as the platforms' formats read it: a snapshot user who may be suspended. */
export type RosterUser = Omit<SnapshotUser, 'suspended'> & { suspended: boolean };

export interface RosterExtra {
  /** The suspended seats, as snapshot users with `suspended: true`. */
  suspended: RosterUser[];
  /** Seats the account bought (the `seats_purchased` setting), or null when not set. */
  seats_purchased: number | null;
}

/** A snapshot that may carry its suspended seats for the platforms. */
export type DestinationSnapshot = Snapshot & { roster?: RosterExtra };

/** `snapshot` with the suspended seats of `reviewed` and the purchased seat count added. */
export function withRoster(snapshot: Snapshot, reviewed: readonly ReviewedSeat[], seatsPurchased: number | null): DestinationSnapshot {
  const suspended = reviewed.filter((r) => r.seat.suspended).map((r): RosterUser => ({ ...snapshotUser(r), suspended: true }));
  return { ...snapshot, roster: { suspended, seats_purchased: seatsPurchased } };
}

/**
 * Every seat the platforms are told about, in the snapshot's order then the suspended ones.
 * Shared agents belong to another account (ticket sharing) and hold no seat here: left out.
 * A seat without an email cannot be matched by any platform (each requires one): left out.
 * A snapshot built before the destination was set has no `roster`: its suspended seats are not known.
 */
export function rosterOf(snapshot: DestinationSnapshot): RosterUser[] {
  return [...snapshot.users, ...(snapshot.roster?.suspended ?? [])].filter((u) => u.seat_class !== 'shared' && u.email.trim() !== '');
}

/**
 * First and last name from Zendesk's single name field: "Last, First" when there is one
 * comma, else the last word is the last name and the words before it the first name; a
 * single word is a first name only.
 */
export function splitName(name: string): { first: string; last: string } {
  const clean = name.trim().replace(/\s+/g, ' ');
  const [before = '', after = '', ...more] = clean.split(',').map((part) => part.trim());
  if (more.length === 0 && before !== '' && after !== '') return { first: after, last: before };
  const space = clean.lastIndexOf(' ');
  return space < 0 ? { first: clean, last: '' } : { first: clean.slice(0, space), last: clean.slice(space + 1) };
}

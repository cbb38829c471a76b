/**
 * What changed since the previous snapshot. Only user ids are compared (never names or
 * emails), and a snapshot keeps only the ids of the latest one, so history stays small.
 * Counts and ids only: the history's words are the UI's (src/ui/text/snapshot.ts).
 */
import type { ReviewedSeat } from '../seats/review';

export interface Fingerprint {
  snapshot_id: string;
  /** Listed (non-suspended) agents and admins. */
  seats: number[];
  /** Listed seats with an idle verdict. */
  idle: number[];
  suspended: number[];
}

export interface SnapshotChange {
  /** Seats idle now that were not idle (or not there) before. */
  newIdle: number[];
  /** Seats idle before that are no longer idle (still there). */
  noLongerIdle: number[];
  /** Seats new to the account (listed or suspended). */
  added: number[];
  /** Seats gone from the account (neither listed nor suspended now). */
  gone: number[];
  /** Newly suspended agents. */
  suspended: number[];
  /** Suspended before, listed now. */
  unsuspended: number[];
}

/** Ids kept per list in history; the counts are always exact. */
export const MAX_IDS_PER_CHANGE = 50;

export interface ChangeSummary {
  counts: Record<keyof SnapshotChange, number>;
  /** The first ids of each list (at most MAX_IDS_PER_CHANGE), ascending. */
  ids: SnapshotChange;
}

export function fingerprint(snapshotId: string, reviewed: readonly ReviewedSeat[]): Fingerprint {
  const seats: number[] = [];
  const idle: number[] = [];
  const suspended: number[] = [];
  for (const { seat, verdict } of reviewed) {
    if (seat.suspended) suspended.push(seat.id);
    else {
      seats.push(seat.id);
      if (verdict.idle) idle.push(seat.id);
    }
  }
  const asc = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b);
  return { snapshot_id: snapshotId, seats: asc(seats), idle: asc(idle), suspended: asc(suspended) };
}

function minus(a: readonly number[], b: ReadonlySet<number>): number[] {
  return a.filter((id) => !b.has(id));
}

export function diffFingerprints(previous: Fingerprint, current: Fingerprint): SnapshotChange {
  const prevAll = new Set([...previous.seats, ...previous.suspended]);
  const curAll = new Set([...current.seats, ...current.suspended]);
  const curSeats = new Set(current.seats);
  return {
    newIdle: minus(current.idle, new Set(previous.idle)),
    noLongerIdle: minus(previous.idle, new Set(current.idle)).filter((id) => curSeats.has(id)),
    added: minus(
      [...curAll].sort((a, b) => a - b),
      prevAll,
    ),
    gone: minus(
      [...prevAll].sort((a, b) => a - b),
      curAll,
    ),
    suspended: minus(current.suspended, new Set(previous.suspended)),
    unsuspended: minus(previous.suspended, new Set(current.suspended)).filter((id) => curSeats.has(id)),
  };
}

export function summarizeChange(change: SnapshotChange, maxIds = MAX_IDS_PER_CHANGE): ChangeSummary {
  const keys = Object.keys(change) as (keyof SnapshotChange)[];
  const counts = {} as Record<keyof SnapshotChange, number>;
  const ids = {} as SnapshotChange;
  for (const key of keys) {
    counts[key] = change[key].length;
    ids[key] = change[key].slice(0, maxIds);
  }
  return { counts, ids };
}

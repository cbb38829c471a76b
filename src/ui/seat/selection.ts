/**
 * The seats picked for release, as the screen keeps them: a set of user ids. What shows
 * as selected is always the picked seats the roster still holds and a bulk release may
 * take, so a seat that left the roster (or was released and lost its paid seat) drops out.
 */
import { releasability } from '../../release/eligibility';
import type { ReviewedSeat } from '../../seats/review';

export const NO_SELECTION: ReadonlySet<number> = new Set();

/** The picked ids still in the roster and releasable in bulk, in roster order; `picked` itself when nothing dropped out. */
export function currentSelection(picked: ReadonlySet<number>, reviewed: readonly ReviewedSeat[]): ReadonlySet<number> {
  if (picked.size === 0) return picked;
  const kept = new Set<number>();
  for (const row of reviewed) {
    if (picked.has(row.seat.id) && releasability(row).code === 'bulk') kept.add(row.seat.id);
  }
  return kept.size === picked.size ? picked : kept;
}

export function toggled(selection: ReadonlySet<number>, id: number): ReadonlySet<number> {
  const next = new Set(selection);
  if (!next.delete(id)) next.add(id);
  return next;
}

export function withAdded(selection: ReadonlySet<number>, ids: readonly number[]): ReadonlySet<number> {
  return new Set([...selection, ...ids]);
}

/** How many parts a snapshot goes to a destination in, as the outbox and the day's history count them. */
import { partCount, type Snapshot } from '../snapshot/build';
import type { DestinationName } from './names';
import { rosterOf, type DestinationSnapshot } from './roster';

/** Users in one Zluri page, at most. */
export const ZLURI_PAGE_SIZE = 1000;

/** Zluri: its pages; Torii and Lumos: one (a file, an upload); Seat Review's format and Okta Workflows: its parts. */
export function destinationParts(destination: DestinationName, snapshot: DestinationSnapshot | Snapshot): number {
  // As zluri.ts cuts its pages (an empty roster is one page), without loading the format.
  if (destination === 'zluri') return Math.max(1, Math.ceil(rosterOf(snapshot).length / ZLURI_PAGE_SIZE));
  if (destination === 'torii' || destination === 'lumos') return 1;
  return partCount(snapshot.users.length);
}

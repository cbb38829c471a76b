/**
 * The release screens' thin hook over the session's release desk (review/releases.ts), read
 * through useSyncExternalStore like useReview, and the one call that opens the preview.
 * Small on purpose: the review screen imports it without loading the release screens.
 */
import { useSyncExternalStore } from 'react';
import type { ReleaseState, ReviewSession } from '../../review';

/** The part of the desk's state `select` picks; it must return a part of the state (not a new object), so renders follow changes only. */
export function useReleases<T>(session: ReviewSession, select: (state: ReleaseState) => T): T {
  const desk = session.releases;
  return useSyncExternalStore(
    desk.subscribe,
    () => select(desk.getState()),
    () => select(desk.getState()),
  );
}

/** Opens the preview for these seats: it reads their open tickets and the account's roles, and writes nothing. */
export function openReleasePreview(session: ReviewSession, ids: readonly number[]): void {
  session.releases.openPreview(ids);
}

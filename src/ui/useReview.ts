/**
 * The screen's thin hooks over the review session (review/): one session per connection,
 * read through useSyncExternalStore. No loading logic lives here.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ReviewSession, ReviewState } from '../review';

/** Creates the session once and keeps it running while mounted; StrictMode's second mount reuses it, work never starts twice. */
export function useReviewSession(create: () => ReviewSession): ReviewSession {
  const [session] = useState(create);
  useEffect(() => session.retain(), [session]);
  return session;
}

/** The part of the review's state `select` picks; it must return a part of the state (not a new object), so renders follow changes only. */
export function useReview<T>(session: ReviewSession, select: (state: ReviewState) => T): T {
  return useSyncExternalStore(
    session.subscribe,
    () => select(session.getState()),
    () => select(session.getState()),
  );
}

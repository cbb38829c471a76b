/**
 * When a snapshot may leave: only from a finished review. The roster must be whole (a
 * snapshot without every seat would tell SaaS Management that missing seats are gone),
 * and sessions and ticket interactions settled — loaded, failed, or cancelled by the
 * admin — so each user's `basis` and `last_seen_known` say what the verdict rests on
 * rather than catching it half-way.
 */

/** The roster's phase as the review reports it (`incomplete`: read to the end, fewer than Zendesk counted). */
export type RosterPhase = 'loading' | 'loaded' | 'incomplete' | 'failed';

/** The engagement review's phase (zendesk/engagement.ts); sessions are settled whenever it is. */
export type EngagementPhaseKind = 'waiting' | 'probing' | 'loading' | 'done' | 'cancelled' | 'failed';

export type SendReadiness =
  /** Send now. */
  | { code: 'ready' }
  /** Every seat is in; sessions or interactions are still loading: a send waits for them. */
  | { code: 'wait-for-review' }
  /** The roster is still loading. */
  | { code: 'roster-loading' }
  /** Loading stopped or came back short: a snapshot would be missing seats. */
  | { code: 'roster-incomplete'; phase: 'failed' | 'incomplete' };

export function engagementSettled(kind: EngagementPhaseKind): boolean {
  return kind === 'done' || kind === 'cancelled' || kind === 'failed';
}

export function sendReadiness(roster: RosterPhase, engagement: EngagementPhaseKind): SendReadiness {
  if (roster === 'loading') return { code: 'roster-loading' };
  if (roster === 'failed' || roster === 'incomplete') return { code: 'roster-incomplete', phase: roster };
  return engagementSettled(engagement) ? { code: 'ready' } : { code: 'wait-for-review' };
}

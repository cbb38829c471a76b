/**
 * The review's one state object: every phase, figure, wait and error as data (codes and
 * numbers, never sentences). A new object on every change, sharing the parts that did
 * not change, so a screen compares by reference and a selector re-renders only what moved.
 */
import type { ReviewedSeat, SeatSummary } from '../seats/review';
import type { Seat } from '../seats/seat';
import type { RosterPhase, SendReadiness } from '../snapshot/readiness';
import type { RetryNotice } from '../zaf/gateway';
import type { PagingErrorCode } from '../zaf/paging';
import type { EngagementPhase, InteractionCounts } from '../zendesk/engagement';
import type { Failure } from '../zendesk/failure';

/** A roster stream Zendesk's paging could not take to its end. */
export interface EndedRosterStream {
  /** The query it belonged to (a URL, or 'offset-pages' / 'check-up'). */
  query: string;
  paging: PagingErrorCode;
  /** The list's path, e.g. `/api/v2/users`. */
  stream: string;
  /** The link or page at fault. */
  url: string;
}

export interface RosterState {
  /** `incomplete`: read to the end, but fewer records than Zendesk counted (a snapshot must not be sent as complete). */
  phase: RosterPhase;
  /** De-duplicated, in Zendesk's order (by id). */
  seats: readonly Seat[];
  /** Zendesk's own count, for the progress bar; null until known or if unavailable. */
  expected: number | null;
  /** Records read as Zendesk counts them (seats, unreadable and not-seat records); set when the load ends. */
  read: number | null;
  unreadable: number;
  /** When incomplete: the streams Zendesk's paging broke in (none if the pages simply held fewer than counted). */
  ended: readonly EndedRosterStream[];
  error: Failure | null;
  /** Set while waiting out a 429 or a retry, so the screen can say why it pauses. */
  waiting: RetryNotice | null;
}

export interface EngagementState {
  phase: EngagementPhase;
  /** Latest session per user (epoch ms); null until sessions are read (or if they could not be). */
  lastSeen: ReadonlyMap<number, number> | null;
  interactions: InteractionCounts | null;
  sessionsError: Failure | null;
  /** False when this browser could not keep the counts for the next review (it then counts afresh). */
  cacheKept: boolean;
  /** Where the export resumed from (unix s) when the last review's counts were kept; null when counted afresh. */
  resumedFrom: number | null;
}

export interface ReviewState {
  roster: RosterState;
  engagement: EngagementState;
  /** Every seat with its class, engagement and verdict (suspended ones included). */
  reviewed: readonly ReviewedSeat[];
  /** Figures and composition over `reviewed`. */
  summary: SeatSummary;
  /** Whether a snapshot may be sent now, waits for the review, or is refused. */
  readiness: SendReadiness;
}

export const INITIAL_ROSTER: RosterState = {
  phase: 'loading',
  seats: [],
  expected: null,
  read: null,
  unreadable: 0,
  ended: [],
  error: null,
  waiting: null,
};

export const INITIAL_ENGAGEMENT: EngagementState = {
  phase: { kind: 'waiting' },
  lastSeen: null,
  interactions: null,
  sessionsError: null,
  cacheKept: true,
  resumedFrom: null,
};

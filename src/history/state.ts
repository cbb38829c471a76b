/**
 * What the screen knows of the account's review history: where it is kept, the days read,
 * and what went wrong, as codes. The history keeper (review/history.ts) owns it; the trend
 * (ui/history/) renders it.
 */
import type { Failure } from '../zendesk/failure';
import type { DayRecord } from './record';

/** `zendesk`: the account's custom object records, shared by every admin; `browser`: this browser only. */
export type HistorySource = 'zendesk' | 'browser';

/** Why the history is kept in this browser instead of Zendesk. */
export type HistoryFallback =
  /** Zendesk refused custom objects: the plan has none (or no room for another object). */
  | 'plan'
  /** The object is missing: the app was installed without its requirements (or they were deleted). */
  | 'not-installed'
  /** Zendesk's storage could not be read just now (network, server error): the browser's copy is shown. */
  | 'unreadable';

export interface HistoryState {
  phase: 'loading' | 'loaded';
  source: HistorySource;
  /** Null when the history is Zendesk's. */
  fallback: HistoryFallback | null;
  /** Oldest first, one record a day at most. */
  days: readonly DayRecord[];
  /** Today's record could not be written (the trend still shows it from memory). */
  writeProblem: Failure | null;
}

export const INITIAL_HISTORY: HistoryState = { phase: 'loading', source: 'zendesk', fallback: null, days: [], writeProblem: null };

/**
 * Where a roster load stands (plain data the caller keeps, so a failed load resumes where
 * it stopped), and what it adds up to: the records read against Zendesk's count, with
 * records that carry no seat id counted once however many passes read them.
 */
import type { PagingErrorCode } from '../zaf/paging';
import type { CheckUp } from './rosterQueries';

/** Query keys: the offset pages (the first one and those the count calls for) and the check-up pass; a split's queries go by their URL. */
export const OFFSET_PAGES = 'offset-pages';
export const CHECK_UP = 'check-up';

/** The next page of one query; `query` is its key, so counts stay per query across resumes. */
export interface PendingPage {
  query: string;
  url: string;
}

/** Records a query read that hold no seat. */
export interface RecordTally {
  unreadable: number;
  notSeats: number;
}

/** A stream Zendesk's paging could not take to its end (the gateway's PagingError). */
export interface EndedStream {
  query: string;
  code: PagingErrorCode;
  /** The page it stopped at. */
  url: string;
}

export interface RosterCheckpoint {
  planned: boolean;
  /** The next page of every unfinished query, the first page of those not started. */
  pending: PendingPage[];
  /** Zendesk's seat count; null if it could not say. */
  expected: number | null;
  /** The disjoint queries that together list every seat ([OFFSET_PAGES] up to the offset cap). */
  queries: string[];
  /** The pass that makes the roster whole if it comes up short; null when nothing counts the seats. */
  checkUp: CheckUp | null;
  /** The check-up pass has started: its counts replace those of the queries it covers. */
  checkedUp: boolean;
  /** By query key. */
  tallies: Record<string, RecordTally>;
  /** Records without a usable id, each counted once: shown to the admin, never dropped silently. */
  unreadable: number;
  /** Records Zendesk listed that are not seats, each counted once: part of its count all the same. */
  notSeats: number;
  /** Streams whose paging broke; the others went on. */
  ended: EndedStream[];
  /** The last offset page the count called for, and whether it said more follow (a stale count). */
  lastOffsetPage: string | null;
  beyondCount: boolean;
}

export const newRosterCheckpoint = (): RosterCheckpoint => ({
  planned: false,
  pending: [],
  expected: null,
  queries: [],
  checkUp: null,
  checkedUp: false,
  tallies: {},
  unreadable: 0,
  notSeats: 0,
  ended: [],
  lastOffsetPage: null,
  beyondCount: false,
});

/** How a load that did not fail ended. */
export interface RosterOutcome {
  /** Every record Zendesk counted was read (or nothing counted them and no stream broke). */
  complete: boolean;
  /** Seats, unreadable records and records that are not seats: what Zendesk's count counts. */
  read: number;
  expected: number | null;
  /** The broken streams nothing read again: why the roster is not complete. */
  ended: EndedStream[];
}

/** Adds one page's records without a seat to its query's tally, and recounts them once. */
export function tallyPage(cp: RosterCheckpoint, query: string, page: RecordTally): void {
  const tally = (cp.tallies[query] ??= { unreadable: 0, notSeats: 0 });
  tally.unreadable += page.unreadable;
  tally.notSeats += page.notSeats;
  cp.unreadable = countedOnce(cp, 'unreadable');
  cp.notSeats = countedOnce(cp, 'notSeats');
}

/**
 * Records without a seat id cannot be de-duplicated, so they are counted per query: a
 * pass that reads the same records again (the split after the first page, the check-up
 * after what it covers) counts them once, as the larger of the two counts (each a count
 * of distinct records, so never more than there are).
 */
function countedOnce(cp: RosterCheckpoint, kind: keyof RecordTally): number {
  const count = (query: string): number => cp.tallies[query]?.[kind] ?? 0;
  const sum = (queries: readonly string[]): number => queries.reduce((total, q) => total + count(q), 0);
  const covers = cp.checkedUp && cp.checkUp !== null ? cp.checkUp.covers : [];
  const rest = cp.queries.filter((q) => !covers.includes(q));
  const streams = sum(rest) + Math.max(sum(covers), count(CHECK_UP));
  // In a split, the first (offset) page's records are listed again by the split's queries.
  return cp.queries.includes(OFFSET_PAGES) ? streams : Math.max(count(OFFSET_PAGES), streams);
}

/** Whole, or not: `seats` is how many distinct seats were read. */
export function rosterOutcome(cp: RosterCheckpoint, seats: number): RosterOutcome {
  const read = seats + cp.unreadable + cp.notSeats;
  const checkUpWhole = cp.checkedUp && !cp.ended.some((e) => e.query === CHECK_UP);
  const reread = checkUpWhole && cp.checkUp !== null ? cp.checkUp.covers : [];
  const ended = cp.ended.filter((e) => !reread.includes(e.query));
  const short = cp.expected !== null && read < cp.expected;
  // The count was stale (more pages than it called for): only a whole cursor pass settles it.
  const stale = cp.beyondCount && !checkUpWhole;
  return { complete: ended.length === 0 && !short && !stale, read, expected: cp.expected, ended };
}

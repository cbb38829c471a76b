/**
 * Loads every seat in as few requests and as little time as Zendesk allows:
 * - the first page is an offset page, because only offset pages carry the total
 *   (`count`): a small account is read in that one request, with no count to ask for;
 * - up to Zendesk's offset cap (10,000 records), the other pages are independent
 *   (`page=N`) and are read side by side: exactly ceil(seats/100) requests;
 * - beyond it, offset paging stops working, so the roster is split into disjoint cursor
 *   queries (rosterQueries.ts) read side by side.
 * Seats are de-duplicated by id. In every mode the records read are compared with
 * Zendesk's count: a total short of it (records moved between pages mid-read) or a
 * stream whose paging broke is made whole by one cursor pass (the check-up), and if
 * even that cannot, the outcome says the roster is not complete. The gateway's plan
 * budget keeps it all under the account's rate limit. Progress lives in a checkpoint
 * the caller keeps, so a failed load resumes exactly where it stopped.
 */
import type { Seat } from '../seats/seat';
import type { RequestControls, ZendeskGateway } from '../zaf/gateway';
import { PagingError } from '../zaf/paging';
import { isRecord } from '../guards';
import { runPool } from './pool';
import { readRosterPage, ROSTER_URL, rosterPages, type RosterPage } from './roster';
import { ADMIN_COUNT_URL, countOf, customRoles, rosterQueries } from './rosterQueries';
import { CHECK_UP, OFFSET_PAGES, rosterOutcome, tallyPage, type PendingPage, type RosterCheckpoint, type RosterOutcome } from './rosterCheckpoint';

export { CHECK_UP, newRosterCheckpoint, OFFSET_PAGES } from './rosterCheckpoint';
export type { EndedStream, PendingPage, RosterCheckpoint, RosterOutcome } from './rosterCheckpoint';

/** The list every roster query pages through (named when its paging breaks). */
export const ROSTER_STREAM = '/api/v2/users';
export const FIRST_PAGE_URL = '/api/v2/users?role[]=agent&role[]=admin&per_page=100';
/** Zendesk answers 400 to offset pages beyond the first 10,000 records. */
export const OFFSET_RECORD_CAP = 10_000;
export const offsetPageUrl = (page: number): string => `${FIRST_PAGE_URL}&page=${page}`;
/** Streams at once: enough to reach the rate floor, few enough to be a good citizen of the browser. */
export const ROSTER_STREAMS = 6;

export interface LoadRosterOptions {
  /** Seats by id, kept by the caller across resumes. */
  into: Map<number, Seat>;
  checkpoint: RosterCheckpoint;
  controls?: RequestControls;
  streams?: number;
  /** Records offset paging reaches; lower only in tests. */
  offsetCap?: number;
  onPlan?: (checkpoint: RosterCheckpoint) => void;
  onPage?: (page: RosterPage) => void;
}

/**
 * Resolves with the outcome once every query is read as far as Zendesk lets it; rejects
 * (checkpoint kept for a resume) on any other failure: network, server, cancel.
 */
export async function loadRoster(gateway: ZendeskGateway, options: LoadRosterOptions): Promise<RosterOutcome> {
  const { checkpoint } = options;
  if (!checkpoint.planned) await plan(gateway, options);
  await followAll(gateway, options);
  const { checkUp } = checkpoint;
  if (checkUp !== null && !checkpoint.checkedUp && !rosterOutcome(checkpoint, options.into.size).complete) {
    // A broken stream the check-up does not cover: list every seat again instead.
    const covered = checkpoint.ended.every((e) => checkUp.covers.includes(e.query));
    checkpoint.checkUp = covered ? checkUp : { url: ROSTER_URL, covers: [...checkpoint.queries] };
    Object.assign(checkpoint, { checkedUp: true, pending: [{ query: CHECK_UP, url: checkpoint.checkUp.url }] });
    await followAll(gateway, options);
  }
  return rosterOutcome(checkpoint, options.into.size);
}

async function plan(gateway: ZendeskGateway, options: LoadRosterOptions): Promise<void> {
  const { checkpoint, controls = {} } = options;
  const first = await gateway.request({ url: FIRST_PAGE_URL }, controls);
  const page = readRosterPage(FIRST_PAGE_URL, first.body, null);
  const seats = isRecord(first.body) && Number.isSafeInteger(first.body.count) ? (first.body.count as number) : null;
  const pages = seats === null ? 0 : Math.ceil(seats / 100);
  if (seats !== null && seats <= (options.offsetCap ?? OFFSET_RECORD_CAP)) {
    const rest = Array.from({ length: Math.max(0, pages - 1) }, (_, i) => offsetPageUrl(i + 2));
    const lastOffsetPage = rest.at(-1) ?? FIRST_PAGE_URL;
    // Offset pages are disjoint and together one query; the check-up lists them all again.
    const queries = [OFFSET_PAGES];
    Object.assign(checkpoint, {
      planned: true,
      pending: rest.map((url) => ({ query: OFFSET_PAGES, url })),
      expected: seats,
      queries,
      checkUp: { url: ROSTER_URL, covers: queries },
      lastOffsetPage,
    });
  }
  keep(page, OFFSET_PAGES, options);
  if (!checkpoint.planned) {
    const [admins, roles] = await Promise.all([countOf(gateway, ADMIN_COUNT_URL, controls), customRoles(gateway, controls)]);
    const { urls, checkUp } = rosterQueries({ seats, admins, roles });
    Object.assign(checkpoint, { planned: true, pending: urls.map((url) => ({ query: url, url })), expected: seats, queries: urls, checkUp });
  }
  options.onPlan?.(checkpoint);
}

function keep(page: RosterPage, query: string, { into, checkpoint, onPage }: LoadRosterOptions): void {
  for (const seat of page.seats) into.set(seat.id, seat);
  // The count said this was the last page, and Zendesk says another follows: the count was stale.
  if (page.url === checkpoint.lastOffsetPage && page.offsetMore) checkpoint.beyondCount = true;
  tallyPage(checkpoint, query, page);
  onPage?.(page);
}

/**
 * Follows every pending query to its end, `streams` at a time. A stream whose paging
 * breaks ends there (recorded) and the others go on; any other failure stops them all.
 */
async function followAll(gateway: ZendeskGateway, options: LoadRosterOptions): Promise<void> {
  const { checkpoint, controls = {} } = options;
  // Each slot's next page; the checkpoint is rebuilt from them after every page.
  const slots: (PendingPage | null)[] = [...checkpoint.pending];
  const sync = (): void => {
    checkpoint.pending = slots.filter((p): p is PendingPage => p !== null);
  };
  // The first failure stops the other streams softly (pool.ts): a page already on its way is kept.
  const follow = async (slot: number, stop: AbortSignal): Promise<void> => {
    const pending = slots[slot];
    if (!pending) return;
    const { query, url } = pending;
    try {
      for await (const page of rosterPages(gateway, url, { ...controls, stop })) {
        slots[slot] = page.next === null ? null : { query, url: page.next };
        sync();
        keep(page, query, options);
      }
    } catch (error) {
      if (!(error instanceof PagingError)) throw error;
      // Zendesk's paging cannot move this stream forward: it ends here, the others go on.
      slots[slot] = null;
      sync();
      checkpoint.ended.push({ query, code: error.code, url: error.url });
    }
  };
  await runPool(
    slots.map((_, i) => i),
    options.streams ?? ROSTER_STREAMS,
    follow,
    controls,
  );
}

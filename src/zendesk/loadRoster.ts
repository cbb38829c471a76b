import type { Seat } from '../seats/seat';
import { AbortedError, type RequestControls, type ZendeskGateway } from '../zaf/gateway';
import { isRecord } from '../guards';
import { readRosterPage, ROSTER_URL, rosterPages, type RosterPage } from './roster';
import { ADMIN_COUNT_URL, AGENTS_URL, countOf, customRoles, rosterQueries } from './rosterQueries';

/**
 * Loads every seat in as few requests and as little time as Zendesk allows:
 * - the first page is an offset page, because only offset pages carry the total
 *   (`count`): a small account is read in that one request, with no count to ask for;
 * - up to Zendesk's offset cap (10,000 records), the other pages are independent
 *   (`page=N`) and are read side by side: exactly ceil(seats/100) requests;
 * - beyond it, offset paging stops working, so the roster is split into disjoint cursor
 *   queries (rosterQueries.ts) read side by side.
 * Seats are de-duplicated by id, and a total short of Zendesk's count (records moved
 * between pages mid-read) is made whole by one cursor pass. The gateway's plan budget
 * keeps it all under the account's rate limit. Progress lives in a checkpoint the
 * caller keeps, so a failed load resumes exactly where it stopped.
 */
export const FIRST_PAGE_URL = '/api/v2/users?role[]=agent&role[]=admin&per_page=100';
/** Zendesk answers 400 to offset pages beyond the first 10,000 records. */
export const OFFSET_RECORD_CAP = 10_000;
export const offsetPageUrl = (page: number): string => `${FIRST_PAGE_URL}&page=${page}`;

export interface RosterCheckpoint {
  planned: boolean;
  /** The next page of every unfinished query, the first page of those not started. */
  pending: string[];
  /** Zendesk's seat count; null if it could not say. */
  expected: number | null;
  /** The query that makes the roster whole if the total comes up short of `expected`. */
  verifyWith: string | null;
  /** Records without a usable id so far: shown to the admin, never dropped silently. */
  unreadable: number;
  /** Records Zendesk listed that are not seats: part of its count all the same. */
  notSeats: number;
  /** The last offset page the count called for, and whether it said more follow (a stale count). */
  lastOffsetPage: string | null;
  beyondCount: boolean;
}

export const newRosterCheckpoint = (): RosterCheckpoint => ({
  planned: false,
  pending: [],
  expected: null,
  verifyWith: null,
  unreadable: 0,
  notSeats: 0,
  lastOffsetPage: null,
  beyondCount: false,
});

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

export async function loadRoster(gateway: ZendeskGateway, options: LoadRosterOptions): Promise<void> {
  const { checkpoint } = options;
  if (!checkpoint.planned) await plan(gateway, options);
  await followAll(gateway, options);
  const read = options.into.size + checkpoint.unreadable + checkpoint.notSeats;
  const short = checkpoint.expected !== null && (read < checkpoint.expected || checkpoint.beyondCount);
  if (checkpoint.verifyWith !== null && short) {
    Object.assign(checkpoint, { pending: [checkpoint.verifyWith], verifyWith: null });
    await followAll(gateway, options);
  }
  checkpoint.verifyWith = null;
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
    Object.assign(checkpoint, { planned: true, pending: rest, expected: seats, verifyWith: ROSTER_URL, lastOffsetPage });
  }
  keep(page, options);
  if (!checkpoint.planned) {
    const [admins, roles] = await Promise.all([countOf(gateway, ADMIN_COUNT_URL, controls), customRoles(gateway, controls)]);
    const queries = rosterQueries({ seats, admins, roles });
    // Admins and agents apart cover everyone by construction; a split by role rests on counts.
    Object.assign(checkpoint, { planned: true, pending: queries.urls, expected: seats, verifyWith: queries.verify ? AGENTS_URL : null });
  }
  options.onPlan?.(checkpoint);
}

function keep(page: RosterPage, { into, checkpoint, onPage }: LoadRosterOptions): void {
  for (const seat of page.seats) into.set(seat.id, seat);
  // The count said this was the last page, and Zendesk says another follows: the count was stale.
  if (page.url === checkpoint.lastOffsetPage && page.offsetMore) checkpoint.beyondCount = true;
  checkpoint.unreadable += page.unreadable;
  checkpoint.notSeats += page.notSeats;
  onPage?.(page);
}

/** Follows every pending query to its end, `streams` at a time; the first failure stops them all. */
async function followAll(gateway: ZendeskGateway, options: LoadRosterOptions): Promise<void> {
  const { checkpoint, controls = {} } = options;
  const stop = new AbortController();
  const onAbort = (): void => stop.abort();
  controls.signal?.addEventListener('abort', onAbort, { once: true });
  if (controls.signal?.aborted) stop.abort();
  const streamControls: RequestControls = { ...controls, signal: stop.signal };
  // Each slot's next page; the checkpoint is rebuilt from them after every page.
  const slots = [...checkpoint.pending];
  const queue = slots.map((_, i) => i);
  const sync = (): void => {
    checkpoint.pending = slots.filter((u): u is string => u !== '');
  };
  let failure: unknown = null;

  const worker = async (): Promise<void> => {
    for (let slot = queue.shift(); slot !== undefined; slot = queue.shift()) {
      for await (const page of rosterPages(gateway, slots[slot] as string, streamControls)) {
        slots[slot] = page.next ?? '';
        sync();
        keep(page, options);
      }
    }
  };
  const workers = Array.from({ length: Math.min(options.streams ?? ROSTER_STREAMS, slots.length) }, () =>
    worker().catch((error: unknown) => {
      if (failure === null && !(error instanceof AbortedError)) failure = error;
      stop.abort();
    }),
  );
  try {
    await Promise.all(workers);
  } finally {
    controls.signal?.removeEventListener('abort', onAbort);
  }
  if (controls.signal?.aborted) throw new AbortedError();
  if (failure !== null) throw failure;
}

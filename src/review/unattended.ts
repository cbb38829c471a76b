/**
 * The daily unattended review, run by the background page: with nobody clicking, the first
 * admin page load of the UTC day claims the day in Zendesk's custom object record, reviews
 * the seats at a low share of the plan's rate limit, records the figures and sends the
 * snapshot under the day's own id (history/dailyId.ts). Plain TypeScript; what happened is
 * a code. Who may run, and when, is history/claim.ts's; this file does the steps in order:
 *   anyone but an admin, or `daily_snapshot` off → no API call at all;
 *   one read of today's record → a finished or live claim: not due (one request in all);
 *   else claim (upsert a random token), wait, read again: the last token written wins;
 *   the winner reviews, records, sends, and records how the send ended (which finishes the claim).
 * Closing Zendesk mid-run just stops: the claim and this browser's note of it stay, the
 * pending snapshot stays in the outbox under the day's id, and the next load here resends
 * it rather than review again (or, past the lease, another admin takes the day over).
 */
import { BEAT_MS, BEAT_STALE_MS, CLAIM_BEAT_MS, CLAIM_LEASE_MS, claimVerdict, parseLocalRun, type LocalRun } from '../history/claim';
import { dailySnapshotId } from '../history/dailyId';
import { dayOf, toFields, type DaySnapshotResult } from '../history/record';
import type { HistoryFallback } from '../history/state';
import { parseSettings } from '../settings/settings';
import { DESTINATION_HOSTS, isDestination } from '../destinations/names';
import { destinationName, type DestinationSettings } from '../snapshot/endpoint';
import { browserStore, type KeyValueStore } from '../storage/store';
import type { Connection } from '../zaf/connect';
import { abortableSleep, AbortedError } from '../zaf/gateway';
import { failureOf, isCancellation, type Failure } from '../zendesk/failure';
import { HistoryError, readDay, upsertDay } from '../zendesk/history';
import type { HistoryKeeper } from './history';
import { createReviewSession, daySnapshot, type ReviewSession, type ReviewSessionOptions } from './session';
import type { SendOutcome, SnapshotSender } from './snapshots';

/** Share of the plan's requests a minute the unattended run spends (gateway budget and search counts): agents come first. */
export const UNATTENDED_SHARE = 0.1;

/**
 * Between writing a claim and reading it back. Every admin who read "unclaimed" before our
 * claim landed writes theirs within one request's round trip of that read (well under a
 * second; Zendesk's proxy adds little), so after this wait every competing claim is in and
 * everyone's second read sees the same last token. A claimer whose own read-then-write
 * took longer than this cannot be sure of that and stands down (see `slow` below).
 */
export const SETTLE_MS = 3_000;

export type UnattendedOutcome =
  | { code: 'not-admin' }
  /** The `daily_snapshot` setting is off. */
  | { code: 'off' }
  /** Someone already ran today (`finished`), runs now (`taken`, `running-here`), or this browser did (`done-here`, no custom objects). */
  | { code: 'not-due'; why: 'finished' | 'taken' | 'running-here' | 'done-here' }
  /** Another admin or tab claimed the day at the same time and won; `slow`: our claim took too long to be sure of. */
  | { code: 'lost-race'; slow: boolean }
  /** Zendesk's storage could not be read just now: nobody can tell who runs today, so this page does not. */
  | { code: 'history-unavailable'; failure: Failure }
  /** The page went away (or was told to stop) mid-run. */
  | { code: 'stopped' }
  /** Something not foreseen stopped the run (its claim stays, to be taken back or over). */
  | { code: 'failed'; failure: Failure }
  | {
      code: 'ran';
      snapshot: DaySnapshotResult;
      snapshotId: string;
      /** The pending snapshot of an interrupted run was sent again, not rebuilt. */
      resumed: boolean;
      /** Set when the history could only be kept in this browser. */
      fallback: HistoryFallback | null;
      /** False when the last history write failed: the day stays unfinished and the next load here records it. */
      recorded: boolean;
    };

export interface UnattendedOptions {
  /** What connect() gave the background page. */
  connection: Connection;
  clock?: () => number;
  store?: KeyValueStore;
  leaseMs?: number;
  settleMs?: number;
  /** How often the claim is renewed in Zendesk while the review runs (CLAIM_BEAT_MS). */
  renewMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Claim tokens and tab ids; random by default. */
  newToken?: () => string;
  /** Aborted when the page goes away. */
  signal?: AbortSignal;
  /** The review session's knobs (tests, benchmarks). */
  session?: Pick<ReviewSessionOptions, 'flushMs' | 'engagement' | 'newId'>;
}

/**
 * Whether the settings say where snapshots go at all: the endpoint for Seat Review's format
 * and Okta Workflows, the id for a platform. A destination naming no platform counts as
 * set (wrongly): the send then fails and says why.
 */
export function destinationConfigured(settings: DestinationSettings): boolean {
  const name = destinationName(settings.saasDestination);
  if (!isDestination(name)) return true;
  if (DESTINATION_HOSTS[name] === undefined) return settings.saasEndpoint !== null && settings.saasEndpoint.trim() !== '';
  return settings.saasDestinationId !== null && settings.saasDestinationId.trim() !== '';
}

/** The manifest's `daily_snapshot` checkbox (Zendesk sends a boolean; a string from older hosts). */
export function dailySnapshotOn(settings: Record<string, unknown>): boolean {
  const value = settings.daily_snapshot;
  return value === true || value === 'true' || value === 1 || value === '1';
}

export function localRunKey(subdomain: string, installation: number | null): string {
  return `seat-review:unattended:v1:${subdomain || 'unknown'}:${String(installation ?? 'default')}`;
}

const randomToken = (): string => crypto.randomUUID().replace(/-/g, '');

/** Resolves when the sender has no push under way (the session's own resend of an older pending one). */
function untilIdle(sender: SnapshotSender): Promise<void> {
  return new Promise((resolve) => {
    if (!sender.getState().sending) {
      resolve();
      return;
    }
    const stop = sender.subscribe(() => {
      if (sender.getState().sending) return;
      stop();
      resolve();
    });
  });
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new AbortedError());
  return Promise.race([
    promise,
    new Promise<never>((_resolve, reject) => signal.addEventListener('abort', () => reject(new AbortedError()), { once: true })),
  ]);
}

export async function runUnattended(options: UnattendedOptions): Promise<UnattendedOutcome> {
  const { connection, signal } = options;
  // Agents load the background page too: they must not cost the account a single request.
  if (connection.kind !== 'admin') return { code: 'not-admin' };
  if (!dailySnapshotOn(connection.settings)) return { code: 'off' };
  const { gateway, user, installationId } = connection;
  const subdomain = connection.context.account.subdomain;
  const clock = options.clock ?? Date.now;
  const sleep = options.sleep ?? abortableSleep;
  const settleMs = options.settleMs ?? SETTLE_MS;
  const newToken = options.newToken ?? randomToken;
  const store = options.store ?? browserStore().store;
  const key = localRunKey(subdomain, installationId);
  const tab = newToken();
  const today = dayOf(clock());

  const readLocal = (): LocalRun | null => {
    try {
      return parseLocalRun(store.getItem(key));
    } catch {
      return null;
    }
  };
  const writeLocal = (run: LocalRun): void => {
    try {
      store.setItem(key, JSON.stringify(run));
    } catch {
      // Blocked storage: this browser cannot resume; the lease lets another admin take over.
    }
  };

  const controls = signal ? { signal } : {};
  let claimToken = '';
  /** Claims the day in Zendesk with a fresh token: won when ours is the last one written. */
  const claimInZendesk = async (startedAt: number): Promise<'won' | 'lost' | 'slow'> => {
    const token = newToken();
    claimToken = token;
    await upsertDay(gateway, today, toFields({ claim: { token, byId: user.id, at: new Date(clock()).toISOString() } }), controls);
    // Noted before the wait: closed during it, this browser still knows the claim is its own.
    writeLocal({ day: today, token, beat: clock(), tab, done: false });
    if (clock() - startedAt > settleMs) return 'slow';
    await sleep(settleMs, signal);
    const again = await readDay(gateway, today, controls);
    if (again?.claim?.token !== token) return 'lost';
    // Another tab of this browser may have noted its own (losing) token meanwhile.
    writeLocal({ day: today, token, beat: clock(), tab, done: false });
    return 'won';
  };

  /**
   * Without custom objects no claim can be shared between admins. The safest run left is at
   * most one a day per browser: this browser's note is the claim (its tabs race for it the
   * same way), and each admin's browser may send the day's snapshot under the same id, which
   * the receiver keeps once.
   */
  const claimInBrowser = async (): Promise<UnattendedOutcome | null> => {
    const local = readLocal();
    if (local?.day === today && local.done) return { code: 'not-due', why: 'done-here' };
    if (local?.day === today && clock() - local.beat < BEAT_STALE_MS) return { code: 'not-due', why: 'running-here' };
    writeLocal({ day: today, token: local?.day === today ? local.token : newToken(), beat: clock(), tab, done: false });
    await sleep(settleMs, signal);
    return readLocal()?.tab === tab ? null : { code: 'lost-race', slow: false };
  };

  /** Renews our claim while the review runs (read first: a claim taken over past its lease is left to its new taker). */
  const renewClaim = async (): Promise<void> => {
    const current = await readDay(gateway, today, controls);
    if (current?.claim?.token !== claimToken) return;
    await upsertDay(gateway, today, toFields({ claim: { token: claimToken, byId: user.id, at: new Date(clock()).toISOString() } }), controls);
  };
  let renewal: ReturnType<typeof setInterval> | null = null;
  let renewing: Promise<void> = Promise.resolve();
  /** Before the end is recorded: a renewal dated after the snapshot would make the day look unfinished. */
  const stopRenewing = async (): Promise<void> => {
    if (renewal !== null) clearInterval(renewal);
    renewal = null;
    await renewing;
  };

  let session: ReviewSession | null = null;
  let beat: ReturnType<typeof setInterval> | null = null;
  try {
    const startedAt = clock();
    let record;
    let browserOnly = false;
    try {
      record = await readDay(gateway, today, { ...(signal ? { signal } : {}) });
    } catch (error) {
      if (!(error instanceof HistoryError)) throw error;
      if (error.fallback === 'unreadable') return { code: 'history-unavailable', failure: error.failure };
      browserOnly = true;
    }
    if (browserOnly) {
      const refused = await claimInBrowser();
      if (refused) return refused;
    } else {
      const verdict = claimVerdict(record ?? null, { now: clock(), userId: user.id, local: readLocal(), leaseMs: options.leaseMs ?? CLAIM_LEASE_MS });
      if (verdict.code === 'finished' || verdict.code === 'taken' || verdict.code === 'running-here') return { code: 'not-due', why: verdict.code };
      // Free, stale, or ours to take back: a fresh token either way, so two tabs resuming at once still race.
      const claimed = await claimInZendesk(startedAt);
      if (claimed !== 'won') return { code: 'lost-race', slow: claimed === 'slow' };
      renewal = setInterval(() => {
        renewing = renewing.then(renewClaim).catch(() => undefined);
      }, options.renewMs ?? CLAIM_BEAT_MS);
    }
    // While this tab runs, its note stays fresh: another tab of this browser leaves the day alone.
    beat = setInterval(() => {
      const local = readLocal();
      if (local?.tab === tab) writeLocal({ ...local, beat: clock() });
    }, BEAT_MS);

    const snapshotId = await dailySnapshotId(subdomain, today);
    const { settings } = parseSettings(connection.settings);
    session = createReviewSession({
      gateway,
      settings,
      now: clock(),
      subdomain,
      installationId,
      store,
      clock,
      // No screen here: the history keeper reads today's record only, however long the history is.
      history: { user: { id: user.id, name: user.name }, kind: 'unattended', onlyToday: true },
      ...options.session,
      engagement: { searchShare: UNATTENDED_SHARE, ...options.session?.engagement },
    });
    const history = session.history as HistoryKeeper;
    const recordEnd = async (result: DaySnapshotResult, parts = { accepted: 0, parts: 0 }): Promise<void> => {
      await history.recordSnapshot({ id: snapshotId, result, ...parts, at: new Date(clock()).toISOString() });
    };
    const finish = async (snapshot: DaySnapshotResult, resumed: boolean): Promise<UnattendedOutcome> => {
      await untilAborted(history.idle(), signal);
      const { fallback, writeProblem } = history.getState();
      // Not recorded in Zendesk: the claim stays unfinished, and the next load here records it from the outbox (below).
      if (writeProblem === null) writeLocal({ day: today, token: readLocal()?.token ?? '', beat: 0, tab, done: true });
      return { code: 'ran', snapshot, snapshotId, resumed, fallback, recorded: writeProblem === null };
    };

    // An interrupted run of today: its snapshot is resent as it was built, not rebuilt from a new review.
    const { outbox } = session.snapshots.getState();
    if (outbox.pending?.snapshot_id === snapshotId && !outbox.pending.rejected) {
      await stopRenewing();
      const resent = await untilAborted(session.snapshots.pushPending(), signal);
      if ('snapshotId' in resent) return await finish(daySnapshot(resent).result, true);
    } else if (outbox.lastPush?.snapshot_id === snapshotId) {
      // It ended (or was refused) but the record of it was lost with the page: record it now.
      const last = outbox.lastPush;
      const result: DaySnapshotResult = last.result === 'failed' && last.accepted > 0 ? 'partial' : last.result;
      await stopRenewing();
      await recordEnd(result, { accepted: last.accepted, parts: last.parts });
      return await finish(result, true);
    }

    session.start();
    await untilAborted(session.settled(), signal);
    await stopRenewing();
    const base = session.snapshotInput();
    // The figures were recorded by the session as it settled; a review without every seat sends nothing.
    if (base === null) {
      await recordEnd('failed');
      return await finish('failed', false);
    }
    // Nowhere to send: no endpoint (Seat Review's format, Okta Workflows), or no id on the platform.
    if (!destinationConfigured(settings)) {
      await recordEnd('not-configured');
      return await finish('not-configured', false);
    }
    await untilAborted(untilIdle(session.snapshots), signal);
    const sent: SendOutcome = await untilAborted(session.snapshots.push(base, { snapshotId }), signal);
    // A push that ran was recorded by the session; one that could not start is recorded as failed.
    if ('snapshotId' in sent) return await finish(daySnapshot(sent).result, false);
    if (sent.status === 'stopped' && signal?.aborted) return { code: 'stopped' };
    await recordEnd('failed');
    return await finish('failed', false);
  } catch (error) {
    if (isCancellation(error, signal)) return { code: 'stopped' };
    // The claim could not be written or read back: nobody can tell who runs today.
    if (error instanceof HistoryError) return { code: 'history-unavailable', failure: error.failure };
    return { code: 'failed', failure: failureOf(error) };
  } finally {
    if (renewal !== null) clearInterval(renewal);
    if (beat !== null) clearInterval(beat);
    session?.dispose();
  }
}

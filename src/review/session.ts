/**
 * One seat review, in plain TypeScript: what the screen shows, the benchmark measures and
 * a background run would send all come from here. It loads the roster (resuming from the
 * page that failed), runs engagement (sessions and interactions) beside it, keeps the
 * reviewed seats, summary and composition in step, updates one seat after a change
 * (release), says when a snapshot may be built, and re-sends a pending snapshot. Given who
 * runs it (`history`), it keeps the account's review history: today's figures once the
 * review settles with every seat in, and how each snapshot push ended.
 * One immutable state object and `subscribe`: no React, no DOM, no sentences.
 */
import { version as manifestVersion } from '../../manifest.json';
import type { DayFigures, DaySnapshot, RunKind } from '../history/record';
import { reviewSeats, summarize, type ReviewedSeat, type SeatSummary } from '../seats/review';
import { DAY_MS, type Seat } from '../seats/seat';
import { releasedSince } from '../release/report';
import type { SeatReviewSettings } from '../settings/settings';
import type { SnapshotInput } from '../snapshot/build';
import { engagementSettled, sendReadiness } from '../snapshot/readiness';
import { browserStore, type KeyValueStore } from '../storage/store';
import type { RetryNotice, ZendeskGateway } from '../zaf/gateway';
import { loadEngagement, type EngagementOptions, type RosterSource } from '../zendesk/engagement';
import { failureOf, isCancellation } from '../zendesk/failure';
import { storeCache, type InteractionCache } from '../zendesk/interactionCache';
import { loadRoster, newRosterCheckpoint, ROSTER_STREAM, type EndedStream, type RosterCheckpoint } from '../zendesk/loadRoster';
import { engagementBySeat } from './engagementBySeat';
import { deferredKeeper } from './deferredHistory';
import type { HistoryKeeper } from './history';
import { createReleaseDesk, type ReleaseDesk, type ReleaseDeskOptions } from './releases';
import { createSnapshotSender, type PushEnded, type SnapshotSender } from './snapshots';
import { INITIAL_ENGAGEMENT, INITIAL_ROSTER, type EndedRosterStream, type EngagementState, type ReviewState, type RosterState } from './state';

/** What a snapshot is built from, minus its id and time (snapshot/build.ts adds them). */
export type SnapshotBase = Omit<SnapshotInput, 'snapshotId' | 'now'>;

export interface ReviewSessionOptions {
  gateway: ZendeskGateway;
  settings: SeatReviewSettings;
  /** The review's "now": every seat is judged at the same instant. */
  now: number;
  subdomain: string;
  /** With the subdomain, namespaces what the browser keeps. */
  installationId?: number | null;
  /** Where interaction counts and snapshots are kept; the browser's storage by default. */
  store?: KeyValueStore;
  appVersion?: string;
  /** Engagement's knobs for benchmarks: a forced strategy, a compressed minute, the kept counts (null: none). */
  engagement?: Pick<EngagementOptions, 'force' | 'minuteMs' | 'rateLimit' | 'searchShare'> & { cache?: InteractionCache | null };
  /** Repaint at most this often while roster pages stream in. */
  flushMs?: number;
  /** Snapshot ids and the clock snapshots are stamped with; fixed in tests. */
  newId?: () => string;
  clock?: () => number;
  /** Release's knobs for benchmarks and tests: job polling, a compressed minute. */
  release?: ReleaseDeskOptions['run'];
  /** Who runs the review and how: the session then keeps the account's review history. Without it, no history request is made. */
  history?: { user: { id: number; name: string }; kind: RunKind; onlyToday?: boolean };
}

export interface ReviewSession {
  /** What the review was opened with. */
  readonly gateway: ZendeskGateway;
  readonly subdomain: string;
  readonly settings: SeatReviewSettings;
  readonly now: number;
  getState: () => ReviewState;
  subscribe: (listener: () => void) => () => void;
  /** Starts the roster, engagement and the pending snapshot's re-send; once (later calls do nothing). */
  start: () => void;
  /** Starts if need be; the returned release disposes unless the session is retained again first (React's StrictMode mounts twice). */
  retain: () => () => void;
  /** After a failed page: continues from the pages that did not arrive. */
  resumeRoster: () => void;
  /** Every seat again, and engagement again over them. */
  reloadRoster: () => void;
  cancelEngagement: () => void;
  restartEngagement: () => void;
  /** One seat changed (a release): its verdict, the summary and composition follow. */
  updateSeat: (seat: Seat) => void;
  removeSeat: (id: number) => void;
  /** Opens the user in Zendesk (routeTo); resolves false when the host refused. */
  openUser: (id: number) => Promise<boolean>;
  /** What a snapshot is built from; null unless the review allows one (every seat in). */
  snapshotInput: () => SnapshotBase | null;
  /** Re-sends a pending snapshot that failed for a passing reason (once per session). */
  resendPending: () => void;
  /** The snapshot outbox and its sends. */
  readonly snapshots: SnapshotSender;
  /** Release previews, releases, restores and their reports. */
  readonly releases: ReleaseDesk;
  /** The account's review history; null when the session was opened without `history`. */
  readonly history: HistoryKeeper | null;
  /** Resolves once the roster is no longer loading and engagement has settled (or the roster failed). */
  settled: () => Promise<ReviewState>;
  /** Stops everything in flight; the session stays readable but does no more work. */
  dispose: () => void;
}

const FLUSH_MS = 150;
const byId = (a: Seat, b: Seat): number => a.id - b.id;

/** The roster as engagement waits on it: a new one for every fresh load. */
interface DeferredRoster extends RosterSource {
  loaded: (seats: readonly Seat[]) => void;
  counted: (expected: number | null) => void;
}

function deferredRoster(): DeferredRoster {
  let loaded: (seats: readonly Seat[]) => void = () => undefined;
  let counted: (expected: number | null) => void = () => undefined;
  const seats = new Promise<readonly Seat[]>((resolve) => (loaded = resolve));
  const expected = new Promise<number | null>((resolve) => (counted = resolve));
  return { seats, expected, loaded, counted };
}

const endedData = (e: EndedStream): EndedRosterStream => ({ query: e.query, paging: e.code, stream: ROSTER_STREAM, url: e.url });

/** The day's figures from a settled review; costs only when a seat price is set. */
export function dayFigures(summary: SeatSummary, released: number, currency: string): DayFigures {
  return {
    seats: summary.seats,
    paid: summary.paid,
    idle: summary.idle,
    suspended: summary.suspended,
    released,
    idleCost: summary.costs?.idleMonthly ?? null,
    suspendedCost: summary.costs?.suspendedMonthly ?? null,
    currency: summary.costs ? currency : null,
  };
}

/** How a push ended, as the day's history keeps it: a push that got some parts in is `partial`. */
export function daySnapshot(ended: PushEnded): DaySnapshot {
  const result = ended.status === 'failed' && ended.accepted > 0 ? 'partial' : ended.status;
  return { id: ended.snapshotId, result, accepted: ended.accepted, parts: ended.parts, at: new Date(ended.at).toISOString() };
}

export function createReviewSession(options: ReviewSessionOptions): ReviewSession {
  const { gateway, settings, now, subdomain } = options;
  const flushMs = options.flushMs ?? FLUSH_MS;
  const { store, persistent } = options.store ? { store: options.store, persistent: true } : browserStore();
  const cache = options.engagement?.cache !== undefined ? options.engagement.cache : storeCache(store, subdomain);
  const rules = { idleDays: settings.idleDays, graceDays: settings.graceDays, exempt: settings.exempt, now };
  const asked = options.history;
  const history: HistoryKeeper | null = asked
    ? deferredKeeper(
        import('./history').then(({ createHistoryKeeper }) =>
          createHistoryKeeper({
            gateway,
            store,
            subdomain,
            installationId: options.installationId ?? null,
            user: asked.user,
            ...(asked.onlyToday ? { onlyToday: true } : {}),
            kind: asked.kind,
            ...(options.clock ? { clock: options.clock } : {}),
          }),
        ),
      )
    : null;
  const snapshots = createSnapshotSender({
    gateway,
    endpoint: settings.saasEndpoint,
    destination: settings,
    subdomain,
    installation: options.installationId ?? 'default',
    store,
    persistent,
    ...(options.newId ? { newId: options.newId } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(history ? { onPushed: (ended: PushEnded) => void history.recordSnapshot(daySnapshot(ended)) } : {}),
  });

  const releases = createReleaseDesk({
    gateway,
    rows: () => getState().reviewed,
    apply: (updated, removed) => {
      for (const seat of updated) seatsById.set(seat.id, seat);
      for (const id of removed) seatsById.delete(id);
      replaceSeats();
    },
    store,
    storeKey: `seat-review:releases:v1:${subdomain || 'unknown'}:${String(options.installationId ?? 'default')}`,
    newId: options.newId ?? (() => crypto.randomUUID()),
    clock: options.clock ?? Date.now,
    ...(options.release ? { run: options.release } : {}),
  });

  let roster: RosterState = INITIAL_ROSTER;
  let engagement: EngagementState = INITIAL_ENGAGEMENT;
  /** Derived parts, rebuilt only when what they rest on changed. */
  let reviewed: readonly ReviewedSeat[] = [];
  let summary: SeatSummary = summarize([], settings.seatPrice);
  let reviewedFrom: { seats: readonly Seat[]; engagement: EngagementState | null } = { seats: [], engagement: null };
  let state: ReviewState | null = null;
  const listeners = new Set<() => void>();

  let started = false;
  let disposed = false;
  let releaseTimer: ReturnType<typeof setTimeout> | null = null;
  let seatsById = new Map<number, Seat>();
  let checkpoint: RosterCheckpoint = newRosterCheckpoint();
  let source = deferredRoster();
  let rosterRun: AbortController | null = null;
  let engagementRun: AbortController | null = null;
  /** Fresh roster loads so far, and the one whose figures the history has: one record per load. */
  let rosterLoads = 0;
  let recordedLoad = 0;

  /** Once the review has settled with every seat in, today's figures go to the history (once per roster load). */
  const recordWhenSettled = (): void => {
    if (!history || disposed || recordedLoad === rosterLoads) return;
    if (roster.phase === 'loading' || !engagementSettled(engagement.phase.kind)) return;
    const base = api.snapshotInput();
    if (base === null) return;
    recordedLoad = rosterLoads;
    void history.recordReview(dayFigures(base.summary, base.releasedSeats ?? 0, settings.seatCurrency));
  };

  const emit = (): void => {
    state = null;
    for (const listener of [...listeners]) listener();
    recordWhenSettled();
  };
  const setRoster = (patch: Partial<RosterState>): void => {
    roster = { ...roster, ...patch };
    emit();
  };
  const setEngagement = (patch: Partial<EngagementState>): void => {
    engagement = { ...engagement, ...patch };
    emit();
  };

  const getState = (): ReviewState => {
    if (state !== null) return state;
    // Interactions and sessions change the verdicts; the phase alone does not.
    const engagementChanged =
      reviewedFrom.engagement === null ||
      reviewedFrom.engagement.interactions !== engagement.interactions ||
      reviewedFrom.engagement.lastSeen !== engagement.lastSeen;
    if (reviewedFrom.seats !== roster.seats || engagementChanged) {
      reviewed = reviewSeats(roster.seats, rules, engagementBySeat(roster.seats, engagement.interactions, engagement.lastSeen));
      summary = summarize(reviewed, settings.seatPrice, settings.seatsPurchased);
      reviewedFrom = { seats: roster.seats, engagement };
    }
    state = { roster, engagement, reviewed, summary, readiness: sendReadiness(roster.phase, engagement.phase.kind) };
    return state;
  };

  const sortedSeats = (): Seat[] => [...seatsById.values()].sort(byId);

  function runRoster(fresh: boolean): void {
    rosterRun?.abort();
    const run = new AbortController();
    rosterRun = run;
    if (fresh) {
      rosterLoads += 1;
      seatsById = new Map();
      checkpoint = newRosterCheckpoint();
      source = deferredRoster();
    }
    const into = seatsById;
    const here = checkpoint;
    const waitsOnIt = source;
    const live = (): boolean => !run.signal.aborted && !disposed;
    let lastFlush = 0;
    /** Shows the seats so far and returns them. */
    const flush = (patch: Partial<RosterState>): Seat[] => {
      const seats = sortedSeats();
      setRoster({ seats, unreadable: here.unreadable, waiting: null, ...patch });
      lastFlush = performance.now();
      return seats;
    };
    setRoster({
      phase: 'loading',
      error: null,
      waiting: null,
      read: null,
      ended: [],
      ...(fresh ? { seats: [], unreadable: 0, expected: null } : {}),
    });
    loadRoster(gateway, {
      into,
      checkpoint: here,
      controls: { signal: run.signal, onRetry: (waiting: RetryNotice) => live() && setRoster({ waiting }) },
      onPlan: ({ expected }) => {
        waitsOnIt.counted(expected);
        if (live()) setRoster({ expected });
      },
      onPage: () => {
        if (live() && performance.now() - lastFlush > flushMs) flush({});
      },
    }).then(
      ({ complete, read, expected, ended }) => {
        if (!live()) return;
        // Incomplete still hands over the seats read: engagement counts for them all the same.
        waitsOnIt.loaded(flush({ phase: complete ? 'loaded' : 'incomplete', read, expected, ended: ended.map(endedData) }));
      },
      (error: unknown) => {
        if (isCancellation(error, run.signal) || disposed) return;
        flush({ phase: 'failed', error: failureOf(error) });
      },
    );
  }

  function runEngagement(): void {
    engagementRun?.abort();
    const run = new AbortController();
    engagementRun = run;
    // A cancelled run still reports its last phase ('cancelled'); a superseded one reports nothing.
    const live = (): boolean => engagementRun === run && !disposed;
    engagement = INITIAL_ENGAGEMENT;
    emit();
    // The counts' save is told back, so the screen can say when they were not kept.
    const told: InteractionCache | null = cache && {
      load: () => cache.load(),
      save: (counts) => {
        const kept = cache.save(counts);
        if (live()) setEngagement({ cacheKept: kept });
        return kept;
      },
    };
    const { cache: _ignored, ...knobs } = options.engagement ?? {};
    void loadEngagement(gateway, source, {
      ...knobs,
      idleDays: settings.idleDays,
      now,
      cache: told,
      signal: run.signal,
      onPhase: (phase) => live() && setEngagement(phase.kind === 'loading' ? { phase, resumedFrom: phase.resumedFrom } : { phase }),
      onLastSeen: (lastSeen) => live() && setEngagement({ lastSeen }),
      onSessionsError: (sessionsError) => live() && setEngagement({ sessionsError }),
      onInteractions: (interactions) => live() && setEngagement({ interactions }),
    });
  }

  const start = (): void => {
    if (releaseTimer !== null) clearTimeout(releaseTimer);
    releaseTimer = null;
    if (started || disposed) return;
    started = true;
    // The history is read beside the review; its failures are its state's, never the review's.
    void history?.load();
    runRoster(true);
    runEngagement();
    snapshots.resendPending();
  };

  const dispose = (): void => {
    if (disposed) return;
    disposed = true;
    rosterRun?.abort();
    engagementRun?.abort();
    snapshots.dispose();
    releases.dispose();
    history?.dispose();
  };

  const replaceSeats = (): void => setRoster({ seats: sortedSeats() });

  const subscribe = (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };

  const api: ReviewSession = {
    gateway,
    subdomain,
    settings,
    now,
    getState,
    subscribe,
    start,
    retain() {
      start();
      return () => {
        if (releaseTimer !== null) clearTimeout(releaseTimer);
        releaseTimer = setTimeout(dispose, 0);
      };
    },
    resumeRoster() {
      if (started && !disposed && roster.phase === 'failed') runRoster(false);
    },
    reloadRoster() {
      if (!started || disposed) return;
      runRoster(true);
      runEngagement();
    },
    cancelEngagement() {
      engagementRun?.abort();
    },
    restartEngagement() {
      if (started && !disposed) runEngagement();
    },
    updateSeat(seat) {
      seatsById.set(seat.id, seat);
      replaceSeats();
    },
    removeSeat(id) {
      if (seatsById.delete(id)) replaceSeats();
    },
    openUser(id) {
      return gateway.openUser(id).then(
        () => true,
        () => false,
      );
    },
    snapshotInput() {
      const current = getState();
      const { code } = current.readiness;
      // Never from a roster that is not whole: the snapshot would pass for every seat.
      if (code !== 'ready' && code !== 'wait-for-review') return null;
      return {
        reviewed: current.reviewed,
        summary: current.summary,
        rules: { idleDays: settings.idleDays, graceDays: settings.graceDays, exempt: settings.exempt },
        seatPrice: settings.seatPrice,
        subdomain,
        appVersion: options.appVersion ?? manifestVersion,
        windowDays: settings.idleDays,
        releasedSeats: releasedSince(releases.getState().reports, (options.clock ?? Date.now)() - settings.idleDays * DAY_MS),
      };
    },
    resendPending() {
      if (!disposed) snapshots.resendPending();
    },
    snapshots,
    releases,
    history,
    settled() {
      return new Promise((resolve) => {
        // Reads the raw parts: the reviewed seats are built once, when settled.
        const check = (): boolean => {
          const done = roster.phase === 'failed' || (roster.phase !== 'loading' && engagementSettled(engagement.phase.kind));
          if (done) resolve(getState());
          return done;
        };
        if (check()) return;
        const stop = subscribe(() => {
          if (check()) stop();
        });
      });
    },
    dispose,
  };
  return api;
}

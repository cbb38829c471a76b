/**
 * The review's releases: a preview that reads before anything is written, the release the
 * admin confirmed, Cancel, Restore, and the reports kept with the review's history. Seats
 * change in the review session as Zendesk confirms each one (a released seat is no longer a
 * paid seat). Plain data and `subscribe`, like the session itself.
 */
import type { ReviewedSeat } from '../seats/review';
import type { Seat } from '../seats/seat';
import type { KeyValueStore } from '../storage/store';
import type { ZendeskGateway } from '../zaf/gateway';
import { failureOf, isCancellation, type Failure } from '../zendesk/failure';
import type { CustomRole } from '../zendesk/roleChanges';
import type { ChangeOutcome } from '../release/outcome';
import {
  loadReports,
  releaseChange,
  releasedSeat,
  reportSeat,
  restoreChange,
  saveReports,
  type ReleaseReport,
  type ReleaseTarget,
  type ReportSeat,
} from '../release/report';
import type { RunLimits, RunOptions, RunProgress } from '../release/run';

/** Loaded on first use (see release/writes.ts). */
const loadWrites = () => import('../release/writes');

export interface ReleasePreview {
  /** The seats to release, in the order chosen. */
  seats: readonly ReviewedSeat[];
  roles: 'loading' | 'read' | 'failed';
  /** The account's Light agent role; null without one (or until read). */
  lightAgentRole: CustomRole | null;
  /** Open assigned tickets counted so far, by seat. */
  openTickets: ReadonlyMap<number, number>;
  counting: 'loading' | 'done' | 'failed' | 'stopped';
  failure: Failure | null;
}

export interface ReleaseRun {
  kind: 'release' | 'restore';
  reportId: string;
  progress: RunProgress;
  cancelling: boolean;
}

export interface ReleaseState {
  preview: ReleasePreview | null;
  run: ReleaseRun | null;
  /** Newest first. */
  reports: readonly ReleaseReport[];
  /** False when this browser could not keep the reports (download them instead). */
  kept: boolean;
}

export interface ReleaseDesk {
  getState: () => ReleaseState;
  subscribe: (listener: () => void) => () => void;
  /** Reads roles and open tickets for these seats; writes nothing. */
  openPreview: (ids: readonly number[]) => void;
  closePreview: () => void;
  /** Releases the previewed seats (the admin confirmed). */
  release: (target: ReleaseTarget) => void;
  /** No new write starts; those sent are followed to their end. */
  cancel: () => void;
  /** Puts released seats of a report back to their role and custom role. */
  restore: (reportId: string, ids: readonly number[]) => void;
  dispose: () => void;
}

export interface ReleaseDeskOptions {
  gateway: ZendeskGateway;
  /** The review's seats as they are now. */
  rows: () => readonly ReviewedSeat[];
  /** Seats Zendesk changed: `updated` replace theirs, `removed` left the roster (end users now). */
  apply: (updated: readonly Seat[], removed: readonly number[]) => void;
  store: KeyValueStore;
  storeKey: string;
  newId: () => string;
  clock: () => number;
  /** Benchmarks and tests: faster polling, a compressed minute. */
  run?: Pick<RunOptions, 'pollDelaysMs' | 'fullWaitMs' | 'sleep'> & { minuteMs?: number };
}

export function createReleaseDesk(options: ReleaseDeskOptions): ReleaseDesk {
  const { gateway, store, storeKey } = options;
  const minuteMs = options.run?.minuteMs ?? 60_000;
  // Zendesk's write limits are the account's: one set for every run of this review.
  let limits: RunLimits | null = null;
  const closing = new AbortController();
  let state: ReleaseState = { preview: null, run: null, reports: loadReports(store, storeKey), kept: true };
  const listeners = new Set<() => void>();
  let previewRun: AbortController | null = null;
  let cancelRun: AbortController | null = null;

  const set = (patch: Partial<ReleaseState>): void => {
    state = { ...state, ...patch };
    for (const l of [...listeners]) l();
  };
  const setPreview = (patch: Partial<ReleasePreview>): void => {
    if (state.preview) set({ preview: { ...state.preview, ...patch } });
  };
  const keep = (): void => set({ kept: saveReports(store, storeKey, state.reports) });
  const replaceReport = (report: ReleaseReport): void => set({ reports: state.reports.map((r) => (r.id === report.id ? report : r)) });

  function openPreview(ids: readonly number[]): void {
    if (state.run) return;
    previewRun?.abort();
    const run = new AbortController();
    previewRun = run;
    const byId = new Map(options.rows().map((r) => [r.seat.id, r]));
    const seats = ids.map((id) => byId.get(id)).filter((r): r is ReviewedSeat => r !== undefined);
    set({ preview: { seats, roles: 'loading', lightAgentRole: null, openTickets: new Map(), counting: 'loading', failure: null } });
    const live = (): boolean => previewRun === run && !run.signal.aborted;
    const writes = loadWrites();
    writes
      .then((w) => w.readLightAgentRole(gateway, run.signal))
      .then(
        (role) => live() && setPreview({ roles: 'read', lightAgentRole: role }),
        (error: unknown) => live() && !isCancellation(error, run.signal) && setPreview({ roles: 'failed', failure: failureOf(error) }),
      );
    const counts = new Map<number, number>();
    writes
      .then((w) =>
        w.countOpenTickets(
          gateway,
          seats.map((r) => r.seat.id),
          {
            signal: run.signal,
            minuteMs,
            onCount: (id, n) => {
              counts.set(id, n);
              if (live()) setPreview({ openTickets: new Map(counts) });
            },
          },
        ),
      )
      .then(
        () => live() && setPreview({ counting: 'done' }),
        (error: unknown) => {
          if (!live()) return;
          if (isCancellation(error, run.signal)) setPreview({ counting: 'stopped' });
          else setPreview({ counting: 'failed', failure: failureOf(error) });
        },
      );
  }

  function closePreview(): void {
    previewRun?.abort();
    previewRun = null;
    set({ preview: null });
  }

  /** Runs changes for `report`'s seats, recording each outcome under `field` and applying it to the review. */
  function write(kind: ReleaseRun['kind'], report: ReleaseReport, ids: readonly number[], target: ReleaseTarget | null): void {
    const cancel = new AbortController();
    cancelRun = cancel;
    const field = kind === 'release' ? 'outcome' : 'restore';
    const seatsById = new Map(report.seats.map((s) => [s.id, s]));
    const changes = ids.flatMap((id) => {
      const seat = seatsById.get(id);
      if (!seat) return [];
      return [target ? releaseChange(seat.before, target) : restoreChange(seat.before)];
    });
    let current = report;
    const progress: RunProgress = { total: changes.length, done: 0, succeeded: 0, refused: 0, jobsInFlight: 0, waiting: null, etaMs: null };
    set({ run: { kind, reportId: report.id, progress, cancelling: false } });
    const onOutcomes = (batch: ReadonlyMap<number, ChangeOutcome>, returned: ReadonlyMap<number, Seat | null>): void => {
      const updated: Seat[] = [];
      const removed: number[] = [];
      current = {
        ...current,
        seats: current.seats.map((s): ReportSeat => {
          const outcome = batch.get(s.id);
          if (!outcome) return s;
          if (outcome.code === 'done') {
            const now = returned.has(s.id) ? (returned.get(s.id) ?? null) : target ? releasedSeat(s.before, target) : s.before;
            if (now === null) removed.push(s.id);
            else updated.push(now);
          }
          return { ...s, [field]: outcome };
        }),
      };
      if (updated.length > 0 || removed.length > 0) options.apply(updated, removed);
      replaceReport(current);
      keep();
    };
    void loadWrites()
      .then((w) => {
        limits ??= { user: new w.UpdateUserLimit(minuteMs), jobs: new w.JobSlots() };
        return w.runRoleChanges(gateway, changes, {
          limits,
          cancel: cancel.signal,
          signal: closing.signal,
          onOutcomes,
          onProgress: (p) => state.run && set({ run: { ...state.run, progress: p } }),
          ...options.run,
        });
      })
      // The writes could not even load (the network dropped): nothing was sent.
      .catch((error: unknown) => onOutcomes(new Map(changes.map((c) => [c.id, { code: 'not-attempted', failure: failureOf(error) }])), new Map()))
      .finally(() => {
        if (closing.signal.aborted) return;
        current = {
          ...current,
          finishedAt: kind === 'release' ? options.clock() : current.finishedAt,
          cancelled: current.cancelled || cancel.signal.aborted,
        };
        replaceReport(current);
        keep();
        cancelRun = null;
        set({ run: null });
      });
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    openPreview,
    closePreview,
    release(target) {
      const preview = state.preview;
      if (!preview || state.run || preview.seats.length === 0) return;
      previewRun?.abort();
      previewRun = null;
      const report: ReleaseReport = {
        id: options.newId(),
        startedAt: options.clock(),
        finishedAt: null,
        target,
        cancelled: false,
        seats: preview.seats.map((row) => reportSeat(row, preview.openTickets.get(row.seat.id) ?? null)),
      };
      set({ preview: null, reports: [report, ...state.reports] });
      keep();
      write(
        'release',
        report,
        report.seats.map((s) => s.id),
        target,
      );
    },
    cancel() {
      if (!state.run || !cancelRun) return;
      cancelRun.abort();
      set({ run: { ...state.run, cancelling: true } });
    },
    restore(reportId, ids) {
      const report = state.reports.find((r) => r.id === reportId);
      if (!report || state.run) return;
      const restorable = new Set(report.seats.filter((s) => s.outcome?.code === 'done' && s.restore?.code !== 'done').map((s) => s.id));
      const chosen = ids.filter((id) => restorable.has(id));
      if (chosen.length > 0) write('restore', report, chosen, null);
    },
    dispose() {
      closing.abort();
      previewRun?.abort();
    },
  };
}

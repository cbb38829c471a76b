/**
 * The snapshot outbox and its sends, in plain TypeScript: builds a snapshot from the
 * review, pushes it (push.ts, loaded on the first send), re-sends the pending one (Retry,
 * or once when the review opens), and discards it. State as data: what went wrong is a
 * code, worded by the screen. One sender per review session, so a push never starts twice.
 * The screen's buttons fire and forget (`send`, `retry`); the unattended run awaits how a
 * push ended (`push`, `pushPending`) and sends under the day's own snapshot id. Where it goes
 * is the destination settings' (endpoint.ts checkDestination); a snapshot for Zluri, Torii or
 * Lumos carries its suspended seats too (destinations/roster.ts).
 */
import { DESTINATION_HOSTS } from '../destinations/names';
import { destinationParts } from '../destinations/parts';
import { withRoster } from '../destinations/roster';
import { buildSnapshot, withSnapshotId, type Snapshot, type SnapshotInput } from '../snapshot/build';
import { maskCredentials } from '../snapshot/credentials';
import { fingerprint } from '../snapshot/diff';
import { checkDestination, targetFingerprint, type DestinationCheck, type SnapshotGateway } from '../snapshot/endpoint';
import { Outbox, outboxKey, type OutboxKeeping, type OutboxState } from '../snapshot/outbox';
import type { PushProgress } from '../snapshot/push';
import { PACKAGED_DOMAINS } from '../settings/packagedDomains';
import type { SeatReviewSettings } from '../settings/settings';
import type { KeyValueStore } from '../storage/store';
import type { RetryNotice } from '../zaf/gateway';
import { isCancellation } from '../zendesk/failure';

/** Why a send could not go on. */
export type SendProblem =
  /** The pending snapshot was too large to keep, so it cannot be re-sent. */
  | { code: 'not-kept' }
  /** The push stopped unexpectedly; `detail` is the error's own text, credentials masked. */
  | { code: 'stopped'; detail: string };

export interface SnapshotSendState {
  outbox: OutboxState;
  keeping: OutboxKeeping;
  sending: boolean;
  progress: PushProgress | null;
  waiting: RetryNotice | null;
  problem: SendProblem | null;
  /** Dates of the last snapshot built here that no schema-valid timestamp can hold (sent as null). */
  unwritableDates: number;
}

/** How a push that ran ended, as the day's history records it. */
export interface PushEnded {
  status: 'sent' | 'failed' | 'rejected';
  /** The id it went under (a 413 re-split gives a new one). */
  snapshotId: string;
  accepted: number;
  parts: number;
  /** Epoch ms it ended. */
  at: number;
}

/** What `push` and `pushPending` resolve with. */
export type SendOutcome =
  | PushEnded
  /** Nothing ran: a push is under way, the endpoint is unusable, nothing is pending, or the sender was disposed. */
  | { status: 'busy' | 'unusable' | 'nothing' | 'disposed' }
  /** The pending snapshot was too large to keep: it cannot be re-sent. */
  | { status: 'not-kept' }
  /** Cancelled, or stopped unexpectedly (the state's `problem` says why). */
  | { status: 'stopped' };

export interface SnapshotSenderOptions {
  gateway: SnapshotGateway;
  endpoint: string | null;
  /** Where snapshots go and what a platform's format needs besides the snapshot; Seat Review's format when absent. */
  destination?: Pick<SeatReviewSettings, 'saasDestination' | 'saasDestinationId' | 'seatsPurchased'>;
  subdomain: string;
  installation: string | number;
  store: KeyValueStore;
  /** False when the browser denies storage: a pending snapshot lasts only while the app is open. */
  persistent?: boolean;
  newId?: () => string;
  clock?: () => number;
  /** Told when a push ends with an answer (sent, failed, rejected): the session records it in the day's history. */
  onPushed?: (ended: PushEnded) => void;
}

export interface SnapshotSender {
  getState: () => SnapshotSendState;
  subscribe: (listener: () => void) => () => void;
  /** Where snapshots go (the destination, its URL and id), or why they cannot. */
  readonly endpoint: DestinationCheck;
  readonly persistent: boolean;
  /** Builds a snapshot (for a send or a download) and notes its unwritable dates. */
  build: (base: Omit<SnapshotInput, 'snapshotId' | 'now'>) => Snapshot;
  /** Builds and sends a new snapshot; nothing while a send is under way or the endpoint is unusable. */
  send: (base: Omit<SnapshotInput, 'snapshotId' | 'now'>) => void;
  /** As `send`, under `snapshotId` when given (the day's id), resolving with how the push ended. */
  push: (base: Omit<SnapshotInput, 'snapshotId' | 'now'>, options?: { snapshotId?: string }) => Promise<SendOutcome>;
  /** Sends the pending snapshot again (whole to this endpoint if it changed). */
  retry: () => void;
  /** As `retry`, resolving with how the push ended. */
  pushPending: () => Promise<SendOutcome>;
  discard: () => void;
  /** Once per sender: re-sends a pending snapshot that failed for a passing reason, not when the endpoint changed since. */
  resendPending: () => void;
  /** The snapshot sent or re-sent by this sender, if any. */
  current: () => Snapshot | null;
  /** What the downloads write: the snapshot sent here, else the pending one. */
  forDownload: () => Snapshot | null;
  dispose: () => void;
}

export function createSnapshotSender(options: SnapshotSenderOptions): SnapshotSender {
  const { gateway, store } = options;
  const clock = options.clock ?? Date.now;
  const makeId = options.newId ?? (() => crypto.randomUUID());
  const outbox = new Outbox(store, outboxKey(options.subdomain, options.installation));
  const destination = options.destination ?? { saasDestination: 'seat-review', saasDestinationId: null, seatsPurchased: null };
  const checked = checkDestination({ ...destination, saasEndpoint: options.endpoint }, PACKAGED_DOMAINS);
  /** A platform on a fixed host takes the suspended seats too (destinations/roster.ts). */
  const platform = checked.destination !== null && DESTINATION_HOSTS[checked.destination] !== undefined;
  const listeners = new Set<() => void>();
  let state: SnapshotSendState = {
    outbox: outbox.load(),
    keeping: outbox.keeping(),
    sending: false,
    progress: null,
    waiting: null,
    problem: null,
    unwritableDates: 0,
  };
  let busy = false;
  let resumed = false;
  let disposed = false;
  let sent: Snapshot | null = null;

  const set = (patch: Partial<SnapshotSendState>, reload = false): void => {
    state = { ...state, ...(reload ? { outbox: outbox.load(), keeping: outbox.keeping() } : {}), ...patch };
    for (const listener of [...listeners]) listener();
  };

  const run = async (snapshot: Snapshot): Promise<SendOutcome> => {
    if (disposed) return { status: 'disposed' };
    if (busy) return { status: 'busy' };
    busy = true;
    sent = snapshot;
    set({ sending: true, progress: null, waiting: null, problem: null }, true);
    let problem: SendProblem | null = null;
    let outcome: SendOutcome = { status: 'stopped' };
    try {
      // Loaded on the first send: the first screen does not need it.
      const { pushSnapshot } = await import('../snapshot/push');
      const result = await pushSnapshot({
        whitelist: PACKAGED_DOMAINS,
        gateway,
        endpoint: options.endpoint,
        destination: destination.saasDestination,
        destinationId: destination.saasDestinationId,
        snapshot,
        outbox,
        now: clock,
        newId: makeId,
        controls: { onRetry: (waiting) => set({ waiting }) },
        onProgress: (progress) => set({ progress, waiting: null }, true),
      });
      // A 413 re-split the snapshot under a new id: the downloads write what was sent.
      if (result.snapshotId !== snapshot.header.snapshot_id) sent = withSnapshotId(snapshot, result.snapshotId);
      const parts = result.count;
      const accepted = result.status === 'sent' ? result.count : result.accepted;
      outcome = { status: result.status, snapshotId: result.snapshotId, accepted, parts, at: clock() };
    } catch (error) {
      // Cancelled: the snapshot stays pending. Anything else is said, never swallowed.
      if (!isCancellation(error)) problem = { code: 'stopped', detail: maskCredentials(error instanceof Error ? error.message : String(error)) };
    } finally {
      busy = false;
      set({ sending: false, progress: null, waiting: null, problem }, true);
    }
    if (outcome.status === 'sent' || outcome.status === 'failed' || outcome.status === 'rejected') options.onPushed?.(outcome);
    return outcome;
  };

  const build = (base: Omit<SnapshotInput, 'snapshotId' | 'now'>, snapshotId = makeId()): Snapshot => {
    const built = buildSnapshot({ ...base, snapshotId, now: clock() });
    const snapshot = platform ? withRoster(built, base.reviewed, destination.seatsPurchased) : built;
    set({ unwritableDates: snapshot.unwritableDates ?? 0 });
    return snapshot;
  };

  const pushPending = (): Promise<SendOutcome> => {
    const waiting = outbox.load().pending;
    if (busy) return Promise.resolve({ status: 'busy' });
    if (!checked.ok) return Promise.resolve({ status: 'unusable' });
    if (!waiting) return Promise.resolve({ status: 'nothing' });
    const snapshot = sent?.header.snapshot_id === waiting.snapshot_id ? sent : outbox.pendingSnapshot();
    if (!snapshot) {
      set({ problem: { code: 'not-kept' } });
      return Promise.resolve({ status: 'not-kept' });
    }
    return run(snapshot);
  };

  const push = (base: Omit<SnapshotInput, 'snapshotId' | 'now'>, pushOptions: { snapshotId?: string } = {}): Promise<SendOutcome> => {
    if (disposed) return Promise.resolve({ status: 'disposed' });
    if (busy) return Promise.resolve({ status: 'busy' });
    if (!checked.ok) return Promise.resolve({ status: 'unusable' });
    const snapshot = pushOptions.snapshotId ? build(base, pushOptions.snapshotId) : build(base);
    const parts = destinationParts(checked.destination, snapshot);
    outbox.begin(snapshot, fingerprint(snapshot.header.snapshot_id, base.reviewed), parts);
    return run(snapshot);
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    endpoint: checked,
    persistent: options.persistent ?? true,
    build: (base) => build(base),
    send(base) {
      void push(base);
    },
    push,
    retry() {
      void pushPending();
    },
    pushPending,
    discard() {
      const waiting = outbox.load().pending;
      if (busy || !waiting) return;
      outbox.discard(waiting.snapshot_id);
      if (sent?.header.snapshot_id === waiting.snapshot_id) sent = null;
      set({}, true);
    },
    resendPending() {
      if (resumed || disposed) return;
      resumed = true;
      const waiting = outbox.load().pending;
      set({}, true);
      if (!waiting || waiting.rejected || !waiting.stored || !checked.ok) return;
      // The endpoint changed since: the admin chooses (Retry sends it whole there, or Discard).
      if (waiting.endpoint !== null && waiting.endpoint !== targetFingerprint(checked)) return;
      void pushPending();
    },
    current: () => sent,
    forDownload() {
      if (sent) return sent;
      return outbox.load().pending ? outbox.pendingSnapshot() : null;
    },
    dispose() {
      disposed = true;
    },
  };
}

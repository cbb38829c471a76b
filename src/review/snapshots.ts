/**
 * The snapshot outbox and its sends, in plain TypeScript: builds a snapshot from the
 * review, pushes it (push.ts, loaded on the first send), re-sends the pending one (Retry,
 * or once when the review opens), and discards it. State as data: what went wrong is a
 * code, worded by the screen. One sender per review session, so a push never starts twice.
 */
import { buildSnapshot, withSnapshotId, type Snapshot, type SnapshotInput } from '../snapshot/build';
import { endpointFingerprint, maskCredentials } from '../snapshot/credentials';
import { fingerprint } from '../snapshot/diff';
import { checkEndpoint, type EndpointCheck, type SnapshotGateway } from '../snapshot/endpoint';
import { Outbox, outboxKey, type OutboxKeeping, type OutboxState } from '../snapshot/outbox';
import type { PushProgress } from '../snapshot/push';
import { PACKAGED_DOMAINS } from '../settings/packagedDomains';
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

export interface SnapshotSenderOptions {
  gateway: SnapshotGateway;
  endpoint: string | null;
  subdomain: string;
  installation: string | number;
  store: KeyValueStore;
  /** False when the browser denies storage: a pending snapshot lasts only while the app is open. */
  persistent?: boolean;
  newId?: () => string;
  clock?: () => number;
}

export interface SnapshotSender {
  getState: () => SnapshotSendState;
  subscribe: (listener: () => void) => () => void;
  readonly endpoint: EndpointCheck;
  readonly persistent: boolean;
  /** Builds a snapshot (for a send or a download) and notes its unwritable dates. */
  build: (base: Omit<SnapshotInput, 'snapshotId' | 'now'>) => Snapshot;
  /** Builds and sends a new snapshot; nothing while a send is under way or the endpoint is unusable. */
  send: (base: Omit<SnapshotInput, 'snapshotId' | 'now'>) => void;
  /** Sends the pending snapshot again (whole to this endpoint if it changed). */
  retry: () => void;
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
  const checked = checkEndpoint(options.endpoint, PACKAGED_DOMAINS);
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

  const run = async (snapshot: Snapshot): Promise<void> => {
    if (busy || disposed) return;
    busy = true;
    sent = snapshot;
    set({ sending: true, progress: null, waiting: null, problem: null }, true);
    let problem: SendProblem | null = null;
    try {
      // Loaded on the first send: the first screen does not need it.
      const { pushSnapshot } = await import('../snapshot/push');
      const result = await pushSnapshot({
        whitelist: PACKAGED_DOMAINS,
        gateway,
        endpoint: options.endpoint,
        snapshot,
        outbox,
        now: clock,
        newId: makeId,
        controls: { onRetry: (waiting) => set({ waiting }) },
        onProgress: (progress) => set({ progress, waiting: null }, true),
      });
      // A 413 re-split the snapshot under a new id: the downloads write what was sent.
      if (result.snapshotId !== snapshot.header.snapshot_id) sent = withSnapshotId(snapshot, result.snapshotId);
    } catch (error) {
      // Cancelled: the snapshot stays pending. Anything else is said, never swallowed.
      if (!isCancellation(error)) problem = { code: 'stopped', detail: maskCredentials(error instanceof Error ? error.message : String(error)) };
    } finally {
      busy = false;
      set({ sending: false, progress: null, waiting: null, problem }, true);
    }
  };

  const build = (base: Omit<SnapshotInput, 'snapshotId' | 'now'>): Snapshot => {
    const snapshot = buildSnapshot({ ...base, snapshotId: makeId(), now: clock() });
    set({ unwritableDates: snapshot.unwritableDates ?? 0 });
    return snapshot;
  };

  const retry = (): void => {
    const waiting = outbox.load().pending;
    if (busy || !waiting || !checked.ok) return;
    const snapshot = sent?.header.snapshot_id === waiting.snapshot_id ? sent : outbox.pendingSnapshot();
    if (!snapshot) {
      set({ problem: { code: 'not-kept' } });
      return;
    }
    void run(snapshot);
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    endpoint: checked,
    persistent: options.persistent ?? true,
    build,
    send(base) {
      if (busy || !checked.ok) return;
      const snapshot = build(base);
      outbox.begin(snapshot, fingerprint(snapshot.header.snapshot_id, base.reviewed));
      void run(snapshot);
    },
    retry,
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
      if (waiting.endpoint !== null && waiting.endpoint !== endpointFingerprint(checked.url)) return;
      retry();
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

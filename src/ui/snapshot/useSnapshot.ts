import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { buildSnapshot, snapshotDocument, snapshotFileName, withSnapshotId, type Snapshot, type SnapshotInput } from '../../snapshot/build';
import { endpointFingerprint, maskCredentials } from '../../snapshot/credentials';
import { fingerprint } from '../../snapshot/diff';
import { browserStore, Outbox, outboxKey, type KeyValueStore, type OutboxKeeping, type OutboxState } from '../../snapshot/outbox';
import { checkEndpoint, type EndpointCheck, type SnapshotGateway } from '../../snapshot/endpoint';
import type { PushProgress } from '../../snapshot/push';
import type { SendReadiness } from '../../snapshot/readiness';
import { storageNotice, type StorageNotice } from '../../snapshot/storageNotice';
import { PACKAGED_DOMAINS } from '../../settings/packagedDomains';
import type { RetryNotice } from '../../zaf/gateway';
import { saveFile } from '../download';

/**
 * Connects the snapshot outbox and push to the panel: sends a new snapshot once the
 * review is finished (or queues the send until it is), re-sends the pending one (Retry,
 * or by itself when the app opens), and writes the downloads.
 */
export interface UseSnapshotOptions {
  gateway: SnapshotGateway;
  endpoint: string | null;
  subdomain: string;
  /** Namespaces the browser storage together with the subdomain. */
  installation: string | number;
  /** What a new snapshot is built from, minus its id and time. */
  input: () => Omit<SnapshotInput, 'snapshotId' | 'now'>;
  /** Whether the review is finished enough to send (see snapshot/readiness.ts). */
  readiness: SendReadiness;
  store?: KeyValueStore;
  newId?: () => string;
  clock?: () => number;
}

export interface SnapshotView {
  outbox: OutboxState;
  endpoint: EndpointCheck;
  /** False when the browser denies storage: a pending snapshot lasts only while the app is open. */
  persistent: boolean;
  sending: boolean;
  progress: PushProgress | null;
  waiting: RetryNotice | null;
  /** Set when a send could not go on (the pending snapshot was not kept, or the push stopped unexpectedly). */
  problem: string | null;
  /** A send the admin asked for, waiting for sessions and interactions to settle. */
  queued: boolean;
  /** The pending snapshot went to another endpoint: Retry sends it whole, from part 1, to this one. */
  endpointChanged: boolean;
  /** The pending snapshot is at hand (kept in the browser, or in this page). */
  canRetry: boolean;
  /** What the browser could not keep, for the admin. */
  storage: StorageNotice | null;
  /** Dates of the last snapshot built here that no schema-valid timestamp can hold (sent as null). */
  unwritableDates: number;
  send: () => void;
  cancelQueued: () => void;
  retry: () => void;
  discard: () => void;
  download: (kind: 'json' | 'csv') => Promise<void>;
}

const NOT_KEPT = 'This snapshot was too large to keep in the browser, so it cannot be re-sent: send a new snapshot.';

interface Kept {
  outbox: OutboxState;
  keeping: OutboxKeeping;
}

export function useSnapshot({ gateway, endpoint, subdomain, installation, input, readiness, store, newId, clock = Date.now }: UseSnapshotOptions): SnapshotView {
  const storage = useMemo(() => (store ? { store, persistent: true } : browserStore()), [store]);
  const outbox = useMemo(() => new Outbox(storage.store, outboxKey(subdomain, installation)), [storage, subdomain, installation]);
  const checked = useMemo(() => checkEndpoint(endpoint, PACKAGED_DOMAINS), [endpoint]);
  const kept = useCallback((): Kept => ({ outbox: outbox.load(), keeping: outbox.keeping() }), [outbox]);
  const [state, setState] = useState(() => ({
    ...kept(),
    sending: false,
    progress: null as PushProgress | null,
    waiting: null as RetryNotice | null,
    problem: null as string | null,
    unwritableDates: 0,
  }));
  const [queued, setQueued] = useState(false);
  const busy = useRef(false);
  /** The snapshot built or re-sent in this session: the downloads write this one. */
  const current = useRef<Snapshot | null>(null);
  const refresh = useCallback(() => setState((s) => ({ ...s, ...kept() })), [kept]);
  const makeId = useCallback(() => (newId ? newId() : crypto.randomUUID()), [newId]);

  const run = useCallback(
    async (snapshot: Snapshot) => {
      if (busy.current) return;
      busy.current = true;
      current.current = snapshot;
      setState((s) => ({ ...s, ...kept(), sending: true, progress: null, waiting: null, problem: null }));
      let problem: string | null = null;
      try {
        // Loaded on the first send: the first screen does not need it.
        const { pushSnapshot } = await import('../../snapshot/push');
        const result = await pushSnapshot({
          whitelist: PACKAGED_DOMAINS,
          gateway,
          endpoint,
          snapshot,
          outbox,
          now: clock,
          newId: makeId,
          controls: { onRetry: (waiting) => setState((s) => ({ ...s, waiting })) },
          onProgress: (progress) => setState((s) => ({ ...s, progress, waiting: null, ...kept() })),
        });
        // A 413 re-split the snapshot under a new id: the downloads write what was sent.
        if (result.snapshotId !== snapshot.header.snapshot_id) current.current = withSnapshotId(snapshot, result.snapshotId);
      } catch (error) {
        // Cancelled: the snapshot stays pending. Anything else is said, never swallowed.
        if (!(error instanceof Error && error.name === 'AbortedError')) {
          problem = `Sending stopped unexpectedly: ${maskCredentials(error instanceof Error ? error.message : String(error))}`;
        }
      } finally {
        busy.current = false;
        setState((s) => ({ ...s, ...kept(), sending: false, progress: null, waiting: null, problem }));
      }
    },
    [gateway, endpoint, outbox, clock, makeId, kept],
  );

  const build = useCallback(
    (base: Omit<SnapshotInput, 'snapshotId' | 'now'>): Snapshot => {
      const snapshot = buildSnapshot({ ...base, snapshotId: makeId(), now: clock() });
      setState((s) => ({ ...s, unwritableDates: snapshot.unwritableDates ?? 0 }));
      return snapshot;
    },
    [makeId, clock],
  );

  const sendNow = useCallback(() => {
    if (busy.current || !checked.ok) return;
    const base = input();
    const snapshot = build(base);
    outbox.begin(snapshot, fingerprint(snapshot.header.snapshot_id, base.reviewed));
    void run(snapshot);
  }, [build, input, checked, outbox, run]);

  const send = useCallback(() => {
    if (readiness.code === 'ready') sendNow();
    else if (readiness.code === 'wait-for-review' && checked.ok) setQueued(true);
  }, [readiness.code, sendNow, checked]);

  const cancelQueued = useCallback(() => setQueued(false), []);

  // A queued send goes as soon as sessions and interactions settle; it is dropped if the
  // roster is reloaded or stops short (the admin sends again once it is whole).
  useEffect(() => {
    if (!queued || readiness.code === 'wait-for-review') return;
    setQueued(false);
    if (readiness.code === 'ready') sendNow();
  }, [queued, readiness.code, sendNow]);

  const pending = state.outbox.pending;
  const endpointChanged = pending !== null && pending.endpoint !== null && checked.ok && pending.endpoint !== endpointFingerprint(checked.url);

  const retry = useCallback(() => {
    const waiting = outbox.load().pending;
    if (busy.current || !waiting || !checked.ok) return;
    const snapshot = current.current?.header.snapshot_id === waiting.snapshot_id ? current.current : outbox.pendingSnapshot();
    if (!snapshot) {
      setState((s) => ({ ...s, problem: NOT_KEPT }));
      return;
    }
    void run(snapshot);
  }, [outbox, checked, run]);

  const discard = useCallback(() => {
    const waiting = outbox.load().pending;
    if (busy.current || !waiting) return;
    outbox.discard(waiting.snapshot_id);
    if (current.current?.header.snapshot_id === waiting.snapshot_id) current.current = null;
    refresh();
  }, [outbox, refresh]);

  // When the app opens: re-send a pending snapshot that failed for a passing reason. Once per
  // outbox (StrictMode runs effects twice in development; a push must not start twice). Not
  // when the endpoint changed since: the admin chooses (Retry sends it whole there, or Discard).
  const resumed = useRef<Outbox | null>(null);
  useEffect(() => {
    if (resumed.current === outbox) return;
    resumed.current = outbox;
    const waiting = outbox.load().pending;
    refresh();
    if (!waiting || waiting.rejected || !waiting.stored || !checked.ok) return;
    if (waiting.endpoint !== null && waiting.endpoint !== endpointFingerprint(checked.url)) return;
    retry();
  }, [outbox, checked, retry, refresh]);

  /** A snapshot built only to be downloaded, reused while the review it was built from stands (JSON and CSV match). */
  const forDownload = useRef<{ input: UseSnapshotOptions['input']; snapshot: Snapshot } | null>(null);
  const canBuild = readiness.code === 'ready' || readiness.code === 'wait-for-review';
  const download = useCallback(
    async (kind: 'json' | 'csv') => {
      const waiting = outbox.load().pending;
      let snapshot = current.current ?? (waiting ? outbox.pendingSnapshot() : null);
      if (!snapshot) {
        // Never from a roster that is not whole: the file would pass for every seat.
        if (!canBuild) return;
        if (forDownload.current?.input !== input) forDownload.current = { input, snapshot: build(input()) };
        snapshot = forDownload.current.snapshot;
      }
      if (kind === 'json') {
        saveFile(snapshotFileName(snapshot, 'json'), 'application/json', `${JSON.stringify(snapshotDocument(snapshot), null, 2)}\n`);
      } else {
        const { snapshotToCsv } = await import('../../snapshot/csv');
        // The byte-order mark makes spreadsheet programs read names as UTF-8.
        saveFile(snapshotFileName(snapshot, 'csv'), 'text/csv;charset=utf-8', `\uFEFF${snapshotToCsv(snapshot)}`);
      }
    },
    [outbox, build, input, canBuild],
  );

  const canRetry = pending !== null && (pending.stored || state.keeping.notKept === pending.snapshot_id || current.current?.header.snapshot_id === pending.snapshot_id);

  return {
    outbox: state.outbox,
    endpoint: checked,
    persistent: storage.persistent,
    sending: state.sending,
    progress: state.progress,
    waiting: state.waiting,
    problem: state.problem,
    queued,
    endpointChanged,
    canRetry,
    storage: storageNotice(state.outbox, state.keeping),
    unwritableDates: state.unwritableDates,
    send,
    cancelQueued,
    retry,
    discard,
    download,
  };
}

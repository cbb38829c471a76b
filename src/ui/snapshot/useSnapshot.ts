import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { buildSnapshot, snapshotDocument, snapshotFileName, type Snapshot, type SnapshotInput } from '../../snapshot/build';
import { fingerprint } from '../../snapshot/diff';
import { browserStore, Outbox, outboxKey, type KeyValueStore, type OutboxState } from '../../snapshot/outbox';
import { PACKAGED_DOMAINS } from '../../settings/packagedDomains';
import { checkEndpoint, pushSnapshot, type EndpointCheck, type PushProgress, type SnapshotGateway } from '../../snapshot/push';
import type { RetryNotice } from '../../zaf/gateway';
import { saveFile } from '../download';

/**
 * Connects the snapshot outbox and push to the panel: sends a new snapshot, re-sends
 * the pending one (Retry, or by itself when the app opens), and writes the downloads.
 */
export interface UseSnapshotOptions {
  gateway: SnapshotGateway;
  endpoint: string | null;
  subdomain: string;
  /** Namespaces the browser storage together with the subdomain. */
  installation: string | number;
  /** What a new snapshot is built from, minus its id and time; null while the roster is incomplete. */
  input: () => Omit<SnapshotInput, 'snapshotId' | 'now'> | null;
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
  /** Set when the pending snapshot cannot be re-sent (the browser had no room to keep it). */
  problem: string | null;
  send: () => void;
  retry: () => void;
  discard: () => void;
  download: (kind: 'json' | 'csv') => Promise<void>;
}

const NOT_KEPT = 'This snapshot was too large to keep in the browser, so it cannot be re-sent: send a new snapshot.';

export function useSnapshot({ gateway, endpoint, subdomain, installation, input, store, newId, clock = Date.now }: UseSnapshotOptions): SnapshotView {
  const storage = useMemo(() => (store ? { store, persistent: true } : browserStore()), [store]);
  const outbox = useMemo(() => new Outbox(storage.store, outboxKey(subdomain, installation)), [storage, subdomain, installation]);
  const checked = useMemo(() => checkEndpoint(endpoint, PACKAGED_DOMAINS), [endpoint]);
  const [state, setState] = useState(() => ({
    outbox: outbox.load(),
    sending: false,
    progress: null as PushProgress | null,
    waiting: null as RetryNotice | null,
    problem: null as string | null,
  }));
  const busy = useRef(false);
  /** The snapshot built or re-sent in this session: the downloads write this one. */
  const current = useRef<Snapshot | null>(null);
  const refresh = useCallback(() => setState((s) => ({ ...s, outbox: outbox.load() })), [outbox]);

  const run = useCallback(
    async (snapshot: Snapshot) => {
      if (busy.current) return;
      busy.current = true;
      current.current = snapshot;
      setState((s) => ({ ...s, outbox: outbox.load(), sending: true, progress: null, waiting: null, problem: null }));
      try {
        await pushSnapshot({
          whitelist: PACKAGED_DOMAINS,
          gateway,
          endpoint,
          snapshot,
          outbox,
          now: clock,
          controls: { onRetry: (waiting) => setState((s) => ({ ...s, waiting })) },
          onProgress: (progress) => setState((s) => ({ ...s, progress, waiting: null, outbox: outbox.load() })),
        });
      } catch {
        // Cancelled: the snapshot stays pending.
      } finally {
        busy.current = false;
        setState((s) => ({ ...s, outbox: outbox.load(), sending: false, progress: null, waiting: null }));
      }
    },
    [gateway, endpoint, outbox, clock],
  );

  const build = useCallback(
    (base: Omit<SnapshotInput, 'snapshotId' | 'now'>): Snapshot =>
      buildSnapshot({ ...base, snapshotId: newId ? newId() : crypto.randomUUID(), now: clock() }),
    [newId, clock],
  );

  const send = useCallback(() => {
    if (busy.current || !checked.ok) return;
    const base = input();
    if (!base) return;
    const snapshot = build(base);
    outbox.begin(snapshot, fingerprint(snapshot.header.snapshot_id, base.reviewed));
    void run(snapshot);
  }, [build, input, checked, outbox, run]);

  const retry = useCallback(() => {
    const pending = outbox.load().pending;
    if (busy.current || !pending || !checked.ok) return;
    const snapshot = current.current?.header.snapshot_id === pending.snapshot_id ? current.current : outbox.pendingSnapshot();
    if (!snapshot) {
      setState((s) => ({ ...s, problem: NOT_KEPT }));
      return;
    }
    void run(snapshot);
  }, [outbox, checked, run]);

  const discard = useCallback(() => {
    const pending = outbox.load().pending;
    if (busy.current || !pending) return;
    outbox.discard(pending.snapshot_id);
    if (current.current?.header.snapshot_id === pending.snapshot_id) current.current = null;
    refresh();
  }, [outbox, refresh]);

  // When the app opens: re-send a pending snapshot that failed for a passing reason. Once per
  // outbox (StrictMode runs effects twice in development; a push must not start twice).
  const resumed = useRef<Outbox | null>(null);
  useEffect(() => {
    if (resumed.current === outbox) return;
    resumed.current = outbox;
    const pending = outbox.load().pending;
    refresh();
    if (pending && !pending.rejected && pending.stored && checked.ok) retry();
  }, [outbox, checked, retry, refresh]);

  const download = useCallback(
    async (kind: 'json' | 'csv') => {
      const pending = outbox.load().pending;
      let snapshot = current.current ?? (pending ? outbox.pendingSnapshot() : null);
      if (!snapshot) {
        const base = input();
        if (!base) return;
        snapshot = build(base);
        current.current = snapshot;
      }
      if (kind === 'json') {
        saveFile(snapshotFileName(snapshot, 'json'), 'application/json', `${JSON.stringify(snapshotDocument(snapshot), null, 2)}\n`);
      } else {
        const { snapshotToCsv } = await import('../../snapshot/csv');
        // The byte-order mark makes spreadsheet programs read names as UTF-8.
        saveFile(snapshotFileName(snapshot, 'csv'), 'text/csv;charset=utf-8', `\uFEFF${snapshotToCsv(snapshot)}`);
      }
    },
    [outbox, build, input],
  );

  return { ...state, endpoint: checked, persistent: storage.persistent, send, retry, discard, download };
}

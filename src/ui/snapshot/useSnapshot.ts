/**
 * The snapshot panel's thin hook over the review's snapshot sender (review/snapshots.ts):
 * reads its state through useSyncExternalStore, words its problems, and keeps the one
 * piece of screen state it has: a send the admin asked for that waits for the review.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { snapshotDocument, snapshotFileName, type Snapshot } from '../../snapshot/build';
import type { OutboxState } from '../../snapshot/outbox';
import { targetFingerprint, type DestinationCheck } from '../../snapshot/endpoint';
import type { PushProgress } from '../../snapshot/push';
import type { SendReadiness } from '../../snapshot/readiness';
import { storageNotice, type StorageNotice } from '../../snapshot/storageNotice';
import type { RetryNotice, SnapshotBase, SnapshotSender } from '../../review';
import { saveFile } from '../download';
import type { FilePlatform } from '../../destinations/files/name';
import type { FileNotice } from './files';
import { snapshotReasonsText } from '../text/reasonCodes';
import { sendProblemText } from '../text/errors';

export interface UseSnapshotOptions {
  /** The review session's sender (the session re-sends a pending snapshot when it starts). */
  sender: SnapshotSender;
  /** What a new snapshot is built from, minus its id and time: the session's, null unless the review allows one. */
  input: () => SnapshotBase | null;
  /** Whether the review is finished enough to send (see snapshot/readiness.ts). */
  readiness: SendReadiness;
}

export interface SnapshotView {
  outbox: OutboxState;
  /** Where snapshots go (the destination, its URL and id), or why they cannot. */
  endpoint: DestinationCheck;
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
  /** Saves the review on screen as a platform's upload file (Flexera One, Zylo). */
  downloadFor: (platform: FilePlatform) => Promise<void>;
  /** What the admin should know about the last platform file saved. */
  fileNotice: FileNotice | null;
}

export function useSnapshot({ sender, input, readiness }: UseSnapshotOptions): SnapshotView {
  const state = useSyncExternalStore(sender.subscribe, sender.getState, sender.getState);
  const [queued, setQueued] = useState(false);
  const checked = sender.endpoint;

  const sendNow = useCallback(() => {
    const base = input();
    if (base) sender.send(base);
  }, [sender, input]);
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
  const endpointChanged = pending !== null && pending.endpoint !== null && checked.ok && pending.endpoint !== targetFingerprint(checked);

  /** A snapshot built only to be downloaded, reused while the review it was built from stands (JSON and CSV match). */
  const forDownload = useRef<{ reviewed: SnapshotBase['reviewed']; snapshot: Snapshot } | null>(null);
  const buildForDownload = useCallback(
    (base: SnapshotBase): Snapshot => {
      if (forDownload.current?.reviewed !== base.reviewed) forDownload.current = { reviewed: base.reviewed, snapshot: sender.build(base) };
      return forDownload.current.snapshot;
    },
    [sender],
  );
  const download = useCallback(
    async (kind: 'json' | 'csv') => {
      let snapshot = sender.forDownload();
      if (!snapshot) {
        // Never from a roster that is not whole (the input is null then): the file would pass for every seat.
        const base = input();
        if (!base) return;
        snapshot = buildForDownload(base);
      }
      if (kind === 'json') {
        saveFile(snapshotFileName(snapshot, 'json'), 'application/json', `${JSON.stringify(snapshotDocument(snapshot), null, 2)}\n`);
      } else {
        const { snapshotToCsv } = await import('../../snapshot/csv');
        // The byte-order mark makes spreadsheet programs read names as UTF-8.
        saveFile(snapshotFileName(snapshot, 'csv'), 'text/csv;charset=utf-8', `\uFEFF${snapshotToCsv(snapshot, snapshotReasonsText)}`);
      }
    },
    [sender, input, buildForDownload],
  );

  const [fileNotice, setFileNotice] = useState<FileNotice | null>(null);
  const downloadFor = useCallback(
    async (platform: FilePlatform) => {
      // From the review on screen with its suspended seats, never from a roster that is not whole (the input is null then).
      const base = input();
      if (!base) return;
      // Loaded on request: the formatters and the gzip glue stay out of the first screen.
      const { saveForPlatform } = await import('./files');
      setFileNotice(await saveForPlatform(platform, buildForDownload(base), base.reviewed));
    },
    [input, buildForDownload],
  );

  const current = sender.current();
  const canRetry =
    pending !== null && (pending.stored || state.keeping.notKept === pending.snapshot_id || current?.header.snapshot_id === pending.snapshot_id);

  return {
    outbox: state.outbox,
    endpoint: checked,
    persistent: sender.persistent,
    sending: state.sending,
    progress: state.progress,
    waiting: state.waiting,
    problem: state.problem && sendProblemText(state.problem),
    queued,
    endpointChanged,
    canRetry,
    storage: storageNotice(state.outbox, state.keeping),
    unwritableDates: state.unwritableDates,
    send,
    cancelQueued,
    retry: sender.retry,
    discard: sender.discard,
    download,
    downloadFor,
    fileNotice,
  };
}

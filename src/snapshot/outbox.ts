import type { KeyValueStore } from '../storage/store';
import { partCount, type Snapshot, type SnapshotSummaryWire } from './build';
import { diffFingerprints, summarizeChange, type ChangeSummary, type Fingerprint } from './diff';
import { isRecord } from '../guards';

/**
 * What Seat Review keeps in the browser about snapshots, behind a tiny storage
 * interface (`localStorage` in the app, a Map in tests). Two keys per Zendesk account
 * and installation:
 *   `<base>:state`    small: the pending snapshot's progress, the last push, the last 10
 *                     snapshot summaries with their changes, the latest ids (to diff against);
 *   `<base>:pending`  the pending snapshot itself (header and users), to re-send it as it was.
 * Never stored: the token, the endpoint, or any other setting value but the thresholds
 * that are part of the snapshot itself. Nothing here ever sees the token anyway: it
 * exists only on Zendesk's side of the proxy.
 */

export { browserStore, memoryStore, type KeyValueStore } from '../storage/store';

export const HISTORY_LIMIT = 10;

export function outboxKey(subdomain: string, installation: string | number): string {
  return `seat-review:snapshots:v1:${subdomain || 'unknown'}:${String(installation)}`;
}

export interface PendingMeta {
  snapshot_id: string;
  generated_at: string;
  count: number;
  /** Part indexes (from 1) the receiver accepted: never sent again. */
  accepted: number[];
  error: string | null;
  /** Refused by the receiver (a 4xx): shown with Retry, not re-sent by itself on open. */
  rejected: boolean;
  /** False when the browser had no room for the snapshot: it cannot be re-sent. */
  stored: boolean;
}

export type HistoryStatus = 'sending' | 'sent' | 'pending' | 'rejected' | 'superseded';

export interface HistoryEntry {
  snapshot_id: string;
  generated_at: string;
  users: number;
  parts: number;
  summary: SnapshotSummaryWire;
  /** Since the snapshot before it; null for the first one. */
  change: ChangeSummary | null;
  status: HistoryStatus;
  sent_at: string | null;
}

export interface LastPush {
  snapshot_id: string;
  at: string;
  parts: number;
  accepted: number;
  result: 'sent' | 'failed' | 'rejected';
  message: string | null;
}

export interface OutboxState {
  version: 1;
  pending: PendingMeta | null;
  lastPush: LastPush | null;
  /** Newest first, at most HISTORY_LIMIT. */
  history: HistoryEntry[];
  baseline: Fingerprint | null;
}

const EMPTY: OutboxState = { version: 1, pending: null, lastPush: null, history: [], baseline: null };

export class Outbox {
  constructor(
    private readonly store: KeyValueStore,
    private readonly key: string,
  ) {}

  load(): OutboxState {
    try {
      const raw = this.store.getItem(`${this.key}:state`);
      const parsed: unknown = raw === null ? null : JSON.parse(raw);
      if (isRecord(parsed) && parsed.version === 1 && Array.isArray(parsed.history)) return parsed as unknown as OutboxState;
    } catch {
      // Unreadable or from another version: start afresh rather than fail the app.
    }
    return structuredClone(EMPTY);
  }

  /** The pending snapshot as it was built, or null (none, or not stored). */
  pendingSnapshot(): Snapshot | null {
    const { pending } = this.load();
    if (!pending?.stored) return null;
    try {
      const raw = this.store.getItem(`${this.key}:pending`);
      const parsed: unknown = raw === null ? null : JSON.parse(raw);
      if (isRecord(parsed) && isRecord(parsed.header) && parsed.header.snapshot_id === pending.snapshot_id && Array.isArray(parsed.users)) {
        return parsed as unknown as Snapshot;
      }
    } catch {
      // fall through
    }
    return null;
  }

  private save(state: OutboxState): OutboxState {
    this.store.setItem(`${this.key}:state`, JSON.stringify(state));
    return state;
  }

  private update(id: string, change: (state: OutboxState, pending: PendingMeta) => void): OutboxState {
    const state = this.load();
    if (state.pending?.snapshot_id !== id) return state;
    change(state, state.pending);
    return this.save(state);
  }

  private setStatus(state: OutboxState, id: string, status: HistoryStatus, sentAt: string | null = null): void {
    const entry = state.history.find((h) => h.snapshot_id === id);
    if (entry) {
      entry.status = status;
      if (sentAt) entry.sent_at = sentAt;
    }
  }

  /** Records a new snapshot as pending (replacing any older one) and in history, with its change. */
  begin(snapshot: Snapshot, current: Fingerprint): OutboxState {
    const state = this.load();
    const id = snapshot.header.snapshot_id;
    if (state.pending && state.pending.snapshot_id !== id) this.setStatus(state, state.pending.snapshot_id, 'superseded');
    let stored = true;
    try {
      this.store.setItem(`${this.key}:pending`, JSON.stringify(snapshot));
    } catch {
      stored = false;
      this.store.removeItem(`${this.key}:pending`);
    }
    const count = partCount(snapshot.users.length);
    state.pending = { snapshot_id: id, generated_at: snapshot.header.generated_at, count, accepted: [], error: null, rejected: false, stored };
    const change = state.baseline ? summarizeChange(diffFingerprints(state.baseline, current)) : null;
    state.history = [
      {
        snapshot_id: id,
        generated_at: snapshot.header.generated_at,
        users: snapshot.users.length,
        parts: count,
        summary: snapshot.header.summary,
        change,
        status: 'sending' as const,
        sent_at: null,
      },
      ...state.history.filter((h) => h.snapshot_id !== id),
    ].slice(0, HISTORY_LIMIT);
    state.baseline = current;
    return this.save(state);
  }

  markAccepted(id: string, index: number): OutboxState {
    return this.update(id, (_state, pending) => {
      if (!pending.accepted.includes(index)) pending.accepted = [...pending.accepted, index].sort((a, b) => a - b);
    });
  }

  /** The push stopped: keep the snapshot pending, with the error. */
  fail(id: string, message: string, rejected: boolean, at: number): OutboxState {
    return this.update(id, (state, pending) => {
      pending.error = message;
      pending.rejected = rejected;
      state.lastPush = {
        snapshot_id: id,
        at: new Date(at).toISOString(),
        parts: pending.count,
        accepted: pending.accepted.length,
        result: rejected ? 'rejected' : 'failed',
        message,
      };
      this.setStatus(state, id, rejected ? 'rejected' : 'pending');
    });
  }

  /** Every part accepted: the snapshot is no longer pending. */
  complete(id: string, at: number): OutboxState {
    const state = this.update(id, (s, pending) => {
      const iso = new Date(at).toISOString();
      s.lastPush = { snapshot_id: id, at: iso, parts: pending.count, accepted: pending.count, result: 'sent', message: null };
      s.pending = null;
      this.setStatus(s, id, 'sent', iso);
    });
    if (state.pending === null) this.store.removeItem(`${this.key}:pending`);
    return state;
  }

  /** Gives up on the pending snapshot (it stays in history as superseded). */
  discard(id: string): OutboxState {
    const state = this.update(id, (s) => {
      s.pending = null;
      this.setStatus(s, id, 'superseded');
    });
    if (state.pending === null) this.store.removeItem(`${this.key}:pending`);
    return state;
  }
}

/**
 * What Seat Review keeps in the browser about snapshots, behind a tiny storage
 * interface (`localStorage` in the app, a Map in tests). Two keys per Zendesk account
 * and installation:
 *   `<base>:state`    small: the pending snapshot's progress, the last push, the last 10
 *                     snapshot summaries with their changes, the latest ids (to diff against);
 *   `<base>:pending`  the pending snapshot itself (header and users, once: parts are cut
 *                     from it when sent), to re-send it as it was.
 * Never stored: the token, the endpoint (only a fingerprint of it, see credentials.ts), or
 * any other setting value but the thresholds that are part of the snapshot itself.
 *
 * Storage can be full or blocked: every write is guarded. What could not be written is
 * kept in memory for this session (the push goes on), `keeping()` says so, and no key is
 * left behind that the kept state does not account for.
 */
import type { KeyValueStore } from '../storage/store';
import { MAX_USERS_PER_PART, partCount, type Snapshot, type SnapshotSummaryWire } from './build';
import { maskCredentials } from './credentials';
import type { DestinationSnapshot } from '../destinations/roster';
import { diffFingerprints, summarizeChange, type ChangeSummary, type Fingerprint } from './diff';
import { isRecord } from '../guards';
import { mapProblemText, type PushProblem } from './pushProblem';

export { browserStore, memoryStore, type KeyValueStore } from '../storage/store';

export const HISTORY_LIMIT = 10;

export function outboxKey(subdomain: string, installation: string | number): string {
  return `seat-review:snapshots:v1:${subdomain || 'unknown'}:${String(installation)}`;
}

/** Why a pending snapshot started again from part 1 (shown to the admin). */
export type Restart =
  /** The endpoint setting changed: the whole snapshot goes to the new receiver. */
  | { code: 'endpoint-changed'; at: string; accepted_before: number }
  /** A receiver answered 413: smaller parts, under a new snapshot_id (see push.ts). */
  | { code: 'split'; at: string; per_part: number; previous_id: string }
  /** Zluri no longer took pages in the sync the snapshot was going to (`status`: what it said of it): a new sync, from page 1. */
  | { code: 'sync-gone'; at: string; accepted_before: number; status: 'gone' | 'finished' | 'failed' | (string & {}) };

/**
 * A Zluri sync the pending snapshot's pages go to (push.ts). Kept across a failure so the
 * same sync gets only the missing pages, and across a new snapshot so a sync left running
 * is reused (its pages overwritten) rather than blocking every new one.
 */
export interface PendingSync {
  id: string;
  /** The target (endpoint.ts targetFingerprint) it was started on: another target never reuses it. */
  target: string;
  /** The highest page number uploaded to it: pages beyond a smaller snapshot's count are emptied before finishing. */
  pages: number;
}

export interface PendingMeta {
  snapshot_id: string;
  generated_at: string;
  count: number;
  /** Users per part (MAX_USERS_PER_PART unless a 413 halved it). */
  per_part: number;
  /** Part indexes (from 1) the receiver accepted: never sent again. */
  accepted: number[];
  /** Fingerprint of the endpoint the parts go to (credentials.ts); null before the first send. */
  endpoint: string | null;
  /** Why the last push of it stopped (masked); null when none did. */
  error: PushProblem | null;
  /** Refused by the receiver (a 4xx): shown with Retry, not re-sent by itself on open. */
  rejected: boolean;
  /** False when the browser had no room for the snapshot: it cannot be re-sent after a reload. */
  stored: boolean;
  restarted: Restart | null;
  /** Zluri only: the sync its pages go to; null when none is started. */
  sync: PendingSync | null;
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
  /** Why it stopped (masked); null when sent. */
  problem: PushProblem | null;
  /** Set when this push started again from part 1. */
  restarted?: Restart | null;
}

export interface OutboxState {
  version: 1;
  pending: PendingMeta | null;
  lastPush: LastPush | null;
  /** Newest first, at most HISTORY_LIMIT. */
  history: HistoryEntry[];
  baseline: Fingerprint | null;
}

/** What this browser could not keep. `snapshot`: the id of a snapshot kept only in memory. */
export interface OutboxKeeping {
  /** False after a state write failed: history and progress last only while the app is open. */
  state: boolean;
  /** The snapshot (pending, or sent in this session) the browser could not keep; null if none. */
  notKept: string | null;
}

const EMPTY: OutboxState = { version: 1, pending: null, lastPush: null, history: [], baseline: null };

/** A problem as an older version kept it (a sentence) or as this one does (a code). */
function storedProblem(value: unknown): PushProblem | null {
  if (typeof value === 'string') return { code: 'stored-text', text: value };
  if (!isRecord(value) || typeof value.code !== 'string') return null;
  // Kept by an earlier version in words (`said`): shown as it was kept.
  if (typeof value.said === 'string') return { code: 'stored-text', text: value.said };
  return value as unknown as PushProblem;
}

/** Fills fields an older state (before endpoints, splits and problem codes were recorded) lacks. */
function normalized(state: OutboxState): OutboxState {
  const p = state.pending;
  if (p) {
    p.per_part = typeof p.per_part === 'number' && p.per_part > 0 ? p.per_part : MAX_USERS_PER_PART;
    p.endpoint = typeof p.endpoint === 'string' ? p.endpoint : null;
    p.restarted = isRecord(p.restarted) ? p.restarted : null;
    const sync: unknown = p.sync;
    p.sync =
      isRecord(sync) && typeof sync.id === 'string' && typeof sync.target === 'string' && typeof sync.pages === 'number'
        ? { id: sync.id, target: sync.target, pages: sync.pages }
        : null;
    p.error = storedProblem(p.error);
  }
  // A state saved before problem codes holds `message`, a sentence.
  const last: (LastPush & { message?: unknown }) | null = state.lastPush;
  if (last) {
    last.problem = storedProblem(last.problem ?? last.message);
    delete last.message;
  }
  return state;
}

export class Outbox {
  /** The newest state when the browser refused to store it (null: storage is up to date). */
  private unsaved: OutboxState | null = null;
  /** The pending snapshot when the browser had no room for it. */
  private unkept: Snapshot | null = null;
  /** Id of the last snapshot the browser could not keep (for "it was sent" / "it will not survive a reload"). */
  private notKeptId: string | null = null;

  constructor(
    private readonly store: KeyValueStore,
    private readonly key: string,
  ) {}

  private get stateKey(): string {
    return `${this.key}:state`;
  }

  private get pendingKey(): string {
    return `${this.key}:pending`;
  }

  load(): OutboxState {
    if (this.unsaved) return structuredClone(this.unsaved);
    try {
      const raw = this.store.getItem(this.stateKey);
      const parsed: unknown = raw === null ? null : JSON.parse(raw);
      if (isRecord(parsed) && parsed.version === 1 && Array.isArray(parsed.history)) return normalized(parsed as unknown as OutboxState);
    } catch {
      // Unreadable or from another version: start afresh rather than fail the app.
    }
    return structuredClone(EMPTY);
  }

  keeping(): OutboxKeeping {
    return { state: this.unsaved === null, notKept: this.notKeptId };
  }

  /** The pending snapshot as it was built, or null (none, or not kept). */
  pendingSnapshot(): Snapshot | null {
    const { pending } = this.load();
    if (!pending) return null;
    if (this.unkept?.header.snapshot_id === pending.snapshot_id) return this.unkept;
    if (!pending.stored) return null;
    try {
      const raw = this.store.getItem(this.pendingKey);
      const parsed: unknown = raw === null ? null : JSON.parse(raw);
      if (isRecord(parsed) && isRecord(parsed.header) && parsed.header.snapshot_id === pending.snapshot_id && Array.isArray(parsed.users)) {
        return parsed as unknown as Snapshot;
      }
    } catch {
      // fall through
    }
    return null;
  }

  private write(key: string, value: string): boolean {
    try {
      this.store.setItem(key, value);
      return true;
    } catch {
      // QuotaExceededError, or storage blocked: the caller decides what the failure means.
      return false;
    }
  }

  private remove(key: string): void {
    try {
      this.store.removeItem(key);
    } catch {
      // Blocked storage holds nothing of ours anyway.
    }
  }

  /** Writes the state, or keeps it in memory when the browser refuses (progress must not stop a push). */
  private save(state: OutboxState): OutboxState {
    this.unsaved = this.write(this.stateKey, JSON.stringify(state)) ? null : structuredClone(state);
    return state;
  }

  /**
   * Saves a state that no longer refers to the stored snapshot (it was sent, discarded or
   * replaced): the snapshot key goes first, so a state that could not be written leaves
   * behind neither it nor an older state pointing at it.
   */
  private saveWithoutSnapshot(state: OutboxState): OutboxState {
    this.remove(this.pendingKey);
    this.save(state);
    if (this.unsaved) this.remove(this.stateKey);
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

  /** Stores the snapshot to re-send (one copy: header and users), or keeps it in memory. */
  private keepSnapshot(snapshot: Snapshot): boolean {
    // The old one goes first: its room may be what the new one needs.
    this.remove(this.pendingKey);
    // `roster`: the suspended seats a platform's format needs (destinations/roster.ts), when built for one.
    const { header, users, roster } = snapshot as DestinationSnapshot;
    const stored = this.write(this.pendingKey, JSON.stringify(roster ? { header, users, roster } : { header, users }));
    if (stored) {
      this.unkept = null;
    } else {
      this.unkept = snapshot;
      this.notKeptId = snapshot.header.snapshot_id;
      this.remove(this.pendingKey);
    }
    return stored;
  }

  /**
   * Records a new snapshot as pending (replacing any older one) and in history, with its
   * change. `count`: the parts it goes in (a platform's pages, or 1 file). A Zluri sync the
   * older one left is carried over (see PendingSync).
   */
  begin(snapshot: Snapshot, current: Fingerprint, count = partCount(snapshot.users.length)): OutboxState {
    const state = this.load();
    const id = snapshot.header.snapshot_id;
    if (state.pending && state.pending.snapshot_id !== id) this.setStatus(state, state.pending.snapshot_id, 'superseded');
    this.notKeptId = null;
    const pending: PendingMeta = {
      snapshot_id: id,
      generated_at: snapshot.header.generated_at,
      count,
      per_part: MAX_USERS_PER_PART,
      accepted: [],
      endpoint: null,
      error: null,
      rejected: false,
      stored: false,
      restarted: null,
      sync: state.pending?.sync ?? null,
    };
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
    return this.saveWithSnapshot({ ...state, pending }, snapshot);
  }

  /**
   * Saves a state whose pending snapshot was just replaced by `snapshot`, storing it too.
   * The disk never ends with a state that refers to a snapshot it does not hold, nor with
   * an older state that would bring back, on the next open, the snapshot this one replaces.
   */
  private saveWithSnapshot(state: OutboxState & { pending: PendingMeta }, snapshot: Snapshot): OutboxState {
    state.pending.stored = this.keepSnapshot(snapshot);
    this.save(state);
    if (this.unsaved && state.pending.stored) {
      // The snapshot may have taken the room the state needed: the state matters more.
      this.remove(this.pendingKey);
      this.unkept = snapshot;
      this.notKeptId = snapshot.header.snapshot_id;
      state.pending.stored = false;
      this.save(state);
    }
    if (this.unsaved) this.remove(this.stateKey);
    return state;
  }

  /** `count` parts now (the destination's own count), in the pending state and its history entry. */
  private recount(state: OutboxState, pending: PendingMeta, count: number | undefined): void {
    if (count === undefined || count === pending.count) return;
    pending.count = count;
    const entry = state.history.find((h) => h.snapshot_id === pending.snapshot_id);
    if (entry) entry.parts = count;
  }

  /** Binds the pending snapshot to the endpoint its parts go to (a fingerprint, never the URL), in `count` parts if given. */
  bind(id: string, endpoint: string, count?: number): OutboxState {
    return this.update(id, (state, pending) => {
      pending.endpoint = endpoint;
      this.recount(state, pending, count);
    });
  }

  /** The endpoint changed: every part goes again, from part 1, to the new receiver only (in `count` parts if given). */
  rebind(id: string, endpoint: string, at: number, count?: number): OutboxState {
    return this.update(id, (state, pending) => {
      pending.restarted = { code: 'endpoint-changed', at: new Date(at).toISOString(), accepted_before: pending.accepted.length };
      pending.accepted = [];
      pending.endpoint = endpoint;
      pending.error = null;
      pending.rejected = false;
      this.recount(state, pending, count);
    });
  }

  /** A new Zluri sync for the pending snapshot: its pages go there from page 1. */
  startSync(id: string, sync: { id: string; target: string }): OutboxState {
    return this.update(id, (_state, pending) => {
      pending.sync = { ...sync, pages: 0 };
      pending.accepted = [];
    });
  }

  /** Zluri no longer takes pages in the pending snapshot's sync (`status`: what it said): it starts again in a new one. */
  syncGone(id: string, status: string, at: number): OutboxState {
    return this.update(id, (_state, pending) => {
      pending.restarted = { code: 'sync-gone', at: new Date(at).toISOString(), accepted_before: pending.accepted.length, status };
      pending.sync = null;
      pending.accepted = [];
    });
  }

  /**
   * A 413: the snapshot is cut into parts of `perPart` users under a new id (`snapshot`
   * carries it), from part 1; the history entry follows it.
   */
  resplit(previousId: string, snapshot: Snapshot, perPart: number, at: number): OutboxState {
    const state = this.load();
    const pending = state.pending;
    if (pending?.snapshot_id !== previousId) return state;
    const id = snapshot.header.snapshot_id;
    const count = partCount(snapshot.users.length, perPart);
    Object.assign(pending, {
      snapshot_id: id,
      count,
      per_part: perPart,
      accepted: [],
      error: null,
      rejected: false,
      restarted: { code: 'split', at: new Date(at).toISOString(), per_part: perPart, previous_id: previousId },
    } satisfies Partial<PendingMeta>);
    const entry = state.history.find((h) => h.snapshot_id === previousId);
    if (entry) Object.assign(entry, { snapshot_id: id, parts: count });
    if (state.baseline?.snapshot_id === previousId) state.baseline = { ...state.baseline, snapshot_id: id };
    if (this.notKeptId === previousId) this.notKeptId = id;
    // The stored copy must carry the new id, or the next open could not match it.
    return this.saveWithSnapshot({ ...state, pending }, snapshot);
  }

  markAccepted(id: string, index: number): OutboxState {
    return this.update(id, (_state, pending) => {
      if (!pending.accepted.includes(index)) pending.accepted = [...pending.accepted, index].sort((a, b) => a - b);
      if (pending.sync) pending.sync.pages = Math.max(pending.sync.pages, index);
    });
  }

  /** The push stopped: keep the snapshot pending, with why (masked: a receiver's words may echo a credential). */
  fail(id: string, problem: PushProblem, rejected: boolean, at: number): OutboxState {
    const masked = mapProblemText(problem, maskCredentials);
    return this.update(id, (state, pending) => {
      pending.error = masked;
      pending.rejected = rejected;
      state.lastPush = {
        snapshot_id: id,
        at: new Date(at).toISOString(),
        parts: pending.count,
        accepted: pending.accepted.length,
        result: rejected ? 'rejected' : 'failed',
        problem: masked,
        restarted: pending.restarted,
      };
      this.setStatus(state, id, rejected ? 'rejected' : 'pending');
    });
  }

  /** Every part accepted: the snapshot is no longer pending. */
  complete(id: string, at: number): OutboxState {
    const state = this.load();
    const pending = state.pending;
    if (pending?.snapshot_id !== id) return state;
    const iso = new Date(at).toISOString();
    state.lastPush = {
      snapshot_id: id,
      at: iso,
      parts: pending.count,
      accepted: pending.count,
      result: 'sent',
      problem: null,
      restarted: pending.restarted,
    };
    state.pending = null;
    this.setStatus(state, id, 'sent', iso);
    this.unkept = null;
    return this.saveWithoutSnapshot(state);
  }

  /** Gives up on the pending snapshot (it stays in history as superseded). */
  discard(id: string): OutboxState {
    const state = this.load();
    if (state.pending?.snapshot_id !== id) return state;
    state.pending = null;
    this.setStatus(state, id, 'superseded');
    this.unkept = null;
    if (this.notKeptId === id) this.notKeptId = null;
    return this.saveWithoutSnapshot(state);
  }
}

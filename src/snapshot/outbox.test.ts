import { describe, expect, it } from 'vitest';
import { NOW } from '../test/seats';
import { fingerprint } from './diff';
import { HISTORY_LIMIT, memoryStore, Outbox, outboxKey, type KeyValueStore } from './outbox';
import { storageNotice } from './storageNotice';
import { makeSnapshot, review, roster } from '../test/snapshots';
import { refusingStore } from '../test/fullStorage';
import type { FailureKind } from '../zaf/errors';
import type { Failure } from '../zendesk/failure';

const saasFailure = (kind: FailureKind, status: number, attempts: number, detail: string | null = null): Failure => ({
  code: 'gateway',
  kind,
  status,
  attempts,
  waitMs: null,
  url: 'https://saas.example.com/',
  service: 'SaaS Management',
  detail,
});

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function begin(outbox: Outbox, n: number, seats = roster(5)) {
  const snapshot = makeSnapshot(seats, { snapshotId: id(n) });
  outbox.begin(snapshot, fingerprint(id(n), review(seats)));
  return snapshot;
}

describe('Outbox', () => {
  it('namespaces keys by subdomain and installation', () => {
    expect(outboxKey('acme', 42)).toBe('seat-review:snapshots:v1:acme:42');
    const store = memoryStore();
    begin(new Outbox(store, outboxKey('acme', 1)), 1);
    expect(new Outbox(store, outboxKey('acme', 2)).load().pending).toBeNull();
    expect(new Outbox(store, outboxKey('other', 1)).load().pending).toBeNull();
  });

  it('keeps a pending snapshot across a reload, with the parts already accepted', () => {
    const store = memoryStore();
    const snapshot = begin(new Outbox(store, 'k'), 1, roster(2500));
    new Outbox(store, 'k').markAccepted(id(1), 1);
    new Outbox(store, 'k').fail(id(1), { code: 'unreachable', failure: saasFailure('server', 500, 6) }, false, NOW);

    const reopened = new Outbox(store, 'k');
    expect(reopened.load().pending).toMatchObject({
      snapshot_id: id(1),
      count: 3,
      accepted: [1],
      error: { code: 'unreachable', failure: { kind: 'server', status: 500, attempts: 6 } },
      rejected: false,
      stored: true,
    });
    expect(reopened.pendingSnapshot()).toEqual(snapshot);
    expect(reopened.load().lastPush).toMatchObject({ result: 'failed', parts: 3, accepted: 1 });
    expect(reopened.load().history[0]).toMatchObject({ status: 'pending' });

    reopened.markAccepted(id(1), 3);
    reopened.markAccepted(id(1), 2);
    reopened.complete(id(1), NOW + 1000);
    const done = new Outbox(store, 'k').load();
    expect(done.pending).toBeNull();
    expect(done.lastPush).toMatchObject({ result: 'sent', parts: 3, accepted: 3, at: new Date(NOW + 1000).toISOString() });
    expect(done.history[0]).toMatchObject({ status: 'sent', users: 2500, parts: 3 });
    expect(store.data.has('k:pending')).toBe(false);
  });

  it('caps history at 10, newest first, each with its change since the one before', () => {
    const outbox = new Outbox(memoryStore(), 'k');
    for (let n = 1; n <= 12; n += 1) begin(outbox, n, roster(5 + n));
    const { history } = outbox.load();
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]!.snapshot_id).toBe(id(12));
    expect(history[0]!.change?.counts.added).toBe(1);
    expect(history.slice(1).every((h) => h.status === 'superseded')).toBe(true);
    expect(new Outbox(memoryStore(), 'k2').begin(makeSnapshot(roster(1)), fingerprint('x', [])).history[0]!.change).toBeNull();
  });

  it('never stores the token, the endpoint or a setting placeholder', () => {
    const store = memoryStore();
    const outbox = new Outbox(store, outboxKey('acme', 1));
    begin(outbox, 1);
    outbox.fail(id(1), { code: 'refused', failure: saasFailure('invalid', 422, 1, 'part 1: bad Bearer demo-secret-token') }, true, NOW);
    const everything = [...store.data.entries()].flat().join('\n');
    expect(everything).not.toContain('demo-secret-token');
    expect(everything).not.toContain('{{setting');
    expect(everything).not.toContain('saas_token');
    expect(everything).not.toContain('ingest');
    expect(outbox.load().pending).toMatchObject({ rejected: true });
  });

  it('survives a full or broken storage', () => {
    const full: ReturnType<typeof memoryStore> = {
      ...memoryStore(),
      setItem(key: string, value: string) {
        if (key.endsWith(':pending')) throw new DOMException('full', 'QuotaExceededError');
        this.data.set(key, value);
      },
    };
    const outbox = new Outbox(full, 'k');
    const snapshot = begin(outbox, 1);
    expect(outbox.load().pending?.stored).toBe(false);
    // Kept in this page (Retry still works), not after a reload.
    expect(outbox.pendingSnapshot()).toEqual(snapshot);
    expect(new Outbox(full, 'k').pendingSnapshot()).toBeNull();

    const broken = memoryStore();
    broken.setItem('k:state', '{not json');
    expect(new Outbox(broken, 'k').load()).toMatchObject({ pending: null, history: [] });
  });

  it('keeps what an older version stored readable', () => {
    const store = memoryStore();
    const snapshot = makeSnapshot(roster(3), { snapshotId: id(1) });
    const pending = {
      snapshot_id: id(1),
      generated_at: snapshot.header.generated_at,
      count: 1,
      accepted: [],
      error: 'x',
      rejected: false,
      stored: true,
    };
    const lastPush = { snapshot_id: id(1), at: snapshot.header.generated_at, parts: 1, accepted: 0, result: 'failed', message: 'Kept in words' };
    store.setItem('k:state', JSON.stringify({ version: 1, pending, lastPush, history: [], baseline: null }));
    store.setItem('k:pending', JSON.stringify(snapshot));
    const outbox = new Outbox(store, 'k');
    // A problem an older version kept in words is shown as it was kept.
    expect(outbox.load().pending).toMatchObject({ per_part: 1000, endpoint: null, restarted: null, error: { code: 'stored-text', text: 'x' } });
    expect(outbox.load().lastPush).toEqual({ ...lastPush, message: undefined, problem: { code: 'stored-text', text: 'Kept in words' } });
    expect(outbox.pendingSnapshot()?.header.snapshot_id).toBe(id(1));
  });

  it('discards a pending snapshot', () => {
    const outbox = new Outbox(memoryStore(), 'k');
    begin(outbox, 1);
    outbox.discard(id(1));
    expect(outbox.load().pending).toBeNull();
    expect(outbox.load().history[0]!.status).toBe('superseded');
  });
});

describe('Outbox on full storage', () => {
  it('leaves no snapshot behind that the stored state does not account for', () => {
    // Room for one of the two writes only: the snapshot fits, the state after it does not.
    const store = refusingStore((key) => key.endsWith(':state'));
    const outbox = new Outbox(store, 'k');
    expect(() => begin(outbox, 1)).not.toThrow();
    expect([...store.data.keys()]).toEqual([]);
    expect(outbox.load().pending).toMatchObject({ snapshot_id: id(1), stored: false });
    expect(outbox.keeping()).toEqual({ state: false, notKept: id(1) });
    expect(storageNotice(outbox.load(), outbox.keeping())).toEqual({ code: 'snapshot-not-kept-pending' });
  });

  it('gives the state the room the snapshot took, when both do not fit', () => {
    const seats = roster(100);
    const { header, users } = makeSnapshot(seats, { snapshotId: id(1) });
    // Room for the snapshot alone, or the state alone: not both.
    const room = JSON.stringify({ header, users }).length + 100;
    const writes: string[] = [];
    const store = refusingStore((key, value) => {
      const others = [...store.data].filter(([k]) => k !== key).reduce((n, [, v]) => n + v.length, 0);
      const refused = others + value.length > room;
      writes.push(`${key}${refused ? ' refused' : ''}`);
      return refused;
    });
    const outbox = new Outbox(store, 'k');
    begin(outbox, 1, seats);
    expect(writes).toEqual(['k:pending', 'k:state refused', 'k:state']);
    expect([...store.data.keys()]).toEqual(['k:state']);
    expect(JSON.parse(store.data.get('k:state')!)).toMatchObject({ pending: { snapshot_id: id(1), stored: false } });
    expect(outbox.keeping()).toEqual({ state: true, notKept: id(1) });
  });

  it('does not bring back a replaced snapshot when the new state cannot be written', () => {
    let full = false;
    const store = refusingStore((key) => full && key.endsWith(':state'));
    const outbox = new Outbox(store, 'k');
    begin(outbox, 1);
    full = true;
    begin(outbox, 2);
    // After a reload: nothing pending, rather than snapshot 1 sent again.
    expect(new Outbox(store, 'k').load().pending).toBeNull();
    expect(outbox.load().pending?.snapshot_id).toBe(id(2));
  });

  it('goes on in memory when progress cannot be written, then tells it was sent', () => {
    let full = false;
    const store = refusingStore((key) => full && key.endsWith(':state'));
    const outbox = new Outbox(store, 'k');
    begin(outbox, 1, roster(2500));
    full = true;
    expect(() => outbox.markAccepted(id(1), 1)).not.toThrow();
    expect(outbox.load().pending?.accepted).toEqual([1]);
    expect(storageNotice(outbox.load(), outbox.keeping())).toEqual({ code: 'history-not-kept' });
    outbox.markAccepted(id(1), 2);
    outbox.markAccepted(id(1), 3);
    outbox.complete(id(1), NOW);
    expect(outbox.load()).toMatchObject({ pending: null, lastPush: { result: 'sent' } });
    expect([...store.data.keys()]).toEqual([]);
  });

  it('says a snapshot it could not keep was sent, or will not survive a reload', () => {
    const store = refusingStore((key) => key.endsWith(':pending'));
    const outbox = new Outbox(store, 'k');
    begin(outbox, 1);
    expect(storageNotice(outbox.load(), outbox.keeping())).toEqual({ code: 'snapshot-not-kept-pending' });
    outbox.complete(id(1), NOW);
    expect(storageNotice(outbox.load(), outbox.keeping())).toEqual({ code: 'snapshot-not-kept-sent' });
    begin(outbox, 2, roster(0));
    expect(storageNotice(outbox.load(), outbox.keeping())).toEqual({ code: 'snapshot-not-kept-pending' });
  });

  it('never throws when storage is blocked altogether', () => {
    const blocked: KeyValueStore = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const outbox = new Outbox(blocked, 'k');
    const snapshot = begin(outbox, 1);
    outbox.markAccepted(id(1), 1);
    outbox.fail(id(1), { code: 'unreachable', failure: saasFailure('network', 0, 6) }, false, NOW);
    expect(outbox.pendingSnapshot()).toEqual(snapshot);
    outbox.discard(id(1));
    expect(outbox.load().pending).toBeNull();
  });
});

describe('Outbox for the platforms', () => {
  it('counts the parts the destination sends in, in the pending state and the history', () => {
    const outbox = new Outbox(memoryStore(), 'k');
    const snapshot = makeSnapshot(roster(2500), { snapshotId: id(1) });
    outbox.begin(snapshot, fingerprint(id(1), []), 1);
    expect(outbox.load()).toMatchObject({ pending: { count: 1 }, history: [{ parts: 1 }] });
    outbox.bind(id(1), 'fnv1a64:0000000000000001', 3);
    expect(outbox.load()).toMatchObject({ pending: { count: 3 }, history: [{ parts: 3 }] });
  });

  it('keeps a Zluri sync with its highest page, forgets it when gone, and carries a running one to the next snapshot', () => {
    const store = memoryStore();
    const outbox = new Outbox(store, 'k');
    begin(outbox, 1);
    outbox.startSync(id(1), { id: 'sync-1', target: 't' });
    outbox.markAccepted(id(1), 2);
    expect(new Outbox(store, 'k').load().pending).toMatchObject({ accepted: [2], sync: { id: 'sync-1', target: 't', pages: 2 } });
    begin(outbox, 2);
    expect(outbox.load().pending).toMatchObject({ snapshot_id: id(2), accepted: [], sync: { id: 'sync-1', pages: 2 } });
    outbox.syncGone(id(2), 'finished', NOW);
    expect(outbox.load().pending).toMatchObject({
      sync: null,
      restarted: { code: 'sync-gone', status: 'finished', accepted_before: 0, at: new Date(NOW).toISOString() },
    });
  });

  it('reads a state kept before syncs as having none', () => {
    const store = memoryStore();
    const outbox = new Outbox(store, 'k');
    begin(outbox, 1);
    const raw = JSON.parse(store.getItem('k:state')!) as { pending: Record<string, unknown> };
    delete raw.pending.sync;
    store.setItem('k:state', JSON.stringify(raw));
    expect(new Outbox(store, 'k').load().pending?.sync).toBeNull();
  });
});

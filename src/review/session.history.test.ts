/**
 * The review session with a history: today's figures once the review settles with every
 * seat in (again after a reload), each push's end as the day's snapshot, and without
 * `history` not a single custom object request.
 */
import { describe, expect, it } from 'vitest';
import { externalIdOf } from '../history/record';
import { parseSettings } from '../settings/settings';
import { memoryStore } from '../storage/store';
import { agentWire, quietEngagement } from '../test/account';
import { FakeZafClient, failure, fakeGateway, json, type ScriptedAnswer } from '../test/fakeZafClient';
import { FakeRecords } from '../test/historyStore';
import type { HistoryKeeper } from './history';
import { createReviewSession, daySnapshot, type ReviewSessionOptions } from './session';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const ENDPOINT = 'https://saas.example.com/snapshots';
const TODAY = '2026-11-23';

const user = (id: number) => agentWire(id, NOW, id === 3 ? { last_login_at: null } : {});

function zendesk(records: FakeRecords, saas: () => ScriptedAnswer = () => json({ ok: true })): FakeZafClient {
  return new FakeZafClient((o) => {
    const url = o.url;
    if (url === ENDPOINT) return saas();
    const stored = records.answer(o);
    if (stored) return stored;
    if (url.startsWith('/api/v2/users?')) return json({ users: [1, 2, 3].map(user), count: 3, next_page: null, previous_page: null });
    return quietEngagement(url, NOW) ?? failure(404);
  });
}

function open(client: FakeZafClient, extra: Partial<ReviewSessionOptions> = {}) {
  const { settings } = parseSettings({ seat_price: '10', saas_endpoint: ENDPOINT, seat_currency: 'EUR' });
  return createReviewSession({
    gateway: fakeGateway(client, { budget: null }),
    settings,
    now: NOW,
    clock: () => NOW,
    subdomain: 'acme',
    store: memoryStore(),
    flushMs: 0,
    newId: () => '3f2b8c1e-6a4d-4e2f-9b1a-0c5d7e8f9a10',
    ...extra,
  });
}

/** Waits until the keeper's state passes `until`. */
function reach(keeper: HistoryKeeper, until: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (until()) {
      resolve();
      return;
    }
    const stop = keeper.subscribe(() => {
      if (!until()) return;
      stop();
      resolve();
    });
  });
}

const writes = (records: FakeRecords) => records.calls.filter((c) => c.method === 'PATCH');

describe('review session with history', () => {
  it('records today’s figures once the review settles, and again after a reload', async () => {
    const records = new FakeRecords(() => NOW);
    const s = open(zendesk(records), { history: { user: { id: 9, name: 'Ada Admin' }, kind: 'manual' } });
    const history = s.history;
    if (!history) throw new Error('the session should keep a history');
    expect(history.getState().phase).toBe('loading');
    s.start();
    await s.settled();
    await reach(history, () => history.getState().days.length === 1 && history.getState().phase === 'loaded');
    await history.idle();
    expect(history.getState()).toMatchObject({ phase: 'loaded', source: 'zendesk', fallback: null, writeProblem: null });
    const today = history.getState().days[0];
    // Seat 3 never signed in: likely idle, 10 EUR a month.
    expect(today).toMatchObject({
      day: TODAY,
      figures: { seats: 3, paid: 3, idle: 1, suspended: 0, released: 0, idleCost: 10, suspendedCost: 0, currency: 'EUR' },
      run: { kind: 'manual', byId: 9, byName: 'Ada Admin', at: new Date(NOW).toISOString() },
    });
    expect(records.records.map((r) => r.external_id)).toEqual([externalIdOf(TODAY)]);
    expect(writes(records)).toHaveLength(1);
    // A repaint, a cancelled engagement or a second look is no new review; a reload is.
    s.cancelEngagement();
    await history.idle();
    expect(writes(records)).toHaveLength(1);
    s.reloadRoster();
    await s.settled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await history.idle();
    expect(writes(records)).toHaveLength(2);
    s.dispose();
  });

  it('records how each push ended as the day’s snapshot, and a push that got some parts in as partial', async () => {
    const records = new FakeRecords(() => NOW);
    let down = true;
    const s = open(
      zendesk(records, () => (down ? failure(503) : json({ ok: true }))),
      { history: { user: { id: 9, name: 'Ada Admin' }, kind: 'manual' } },
    );
    s.start();
    await s.settled();
    const base = s.snapshotInput();
    if (!base || !s.history) throw new Error('ready');
    const failed = await s.snapshots.push(base);
    expect(failed).toMatchObject({ status: 'failed', accepted: 0, parts: 1 });
    await s.history.idle();
    expect(s.history.getState().days[0]?.snapshot).toMatchObject({
      id: '3f2b8c1e-6a4d-4e2f-9b1a-0c5d7e8f9a10',
      result: 'failed',
      accepted: 0,
      parts: 1,
    });
    down = false;
    const sent = await s.snapshots.pushPending();
    expect(sent).toMatchObject({ status: 'sent', accepted: 1, parts: 1 });
    await s.history.idle();
    expect(s.history.getState().days[0]).toMatchObject({ figures: { paid: 3 }, snapshot: { result: 'sent', accepted: 1 } });
    // What Zendesk holds: the figures kept their details when the snapshot was written alone.
    const stored = records.records[0]?.custom_object_fields;
    expect(stored).toMatchObject({ paid_seats: 3, snapshot_result: 'sent' });
    expect(JSON.parse(String(stored?.details))).toMatchObject({ seats: 3, currency: 'EUR', snapshot: { accepted: 1 }, run: { by_id: 9 } });
    s.dispose();
  });

  it('calls a failed push that got some parts in partial', () => {
    const at = NOW;
    expect(daySnapshot({ status: 'failed', snapshotId: 'x', accepted: 2, parts: 3, at }).result).toBe('partial');
    expect(daySnapshot({ status: 'failed', snapshotId: 'x', accepted: 0, parts: 3, at }).result).toBe('failed');
    expect(daySnapshot({ status: 'rejected', snapshotId: 'x', accepted: 1, parts: 3, at })).toEqual({
      id: 'x',
      result: 'rejected',
      accepted: 1,
      parts: 3,
      at: new Date(NOW).toISOString(),
    });
  });

  it('sends under the id it is given, and says why nothing ran', async () => {
    const records = new FakeRecords(() => NOW);
    const client = zendesk(records);
    const s = open(client);
    s.start();
    await s.settled();
    const base = s.snapshotInput();
    if (!base) throw new Error('ready');
    const id = 'aaaaaaaa-bbbb-5ccc-8ddd-eeeeeeeeeeee';
    const [first, second] = await Promise.all([s.snapshots.push(base, { snapshotId: id }), s.snapshots.push(base)]);
    expect(first).toMatchObject({ status: 'sent', snapshotId: id });
    expect(second).toEqual({ status: 'busy' });
    expect(client.requests.filter((r) => r.url === ENDPOINT).map((r) => JSON.parse(r.data ?? '{}').snapshot_id)).toEqual([id]);
    expect(await s.snapshots.pushPending()).toEqual({ status: 'nothing' });
    s.dispose();
  });

  it('without history makes no custom object request at all', async () => {
    const records = new FakeRecords(() => NOW);
    const s = open(zendesk(records));
    expect(s.history).toBeNull();
    s.start();
    await s.settled();
    const base = s.snapshotInput();
    if (!base) throw new Error('ready');
    await s.snapshots.push(base);
    expect(records.calls).toEqual([]);
    s.dispose();
  });
});

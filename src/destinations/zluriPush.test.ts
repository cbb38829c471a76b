import { describe, expect, it } from 'vitest';
import { failure, FakeZafClient, json, type ScriptedAnswer } from '../test/fakeZafClient';
import { largeSnapshot } from '../test/destinations';
import { memoryStore, Outbox } from '../snapshot/outbox';
import { fingerprint } from '../snapshot/diff';
import { pushSnapshot, type PushProgress } from '../snapshot/push';
import { ZendeskGateway } from '../zaf/gateway';
import type { ZafRequestOptions } from '../zaf/sdk';
import { destinationParts } from './parts';
import type { DestinationSnapshot } from './roster';

/** A Zluri stand-in as its docs describe it: one running sync per instance; `fault` answers a request instead when it returns one. */
function fakeZluri(fault: (o: ZafRequestOptions, step: string) => ScriptedAnswer | null = () => null) {
  const syncs = new Map<string, { instance: string; status: string; pages: Map<number, number> }>();
  let made = 0;
  const answer = (o: ZafRequestOptions): ScriptedAnswer => {
    const [, instance = '', path = ''] = /\/instances\/([^/]+)(\/.*)$/.exec(o.url) ?? [];
    const step =
      o.type === 'POST' && path === '/syncs' ? 'create' : path.endsWith('/finish') ? 'finish' : path.endsWith('/data/snapshots') ? 'page' : 'read';
    const faulted = fault(o, step);
    if (faulted) return faulted;
    if (step === 'create') {
      const running = [...syncs.values()].some((s) => s.instance === instance && s.status === 'running');
      if (running) return failure(409, {}, { error: 'sync already running' });
      const id = `sync-${++made}`;
      syncs.set(id, { instance, status: 'running', pages: new Map() });
      return json({ id, instance_id: instance, status: 'running' });
    }
    const id = /^\/syncs\/([^/]+)/.exec(path)?.[1] ?? '';
    const sync = syncs.get(id);
    if (sync?.instance !== instance) return failure(404, {}, { error: 'no such sync' });
    if (step === 'read') return json({ id, instance_id: instance, status: sync.status });
    if (sync.status !== 'running') return failure(409, {}, { error: 'sync is not running' });
    if (step === 'page') {
      const body = JSON.parse(o.data ?? '{}') as { page: number; data: unknown[] };
      sync.pages.set(body.page, body.data.length);
      return json({ ok: true });
    }
    sync.status = 'finished';
    return json({ id, status: 'finished' });
  };
  return { syncs, answer };
}

function setup(snapshot: DestinationSnapshot, answer: (o: ZafRequestOptions, i: number) => ScriptedAnswer) {
  const client = new FakeZafClient(answer);
  const gateway = new ZendeskGateway(client, { sleep: async () => undefined, random: () => 0.5 });
  const outbox = new Outbox(memoryStore(), 'k');
  outbox.begin(snapshot, fingerprint(snapshot.header.snapshot_id, []), destinationParts('zluri', snapshot));
  const slept: number[] = [];
  const progress: PushProgress[] = [];
  const push = (over: { snapshot?: DestinationSnapshot; destinationId?: string } = {}) =>
    pushSnapshot({
      gateway,
      endpoint: null,
      destination: 'zluri',
      destinationId: over.destinationId ?? 'inst-1',
      snapshot: over.snapshot ?? snapshot,
      outbox,
      onProgress: (p) => progress.push(p),
      busyWaitsMs: [10, 20, 30],
      sleep: async (ms) => void slept.push(ms),
    });
  const steps = () =>
    client.requests.map(
      (r) =>
        `${r.type ?? 'GET'} ${r.url.replace(/^.*\/instances\/[^/]+/, '')}${r.type === 'POST' && r.url.endsWith('/snapshots') ? ` p${(JSON.parse(r.data ?? '{}') as { page: number }).page}` : ''}`,
    );
  return { client, outbox, push, slept, progress, steps };
}

describe('pushing to Zluri', () => {
  it('creates a sync, uploads every page with the api-key header through the secure proxy, then finishes it', async () => {
    const zluri = fakeZluri();
    const snapshot = largeSnapshot(2500);
    const { client, outbox, push, steps } = setup(snapshot, zluri.answer);
    expect(await push()).toEqual({ status: 'sent', count: 3, sent: 3, snapshotId: snapshot.header.snapshot_id, restarted: null });
    expect(steps()).toEqual([
      'POST /syncs',
      'POST /syncs/sync-1/data/snapshots p1',
      'POST /syncs/sync-1/data/snapshots p2',
      'POST /syncs/sync-1/data/snapshots p3',
      'POST /syncs/sync-1/finish',
    ]);
    for (const r of client.requests) {
      expect(r).toMatchObject({ secure: true, contentType: 'application/json' });
      expect(r.headers).toEqual({ 'api-key': '{{setting.saas_token}}', 'Content-Type': 'application/json' });
    }
    expect(JSON.parse(client.requests[3]!.data!)).toMatchObject({ entity: 'users', page: 3 });
    expect([...zluri.syncs.get('sync-1')!.pages]).toEqual([
      [1, 1000],
      [2, 1000],
      [3, 501],
    ]);
    expect(outbox.load()).toMatchObject({ pending: null, lastPush: { result: 'sent', parts: 3 }, history: [{ parts: 3, status: 'sent' }] });
  });

  it('leaves 429 and 5xx to the gateway: the same page is retried, then the push goes on', async () => {
    const zluri = fakeZluri();
    const script = [failure(429, { 'retry-after': '1' }), failure(500)];
    let faults = 0;
    const flaky = (o: ZafRequestOptions) => (o.url.endsWith('/data/snapshots') && faults < script.length ? script[faults++]! : zluri.answer(o));
    const again = setup(largeSnapshot(1500), flaky);
    expect(await again.push()).toMatchObject({ status: 'sent', count: 2, sent: 2 });
    expect(again.steps().filter((s) => s.endsWith('p1'))).toHaveLength(3);
  });

  it('resumes the SAME sync with only the missing pages after a failure mid-way, then finishes it', async () => {
    let down = true;
    const zluri = fakeZluri((o, step) => (down && step === 'page' && o.data?.includes('"page":2') ? failure(503) : null));
    const { client, outbox, push, steps } = setup(largeSnapshot(2500), zluri.answer);
    expect(await push()).toMatchObject({ status: 'failed', accepted: 1, count: 3, problem: { code: 'unreachable' } });
    expect(outbox.load().pending).toMatchObject({ accepted: [1], sync: { id: 'sync-1', pages: 1 } });
    down = false;
    client.requests.length = 0;
    expect(await push()).toMatchObject({ status: 'sent', count: 3, sent: 2, restarted: null });
    expect(steps()).toEqual([
      'GET /syncs/sync-1',
      'POST /syncs/sync-1/data/snapshots p2',
      'POST /syncs/sync-1/data/snapshots p3',
      'POST /syncs/sync-1/finish',
    ]);
    expect(zluri.syncs.size).toBe(1);
    expect(zluri.syncs.get('sync-1')).toMatchObject({ status: 'finished' });
  });

  it.each([
    ['finished elsewhere', 'finished'],
    ['failed', 'failed'],
  ])('starts a new sync from page 1 when the kept one was %s', async (_label, status) => {
    let down = true;
    const zluri = fakeZluri((_o, step) => (down && step === 'page' ? failure(503) : null));
    const { client, outbox, push, steps } = setup(largeSnapshot(1500), zluri.answer);
    await push();
    zluri.syncs.get('sync-1')!.status = status;
    down = false;
    client.requests.length = 0;
    expect(await push()).toMatchObject({ status: 'sent', count: 2, sent: 2, restarted: { code: 'sync-gone', status, accepted_before: 0 } });
    expect(steps()).toEqual([
      'GET /syncs/sync-1',
      'POST /syncs',
      'POST /syncs/sync-2/data/snapshots p1',
      'POST /syncs/sync-2/data/snapshots p2',
      'POST /syncs/sync-2/finish',
    ]);
    expect(outbox.load().pending).toBeNull();
  });

  it('starts a new sync when Zluri no longer knows the kept one, even mid-way through the pages', async () => {
    let round = 1;
    const zluri = fakeZluri((o, step) => {
      if (step !== 'page') return null;
      if (round === 1) return o.data?.includes('"page":2') ? failure(503) : null;
      // Zluri drops the sync after its status was read: the page is refused (404), and a read says it is gone.
      if (round === 2) {
        round = 3;
        zluri.syncs.delete('sync-1');
      }
      return null;
    });
    const { client, push, steps } = setup(largeSnapshot(2500), zluri.answer);
    await push();
    round = 2;
    client.requests.length = 0;
    expect(await push()).toMatchObject({
      status: 'sent',
      count: 3,
      sent: 3,
      restarted: { code: 'sync-gone', status: 'gone', accepted_before: 1 },
    });
    expect(steps()).toEqual([
      'GET /syncs/sync-1',
      'POST /syncs/sync-1/data/snapshots p2',
      'GET /syncs/sync-1',
      'POST /syncs',
      'POST /syncs/sync-2/data/snapshots p1',
      'POST /syncs/sync-2/data/snapshots p2',
      'POST /syncs/sync-2/data/snapshots p3',
      'POST /syncs/sync-2/finish',
    ]);
  });

  it('counts a lost answer to the finish as sent when Zluri says the sync finished', async () => {
    let lost = true;
    // The finish goes through, but its answer never arrives.
    const zluri = fakeZluri((_o, step) => {
      if (step !== 'finish' || !lost) return null;
      zluri.syncs.get('sync-1')!.status = 'finished';
      return failure(503);
    });
    const { client, outbox, push, steps } = setup(largeSnapshot(10), zluri.answer);
    expect(await push()).toMatchObject({ status: 'failed', accepted: 1 });
    lost = false;
    client.requests.length = 0;
    expect(await push()).toMatchObject({ status: 'sent', count: 1, sent: 0 });
    expect(steps()).toEqual(['GET /syncs/sync-1']);
    expect(outbox.load().pending).toBeNull();
  });

  it('waits out another sync running (409 on create), telling how long, then goes on', async () => {
    let busy = 2;
    const zluri = fakeZluri((_o, step) => (step === 'create' && busy-- > 0 ? failure(409, {}, { error: 'sync already running' }) : null));
    const { push, slept, progress } = setup(largeSnapshot(10), zluri.answer);
    expect(await push()).toMatchObject({ status: 'sent' });
    expect(slept).toEqual([10, 20]);
    expect(progress.filter((p) => p.syncBusy).map((p) => p.syncBusy)).toEqual([
      { tries: 1, delayMs: 10 },
      { tries: 2, delayMs: 20 },
    ]);
  });

  it('reports a sync that keeps running after every wait, and keeps the snapshot pending', async () => {
    const zluri = fakeZluri((_o, step) => (step === 'create' ? failure(409, {}, { error: 'sync already running' }) : null));
    const { client, outbox, push, slept } = setup(largeSnapshot(10), zluri.answer);
    expect(await push()).toMatchObject({ status: 'failed', problem: { code: 'sync-busy', destination: 'zluri', tries: 4, waitedMs: 60 } });
    expect(slept).toEqual([10, 20, 30]);
    expect(client.requests).toHaveLength(4);
    expect(outbox.load().pending).toMatchObject({ rejected: false, error: { code: 'sync-busy' } });
  });

  it('stops at a page Zluri refuses while the sync still runs (400), keeping the sync for the next try', async () => {
    const zluri = fakeZluri((_o, step) => (step === 'page' ? failure(400, {}, { message: 'data[0].email is required' }) : null));
    const { outbox, push } = setup(largeSnapshot(10), zluri.answer);
    expect(await push()).toMatchObject({
      status: 'rejected',
      httpStatus: 400,
      problem: { code: 'refused', failure: { service: 'Zluri', status: 400 } },
    });
    expect(outbox.load().pending).toMatchObject({ rejected: true, sync: { id: 'sync-1' } });
  });

  it('a create answer without an id is reported, not guessed at', async () => {
    const { push } = setup(largeSnapshot(10), (o) => (o.url.endsWith('/syncs') ? json({ status: 'running' }) : json({})));
    expect(await push()).toMatchObject({ status: 'failed', problem: { code: 'unexpected-answer', destination: 'zluri', step: 'create-sync' } });
  });

  it('a new snapshot reuses the sync a superseded one left running, emptying the pages it no longer has', async () => {
    let down = true;
    const zluri = fakeZluri((_o, step) => (down && step === 'finish' ? failure(503) : null));
    const { client, outbox, push, steps } = setup(largeSnapshot(2500), zluri.answer);
    await push();
    const smaller = { ...largeSnapshot(1200), header: { ...largeSnapshot(1200).header, snapshot_id: 'next' } };
    outbox.begin(smaller, fingerprint('next', []), destinationParts('zluri', smaller));
    down = false;
    client.requests.length = 0;
    expect(await push({ snapshot: smaller })).toMatchObject({ status: 'sent', count: 2, sent: 2 });
    expect(steps()).toEqual([
      'GET /syncs/sync-1',
      'POST /syncs/sync-1/data/snapshots p1',
      'POST /syncs/sync-1/data/snapshots p2',
      'POST /syncs/sync-1/data/snapshots p3',
      'POST /syncs/sync-1/finish',
    ]);
    expect([...zluri.syncs.get('sync-1')!.pages]).toEqual([
      [1, 1000],
      [2, 201],
      [3, 0],
    ]);
  });

  it('another instance id sends the snapshot whole to a new sync there', async () => {
    let down = true;
    const zluri = fakeZluri((o, step) => (down && step === 'page' && o.data?.includes('"page":2') ? failure(503) : null));
    const { client, push } = setup(largeSnapshot(1500), zluri.answer);
    await push();
    down = false;
    client.requests.length = 0;
    const result = await push({ destinationId: 'inst-2' });
    expect(result).toMatchObject({ status: 'sent', sent: 2, restarted: { code: 'endpoint-changed', accepted_before: 1 } });
    expect(client.requests[0]).toMatchObject({ type: 'POST', url: 'https://api-ext.zluri.com/v2/integrations-sync/instances/inst-2/syncs' });
  });
});

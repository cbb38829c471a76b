import { describe, expect, it } from 'vitest';
import { failure, FakeZafClient, json } from '../test/fakeZafClient';
import { mixedSeats } from '../test/destinations';
import { snapshotInput } from '../test/snapshots';
import { memoryStore } from '../snapshot/outbox';
import { ZendeskGateway } from '../zaf/gateway';
import type { ZafRequestOptions } from '../zaf/sdk';
import type { DestinationSnapshot } from '../destinations/roster';
import { createSnapshotSender, type PushEnded } from './snapshots';

function base() {
  const { snapshotId: _id, now: _now, ...rest } = snapshotInput(mixedSeats());
  return rest;
}

function sender(
  destination: { saasDestination: string; saasDestinationId: string | null },
  answer: (o: ZafRequestOptions) => ReturnType<typeof json>,
) {
  const client = new FakeZafClient(answer);
  const store = memoryStore();
  const pushed: PushEnded[] = [];
  const make = () =>
    createSnapshotSender({
      gateway: new ZendeskGateway(client, { sleep: async () => undefined, random: () => 0.5 }),
      endpoint: 'https://saas.example.com/ingest',
      destination: { ...destination, seatsPurchased: 10 },
      subdomain: 'acme',
      installation: 1,
      store,
      newId: () => 'snap-1',
      clock: () => Date.UTC(2025, 5, 15),
      onPushed: (ended) => pushed.push(ended),
    });
  return { client, store, pushed, make };
}

describe('the snapshot sender and its destination', () => {
  it('sends to the configured platform, with the suspended seats, and tells the history its pages', async () => {
    const { client, pushed, make } = sender({ saasDestination: 'zluri', saasDestinationId: 'inst-1' }, (o) =>
      o.url.endsWith('/syncs') ? json({ id: 's1', status: 'running' }) : json({}),
    );
    const snapshots = make();
    expect(snapshots.endpoint).toMatchObject({ ok: true, destination: 'zluri', destinationId: 'inst-1' });
    expect(await snapshots.push(base())).toMatchObject({ status: 'sent', parts: 1, accepted: 1 });
    expect(client.requests.map((r) => r.url.replace(/^.*\/instances\/inst-1/, ''))).toEqual([
      '/syncs',
      '/syncs/s1/data/snapshots',
      '/syncs/s1/finish',
    ]);
    const page = JSON.parse(client.requests[1]!.data!) as { data: { email: string; status: string }[] };
    expect(page.data.find((u) => u.email === 'sam@example.com')).toMatchObject({ status: 'suspended' });
    expect(pushed).toMatchObject([{ status: 'sent', parts: 1, accepted: 1 }]);
    expect((snapshots.current() as DestinationSnapshot).roster).toMatchObject({ suspended: [{ id: 5 }], seats_purchased: 10 });
  });

  it('keeps the suspended seats with a pending snapshot, so a resend after a reload is the same data', async () => {
    const { client, make } = sender({ saasDestination: 'lumos', saasDestinationId: 'app-1' }, () => failure(503));
    expect(await make().push(base())).toMatchObject({ status: 'failed' });
    client.requests.length = 0;
    // The app opens again: a new sender reads the pending snapshot from storage.
    const again = make();
    const kept: DestinationSnapshot | null = again.forDownload();
    expect(kept?.roster?.suspended).toHaveLength(1);
  });

  it('sends nothing while the platform lacks its id, saying so', async () => {
    const { client, make } = sender({ saasDestination: 'torii', saasDestinationId: null }, () => json({}));
    const snapshots = make();
    expect(snapshots.endpoint).toEqual({
      ok: false,
      problem: { code: 'destination-id-missing', destination: 'torii', names: 'app-account' },
      destination: 'torii',
    });
    expect(await snapshots.push(base())).toEqual({ status: 'unusable' });
    expect(client.requests).toHaveLength(0);
  });

  it("Seat Review's own format stays as it was: no suspended seats added, the endpoint's parts", async () => {
    const { client, make } = sender({ saasDestination: 'seat-review', saasDestinationId: null }, () => json({}));
    const snapshots = make();
    expect(await snapshots.push(base())).toMatchObject({ status: 'sent', parts: 1 });
    expect(client.requests[0]).toMatchObject({ url: 'https://saas.example.com/ingest' });
    expect(snapshots.current()).not.toHaveProperty('roster');
  });
});

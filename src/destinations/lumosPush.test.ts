import { describe, expect, it } from 'vitest';
import { failure, FakeZafClient, json, type ScriptedAnswer } from '../test/fakeZafClient';
import { largeSnapshot } from '../test/destinations';
import { memoryStore, Outbox } from '../snapshot/outbox';
import { fingerprint } from '../snapshot/diff';
import { pushSnapshot } from '../snapshot/push';
import { ZendeskGateway } from '../zaf/gateway';
import type { ZafRequestOptions } from '../zaf/sdk';
import { LUMOS_UPLOAD_URL, type LumosUpload } from './lumos';
import { destinationParts } from './parts';
import type { DestinationSnapshot } from './roster';

function setup(snapshot: DestinationSnapshot, answer: (o: ZafRequestOptions, i: number) => ScriptedAnswer) {
  const client = new FakeZafClient(answer);
  const gateway = new ZendeskGateway(client, { sleep: async () => undefined, random: () => 0.5 });
  const outbox = new Outbox(memoryStore(), 'k');
  outbox.begin(snapshot, fingerprint(snapshot.header.snapshot_id, []), destinationParts('lumos', snapshot));
  const push = () => pushSnapshot({ gateway, endpoint: null, destination: 'lumos', destinationId: 'app-7', snapshot, outbox });
  return { client, outbox, push };
}

describe('pushing to Lumos', () => {
  it('sends every account in one call, never in parts', async () => {
    const snapshot = largeSnapshot(2500);
    const { client, outbox, push } = setup(snapshot, () => json({ job_id: 'j' }));
    expect(await push()).toEqual({ status: 'sent', count: 1, sent: 1, snapshotId: snapshot.header.snapshot_id, restarted: null });
    expect(client.requests).toHaveLength(1);
    const [upload] = client.requests;
    expect(upload).toMatchObject({ url: LUMOS_UPLOAD_URL, type: 'POST', secure: true, contentType: 'application/json' });
    expect(upload!.headers).toEqual({ Authorization: 'Bearer {{setting.saas_token}}', 'Content-Type': 'application/json' });
    const body = JSON.parse(upload!.data!) as LumosUpload;
    expect(body.app_id).toBe('app-7');
    expect(body.accounts).toHaveLength(2501);
    expect(body.accounts.at(-1)).toMatchObject({ unique_identifier: '2501', status: 'SUSPENDED' });
    expect(outbox.load()).toMatchObject({ pending: null, history: [{ parts: 1, status: 'sent' }] });
  });

  it('leaves 429 and 5xx to the gateway, with the same whole body', async () => {
    const script = [failure(429, { 'retry-after': '1' }), failure(502)];
    const { client, push } = setup(largeSnapshot(10), (_o, i) => script[i] ?? json({}));
    expect(await push()).toMatchObject({ status: 'sent' });
    expect(client.requests).toHaveLength(3);
    expect(new Set(client.requests.map((r) => r.data)).size).toBe(1);
  });

  it('after a failure sends it whole again', async () => {
    let down = true;
    const { client, outbox, push } = setup(largeSnapshot(10), () => (down ? failure(503) : json({})));
    expect(await push()).toMatchObject({ status: 'failed', accepted: 0, count: 1, problem: { code: 'unreachable', failure: { service: 'Lumos' } } });
    expect(outbox.load().pending).toMatchObject({ accepted: [] });
    down = false;
    client.requests.length = 0;
    expect(await push()).toMatchObject({ status: 'sent' });
    expect((JSON.parse(client.requests[0]!.data!) as LumosUpload).accounts).toHaveLength(11);
  });

  it('a refused token is the token refused (401), as for every destination', async () => {
    const { push } = setup(largeSnapshot(1), () => failure(401, {}, { message: 'invalid key' }));
    expect(await push()).toMatchObject({ status: 'rejected', httpStatus: 401, problem: { code: 'token-refused' } });
  });
});

import { describe, expect, it } from 'vitest';
import { failure, FakeZafClient, json, type ScriptedAnswer } from '../test/fakeZafClient';
import { largeSnapshot, mixedSnapshot } from '../test/destinations';
import { makeSeat } from '../test/seats';
import { makeSnapshot, review } from '../test/snapshots';
import { memoryStore, Outbox } from '../snapshot/outbox';
import { fingerprint } from '../snapshot/diff';
import { pushSnapshot, type PushProgress } from '../snapshot/push';
import { ZendeskGateway } from '../zaf/gateway';
import type { ZafRequestOptions } from '../zaf/sdk';
import { destinationParts } from './parts';
import { withRoster, type DestinationSnapshot } from './roster';
import { TORII_MAX_FILE_BYTES, TORII_SYNC_URL, TORII_UPLOAD_URL } from './torii';

function setup(snapshot: DestinationSnapshot, answer: (o: ZafRequestOptions, i: number) => ScriptedAnswer) {
  const client = new FakeZafClient(answer);
  const gateway = new ZendeskGateway(client, { sleep: async () => undefined, random: () => 0.5 });
  const outbox = new Outbox(memoryStore(), 'k');
  outbox.begin(snapshot, fingerprint(snapshot.header.snapshot_id, []), destinationParts('torii', snapshot));
  const slept: number[] = [];
  const progress: PushProgress[] = [];
  const push = () =>
    pushSnapshot({
      gateway,
      endpoint: null,
      destination: 'torii',
      destinationId: '4242',
      snapshot,
      outbox,
      onProgress: (p) => progress.push(p),
      busyWaitsMs: [10, 20, 30],
      sleep: async (ms) => void slept.push(ms),
    });
  return { client, outbox, push, slept, progress };
}

/** Torii as its docs describe it: an upload answers the file's id, a sync takes it. */
const torii = (o: ZafRequestOptions): ScriptedAnswer => (o.url === TORII_UPLOAD_URL ? json({ id: 77 }) : json({ ok: true }));

/** The file inside a multipart body written as text. */
function fileIn(body: string): unknown {
  const part = body.split('filename="seat-review.json"\r\nContent-Type: application/json\r\n\r\n')[1] ?? '';
  return JSON.parse(part.slice(0, part.lastIndexOf('\r\n--')));
}

describe('pushing to Torii', () => {
  it('uploads the roster as one JSON file in a multipart form written as text, then syncs it into the app account', async () => {
    const snapshot = mixedSnapshot();
    const { client, outbox, push } = setup(snapshot, torii);
    expect(await push()).toEqual({ status: 'sent', count: 1, sent: 1, snapshotId: snapshot.header.snapshot_id, restarted: null });
    const [upload, sync, ...more] = client.requests;
    expect(more).toEqual([]);
    expect(upload).toMatchObject({ url: TORII_UPLOAD_URL, type: 'POST', secure: true });
    expect(upload!.contentType).toMatch(/^multipart\/form-data; boundary=seat-review-[A-Za-z0-9-]+$/);
    expect(upload!.headers).toEqual({ Authorization: 'Bearer {{setting.saas_token}}', 'Content-Type': upload!.contentType });
    expect(upload!.data).toContain('Content-Disposition: form-data; name="type"\r\n\r\ncustomIntegrationData\r\n');
    expect(fileIn(upload!.data!)).toMatchObject({
      users: [{ email: 'ada@example.com' }, {}, {}, {}, { externalStatus: 'suspended' }],
      licenses: [{ name: 'paid' }, { name: 'light' }],
    });
    expect(sync).toMatchObject({ url: TORII_SYNC_URL, type: 'PUT', secure: true, contentType: 'application/json' });
    expect(JSON.parse(sync!.data!)).toEqual({ idFile: 77, idAppAccount: 4242 });
    expect(outbox.load()).toMatchObject({ pending: null, lastPush: { result: 'sent', parts: 1 }, history: [{ parts: 1 }] });
  });

  it('refuses a file over 3 MB before sending anything, saying its size and the limit', async () => {
    const seats = Array.from({ length: 1600 }, (_, i) =>
      makeSeat({ id: i + 1, email: `a${i}@example.com`, name: `${'N'.repeat(1000)} ${'L'.repeat(1000)}` }),
    );
    const reviewed = review(seats);
    const snapshot = withRoster(makeSnapshot(seats, { reviewed }), reviewed, null);
    const { client, outbox, push } = setup(snapshot, torii);
    const result = await push();
    expect(result).toMatchObject({
      status: 'rejected',
      httpStatus: 413,
      problem: { code: 'file-too-large', destination: 'torii', limit: TORII_MAX_FILE_BYTES },
    });
    expect(result.status === 'rejected' && result.problem.code === 'file-too-large' && result.problem.bytes).toBeGreaterThan(TORII_MAX_FILE_BYTES);
    expect(client.requests).toHaveLength(0);
    expect(outbox.load().pending).toMatchObject({ rejected: true, error: { code: 'file-too-large' } });
  });

  it('waits while Torii runs another sync (409), then syncs the same file', async () => {
    let busy = 2;
    const { client, push, slept, progress } = setup(mixedSnapshot(), (o) =>
      o.url === TORII_SYNC_URL && busy-- > 0 ? failure(409, {}, { message: 'A sync is in progress' }) : torii(o),
    );
    expect(await push()).toMatchObject({ status: 'sent' });
    expect(slept).toEqual([10, 20]);
    expect(client.requests.map((r) => r.type)).toEqual(['POST', 'PUT', 'PUT', 'PUT']);
    expect(progress.filter((p) => p.syncBusy)).toHaveLength(2);
  });

  it('reports Torii still busy after every wait', async () => {
    const { push } = setup(mixedSnapshot(), (o) => (o.url === TORII_SYNC_URL ? failure(409) : torii(o)));
    expect(await push()).toMatchObject({ status: 'failed', problem: { code: 'sync-busy', destination: 'torii', tries: 4, waitedMs: 60 } });
  });

  it('after any failure does the whole thing again: upload and sync', async () => {
    let down = true;
    const { client, push } = setup(mixedSnapshot(), (o) => (down && o.url === TORII_SYNC_URL ? failure(503) : torii(o)));
    expect(await push()).toMatchObject({
      status: 'failed',
      accepted: 0,
      count: 1,
      problem: { code: 'unreachable', failure: { service: 'Torii', status: 503 } },
    });
    down = false;
    client.requests.length = 0;
    expect(await push()).toMatchObject({ status: 'sent' });
    expect(client.requests.map((r) => r.url)).toEqual([TORII_UPLOAD_URL, TORII_SYNC_URL]);
  });

  it('leaves 429 and 5xx on the upload to the gateway', async () => {
    const script = [failure(429, { 'retry-after': '1' }), failure(500)];
    let faults = 0;
    const { client, push } = setup(mixedSnapshot(), (o) => (o.url === TORII_UPLOAD_URL && faults < 2 ? script[faults++]! : torii(o)));
    expect(await push()).toMatchObject({ status: 'sent' });
    expect(client.requests.map((r) => r.type)).toEqual(['POST', 'POST', 'POST', 'PUT']);
  });

  it('an upload answer without a file id is reported; {file: {id}} is read too', async () => {
    const none = setup(mixedSnapshot(), (o) => (o.url === TORII_UPLOAD_URL ? json({ ok: true }) : json({})));
    expect(await none.push()).toMatchObject({ status: 'failed', problem: { code: 'unexpected-answer', destination: 'torii', step: 'upload-file' } });
    const nested = setup(mixedSnapshot(), (o) => (o.url === TORII_UPLOAD_URL ? json({ file: { id: 'f-9' } }) : json({})));
    expect(await nested.push()).toMatchObject({ status: 'sent' });
    expect(JSON.parse(nested.client.requests[1]!.data!)).toEqual({ idFile: 'f-9', idAppAccount: 4242 });
  });

  it('a large roster is still one file, one upload', async () => {
    const { client, push } = setup(largeSnapshot(2500), torii);
    expect(await push()).toMatchObject({ status: 'sent', count: 1 });
    expect(client.requests).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { failure, FakeZafClient, json, type ScriptedAnswer } from '../test/fakeZafClient';
import { ZendeskGateway } from '../zaf/gateway';
import type { ZafRequestOptions } from '../zaf/sdk';
import { fingerprint } from './diff';
import { memoryStore, Outbox } from './outbox';
import { checkEndpoint, pushSnapshot, type PushProgress } from './push';
import { makeSnapshot, review, roster, SNAPSHOT_ID } from './testing';

const ENDPOINT = 'https://saas.example.com/ingest/zendesk';

function setup(answer: (options: ZafRequestOptions, index: number) => ScriptedAnswer, users = 2500) {
  const client = new FakeZafClient(answer);
  const gateway = new ZendeskGateway(client, { sleep: async () => undefined, random: () => 0.5 });
  const store = memoryStore();
  const outbox = new Outbox(store, 'k');
  const seats = roster(users);
  const snapshot = makeSnapshot(seats);
  outbox.begin(snapshot, fingerprint(SNAPSHOT_ID, review(seats)));
  const progress: PushProgress[] = [];
  const push = () => pushSnapshot({ gateway, endpoint: ENDPOINT, snapshot, outbox, onProgress: (p) => progress.push(p) });
  return { client, outbox, store, snapshot, push, progress };
}

const partOf = (o: ZafRequestOptions) => (JSON.parse(o.data ?? '{}') as { part: { index: number } }).part.index;

describe('pushSnapshot', () => {
  it('posts every part through the secure proxy with the bearer placeholder and the Idempotency-Key', async () => {
    const { client, outbox, push, progress } = setup(() => json({ accepted: true }));
    expect(await push()).toEqual({ status: 'sent', count: 3, sent: 3 });
    expect(client.requests.map(partOf)).toEqual([1, 2, 3]);
    for (const r of client.requests) {
      expect(r).toMatchObject({ url: ENDPOINT, type: 'POST', secure: true, cors: false, contentType: 'application/json' });
      expect(r.headers).toEqual({ Authorization: 'Bearer {{setting.saas_token}}', 'Idempotency-Key': SNAPSHOT_ID, 'Content-Type': 'application/json' });
    }
    expect(progress.map((p) => p.index)).toEqual([1, 2, 3, 3]);
    expect(outbox.load()).toMatchObject({ pending: null, lastPush: { result: 'sent', parts: 3 } });
  });

  it('retries 429, 5xx and network errors with the same body and Idempotency-Key', async () => {
    const script = [failure(429, { 'retry-after': '1' }), failure(500), failure(0), json({})];
    const { client, push } = setup((_o, i) => (i < script.length ? script[i]! : json({})), 10);
    expect(await push()).toMatchObject({ status: 'sent', count: 1 });
    expect(client.requests).toHaveLength(4);
    expect(new Set(client.requests.map((r) => r.data)).size).toBe(1);
    expect(new Set(client.requests.map((r) => r.headers?.['Idempotency-Key']))).toEqual(new Set([SNAPSHOT_ID]));
  });

  it('keeps the snapshot pending when retries run out, then sends only the parts not yet accepted', async () => {
    let down = true;
    const { client, outbox, push } = setup((o) => (down && partOf(o) === 2 ? failure(503) : json({})));
    const result = await push();
    expect(result).toMatchObject({ status: 'failed', accepted: 1, count: 3, message: expect.stringMatching(/^SaaS Management had a server error \(503\) after 6 attempts/) });
    expect(outbox.load().pending).toMatchObject({ accepted: [1], rejected: false, error: expect.stringMatching(/503/) });
    down = false;
    client.requests.length = 0;
    expect(await push()).toEqual({ status: 'sent', count: 3, sent: 2 });
    expect(client.requests.map(partOf)).toEqual([2, 3]);
  });

  it('stops at a 4xx with the receiver’s message, without retrying', async () => {
    const { client, outbox, push } = setup(() =>
      failure(422, {}, { error: 'InvalidSnapshot', description: 'part 1: /users/0/email must be string' }),
    );
    const result = await push();
    expect(result).toMatchObject({ status: 'rejected', httpStatus: 422, accepted: 0 });
    expect(result.status === 'rejected' && result.message).toBe(
      'SaaS Management rejected the request (422): part 1: /users/0/email must be string',
    );
    expect(client.requests).toHaveLength(1);
    expect(outbox.load().pending).toMatchObject({ rejected: true });
    expect(outbox.load().lastPush).toMatchObject({ result: 'rejected' });
  });

  it('names the token setting on a 401', async () => {
    const { push } = setup(() => failure(401, {}, { error: 'Unauthorized', description: 'Invalid token' }));
    expect(await push()).toMatchObject({ status: 'rejected', message: expect.stringContaining('"saas_token"') });
  });

  it('checks the endpoint setting before sending anything', async () => {
    const { client, outbox, snapshot } = setup(() => json({}), 1);
    const gateway = new ZendeskGateway(client);
    const result = await pushSnapshot({ gateway, endpoint: 'http://saas.example.com/x', snapshot, outbox });
    expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining('"saas_endpoint"') });
    expect(client.requests).toHaveLength(0);
    expect(outbox.load().pending?.error).toMatch(/https/);
  });
});

describe('checkEndpoint', () => {
  it.each([
    [null, /^Set the app setting "saas_endpoint" \(SaaS Management endpoint URL\) to send snapshots\.$/],
    ['  ', /^Set the app setting "saas_endpoint"/],
    ['saas.example.com/ingest', /"saas_endpoint".*not a valid absolute URL/],
    ['http://saas.example.com/ingest', /"saas_endpoint".*must be an https:\/\/ address \(got "http:\/\/saas.example.com"\)/],
    ['ftp://saas.example.com/', /must be an https:\/\//],
    ['https://user:pw@saas.example.com/', /may not hold a user name or password/],
    ['https://{{setting.host}}/x', /may not contain placeholders/],
  ])('refuses %j', (value, message) => {
    const result = checkEndpoint(value);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it.each(['https://saas.example.com/ingest/zendesk', 'http://127.0.0.1:4402/ingest/zendesk', 'http://localhost:9/x'])('accepts %s', (value) => {
    expect(checkEndpoint(value)).toEqual({ ok: true, url: value });
  });
});

describe('checkEndpoint against the packaged domain whitelist', () => {
  it('refuses a host the package does not whitelist, naming the setting and the fix', () => {
    const checked = checkEndpoint('https://saas.other.example/ingest', ['saas.example.com']);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.message).toContain('"saas_endpoint"');
    expect(checked.message).toContain('"saas.other.example"');
    expect(checked.message).toContain('npm run package -- --saas-domain saas.other.example');
  });

  it('says so when the package whitelists no host at all', () => {
    const checked = checkEndpoint('https://saas.example.com/ingest', []);
    expect(checked.ok === false && checked.message).toContain('(no host)');
  });

  it.each([
    ['a whitelisted host', 'https://SaaS.example.com/ingest', ['saas.example.com']],
    ['any host in a development build (whitelist unknown)', 'https://saas.other.example/ingest', null],
    ['the local receiver', 'http://127.0.0.1:4402/ingest/zendesk', []],
  ] as const)('accepts %s', (_label, url, whitelist) => {
    expect(checkEndpoint(url, whitelist).ok).toBe(true);
  });

  it('does not send to a host outside the whitelist', async () => {
    const client = new FakeZafClient(() => json({}));
    const outbox = new Outbox(memoryStore(), 'k');
    const result = await pushSnapshot({
      gateway: new ZendeskGateway(client),
      endpoint: 'https://saas.other.example/ingest',
      whitelist: ['saas.example.com'],
      snapshot: makeSnapshot(roster(3)),
      outbox,
    });
    expect(result.status).toBe('failed');
    expect(client.requests).toHaveLength(0);
  });
});

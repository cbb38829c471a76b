import { describe, expect, it } from 'vitest';
import { failure, FakeZafClient, json, type ScriptedAnswer } from '../test/fakeZafClient';
import { ZendeskGateway } from '../zaf/gateway';
import type { ZafRequestOptions } from '../zaf/sdk';
import { MIN_USERS_PER_PART } from './build';
import { fingerprint } from './diff';
import { memoryStore, Outbox, type KeyValueStore } from './outbox';
import { checkEndpoint, pushSnapshot, splitPerPart, type EndpointProblem, type PushProgress } from './push';
import { makeSnapshot, review, roster, SNAPSHOT_ID, validator } from '../test/snapshots';
import { GatewayError } from '../zaf/errors';
import type { PushResult } from './push';
import { refusingStore } from '../test/fullStorage';

const ENDPOINT = 'https://saas.example.com/ingest/zendesk';
const OTHER = 'https://saas.other.example/ingest';

let ids = 0;
const newId = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;

type TestStore = KeyValueStore & { data: Map<string, string> };

function setup(answer: (options: ZafRequestOptions, index: number) => ScriptedAnswer, users = 2500, store: TestStore = memoryStore()) {
  const client = new FakeZafClient(answer);
  const gateway = new ZendeskGateway(client, { sleep: async () => undefined, random: () => 0.5 });
  const outbox = new Outbox(store, 'k');
  const seats = roster(users);
  const snapshot = makeSnapshot(seats);
  outbox.begin(snapshot, fingerprint(SNAPSHOT_ID, review(seats)));
  const progress: PushProgress[] = [];
  const push = (endpoint = ENDPOINT) => pushSnapshot({ gateway, endpoint, snapshot, outbox, newId, onProgress: (p) => progress.push(p) });
  return { client, outbox, store, snapshot, push, progress };
}

interface SentPart {
  snapshot_id: string;
  users: unknown[];
  part: { index: number; count: number };
}
const bodyOf = (o: ZafRequestOptions) => JSON.parse(o.data ?? '{}') as SentPart;
const partOf = (o: ZafRequestOptions) => bodyOf(o).part.index;
const everything = (store: ReturnType<typeof memoryStore>) => [...store.data.entries()].flat().join('\n');
/** The text a problem carries (a receiver's or the gateway's words), for masking checks. */
const carried = (result: PushResult) => (result.status === 'sent' ? '' : JSON.stringify(result.problem));

describe('pushSnapshot', () => {
  it('posts every part through the secure proxy with the bearer placeholder and the Idempotency-Key', async () => {
    const { client, outbox, push, progress } = setup(() => json({ accepted: true }));
    expect(await push()).toEqual({ status: 'sent', count: 3, sent: 3, snapshotId: SNAPSHOT_ID, restarted: null });
    expect(client.requests.map(partOf)).toEqual([1, 2, 3]);
    for (const r of client.requests) {
      expect(r).toMatchObject({ url: ENDPOINT, type: 'POST', secure: true, cors: false, contentType: 'application/json' });
      expect(r.headers).toEqual({
        Authorization: 'Bearer {{setting.saas_token}}',
        'Idempotency-Key': SNAPSHOT_ID,
        'Content-Type': 'application/json',
      });
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
    expect(result).toMatchObject({
      status: 'failed',
      accepted: 1,
      count: 3,
      problem: { code: 'unreachable', failure: { code: 'gateway', kind: 'server', status: 503, attempts: 6, service: 'SaaS Management' } },
    });
    expect(outbox.load().pending).toMatchObject({
      accepted: [1],
      rejected: false,
      error: { code: 'unreachable', failure: { kind: 'server', status: 503 } },
    });
    down = false;
    client.requests.length = 0;
    expect(await push()).toMatchObject({ status: 'sent', count: 3, sent: 2 });
    expect(client.requests.map(partOf)).toEqual([2, 3]);
  });

  it('stops at a 4xx with the receiver’s message, without retrying', async () => {
    const { client, outbox, push } = setup(() =>
      failure(422, {}, { error: 'InvalidSnapshot', description: 'part 1: /users/0/email must be string' }),
    );
    const result = await push();
    expect(result).toMatchObject({ status: 'rejected', httpStatus: 422, accepted: 0 });
    expect(result.status === 'rejected' && result.problem).toMatchObject({
      code: 'refused',
      failure: { code: 'gateway', kind: 'invalid', status: 422, service: 'SaaS Management', detail: 'part 1: /users/0/email must be string' },
    });
    expect(client.requests).toHaveLength(1);
    expect(outbox.load().pending).toMatchObject({ rejected: true });
    expect(outbox.load().lastPush).toMatchObject({ result: 'rejected' });
  });

  it('a 401 is the token refused, with the receiver’s own words (the UI names the token setting)', async () => {
    const { push } = setup(() => failure(401, {}, { error: 'Unauthorized', description: 'Token revoked' }));
    expect(await push()).toMatchObject({ status: 'rejected', httpStatus: 401, problem: { code: 'token-refused', detail: 'Token revoked' } });
  });

  it('a 401 carries the receiver’s own words from the error’s detail field, masked, never read out of its message', async () => {
    const detail = `Token revoked at ${ENDPOINT}: Bearer demo-secret-token`;
    const refused = new GatewayError(
      'SaaS Management refused the credentials (401): not read',
      'unauthenticated',
      401,
      ENDPOINT,
      1,
      null,
      'SaaS Management',
      detail,
    );
    const { outbox, snapshot } = setup(() => json({}), 10);
    const gateway = { request: () => Promise.reject(refused) };
    const result = await pushSnapshot({ gateway, endpoint: ENDPOINT, snapshot, outbox });
    expect(result.status !== 'sent' && result.problem).toEqual({
      code: 'token-refused',
      detail: 'Token revoked at the "saas_endpoint" URL: Bearer ***',
    });
    expect(JSON.stringify(outbox.load())).not.toContain('demo-secret-token');
  });

  it('checks the endpoint setting before sending anything', async () => {
    const { client, outbox, snapshot } = setup(() => json({}), 1);
    const gateway = new ZendeskGateway(client);
    const result = await pushSnapshot({ gateway, endpoint: 'http://saas.example.com/x', snapshot, outbox });
    expect(result).toMatchObject({
      status: 'failed',
      problem: { code: 'endpoint', endpoint: { code: 'not-https', protocol: 'http:', host: 'saas.example.com' } },
    });
    expect(client.requests).toHaveLength(0);
    // Kept without the setting's value.
    expect(outbox.load().pending?.error).toEqual({ code: 'endpoint', endpoint: { code: 'not-https', protocol: 'http:', host: '…' } });
  });
});

describe('one receiver for a whole snapshot', () => {
  it('sends every part again from part 1 to a new endpoint, and nothing more to the old one', async () => {
    let aDown = true;
    const { client, outbox, push } = setup((o) => (o.url === ENDPOINT && aDown && partOf(o) === 2 ? failure(503) : json({})));
    expect(await push(ENDPOINT)).toMatchObject({ status: 'failed', accepted: 1 });
    const atA = client.requests.length;
    aDown = false;
    // The admin points the setting at another receiver, then retries.
    const result = await push(OTHER);
    expect(result).toMatchObject({ status: 'sent', count: 3, sent: 3, restarted: { code: 'endpoint-changed', accepted_before: 1 } });
    const after = client.requests.slice(atA);
    expect(after.every((r) => r.url === OTHER)).toBe(true);
    expect(after.map(partOf)).toEqual([1, 2, 3]);
    expect(new Set(after.map((r) => bodyOf(r).snapshot_id))).toEqual(new Set([SNAPSHOT_ID]));
    expect(outbox.load().lastPush).toMatchObject({ result: 'sent', restarted: { code: 'endpoint-changed' } });
  });

  it('keeps going at the same endpoint without restarting', async () => {
    let down = true;
    const { client, outbox, push } = setup((o) => (down && partOf(o) === 3 ? failure(503) : json({})));
    await push();
    expect(outbox.load().pending).toMatchObject({ accepted: [1, 2], endpoint: expect.stringMatching(/^fnv1a64:[0-9a-f]{16}$/), restarted: null });
    down = false;
    client.requests.length = 0;
    expect(await push()).toMatchObject({ status: 'sent', sent: 1, restarted: null });
    expect(client.requests.map(partOf)).toEqual([3]);
  });

  it('keeps a fingerprint of the endpoint, never the endpoint', async () => {
    const { store, push } = setup(() => failure(503), 10);
    await push();
    expect(everything(store)).not.toContain('saas.example.com');
  });

  it('sends a pending snapshot kept by an older version (no endpoint recorded) whole, from part 1', async () => {
    const { client, outbox, push } = setup(() => json({}));
    outbox.markAccepted(SNAPSHOT_ID, 1);
    expect(outbox.load().pending?.endpoint).toBeNull();
    expect(await push()).toMatchObject({ status: 'sent', sent: 3, restarted: { code: 'endpoint-changed', accepted_before: 1 } });
    expect(client.requests.map(partOf)).toEqual([1, 2, 3]);
  });
});

describe('what a receiver says back', () => {
  const echo = 'Missing scope; you sent Authorization: Bearer demo-secret-token';

  it.each([
    ['a refusal (422) echoing the Authorization header', failure(422, {}, { error: 'Invalid', description: echo })],
    ['a 401 echoing it', failure(401, {}, { error: 'Unauthorized', description: echo })],
    [
      'a server error (500) with the token in a query string',
      failure(500, {}, { error: 'Oops', description: 'upstream https://x.example/?access_token=demo-secret-token failed' }),
    ],
    ['a 400 with the header as JSON', failure(400, {}, { errors: [{ title: 'Bad', detail: '{"authorization":"Bearer demo-secret-token"}' }] })],
  ])('masks credentials in %s, shown and stored', async (_label, answer) => {
    const { store, outbox, push } = setup(() => answer, 10);
    const result = await push();
    expect(carried(result)).toMatch(/\*\*\*/);
    expect(JSON.stringify(result)).not.toContain('demo-secret-token');
    expect(JSON.stringify(outbox.load())).not.toContain('demo-secret-token');
    expect(everything(store)).not.toContain('demo-secret-token');
  });

  it('does not keep the endpoint from a 404 message', async () => {
    const { store, push } = setup(() => failure(404), 10);
    const result = await push();
    expect(result).toMatchObject({ status: 'rejected', problem: { failure: { kind: 'not-found', url: 'the "saas_endpoint" URL' } } });
    expect(everything(store)).not.toContain('saas.example.com');
  });
});

describe('a part too large for the receiver (413)', () => {
  it('halves the parts for the whole snapshot, under a new id from part 1, when a part was accepted before', async () => {
    // Part 1 goes through; part 2 is refused as too large: the receiver holds part 1 of the old partition.
    const { client, outbox, store, push } = setup((o) => (bodyOf(o).snapshot_id === SNAPSHOT_ID && partOf(o) === 2 ? failure(413) : json({})));
    const result = await push();
    expect(result).toMatchObject({ status: 'sent', count: 5, sent: 6, restarted: { code: 'split', per_part: 500, previous_id: SNAPSHOT_ID } });
    const sent = client.requests.map(bodyOf);
    const old = sent.filter((p) => p.snapshot_id === SNAPSHOT_ID);
    const fresh = sent.filter((p) => p.snapshot_id !== SNAPSHOT_ID);
    expect(old.map((p) => [p.part.index, p.part.count])).toEqual([
      [1, 3],
      [2, 3],
    ]);
    expect(fresh.map((p) => [p.part.index, p.part.count, p.users.length])).toEqual([1, 2, 3, 4, 5].map((i) => [i, 5, 500]));
    expect(new Set(fresh.map((p) => p.snapshot_id)).size).toBe(1);
    // The new id is also the Idempotency-Key, and every part is valid.
    const newKey = fresh[0]!.snapshot_id;
    expect(client.requests.filter((r) => r.headers?.['Idempotency-Key'] === newKey)).toHaveLength(5);
    const validate = validator();
    for (const p of fresh) expect(validate(p)).toEqual([]);
    expect(outbox.load()).toMatchObject({ pending: null, lastPush: { snapshot_id: newKey, parts: 5, result: 'sent' } });
    expect(outbox.load().history[0]).toMatchObject({ snapshot_id: newKey, parts: 5, status: 'sent' });
    expect(store.data.has('k:pending')).toBe(false);
  });

  it('keeps the split for later attempts: a retry goes on with the smaller parts and the new id', async () => {
    let down = true;
    const { client, outbox, push, snapshot } = setup((o) => {
      const body = bodyOf(o);
      if (body.users.length > 400) return failure(413);
      return down && body.part.index === 3 ? failure(503) : json({});
    });
    expect(await push()).toMatchObject({ status: 'failed', accepted: 2, count: 10 });
    const pending = outbox.load().pending!;
    expect(pending).toMatchObject({ per_part: 250, count: 10, accepted: [1, 2] });
    expect(pending.snapshot_id).not.toBe(SNAPSHOT_ID);
    expect(outbox.pendingSnapshot()?.header.snapshot_id).toBe(pending.snapshot_id);
    down = false;
    client.requests.length = 0;
    const retried = outbox.pendingSnapshot()!;
    expect(retried.users).toEqual(snapshot.users);
    const result = await pushSnapshot({
      gateway: new ZendeskGateway(client, { sleep: async () => undefined }),
      endpoint: ENDPOINT,
      snapshot: retried,
      outbox,
      newId,
    });
    expect(result).toMatchObject({ status: 'sent', count: 10, sent: 8 });
    expect(client.requests.map(partOf)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(client.requests.map((r) => bodyOf(r).snapshot_id))).toEqual(new Set([pending.snapshot_id]));
  });

  it('gives up at the floor with a clear message, after a bounded number of tries', async () => {
    const { client, outbox, push } = setup(() => failure(413));
    const result = await push();
    expect(result).toMatchObject({ status: 'rejected', httpStatus: 413, accepted: 0 });
    expect(result.status !== 'sent' && result.problem).toEqual({ code: 'too-large', users: MIN_USERS_PER_PART, minUsers: MIN_USERS_PER_PART });
    expect(client.requests.map((r) => bodyOf(r).users.length)).toEqual([1000, 500, 250, 125, 63, 50]);
    expect(outbox.load().pending).toMatchObject({ rejected: true, per_part: 50 });
  });

  it('splits only what can get smaller', () => {
    expect(splitPerPart(1000, 1000)).toBe(500);
    expect(splitPerPart(1000, 300)).toBe(150);
    expect(splitPerPart(63, 63)).toBe(50);
    expect(splitPerPart(50, 50)).toBeNull();
    expect(splitPerPart(1000, 0)).toBeNull();
  });
});

describe('a browser that cannot keep the outbox', () => {
  it('finishes the push when the progress cannot be written, and says so', async () => {
    let full = false;
    const store = refusingStore((key) => full && key.endsWith(':state'));
    const { client, outbox, push } = setup(() => json({}), 2500, store);
    full = true;
    expect(await push()).toMatchObject({ status: 'sent', count: 3, sent: 3 });
    expect(client.requests.map(partOf)).toEqual([1, 2, 3]);
    expect(outbox.keeping().state).toBe(false);
    expect(outbox.load()).toMatchObject({ pending: null, lastPush: { result: 'sent' } });
    // Nothing left behind that the browser's state does not account for.
    expect(store.data.has('k:pending')).toBe(false);
    expect(store.data.has('k:state')).toBe(false);
  });

  it('sends a snapshot the browser had no room for, and remembers it was not kept', async () => {
    const store = refusingStore((key) => key.endsWith(':pending'));
    const { outbox, push } = setup(() => json({}), 2500, store);
    expect(outbox.load().pending).toMatchObject({ stored: false });
    expect(outbox.keeping().notKept).toBe(SNAPSHOT_ID);
    expect(await push()).toMatchObject({ status: 'sent' });
    expect([...store.data.keys()]).toEqual(['k:state']);
  });

  it('keeps one copy of the snapshot, never one per part', async () => {
    const { store, snapshot, push } = setup((o) => (partOf(o) === 3 ? failure(503) : json({})));
    await push();
    expect([...store.data.keys()].sort()).toEqual(['k:pending', 'k:state']);
    const all = everything(store);
    for (const user of [snapshot.users[0]!, snapshot.users[1500]!, snapshot.users[2499]!]) {
      expect(all.split(`"${user.email}"`).length - 1).toBe(1);
    }
    expect(all).not.toContain('"part":');
  });
});

describe('checkEndpoint', () => {
  it.each<[string | null, EndpointProblem]>([
    [null, { code: 'missing' }],
    ['  ', { code: 'missing' }],
    ['saas.example.com/ingest', { code: 'not-a-url', value: 'saas.example.com/ingest' }],
    ['http://saas.example.com/ingest', { code: 'not-https', protocol: 'http:', host: 'saas.example.com' }],
    ['ftp://saas.example.com/', { code: 'not-https', protocol: 'ftp:', host: 'saas.example.com' }],
    ['https://user:pw@saas.example.com/', { code: 'credentials-in-url' }],
    ['https://{{setting.host}}/x', { code: 'placeholder', value: 'https://{{setting.host}}/x' }],
  ])('refuses %j', (value, problem) => {
    expect(checkEndpoint(value)).toEqual({ ok: false, problem });
  });

  it.each(['https://saas.example.com/ingest/zendesk', 'http://127.0.0.1:4402/ingest/zendesk', 'http://localhost:9/x'])('accepts %s', (value) => {
    expect(checkEndpoint(value)).toEqual({ ok: true, url: value });
  });
});

describe('checkEndpoint against the packaged domain whitelist', () => {
  it('refuses a host the package does not whitelist, naming the setting and the fix', () => {
    expect(checkEndpoint('https://saas.other.example/ingest', ['saas.example.com'])).toEqual({
      ok: false,
      problem: { code: 'host-not-whitelisted', host: 'saas.other.example', whitelist: ['saas.example.com'] },
    });
  });

  it('says so when the package whitelists no host at all', () => {
    expect(checkEndpoint('https://saas.example.com/ingest', [])).toEqual({
      ok: false,
      problem: { code: 'host-not-whitelisted', host: 'saas.example.com', whitelist: [] },
    });
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

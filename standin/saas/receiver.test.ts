import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { snapshotParts } from '../../src/snapshot/build';
import { makeSnapshot, roster, SNAPSHOT_ID } from '../../src/test/snapshots';
import { startSaasReceiver, type SaasReceiver } from './receiver';

let receiver: SaasReceiver;
let token = 'demo-secret-token';
const parts = snapshotParts(makeSnapshot(roster(2500)));

beforeAll(async () => {
  receiver = await startSaasReceiver({ token: () => token });
});
afterAll(() => receiver.close());
beforeEach(() => {
  receiver.reset();
  token = 'demo-secret-token';
});

function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(receiver.ingestUrl, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': SNAPSHOT_ID, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function control(method: string, path: string, body?: unknown) {
  const res = await fetch(`${receiver.url}${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('SaaS Management receiver', () => {
  it('accepts valid parts and records them once, a repeat answering duplicate', async () => {
    for (const part of parts) expect(await (await post(part)).json()).toMatchObject({ accepted: true, duplicate: false, part: part.part });
    const again = await post(parts[1]);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ accepted: true, duplicate: true });
    expect(receiver.accepted().map((p) => [p.index, p.user_ids.length])).toEqual([
      [1, 1000],
      [2, 1000],
      [3, 500],
    ]);
    const listed = await control('GET', '/__saas/accepted');
    expect((listed.body.parts as unknown[]).length).toBe(3);
    expect((listed.body.requests as { duplicate: boolean }[]).map((r) => r.duplicate)).toEqual([false, false, false, true]);
    expect(await control('DELETE', '/__saas/accepted')).toMatchObject({ status: 200 });
    expect(receiver.accepted()).toEqual([]);
  });

  it('refuses a missing or wrong bearer token with 401', async () => {
    expect((await post(parts[0], { authorization: '' })).status).toBe(401);
    const wrong = await post(parts[0], { authorization: 'Bearer {{setting.saas_token}}' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: 'Unauthorized' });
    token = 'rotated';
    expect((await post(parts[0])).status).toBe(200);
    expect(receiver.accepted()).toHaveLength(1);
  });

  it('validates each part against the schema and its own rules (422 with a message)', async () => {
    const bad = await post({ ...parts[0], users: [{ ...parts[0]!.users[0], email: 7 }] });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { description: string }).description).toMatch(
      /^The snapshot does not match zendesk-seat-snapshot\/1\.2: \/users\/0\/email must be string/,
    );
    expect((await post(parts[0], { 'idempotency-key': 'other' })).status).toBe(422);
    expect((await post(parts[0], { 'idempotency-key': '' })).status).toBe(400);
    expect((await post('{oops')).status).toBe(400);
    expect((await post(parts[0], { 'content-type': 'text/plain' })).status).toBe(415);
    const tooMany = makeSnapshot(roster(1001));
    expect((await post({ ...snapshotParts(tooMany, 2000)[0] })).status).toBe(422);
    expect((await post(parts[0])).status).toBe(200);
    expect((await post({ ...parts[1], part: { index: 2, count: 4 } })).status).toBe(409);
    expect(receiver.accepted()).toHaveLength(1);
  });

  it('fails the next requests as told: 429 with Retry-After, 500, drop, slow, drop after accepting', async () => {
    const queued = await control('POST', '/__saas/faults', {
      next: [{ status: 429, retryAfter: 1 }, { status: 500 }, { drop: true }, { slowMs: 150 }, { drop: true, afterAccept: true }],
    });
    expect((queued.body.next as unknown[]).length).toBe(5);
    const limited = await post(parts[0]);
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '1']);
    expect((await post(parts[0])).status).toBe(500);
    await expect(post(parts[0])).rejects.toThrow();
    expect(receiver.accepted()).toHaveLength(0);
    const started = Date.now();
    expect((await post(parts[0])).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await expect(post(parts[1])).rejects.toThrow();
    expect(receiver.accepted().map((p) => p.index)).toEqual([1, 2]);
    expect(await (await post(parts[1])).json()).toMatchObject({ duplicate: true });
    expect(receiver.log().map((r) => r.status)).toEqual([429, 500, 'dropped', 200, 'dropped', 200]);
  });

  it('refuses malformed fault lists and unknown routes', async () => {
    expect((await control('POST', '/__saas/faults', { next: [{ nope: 1 }] })).status).toBe(400);
    expect((await control('GET', '/nowhere')).status).toBe(404);
    expect((await fetch(receiver.ingestUrl)).status).toBe(405);
    await control('POST', '/__saas/faults', { next: [{ status: 503 }] });
    expect(await control('DELETE', '/__saas/faults')).toMatchObject({ status: 200 });
    expect((await control('GET', '/__saas/faults')).body).toEqual({ next: [], tooLargeOver: null });
  });

  it('echoes the Authorization header it received in an injected error, when told to', async () => {
    await control('POST', '/__saas/faults', {
      next: [{ status: 500, echoAuthorization: true }, { status: 401, description: 'Token rejected', echoAuthorization: true }, { status: 500 }],
    });
    const first = await post(parts[0]);
    expect(first.status).toBe(500);
    expect(await first.json()).toEqual({
      error: 'InjectedFault',
      description: 'Injected fault 500. Request headers: Authorization: Bearer demo-secret-token',
    });
    const second = await post(parts[0]);
    expect(second.status).toBe(401);
    expect(await second.json()).toEqual({
      error: 'InjectedFault',
      description: 'Token rejected. Request headers: Authorization: Bearer demo-secret-token',
    });
    expect(((await (await post(parts[0])).json()) as { description: string }).description).toBe('Injected fault 500'); // no echo unless asked
    expect((await control('POST', '/__saas/faults', { next: [{ status: 500, echoAuthorization: 'yes' }] })).status).toBe(400);
    expect(receiver.log().map((r) => [r.status, r.fault])).toEqual([
      [500, true],
      [401, true],
      [500, true],
    ]);
  });

  it('answers 413 to every part with more than tooLargeOver users until the limit is lifted', async () => {
    const set = await control('POST', '/__saas/faults', { tooLargeOver: 600 });
    expect(set).toEqual({ status: 200, body: { next: [], tooLargeOver: 600 } });
    for (let i = 0; i < 2; i++) {
      const refused = await post(parts[0]); // 1000 users
      expect(refused.status).toBe(413);
      expect(await refused.json()).toEqual({
        error: 'PayloadTooLarge',
        description: 'The part has 1000 users; this endpoint takes at most 600 a part.',
      });
    }
    expect(receiver.accepted()).toEqual([]);
    expect(receiver.log().map((r) => [r.status, r.fault, r.snapshot_id, r.index])).toEqual([
      [413, true, SNAPSHOT_ID, 1],
      [413, true, SNAPSHOT_ID, 1],
    ]);
    // Split small enough, every part gets through (600 users exactly is not too large).
    const small = snapshotParts(makeSnapshot(roster(2500)), 600);
    for (const part of small) expect((await post(part)).status).toBe(200);
    expect(receiver.accepted().map((p) => p.user_ids.length)).toEqual([600, 600, 600, 600, 100]);
    expect((await control('GET', '/__saas/faults')).body).toEqual({ next: [], tooLargeOver: 600 });
    await control('POST', '/__saas/faults', { tooLargeOver: null });
    receiver.reset();
    expect((await post(parts[0])).status).toBe(200);
    receiver.setTooLargeOver(10);
    expect((await post(parts[1])).status).toBe(413);
    await control('DELETE', '/__saas/faults');
    expect((await post(parts[1])).status).toBe(200);
  });

  it('checks tooLargeOver after the token and takes queued faults first', async () => {
    receiver.setTooLargeOver(1);
    expect((await post(parts[0], { authorization: 'Bearer wrong' })).status).toBe(401);
    await control('POST', '/__saas/faults', { next: [{ status: 503 }] });
    expect((await post(parts[0])).status).toBe(503);
    expect((await post(parts[0])).status).toBe(413);
  });

  it.each([[{ tooLargeOver: -1 }], [{ tooLargeOver: 2.5 }], [{ tooLargeOver: '600' }], [{}], [{ next: [], tooLarge: 3 }], [[1]]])(
    'refuses the fault body %j',
    async (body) => {
      const res = await control('POST', '/__saas/faults', body);
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('InvalidFaults');
    },
  );

  it('serves a second endpoint with its own parts, de-duplication and part counts', async () => {
    expect(receiver.otherIngestUrl).toBe(`${receiver.url}/ingest/other`);
    const to = (url: string, body: unknown) =>
      fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': SNAPSHOT_ID },
        body: JSON.stringify(body),
      });
    expect((await to(receiver.ingestUrl, parts[0])).status).toBe(200);
    const other = await to(receiver.otherIngestUrl, parts[0]);
    expect(await other.json()).toMatchObject({ accepted: true, duplicate: false }); // not a duplicate of the first endpoint's
    expect(await (await to(receiver.otherIngestUrl, parts[0])).json()).toMatchObject({ duplicate: true });
    // The same snapshot announced with another part count is a conflict only on the endpoint that saw it.
    const recut = snapshotParts(makeSnapshot(roster(2500)), 500);
    expect((await to(receiver.ingestUrl, recut[1])).status).toBe(409);
    receiver.reset();
    expect((await to(receiver.otherIngestUrl, recut[1])).status).toBe(200);
    expect((await to(receiver.ingestUrl, parts[1])).status).toBe(200);
    expect(receiver.accepted().map((p) => [p.endpoint, p.index, p.count])).toEqual([
      ['/ingest/other', 2, 5],
      ['/ingest/zendesk', 2, 3],
    ]);
    expect(receiver.log().map((r) => [r.endpoint, r.status])).toEqual([
      ['/ingest/other', 200],
      ['/ingest/zendesk', 200],
    ]);
    const listed = await control('GET', '/__saas/accepted');
    expect((listed.body.parts as { endpoint: string }[]).map((p) => p.endpoint)).toEqual(['/ingest/other', '/ingest/zendesk']);
    expect((await fetch(receiver.otherIngestUrl)).status).toBe(405);
  });
});

describe('SaaS receiver: faults and routing for the platforms', () => {
  const INSTANCE = '65f0c2a1b3d4e5f601234567';
  let platforms: SaasReceiver;
  const key = 'lsk_platform_key';

  beforeAll(async () => {
    platforms = await startSaasReceiver({ token: () => key, knownIds: () => [INSTANCE, '7301', '48213'], toriiSyncMs: 50 });
  });
  afterAll(() => platforms.close());
  beforeEach(() => platforms.reset());

  const syncs = `/v2/integrations-sync/instances/${INSTANCE}/syncs`;
  const zluri = (path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${platforms.url}${path}`, {
      method: 'POST',
      headers: { 'api-key': key, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const lumos = () =>
    fetch(`${platforms.url}/accounts/upload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ app_id: '7301', accounts: [] }),
    });
  const page = { entity: 'users', page: 1, data: [{ email: 'a@example.com' }] };

  it('applies queued faults to every platform, in order, with Retry-After', async () => {
    platforms.queueFaults([{ status: 429, retryAfter: 2 }, { status: 500 }]);
    const limited = await zluri(syncs);
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '2']);
    expect((await lumos()).status).toBe(500);
    expect((await lumos()).status).toBe(200);
    expect(platforms.log().map((r) => [r.platform, r.status, r.fault])).toEqual([
      ['zluri', 429, true],
      ['lumos', 500, true],
      ['lumos', 200, false],
    ]);
    expect(platforms.zluri().syncs).toEqual([]);
  });

  it('keeps a fault with a path for the first request whose path contains it; others pass', async () => {
    await fetch(`${platforms.url}/__saas/faults`, { method: 'POST', body: JSON.stringify({ next: [{ status: 503, path: '/data/snapshots' }] }) });
    const created = await zluri(syncs);
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await zluri(`${syncs}/${id}/data/snapshots`, page)).status).toBe(503);
    expect((await zluri(`${syncs}/${id}/data/snapshots`, page)).status).toBe(200);
    expect((await fetch(`${platforms.url}/__saas/faults`).then((r) => r.json())) as unknown).toEqual({ next: [], tooLargeOver: null });
  });

  it('drops after doing the work when told (afterAccept): a re-sent page then overwrites', async () => {
    const { id } = (await (await zluri(syncs)).json()) as { id: string };
    platforms.queueFaults([{ drop: true, afterAccept: true, path: '/data/snapshots' }]);
    await expect(zluri(`${syncs}/${id}/data/snapshots`, page)).rejects.toThrow();
    expect(platforms.zluri().syncs[0]?.pages).toEqual([{ page: 1, count: 1, uploads: 1 }]);
    expect(await (await zluri(`${syncs}/${id}/data/snapshots`, page)).json()).toMatchObject({ overwritten: true });
    platforms.queueFaults([{ drop: true, method: 'POST', path: '/finish' }]);
    await expect(zluri(`${syncs}/${id}/finish`)).rejects.toThrow();
    expect(platforms.zluri().syncs[0]?.status).toBe('running'); // dropped before the work
    expect(platforms.log().map((r) => r.status)).toEqual([201, 'dropped', 200, 'dropped']);
  });

  it("echoes the platform's own token header when asked, and slows answers", async () => {
    platforms.queueFaults([{ status: 500, echoAuthorization: true }, { slowMs: 120 }]);
    expect(await (await zluri(syncs)).json()).toEqual({
      error: 'InjectedFault',
      description: `Injected fault 500. Request headers: api-key: ${key}`,
    });
    const started = Date.now();
    expect((await lumos()).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('routes a forwarded vendor host to that platform only; control routes are not reachable that way', async () => {
    const forwarded = (host: string, path: string) =>
      fetch(`${platforms.url}${path}`, {
        method: 'POST',
        headers: { 'x-forwarded-host': host, 'api-key': key, authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ app_id: '7301', accounts: [] }),
      });
    expect((await forwarded('api-ext.zluri.com', syncs)).status).toBe(201);
    expect((await forwarded('API.LUMOS.COM', '/accounts/upload')).status).toBe(200);
    expect((await forwarded('api-ext.zluri.com', '/accounts/upload')).status).toBe(404);
    expect((await forwarded('api.toriihq.com', '/ingest/zendesk')).status).toBe(404);
    expect((await forwarded('api.lumos.com', '/__saas/faults')).status).toBe(404);
    expect((await forwarded('evil.example.com', syncs)).status).toBe(404);
    expect(platforms.lumos().apps).toHaveLength(1);
  });

  it.each([[{ status: 500, path: '' }], [{ status: 500, method: 'get' }], [{ drop: true, path: 3 }]])('refuses the fault %j', async (fault) => {
    const res = await fetch(`${platforms.url}/__saas/faults`, { method: 'POST', body: JSON.stringify({ next: [fault] }) });
    expect(res.status).toBe(400);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSaasReceiver, type SaasReceiver } from './receiver';
import type { ZluriUser } from './zluri';

const INSTANCE = '65f0c2a1b3d4e5f601234567';
let receiver: SaasReceiver;
let token = 'zluri-key';
let known = [INSTANCE];

beforeAll(async () => {
  receiver = await startSaasReceiver({ token: () => token, knownIds: () => known });
});
afterAll(() => receiver.close());
beforeEach(() => {
  receiver.reset();
  token = 'zluri-key';
  known = [INSTANCE];
});

const base = (instance = INSTANCE) => `/v2/integrations-sync/instances/${instance}/syncs`;
const users = (n: number, from = 0): ZluriUser[] =>
  Array.from({ length: n }, (_, i) => ({
    email: `agent${from + i}@example.com`,
    name: `Agent ${from + i}`,
    role: 'agent',
    license: ['Agent seat'],
    last_used: '2026-02-01T10:00:00Z',
    status: 'active',
  }));

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${receiver.url}${path}`, {
    method,
    headers: { 'api-key': token, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as Record<string, unknown> };
}

async function startSync(instance = INSTANCE): Promise<string> {
  const created = await call('POST', base(instance));
  expect(created.status).toBe(201);
  return created.body.id as string;
}

const page = (syncId: string, n: number, data: unknown[], extra: Record<string, unknown> = {}) =>
  call('POST', `${base()}/${syncId}/data/snapshots`, { entity: 'users', page: n, data, ...extra });

describe('Zluri fake', () => {
  it('runs the every-time sync: create, pages, finish; users visible only once finished', async () => {
    const created = await call('POST', base());
    expect(created.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      instance_id: INSTANCE,
      status: 'running',
      created_at: expect.any(String),
      finished_at: null,
    });
    const id = created.body.id as string;
    expect((await page(id, 1, users(1000))).body).toMatchObject({ page: 1, count: 1000, overwritten: false });
    expect((await page(id, 2, users(500, 1000))).status).toBe(200);
    expect(receiver.zluri().instances).toEqual([{ instance_id: INSTANCE, users: [], sync_id: null, synced_at: null, running: id }]);
    expect((await call('GET', `${base()}/${id}`)).body).toMatchObject({ id, status: 'running', finished_at: null });
    const finished = await call('POST', `${base()}/${id}/finish`);
    expect(finished.body).toMatchObject({ id, status: 'finished', finished_at: expect.any(String) });
    const [instance] = receiver.zluri().instances;
    expect(instance).toMatchObject({ instance_id: INSTANCE, sync_id: id, running: null });
    expect(instance?.users).toHaveLength(1500);
    expect(instance?.users[1000]?.email).toBe('agent1000@example.com');
    expect((await call('GET', `${base()}/${id}`)).body).toMatchObject({ status: 'finished' });
  });

  it('allows one running sync per instance (409), and a new one once it is finished', async () => {
    const first = await startSync();
    const second = await call('POST', base());
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ error: 'SyncInProgress', description: expect.stringContaining(first) });
    await call('POST', `${base()}/${first}/finish`);
    expect(await startSync()).not.toBe(first);
  });

  it('overwrites a re-sent page and counts it', async () => {
    const id = await startSync();
    await page(id, 1, users(3));
    const again = await page(id, 1, users(2, 10));
    expect(again.body).toMatchObject({ overwritten: true, count: 2 });
    await call('POST', `${base()}/${id}/finish`);
    const state = receiver.zluri();
    expect(state.instances[0]?.users.map((u) => u.email)).toEqual(['agent10@example.com', 'agent11@example.com']);
    expect(state).toMatchObject({ page_uploads: 2, overwrites: 1 });
    expect(state.syncs[0]).toMatchObject({ pages: [{ page: 1, count: 2, uploads: 2 }], users: 2, uploads: 2, overwrites: 1 });
  });

  it('keeps a finished sync immutable: no more pages, no second finish (409)', async () => {
    const id = await startSync();
    await page(id, 1, users(2));
    await call('POST', `${base()}/${id}/finish`);
    expect((await page(id, 2, users(1))).status).toBe(409);
    expect((await call('POST', `${base()}/${id}/finish`)).body).toMatchObject({ error: 'SyncNotRunning' });
    expect(receiver.zluri().instances[0]?.users).toHaveLength(2);
  });

  it('replaces what the instance shows with the latest finished sync', async () => {
    const first = await startSync();
    await page(first, 1, users(5));
    await call('POST', `${base()}/${first}/finish`);
    const second = await startSync();
    await page(second, 1, users(2, 100));
    expect(receiver.zluri().instances[0]?.users).toHaveLength(5); // not until finished
    await call('POST', `${base()}/${second}/finish`);
    expect(receiver.zluri().instances[0]?.users.map((u) => u.email)).toEqual(['agent100@example.com', 'agent101@example.com']);
  });

  it('answers a failed or forgotten sync as Zluri would: 409 for data, 404 when gone', async () => {
    const id = await startSync();
    expect(receiver.zluriFailSync(id)).toBe(true);
    expect((await call('GET', `${base()}/${id}`)).body).toMatchObject({ status: 'failed' });
    expect((await page(id, 1, users(1))).status).toBe(409);
    const next = await startSync(); // a failed sync is not running
    expect((await fetch(`${receiver.url}/__saas/zluri/syncs/${next}`, { method: 'DELETE' })).status).toBe(200);
    expect((await call('GET', `${base()}/${next}`)).status).toBe(404);
    expect((await page(next, 1, users(1))).status).toBe(404);
    expect((await fetch(`${receiver.url}/__saas/zluri/syncs/${next}/fail`, { method: 'POST' })).status).toBe(404);
    expect(receiver.zluriForgetSync(id)).toBe(true);
  });

  it('wants the api-key header with the installation token (401), not a bearer token', async () => {
    expect((await call('POST', base(), undefined, { 'api-key': 'wrong' })).status).toBe(401);
    const bearer = await fetch(`${receiver.url}${base()}`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(bearer.status).toBe(401);
    token = '';
    expect((await call('POST', base(), undefined, { 'api-key': '' })).status).toBe(401);
    expect(receiver.zluri().syncs).toEqual([]);
  });

  it('knows only the installation instance (404) and only its own routes', async () => {
    expect((await call('POST', base('000000000000000000000000'))).body).toMatchObject({ error: 'InstanceNotFound' });
    const id = await startSync();
    known = ['another'];
    expect((await call('GET', `${base()}/${id}`)).status).toBe(404);
    known = [INSTANCE];
    expect((await call('POST', `/v2/integrations-sync/instances/${INSTANCE}/elsewhere`)).status).toBe(404);
    expect((await call('GET', base())).status).toBe(405);
    expect((await call('DELETE', `${base()}/${id}`)).status).toBe(405);
  });

  it.each([
    ['entity other than users', { entity: 'apps', page: 1, data: [] }, /entity "apps"/],
    ['page 0', { entity: 'users', page: 0, data: [] }, /page must be a whole number >= 1/],
    ['page 1.5', { entity: 'users', page: 1.5, data: [] }, /page must be/],
    ['data not a list', { entity: 'users', page: 1, data: {} }, /data must be a list/],
    ['more than 1000 records', { entity: 'users', page: 1, data: users(1001) }, /1001 records; at most 1000/],
    ['a missing email', { entity: 'users', page: 1, data: [{ name: 'X' }] }, /data\[0\]\.email is required/],
    ['a bad email', { entity: 'users', page: 1, data: [{ email: 'nobody' }] }, /data\[0\]\.email must be an email/],
    ['a bad status', { entity: 'users', page: 1, data: [{ email: 'a@x.io', status: 'idle' }] }, /status must be one of active, inactive, suspended/],
    ['an unknown field', { entity: 'users', page: 1, data: [{ email: 'a@x.io', idle: true }] }, /data\[0\]\.idle is not a known field/],
    [
      'a bad last_used',
      { entity: 'users', page: 1, data: [{ email: 'a@x.io', last_used: 'yesterday' }] },
      /last_used must be an ISO 8601 date or null/,
    ],
    ['a licence not a list', { entity: 'users', page: 1, data: [{ email: 'a@x.io', license: 'Agent' }] }, /license must be a list of strings/],
    ['an email twice', { entity: 'users', page: 1, data: [{ email: 'a@x.io' }, { email: 'A@x.io' }] }, /a@x\.io appears twice/],
    ['a missing page', { entity: 'users', data: [] }, /body\.page is required/],
    ['an unknown body field', { entity: 'users', page: 1, data: [], total: 3 }, /body\.total is not a known field/],
  ])('refuses a page with %s (422) and keeps nothing', async (_name, body, message) => {
    const id = await startSync();
    const res = await call('POST', `${base()}/${id}/data/snapshots`, body);
    expect(res.status).toBe(422);
    expect(res.body.description).toMatch(message);
    expect(receiver.zluri().page_uploads).toBe(0);
  });

  it('accepts null last_used and records without optional fields; refuses non-JSON (415, 400)', async () => {
    const id = await startSync();
    expect((await page(id, 1, [{ email: 'a@x.io', last_used: null }, { email: 'b@x.io' }])).status).toBe(200);
    expect((await call('POST', `${base()}/${id}/data/snapshots`, '{oops')).status).toBe(400);
    expect((await call('POST', `${base()}/${id}/data/snapshots`, '{}', { 'content-type': 'text/plain' })).status).toBe(415);
  });

  it('is listed and cleared by GET / DELETE /__saas/zluri', async () => {
    const id = await startSync();
    await page(id, 1, users(1));
    const listed = (await (await fetch(`${receiver.url}/__saas/zluri`)).json()) as { syncs: { id: string }[]; page_uploads: number };
    expect(listed).toMatchObject({ syncs: [{ id }], page_uploads: 1 });
    expect((await fetch(`${receiver.url}/__saas/zluri`, { method: 'DELETE' })).status).toBe(200);
    expect(receiver.zluri()).toEqual({ instances: [], syncs: [], page_uploads: 0, overwrites: 0 });
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ZendeskUserWire } from '../../src/zendesk/types';
import { JobQueue, type JobResult } from './jobs';
import type { LoggedRequest } from './requestLog';
import { startTestServer, type TestServer } from './testServer';

type Json = Record<string, unknown>;
interface JobBody {
  job_status: {
    id: string;
    url: string;
    status: string;
    total: number;
    progress: number | null;
    message: string | null;
    results: JobResult[] | null;
  };
}

describe('JobQueue on a clock', () => {
  it('is queued, then works through its users one turn each, then completes; changes happen on their turn', () => {
    let now = 1_000_000;
    const queue = new JobQueue(() => now);
    queue.settings = { inFlightLimit: 30, queuedMs: 200, msPerUser: 10 };
    const made: [number, number][] = [];
    const created = queue.create(
      4,
      (id) => `https://acme.zendesk.com/api/v2/job_statuses/${id}.json`,
      (index, at) => {
        made.push([index, at]);
        return { id: 100 + index, index, action: 'update', status: 'Updated', success: true };
      },
    ) as JobBody;
    const id = created.job_status.id;
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(created.job_status).toEqual({
      id,
      url: `https://acme.zendesk.com/api/v2/job_statuses/${id}.json`,
      status: 'queued',
      total: 4,
      progress: null,
      message: null,
      results: null,
    });
    expect(queue.inFlight()).toBe(1);
    now += 199;
    queue.advance();
    expect((queue.show(id) as JobBody).job_status.status).toBe('queued');
    now += 1 + 25; // two turns done
    queue.advance();
    expect((queue.show(id) as JobBody).job_status).toMatchObject({ status: 'working', progress: 2, results: null });
    expect(made).toEqual([
      [0, 1_000_210],
      [1, 1_000_220],
    ]);
    now += 100;
    queue.advance();
    const done = (queue.show(id) as JobBody).job_status;
    expect(done).toMatchObject({ status: 'completed', progress: 4, total: 4, message: 'Completed at 1970-01-01 00:16:40 +0000' });
    expect(done.results?.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(queue.inFlight()).toBe(0);
    expect(queue.show('nope')).toBeNull();
  });

  it('keeps finished jobs an hour, and the last 100 longer', () => {
    let now = 0;
    const queue = new JobQueue(() => now);
    queue.settings = { inFlightLimit: 1000, queuedMs: 0, msPerUser: 0 };
    const ok = (index: number): JobResult => ({ id: index, index, action: 'update', status: 'Updated', success: true });
    const ids = Array.from({ length: 150 }, () => (queue.create(1, (id) => id, ok) as JobBody).job_status.id);
    queue.advance();
    now += 59 * 60_000;
    queue.advance();
    expect(ids.every((id) => queue.show(id) !== null)).toBe(true);
    now += 2 * 60_000;
    queue.advance();
    expect(ids.filter((id) => queue.show(id) !== null).length).toBe(100);
  });
});

describe('update_many and job statuses', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ seats: 90, endUsers: 150 });
  });
  afterAll(() => t.close());
  beforeEach(() => t.control('/__standin/reset', 'POST', { jobQueuedMs: 40, jobMsPerUser: 20 }));

  const put = (path: string, body: unknown): Promise<Response> =>
    t.get(path, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const job = async (id: string): Promise<JobBody['job_status']> =>
    ((await (await t.get(`/api/v2/job_statuses/${id}.json`)).json()) as JobBody).job_status;
  const role = async (id: number): Promise<unknown> => ((await (await t.get(`/api/v2/users/${id}`)).json()) as { user: ZendeskUserWire }).user.role;
  const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
  const agents = (): ZendeskUserWire[] => t.api.account().users.filter((u) => u.role === 'agent' && u.id !== t.api.account().sampleAgentId);
  const log = async (): Promise<LoggedRequest[]> => (await t.control<{ requests: LoggedRequest[] }>('/__standin/requests')).body.requests;

  it('queues a change per user, makes them one by one, and reports each result', async () => {
    const account = t.api.account();
    const [a, b, c] = agents() as [ZendeskUserWire, ZendeskUserWire, ZendeskUserWire];
    // Turns at 160, 220, 280, 340 and 400 ms: room for a slow machine between the looks below.
    await t.control('/__standin/faults', 'POST', { jobQueuedMs: 100, jobMsPerUser: 60 });
    const res = await put('/api/v2/users/update_many', {
      users: [
        { id: a.id, role: 'end-user' },
        { id: account.ownerId, role: 'end-user' },
        { id: b.id, role: 'end-user' },
        { id: 1, role: 'end-user' },
        { id: c.id, role: 'end-user' },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('zendesk-ratelimit-inflight-jobs')).toBe('total=30; remaining=29');
    expect(res.headers.get('zendesk-ratelimit-create-update-user')).toMatch(/^total=100; remaining=99; resets=\d+$/);
    const { job_status: queued } = (await res.json()) as JobBody;
    const host = new URL(t.base).host;
    expect(queued).toEqual({
      id: queued.id,
      url: `https://${host}/api/v2/job_statuses/${queued.id}.json`,
      status: 'queued',
      total: 5,
      progress: null,
      message: null,
      results: null,
    });
    expect(await role(a.id)).toBe('agent');
    await sleep(100 + 60 * 2 + 30);
    const working = await job(queued.id);
    expect(working.status).toBe('working');
    expect(working.progress).toBeGreaterThanOrEqual(2);
    expect(working.progress).toBeLessThan(5);
    expect(await role(a.id)).toBe('end-user'); // half done: the first changes are made
    expect(await role(c.id)).toBe('agent');
    await sleep(60 * 3 + 20);
    const done = await job(queued.id);
    expect(done).toMatchObject({
      status: 'completed',
      progress: 5,
      total: 5,
      message: expect.stringMatching(/^Completed at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0000$/),
    });
    expect(done.results).toEqual([
      { id: a.id, index: 0, action: 'update', status: 'Updated', success: true },
      {
        id: account.ownerId,
        index: 1,
        action: 'update',
        status: 'Failed',
        success: false,
        error: 'RecordInvalid',
        details: 'Role cannot be changed for the account owner',
      },
      { id: b.id, index: 2, action: 'update', status: 'Updated', success: true },
      { id: 1, index: 3, action: 'update', status: 'Failed', success: false, error: 'RecordNotFound', details: 'Not found' },
      { id: c.id, index: 4, action: 'update', status: 'Updated', success: true },
    ]);
    expect(await role(c.id)).toBe('end-user');
    expect(await role(account.ownerId)).toBe('admin');
    expect(await job(queued.id)).toEqual(done); // still readable
    expect((await t.get('/api/v2/job_statuses/0123456789abcdef0123456789abcdef')).status).toBe(404);
  });

  it('takes ?ids= with one change for all, and refuses more than 100 users or a missing change', async () => {
    const [a, b] = agents() as [ZendeskUserWire, ZendeskUserWire];
    await t.control('/__standin/faults', 'POST', { jobQueuedMs: 0, jobMsPerUser: 0 });
    const res = await put(`/api/v2/users/update_many?ids=${a.id},${b.id}`, { user: { role: 'end-user' } });
    const { job_status: created } = (await res.json()) as JobBody;
    expect(created.total).toBe(2);
    expect(await job(created.id)).toMatchObject({ status: 'completed', progress: 2 });
    expect([await role(a.id), await role(b.id)]).toEqual(['end-user', 'end-user']);
    const ids = t.api
      .account()
      .users.slice(0, 101)
      .map((u) => u.id);
    const tooMany = await put(`/api/v2/users/update_many?ids=${ids.join(',')}`, { user: { role: 'end-user' } });
    expect(tooMany.status).toBe(400);
    expect(await tooMany.json()).toMatchObject({ error: 'InvalidValue', description: expect.any(String) });
    expect(tooMany.headers.get('zendesk-ratelimit-inflight-jobs')).toBe('total=30; remaining=30');
    expect((await put('/api/v2/users/update_many', { users: ids.map((id) => ({ id, role: 'end-user' })) })).status).toBe(400);
    expect((await put(`/api/v2/users/update_many?ids=${a.id}`, { role: 'end-user' })).status).toBe(400);
    expect((await put('/api/v2/users/update_many', { user: { role: 'end-user' } })).status).toBe(400);
    expect((await put('/api/v2/users/update_many', { users: [{ role: 'end-user' }] })).status).toBe(400);
  });

  it('allows jobsInFlight jobs at once: beyond, 429 TooManyJobs without Retry-After', async () => {
    await t.control('/__standin/faults', 'POST', { jobsInFlight: 2, jobQueuedMs: 300 });
    const [a, b, c] = agents() as [ZendeskUserWire, ZendeskUserWire, ZendeskUserWire];
    const first = await put('/api/v2/users/update_many', { users: [{ id: a.id, role: 'end-user' }] });
    expect(first.headers.get('zendesk-ratelimit-inflight-jobs')).toBe('total=2; remaining=1');
    const second = await put('/api/v2/users/update_many', { users: [{ id: b.id, role: 'end-user' }] });
    expect(second.headers.get('zendesk-ratelimit-inflight-jobs')).toBe('total=2; remaining=0');
    const third = await put('/api/v2/users/update_many', { users: [{ id: c.id, role: 'end-user' }] });
    expect(third.status).toBe(429);
    expect(await third.json()).toEqual({
      error: 'TooManyJobs',
      description: 'Number of allowed concurrent jobs exceeded. Please wait for jobs to finish and try again',
    });
    expect(third.headers.get('zendesk-ratelimit-inflight-jobs')).toBe('total=2; remaining=0');
    expect(third.headers.get('retry-after')).toBeNull();
    expect((await t.control<Json>('/__standin/faults')).body).toMatchObject({ jobsInFlight: 2, jobs: { inFlight: 2, remaining: 0 } });
    await sleep(300 + 20 + 30);
    expect((await put('/api/v2/users/update_many', { users: [{ id: c.id, role: 'end-user' }] })).status).toBe(200);
    expect((await log()).map((r) => [r.method, r.status, r.fault ?? null])).toEqual([
      ['PUT', 200, null],
      ['PUT', 200, null],
      ['PUT', 429, 'too-many-jobs'],
      ['PUT', 200, null],
    ]);
  });

  it('tooManyJobsNext refuses the next update_many requests only', async () => {
    const { body } = await t.control<Json>('/__standin/faults', 'POST', { tooManyJobsNext: { count: 1 } });
    expect(body.tooManyJobsNext).toEqual({ count: 1, path: null });
    const [a] = agents() as [ZendeskUserWire];
    expect((await put(`/api/v2/users/${a.id}`, { user: { role: 'agent' } })).status).toBe(200); // not an update_many: untouched
    const refused = await put('/api/v2/users/update_many', { users: [{ id: a.id, role: 'end-user' }] });
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as Json).error).toBe('TooManyJobs');
    expect(refused.headers.get('zendesk-ratelimit-inflight-jobs')).toBe('total=30; remaining=0');
    expect(refused.headers.get('retry-after')).toBeNull();
    expect((await put('/api/v2/users/update_many', { users: [{ id: a.id, role: 'end-user' }] })).status).toBe(200);
    expect((await t.control<Json>('/__standin/faults')).body.tooManyJobsNext).toBeNull();
    expect((await log()).map((r) => r.fault ?? null)).toEqual([null, 'too-many-jobs', null]);
    expect((await t.control('/__standin/faults', 'POST', { tooManyJobsNext: { count: 1, path: '/api/v2' } })).status).toBe(400);
  });
});

describe('the update-user limits', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ seats: 40, endUsers: 20 }, { updateUserPerMinute: 4, windowMs: 2000 });
  });
  afterAll(() => t.close());
  beforeEach(() => t.control('/__standin/reset', 'POST'));
  const put = (path: string, body: unknown): Promise<Response> =>
    t.get(path, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const agentIds = (): number[] =>
    t.api
      .account()
      .users.filter((u) => u.role === 'agent')
      .map((u) => u.id);

  it('counts both PUT endpoints against one budget and says so in a header; over it, 429 with Retry-After', async () => {
    const [a, b, c] = agentIds() as [number, number, number];
    expect((await t.get('/api/v2/users/me')).headers.get('zendesk-ratelimit-create-update-user')).toBeNull(); // reads spend nothing
    const headers: (string | null)[] = [];
    for (const res of [
      await put(`/api/v2/users/${a}`, { user: { role: 'agent' } }),
      await put('/api/v2/users/update_many', { users: [{ id: b, role: 'agent' }] }),
      await put(`/api/v2/users/${c}`, { user: { role: 'agent' } }),
      await put('/api/v2/users/1', { user: { role: 'agent' } }), // a 404 spends too
    ]) {
      expect(res.status).not.toBe(429);
      headers.push(res.headers.get('zendesk-ratelimit-create-update-user'));
    }
    expect(headers.map((h) => h?.replace(/resets=\d+/, 'resets=S'))).toEqual([
      'total=4; remaining=3; resets=S',
      'total=4; remaining=2; resets=S',
      'total=4; remaining=1; resets=S',
      'total=4; remaining=0; resets=S',
    ]);
    expect(Number(/resets=(\d+)/.exec(headers[0] ?? '')?.[1])).toBe(2);
    const limited = await put(`/api/v2/users/${a}`, { user: { role: 'end-user' } });
    expect(limited.status).toBe(429);
    expect(((await limited.json()) as Json).error).toBe('TooManyRequests');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited.headers.get('zendesk-ratelimit-create-update-user')).toMatch(/^total=4; remaining=0; resets=\d+$/);
    const many = await put('/api/v2/users/update_many', { users: [{ id: a, role: 'end-user' }] });
    expect(many.status).toBe(429);
    expect(many.headers.get('zendesk-ratelimit-inflight-jobs')).toMatch(/^total=30; remaining=(29|30)$/); // the job above may be done
    expect(((await (await t.get(`/api/v2/users/${a}`)).json()) as { user: ZendeskUserWire }).user.role).toBe('agent');
    const logged = (await t.control<{ requests: LoggedRequest[] }>('/__standin/requests')).body.requests;
    expect(logged.map((r) => r.fault ?? null).slice(-3)).toEqual(['rate-limit', 'rate-limit', null]);
  });

  it('allows 5 updates of one user per window through PUT /users/{id}', async () => {
    await t.control('/__standin/faults', 'POST', { updateUserPerMinute: 100 });
    const [a, b] = agentIds() as [number, number];
    for (let i = 0; i < 5; i++) expect((await put(`/api/v2/users/${a}`, { user: { role: 'agent' } })).status).toBe(200);
    const sixth = await put(`/api/v2/users/${a}`, { user: { role: 'agent' } });
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await put(`/api/v2/users/${b}`, { user: { role: 'agent' } })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 2000));
    expect((await put(`/api/v2/users/${a}`, { user: { role: 'agent' } })).status).toBe(200);
  });

  it('throttleNext with a PUT path throttles that write', async () => {
    const [a] = agentIds() as [number];
    await t.control('/__standin/faults', 'POST', { throttleNext: { count: 1, retryAfter: 7, path: '/api/v2/users/update_many' } });
    expect((await put(`/api/v2/users/${a}`, { user: { role: 'agent' } })).status).toBe(200);
    const throttled = await put('/api/v2/users/update_many', { users: [{ id: a, role: 'agent' }] });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('7');
  });

  it('takes its settings through /__standin/faults and /__standin/reset, and refuses bad ones', async () => {
    const { body } = await t.control<Json>('/__standin/faults', 'POST', { updateUserPerMinute: 9, jobsInFlight: 3, jobQueuedMs: 0, jobMsPerUser: 1 });
    expect(body).toMatchObject({
      updateUserPerMinute: 9,
      jobsInFlight: 3,
      jobQueuedMs: 0,
      jobMsPerUser: 1,
      updateUserWindow: { used: 0, remaining: 9 },
    });
    await t.control('/__standin/reset', 'POST', { jobsInFlight: 5 });
    expect((await t.control<Json>('/__standin/faults')).body).toMatchObject({
      updateUserPerMinute: 4,
      jobsInFlight: 5,
      jobQueuedMs: 200,
      jobMsPerUser: 10,
    });
    for (const bad of [{ jobsInFlight: 0 }, { updateUserPerMinute: -1 }, { jobQueuedMs: 1.5 }, { jobMsPerUser: 'fast' }]) {
      expect((await t.control('/__standin/faults', 'POST', bad)).status, JSON.stringify(bad)).toBe(400);
      expect((await t.control('/__standin/reset', 'POST', bad)).status, JSON.stringify(bad)).toBe(400);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { failure, fakeGateway, FakeZafClient, json, type ScriptedAnswer } from '../test/fakeZafClient';
import type { ZafRequestOptions } from '../zaf/sdk';
import { JobSlots, UpdateUserLimit } from '../zaf/writeLimits';
import type { RoleChange } from '../zendesk/roleChanges';
import { nextRead, runRoleChanges, type RunProgress } from './run';

const OWNER = 9;
const OWNER_REFUSAL = 'Role cannot be changed for the account owner';

/** A small Zendesk: update_many queues a job that completes on its second read; the owner is refused. */
function zendesk(options: { tooManyJobsOnce?: number; jobsLeft?: (jobs: number) => number; userLimitRemaining?: number } = {}) {
  const jobs = new Map<string, { ids: number[]; reads: number }>();
  let submits = 0;
  const log: string[] = [];
  const client = new FakeZafClient((req: ZafRequestOptions): ScriptedAnswer => {
    const path = req.url.split('?')[0] ?? '';
    log.push(`${req.type ?? 'GET'} ${path}`);
    const userHeader = { 'zendesk-ratelimit-create-update-user': `total=100; remaining=${options.userLimitRemaining ?? 99}; resets=7` };
    if (req.type === 'PUT' && path === '/api/v2/users/update_many') {
      submits += 1;
      if (submits === options.tooManyJobsOnce) {
        return failure(429, { 'zendesk-ratelimit-inflight-jobs': 'total=30; remaining=0' }, { error: 'TooManyJobs', description: 'Too many jobs' });
      }
      const ids = (JSON.parse(req.data ?? '{}') as { users: { id: number }[] }).users.map((u) => u.id);
      const id = `job${jobs.size + 1}`;
      jobs.set(id, { ids, reads: 0 });
      const left = options.jobsLeft ? options.jobsLeft(jobs.size) : 29;
      return json(
        {
          job_status: {
            id,
            url: `https://acme.zendesk.com/api/v2/job_statuses/${id}.json`,
            status: 'queued',
            total: ids.length,
            progress: null,
            results: null,
          },
        },
        { ...userHeader, 'zendesk-ratelimit-inflight-jobs': `total=30; remaining=${left}` },
      );
    }
    const job = /^\/api\/v2\/job_statuses\/(\w+)$/.exec(path);
    if (job) {
      const state = jobs.get(job[1] ?? '');
      if (!state) return failure(404, {}, { error: 'RecordNotFound', description: 'Not found' });
      state.reads += 1;
      const done = state.reads >= 2;
      const results = state.ids.map((id, index) =>
        id === OWNER
          ? { id, index, status: 'Failed', success: false, error: 'RecordInvalid', details: OWNER_REFUSAL }
          : { id, index, status: 'Updated', success: true },
      );
      return json({
        job_status: {
          id: job[1],
          status: done ? 'completed' : 'working',
          total: state.ids.length,
          progress: done ? state.ids.length : 1,
          results: done ? results : null,
        },
      });
    }
    const user = /^\/api\/v2\/users\/(\d+)$/.exec(path);
    if (req.type === 'PUT' && user) {
      const id = Number(user[1]);
      if (id === OWNER) {
        return failure(422, userHeader, {
          error: 'RecordInvalid',
          description: 'Record validation errors',
          details: { role: [{ description: OWNER_REFUSAL }] },
        });
      }
      return json({ user: { id, name: 'Released', email: 'r@example.com', role: 'end-user' } }, userHeader);
    }
    return failure(404, {}, { error: 'RecordNotFound' });
  });
  return { client, gateway: fakeGateway(client, { budget: null }), log, jobs };
}

const toEndUser = (ids: readonly number[]): RoleChange[] => ids.map((id) => ({ id, role: 'end-user', customRoleId: null }));
const ids = (from: number, n: number): number[] => Array.from({ length: n }, (_, i) => from + i);
const limits = () => ({ user: new UpdateUserLimit(60_000, Date.now, () => Promise.resolve()), jobs: new JobSlots() });
const quick = { pollDelaysMs: [0], fullWaitMs: 0, sleep: () => Promise.resolve() };

describe('runRoleChanges', () => {
  it('writes one seat with PUT /users/{id} and hands back the user Zendesk returned', async () => {
    const z = zendesk();
    const seats: unknown[] = [];
    const outcomes = await runRoleChanges(z.gateway, toEndUser([41]), {
      limits: limits(),
      ...quick,
      onOutcomes: (_o, s) => seats.push(...s.values()),
    });
    expect(z.log).toEqual(['PUT /api/v2/users/41']);
    expect(JSON.parse(z.client.requests[0]?.data ?? '')).toEqual({ user: { role: 'end-user' } });
    expect(outcomes.get(41)).toEqual({ code: 'done' });
    expect(seats).toEqual([null]); // an end user now: no longer a seat
  });

  it("reports the owner's refusal in Zendesk's words", async () => {
    const z = zendesk();
    const outcomes = await runRoleChanges(z.gateway, toEndUser([OWNER]), { limits: limits(), ...quick });
    expect(outcomes.get(OWNER)).toEqual({
      code: 'refused',
      refusal: { reason: 'owner', code: 'RecordInvalid', detail: `Record validation errors. role: ${OWNER_REFUSAL}` },
    });
  });

  it('releases 250 seats in three jobs of at most 100, read until completed, the owner refused in its job', async () => {
    const z = zendesk();
    const changes = toEndUser([...ids(100, 120), OWNER, ...ids(300, 129)]);
    const outcomes = await runRoleChanges(z.gateway, changes, { limits: limits(), ...quick });
    const submitted = z.client.requests
      .filter((r) => r.url === '/api/v2/users/update_many')
      .map((r) => (JSON.parse(r.data ?? '') as { users: unknown[] }).users.length);
    expect(submitted).toEqual([100, 100, 50]);
    expect([...outcomes.values()].filter((o) => o.code === 'done')).toHaveLength(249);
    expect(outcomes.get(OWNER)).toMatchObject({ code: 'refused', refusal: { reason: 'owner', detail: OWNER_REFUSAL } });
    // Two reads a job: working, then completed.
    expect(z.log.filter((l) => l.startsWith('GET /api/v2/job_statuses/'))).toHaveLength(6);
  });

  it('waits through TooManyJobs and sends the same users again: the batch never fails', async () => {
    const z = zendesk({ tooManyJobsOnce: 2 });
    const waits: (string | null)[] = [];
    const outcomes = await runRoleChanges(z.gateway, toEndUser(ids(1000, 250)), {
      limits: limits(),
      ...quick,
      onProgress: (p: RunProgress) => waits.push(p.waiting),
    });
    expect(z.log.filter((l) => l === 'PUT /api/v2/users/update_many')).toHaveLength(4);
    expect([...z.jobs.values()].map((j) => j.ids.length).sort((a, b) => a - b)).toEqual([50, 100, 100]);
    expect([...outcomes.values()].every((o) => o.code === 'done')).toBe(true);
    expect(outcomes.size).toBe(250);
    expect(waits).toContain('too-many-jobs');
  });

  it('never has more jobs in flight than the job limit header leaves', async () => {
    // After each job Zendesk says no slot is left: the next job waits for ours to complete.
    const z = zendesk({ jobsLeft: () => 0 });
    await runRoleChanges(z.gateway, toEndUser(ids(1000, 250)), { limits: limits(), ...quick });
    const order = z.log.map((l) => (l.startsWith('PUT') ? 'submit' : 'read'));
    expect(order).toEqual(['submit', 'read', 'read', 'submit', 'read', 'read', 'submit', 'read', 'read']);
  });

  it('Cancel sends no new job, follows the jobs already sent, and marks the rest not attempted', async () => {
    const z = zendesk({ jobsLeft: () => 0 });
    const cancel = new AbortController();
    const outcomes = await runRoleChanges(z.gateway, toEndUser(ids(1000, 250)), {
      limits: limits(),
      ...quick,
      cancel: cancel.signal,
      onProgress: (p) => {
        if (p.jobsInFlight === 1) cancel.abort();
      },
    });
    expect(z.jobs.size).toBe(1);
    const codes = [...outcomes.values()].map((o) => o.code);
    expect(codes.filter((c) => c === 'done')).toHaveLength(100);
    expect(codes.filter((c) => c === 'not-attempted')).toHaveLength(150);
  });

  it('holds the next write until the update-user limit resets when none remain', async () => {
    const slept: number[] = [];
    let t = 0;
    const userLimit = new UpdateUserLimit(
      60_000,
      () => t,
      (ms) => {
        slept.push(ms);
        t += ms;
        return Promise.resolve();
      },
    );
    const z = zendesk({ userLimitRemaining: 0 });
    await runRoleChanges(z.gateway, toEndUser([41]), { limits: { user: userLimit, jobs: new JobSlots() }, ...quick });
    await runRoleChanges(z.gateway, toEndUser([42]), { limits: { user: userLimit, jobs: new JobSlots() }, ...quick });
    expect(slept).toEqual([7000]);
  });

  it('a job Zendesk refuses outright (403) refuses its users and sends no more', async () => {
    const client = new FakeZafClient((req) =>
      req.type === 'PUT' ? failure(403, {}, { error: 'Forbidden', description: 'You do not have access' }) : failure(404),
    );
    const outcomes = await runRoleChanges(fakeGateway(client, { budget: null }), toEndUser(ids(1, 150)), { limits: limits(), ...quick });
    expect(client.requests).toHaveLength(1);
    expect(outcomes.get(1)).toMatchObject({ code: 'refused', refusal: { reason: 'forbidden' } });
    expect(outcomes.get(150)).toMatchObject({ code: 'not-attempted', failure: { code: 'gateway', status: 403 } });
  });
});

describe('nextRead', () => {
  const job = (phase: 'queued' | 'working', progress: number | null) => ({ id: 'j', phase, total: 100, progress, message: null, results: [] });

  it('reads a working job again when its pace says it will be done', () => {
    // 25 of 100 in 500 ms: 1,500 ms to go.
    expect(nextRead(job('working', 25), 100, 500, 1000)).toBe(1500);
  });

  it('keeps to the schedule before any progress, and within bounds after', () => {
    expect(nextRead(job('queued', null), 100, 500, 1000)).toBe(1000);
    expect(nextRead(job('working', 99), 100, 500, 1000)).toBe(250);
    expect(nextRead(job('working', 1), 100, 60_000, 1000)).toBe(5000);
  });
});

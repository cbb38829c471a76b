import { describe, expect, it } from 'vitest';
import { parseLimitHeader } from './limitHeader';
import { JobSlots, UpdateUserLimit } from './writeLimits';

describe('parseLimitHeader', () => {
  it("reads Zendesk's total / remaining / resets", () => {
    expect(parseLimitHeader('total=30; remaining=29')).toEqual({ total: 30, remaining: 29, resets: null });
    expect(parseLimitHeader('total=100; remaining=0; resets=41')).toEqual({ total: 100, remaining: 0, resets: 41 });
  });

  it('leaves what it cannot read unknown, never guessed', () => {
    expect(parseLimitHeader(undefined)).toBeNull();
    expect(parseLimitHeader('garbage')).toBeNull();
    expect(parseLimitHeader('total=-1; remaining=x; resets=4')).toEqual({ total: null, remaining: null, resets: 4 });
  });
});

describe('UpdateUserLimit', () => {
  const clock = () => {
    const c = { t: 0, slept: [] as number[] };
    return {
      c,
      limit: new UpdateUserLimit(
        60_000,
        () => c.t,
        (ms) => {
          c.slept.push(ms);
          c.t += ms;
          return Promise.resolve();
        },
      ),
    };
  };

  it('paces writes to the total Zendesk reports a minute', async () => {
    const { c, limit } = clock();
    limit.observe(200, { 'zendesk-ratelimit-create-update-user': 'total=2; remaining=2; resets=60' });
    await limit.take();
    await limit.take();
    expect(c.slept).toEqual([]);
    await limit.take();
    expect(c.slept).toEqual([60_600]);
  });

  it('holds until the limit resets when none remain', async () => {
    const { c, limit } = clock();
    limit.observe(200, { 'zendesk-ratelimit-create-update-user': 'total=100; remaining=0; resets=12' });
    await limit.take();
    expect(c.slept).toEqual([12_000]);
  });

  it('is unpaced until Zendesk names the limit', async () => {
    const { c, limit } = clock();
    for (let i = 0; i < 500; i++) await limit.take();
    expect(c.slept).toEqual([]);
  });
});

describe('JobSlots', () => {
  it('lets at most the headroom Zendesk reports run, counting our own jobs', async () => {
    const slots = new JobSlots();
    await slots.acquire();
    // Other integrations hold 27 of 30: after ours, 2 remain.
    slots.observe({ 'zendesk-ratelimit-inflight-jobs': 'total=30; remaining=2' });
    expect(slots.capacity).toBe(3);
    await slots.acquire();
    await slots.acquire();
    let fourth = false;
    const waiting = slots.acquire().then(() => (fourth = true));
    await Promise.resolve();
    expect(fourth).toBe(false);
    slots.release();
    await waiting;
    expect(fourth).toBe(true);
  });

  it('after TooManyJobs, the next job waits for one of ours to end', async () => {
    const slots = new JobSlots();
    await slots.acquire();
    await slots.acquire();
    slots.full();
    let third = false;
    const waiting = slots.acquire().then(() => (third = true));
    await Promise.resolve();
    expect(third).toBe(false);
    slots.release();
    await waiting;
    expect(slots.inFlight).toBe(2);
  });

  it('with none of ours running, reopen lets one try again', async () => {
    const slots = new JobSlots();
    slots.full();
    expect(slots.capacity).toBe(0);
    slots.reopen();
    await slots.acquire();
    expect(slots.inFlight).toBe(1);
  });

  it('a cancel ends the wait for a slot', async () => {
    const slots = new JobSlots(1);
    await slots.acquire();
    const cancel = new AbortController();
    const waiting = slots.acquire(cancel.signal);
    cancel.abort();
    await expect(waiting).rejects.toThrow('Cancelled');
  });
});

import { describe, expect, it } from 'vitest';
import { PlanBudget, rateLimitOf, type PlanBudgetOptions } from './planBudget';

/** A clock that moves only when the budget sleeps. */
function clocked(options: PlanBudgetOptions = {}) {
  let now = 0;
  const sleeps: number[] = [];
  const budget = new PlanBudget({
    minuteMs: 60_000,
    ...options,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  });
  return { budget, sleeps, at: () => now, advance: (ms: number) => (now += ms) };
}

const limit = (n: number, remaining = n - 1) => ({ 'x-rate-limit': String(n), 'x-rate-limit-remaining': String(remaining) });

describe('PlanBudget', () => {
  it('does not pace before Zendesk names its limit', async () => {
    const { budget, sleeps } = clocked();
    for (let i = 0; i < 1000; i++) await budget.take();
    expect(sleeps).toEqual([]);
    expect(budget.planLimit).toBeNull();
  });

  it('spends at most its share of the plan a minute, then waits for the window to slide', async () => {
    const { budget, sleeps, at } = clocked({ share: 0.5 });
    budget.observe(200, limit(200));
    for (let i = 0; i < 100; i++) await budget.take();
    expect(sleeps).toEqual([]);
    await budget.take();
    expect(at()).toBe(60_000);
    expect(budget.planLimit).toBe(200);
  });

  it('holds every request after a 429 until Retry-After has passed', async () => {
    const { budget, at } = clocked();
    budget.observe(429, { 'retry-after': '7', 'x-rate-limit': '700', 'x-rate-limit-remaining': '0' });
    await budget.take();
    expect(at()).toBe(7000);
    await budget.take();
    expect(at()).toBe(7000);
  });

  it('holds when the account is nearly out, for the reset Zendesk names or the requests missing', async () => {
    const named = clocked();
    named.budget.observe(200, { ...limit(700, 12), 'ratelimit-reset': '9' });
    await named.budget.take();
    expect(named.at()).toBe(9000);

    const computed = clocked();
    // Reserve 10% of 700 = 70; 60 left: wait for 11 requests' worth of a minute.
    computed.budget.observe(200, limit(700, 60));
    await computed.budget.take();
    expect(computed.at()).toBeCloseTo((11 * 60_000) / 700, 6);

    const plenty = clocked();
    plenty.budget.observe(200, limit(700, 71));
    await plenty.budget.take();
    expect(plenty.at()).toBe(0);
  });

  it('a 429 without Retry-After still holds a while, and a later hold never shortens an earlier one', async () => {
    const { budget, at } = clocked();
    budget.observe(429, {});
    budget.observe(200, limit(700, 699));
    await budget.take();
    expect(at()).toBe(10_000);
  });

  it('gives up waiting when cancelled', async () => {
    const budget = new PlanBudget({
      now: () => 0,
      sleep: async (_ms, signal) => {
        if (signal?.aborted) throw new Error('Cancelled');
      },
    });
    budget.observe(429, { 'retry-after': '30' });
    const controller = new AbortController();
    controller.abort();
    await expect(budget.take(controller.signal)).rejects.toThrow('Cancelled');
  });

  it('reads the limit from either header family', () => {
    expect(rateLimitOf({ 'x-rate-limit': '700' })).toBe(700);
    expect(rateLimitOf({ 'ratelimit-limit': '2500' })).toBe(2500);
    expect(rateLimitOf({ 'x-rate-limit': 'lots' })).toBeNull();
    expect(rateLimitOf({ 'x-rate-limit': '0' })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { GatewayError } from './errors';
import { PlanBudget } from './planBudget';
import { DEFAULT_RETRY_POLICY } from './retry';

/**
 * Every hold is bounded: the plan budget sleeps at most the retry policy's ceiling; asked
 * for longer, it refuses every request at once with a 'wait-too-long' error.
 */
const CEILING = DEFAULT_RETRY_POLICY.maxRetryAfterMs;
const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);

function clocked() {
  let now = NOW;
  const sleeps: number[] = [];
  const budget = new PlanBudget({
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  });
  return { budget, sleeps, advance: (ms: number) => (now += ms) };
}

async function refusal(take: Promise<void>): Promise<GatewayError> {
  const error = await take.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GatewayError);
  return error as GatewayError;
}

describe('PlanBudget: bounded holds', () => {
  it.each<[string, string]>([
    ['in seconds', '86400'],
    ['as an HTTP date', new Date(NOW + 86_400_000).toUTCString()],
  ])('a 429 asking for a day (%s) makes every take reject at once, sleeping nothing', async (_label, retryAfter) => {
    const { budget, sleeps } = clocked();
    budget.observe(429, { 'retry-after': retryAfter, 'x-rate-limit': '700', 'x-rate-limit-remaining': '0' });
    const first = await refusal(budget.take());
    expect(first).toMatchObject({ kind: 'wait-too-long', waitMs: 86_400_000, status: 429 });
    // Every stream is stopped, not only the refused request.
    await expect(budget.take()).rejects.toMatchObject({ kind: 'wait-too-long' });
    expect(sleeps).toEqual([]);
  });

  it('reads ratelimit-reset as seconds from now: 7200 with the account nearly out refuses the next take', async () => {
    const { budget, sleeps } = clocked();
    budget.observe(200, { 'x-rate-limit': '700', 'x-rate-limit-remaining': '5', 'ratelimit-reset': '7200' });
    const error = await refusal(budget.take());
    expect(error).toMatchObject({ kind: 'wait-too-long', waitMs: 7_200_000 });
    expect(sleeps).toEqual([]);
  });

  it('a hold within the ceiling still waits, exactly', async () => {
    const { budget, sleeps } = clocked();
    budget.observe(429, { 'retry-after': String(CEILING / 1000) });
    await budget.take();
    expect(sleeps).toEqual([CEILING]);
  });

  it('once the time Zendesk named has passed, requests flow again', async () => {
    const { budget, advance } = clocked();
    budget.observe(429, { 'retry-after': '3600' });
    await expect(budget.take()).rejects.toMatchObject({ kind: 'wait-too-long', waitMs: 3_600_000 });
    advance(3_600_000 - CEILING);
    // What is left is within the ceiling: waited.
    await expect(budget.take()).resolves.toBeUndefined();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeZafClient, failure, json, type ScriptedAnswer } from '../test/fakeZafClient';
import { GatewayError } from './errors';
import { AbortedError, ZendeskGateway } from './gateway';
import { DEFAULT_RETRY_POLICY } from './retry';

/** Points 1 and 7 of the gateway: every wait is bounded, and cancelling stops a request in flight. */
const CEILING = DEFAULT_RETRY_POLICY.maxRetryAfterMs;
const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);

/** A clock that moves only when the gateway sleeps, so waits are measured, not spent. */
function clockedGateway(answer: (url: string, index: number) => ScriptedAnswer, budget: boolean) {
  let now = NOW;
  const sleeps: number[] = [];
  const client = new FakeZafClient((o, i) => answer(o.url, i));
  const gateway = new ZendeskGateway(client, {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    random: () => 0,
    ...(budget ? {} : { budget: null }),
  });
  return { client, gateway, sleeps };
}

const dayAhead = new Date(NOW + 86_400_000).toUTCString();

describe('a Retry-After longer than the ceiling', () => {
  it.each<[string, string, boolean]>([
    ['86400 seconds, with the plan budget', '86400', true],
    ['an HTTP date a day ahead, with the plan budget', dayAhead, true],
    ['86400 seconds, without a budget (the SaaS endpoint’s path)', '86400', false],
    ['an HTTP date a day ahead, without a budget', dayAhead, false],
  ])('%s: fails with wait-too-long, never sleeping more than the ceiling', async (_label, retryAfter, budget) => {
    const { gateway, client, sleeps } = clockedGateway(
      (_url, i) => (i === 0 ? failure(429, { 'Retry-After': retryAfter }) : json({ late: true })),
      budget,
    );
    const error = (await gateway.request({ url: '/api/v2/users/count' }).catch((e: unknown) => e)) as GatewayError;
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({ kind: 'wait-too-long', waitMs: 86_400_000, status: 429, url: '/api/v2/users/count' });
    expect(client.requests).toHaveLength(1);
    expect(sleeps.every((ms) => ms <= CEILING)).toBe(true);
  });

  it('stops the other streams too: the next Zendesk request fails at once, unsent', async () => {
    const { gateway, client, sleeps } = clockedGateway((_url, i) => (i === 0 ? failure(429, { 'Retry-After': '86400' }) : json({})), true);
    await expect(gateway.request({ url: '/api/v2/users' })).rejects.toMatchObject({ kind: 'wait-too-long' });
    await expect(gateway.request({ url: '/api/v2/sessions' })).rejects.toMatchObject({ kind: 'wait-too-long', waitMs: 86_400_000 });
    expect(client.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('carries how long Zendesk asked (the screen words it: ui/text/errors.ts)', async () => {
    const { gateway } = clockedGateway(() => failure(429, { 'Retry-After': '600' }), false);
    await expect(gateway.request({ url: '/api/v2/users' })).rejects.toMatchObject({ kind: 'wait-too-long', waitMs: 600_000 });
  });

  it('a ratelimit-reset of hours with the account nearly out: the answer is used, the next request refused', async () => {
    const headers = { 'X-Rate-Limit': '700', 'X-Rate-Limit-Remaining': '3', 'ratelimit-reset': '7200' };
    const { gateway, client, sleeps } = clockedGateway(() => json({ ok: 1 }, headers), true);
    await expect(gateway.request({ url: '/api/v2/users' })).resolves.toMatchObject({ body: { ok: 1 } });
    await expect(gateway.request({ url: '/api/v2/users' })).rejects.toMatchObject({ kind: 'wait-too-long', waitMs: 7_200_000 });
    expect(client.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('a Retry-After within the ceiling is still waited exactly', async () => {
    const { gateway, sleeps } = clockedGateway((_url, i) => (i === 0 ? failure(429, { 'Retry-After': String(CEILING / 1000) }) : json({})), true);
    await gateway.request({ url: '/api/v2/users' });
    expect(sleeps).toEqual([CEILING]);
  });
});

describe('cancel', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('aborts a request in flight at once, not at the 60 s timeout', async () => {
    vi.useFakeTimers();
    const client = new FakeZafClient(() => ({ hang: true }));
    const gateway = new ZendeskGateway(client);
    const controller = new AbortController();
    let outcome: unknown = 'pending';
    gateway.request({ url: '/api/v2/users' }, { signal: controller.signal }).then(
      () => (outcome = 'resolved'),
      (error: unknown) => (outcome = error),
    );
    setTimeout(() => controller.abort(), 10);
    await vi.advanceTimersByTimeAsync(10);
    expect(outcome).toBeInstanceOf(AbortedError);
    expect(client.requests).toHaveLength(1);
    // The 60 s timeout is cleared, nothing is left to fire.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a request already cancelled is never sent', async () => {
    const client = new FakeZafClient(() => json({}));
    const controller = new AbortController();
    controller.abort();
    await expect(new ZendeskGateway(client).request({ url: '/api/v2/users' }, { signal: controller.signal })).rejects.toBeInstanceOf(AbortedError);
    expect(client.requests).toHaveLength(0);
  });
});

describe('a soft stop (another stream failed)', () => {
  it('keeps an answer already on its way, then starts no further attempt', async () => {
    let answer: (value: { status: number; headers: Record<string, string>; responseJSON: unknown }) => void = () => undefined;
    const client = new FakeZafClient(() => json({}));
    client.request = (options) => {
      client.requests.push(options);
      return new Promise((resolve) => (answer = resolve));
    };
    const gateway = new ZendeskGateway(client, { budget: null });
    const stop = new AbortController();
    const first = gateway.request({ url: '/api/v2/users?page=2' }, { stop: stop.signal });
    await vi.waitFor(() => expect(client.requests).toHaveLength(1));
    stop.abort();
    answer({ status: 200, headers: {}, responseJSON: { users: [] } });
    // Before, one signal did both: the page Zendesk had already served was thrown away.
    await expect(first).resolves.toMatchObject({ status: 200, body: { users: [] } });
    await expect(gateway.request({ url: '/api/v2/users?page=3' }, { stop: stop.signal })).rejects.toBeInstanceOf(AbortedError);
    expect(client.requests).toHaveLength(1);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { FakeZafClient, failure, json, type ScriptedAnswer } from '../test/fakeZafClient';
import { GatewayError } from './errors';
import { AbortedError, ZendeskGateway } from './gateway';
import { linkOnAccount, nextCursorUrl } from './paging';
import { DEFAULT_RETRY_POLICY } from './retry';

function gatewayWith(script: ScriptedAnswer[], extra: Partial<ConstructorParameters<typeof ZendeskGateway>[1]> = {}) {
  const client = new FakeZafClient((_o, i) => script[i] ?? failure(599));
  const sleeps: number[] = [];
  const gateway = new ZendeskGateway(client, {
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0,
    now: () => 0,
    // The clock here stands still: the plan budget has its own tests below.
    budget: null,
    ...extra,
  });
  return { client, gateway, sleeps };
}

describe('ZendeskGateway.request', () => {
  it('asks the SDK for the complete response, with the framework’s own retry off', async () => {
    const { client, gateway } = gatewayWith([json({ ok: true })]);
    const response = await gateway.request({ url: '/api/v2/users/me' });
    expect(response.body).toEqual({ ok: true });
    expect(client.requests[0]).toMatchObject({ url: '/api/v2/users/me', type: 'GET', httpCompleteResponse: true, autoRetry: false, cors: false });
  });

  it('sends a JSON body and secure flag when asked', async () => {
    const { client, gateway } = gatewayWith([json({})]);
    await gateway.request({
      url: 'https://saas.example.com/x',
      method: 'POST',
      json: { a: 1 },
      secure: true,
      headers: { Authorization: 'Bearer {{setting.saas_token}}' },
    });
    expect(client.requests[0]).toMatchObject({
      type: 'POST',
      contentType: 'application/json',
      data: '{"a":1}',
      secure: true,
      headers: { Authorization: 'Bearer {{setting.saas_token}}' },
    });
  });

  it('waits exactly Retry-After seconds on 429, then succeeds', async () => {
    const onRetry = vi.fn();
    const { gateway, sleeps } = gatewayWith([failure(429, { 'Retry-After': '7' }), failure(429, { 'retry-after': '2' }), json({ done: 1 })]);
    const response = await gateway.request({ url: '/api/v2/users' }, { onRetry });
    expect(response.body).toEqual({ done: 1 });
    expect(sleeps).toEqual([7000, 2000]);
    expect(onRetry).toHaveBeenCalledWith(expect.objectContaining({ reason: 'rate-limited', delayMs: 7000, status: 429 }));
  });

  it('retries 5xx with growing, capped backoff and gives up after the policy’s attempts', async () => {
    const { gateway, sleeps, client } = gatewayWith(Array.from({ length: 10 }, () => failure(503, {}, '<html>down</html>')));
    const error = await gateway.request({ url: '/api/v2/users' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect((error as GatewayError).kind).toBe('server');
    expect(error).toMatchObject({ attempts: DEFAULT_RETRY_POLICY.maxAttempts });
    expect(client.requests).toHaveLength(DEFAULT_RETRY_POLICY.maxAttempts);
    // random() = 0 → half of each step: 250, 500, 1000, 2000, 4000 (cap 8000 / 2)
    expect(sleeps).toEqual([250, 500, 1000, 2000, 4000]);
  });

  it('recovers from a 5xx burst', async () => {
    const { gateway } = gatewayWith([failure(500), failure(502), json({ users: [] })]);
    await expect(gateway.request({ url: '/api/v2/users' })).resolves.toMatchObject({ status: 200 });
  });

  it('treats a network failure (status 0) as retryable', async () => {
    const { gateway, sleeps } = gatewayWith([failure(0), json({})]);
    await gateway.request({ url: '/x' });
    expect(sleeps).toHaveLength(1);
  });

  it('never retries a 4xx other than 429, and maps Zendesk’s error body', async () => {
    const { gateway, client } = gatewayWith([failure(403, {}, { error: 'Forbidden', description: 'You do not have access to this page.' })]);
    const error = (await gateway.request({ url: '/api/v2/users' }).catch((e: unknown) => e)) as GatewayError;
    expect(client.requests).toHaveLength(1);
    expect(error.kind).toBe('forbidden');
    expect(error.message).toContain('You do not have access to this page.');
  });

  it('gives up on a 429 storm after the allowed waits', async () => {
    const { gateway, client } = gatewayWith(Array.from({ length: 40 }, () => failure(429, { 'retry-after': '1' })));
    const error = (await gateway.request({ url: '/api/v2/users' }).catch((e: unknown) => e)) as GatewayError;
    expect(error.kind).toBe('rate-limited');
    expect(client.requests).toHaveLength(DEFAULT_RETRY_POLICY.maxRateLimitWaits + 1);
  });

  it('counts a host that never answers as a network error after the timeout', async () => {
    vi.useFakeTimers();
    try {
      const { gateway } = gatewayWith([{ hang: true }, json({ late: false })], { timeoutMs: 1000 });
      const pending = gateway.request({ url: '/x' });
      await vi.advanceTimersByTimeAsync(1000);
      await expect(pending).resolves.toMatchObject({ body: { late: false } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops waiting when cancelled', async () => {
    const abort = new AbortController();
    const { gateway } = gatewayWith([failure(429, { 'retry-after': '1' })], {
      sleep: async () => {
        abort.abort();
        throw new AbortedError();
      },
    });
    await expect(gateway.request({ url: '/x' }, { signal: abort.signal })).rejects.toBeInstanceOf(AbortedError);
  });

  it('resizes through the SDK', async () => {
    const { gateway, client } = gatewayWith([]);
    await gateway.resize({ width: '100%', height: '100%' });
    expect(client.invoked).toEqual([['resize', { width: '100%', height: '100%' }]]);
  });
});

describe('cursor paging', () => {
  const page = (ids: number[], next: string | null) => ({
    users: ids.map((id) => ({ id })),
    meta: { has_more: next !== null, after_cursor: next ? 'c' : null, before_cursor: null },
    links: { next, prev: null },
  });

  it('follows links.next while meta.has_more, keeping only path and query', async () => {
    const { gateway, client } = gatewayWith([
      json(page([1, 2], 'https://acme.zendesk.com/api/v2/users?page%5Bafter%5D=a&page%5Bsize%5D=2')),
      json(page([3], 'https://acme.zendesk.com/api/v2/users?page%5Bafter%5D=b&page%5Bsize%5D=2')),
      json(page([4], null)),
    ]);
    const seen: unknown[] = [];
    for await (const p of gateway.pages('/api/v2/users?page[size]=2')) seen.push(p.body);
    expect(seen).toHaveLength(3);
    expect(client.requests.map((r) => r.url)).toEqual([
      '/api/v2/users?page[size]=2',
      '/api/v2/users?page%5Bafter%5D=a&page%5Bsize%5D=2',
      '/api/v2/users?page%5Bafter%5D=b&page%5Bsize%5D=2',
    ]);
  });

  it('stops when has_more is false even if a next link is present', () => {
    const next = (body: unknown) => nextCursorUrl(body, '/api/v2/users', null);
    expect(next({ meta: { has_more: false }, links: { next: '/api/v2/users?page%5Bafter%5D=x' } })).toBeNull();
    expect(next(null)).toBeNull();
    expect(next('html')).toBeNull();
  });

  it('makes absolute Zendesk links relative', () => {
    expect(linkOnAccount('https://acme.zendesk.com/api/v2/users?x=1', null)).toBe('/api/v2/users?x=1');
    expect(linkOnAccount('/api/v2/users?x=1', null)).toBe('/api/v2/users?x=1');
    expect(linkOnAccount('https://acme.zendesk.com/api/v2/users?x=1', ['https://acme.zendesk.com'])).toBe('/api/v2/users?x=1');
  });
});

describe('ZendeskGateway plan budget', () => {
  /** A clock that moves when anything sleeps, so waits are measured, not spent. */
  function clockedGateway(answer: (url: string, index: number) => ScriptedAnswer) {
    let now = 0;
    const client = new FakeZafClient((o, i) => answer(o.url, i));
    const gateway = new ZendeskGateway(client, {
      now: () => now,
      sleep: async (ms) => {
        now += ms;
      },
      random: () => 0,
    });
    return { client, gateway, at: () => now };
  }

  it('after a 429, holds the next Zendesk request too until Retry-After has passed', async () => {
    const { gateway, at } = clockedGateway((url, i) =>
      i === 0
        ? failure(429, { 'Retry-After': '5', 'X-Rate-Limit': '700', 'X-Rate-Limit-Remaining': '0' })
        : json({ url }, { 'X-Rate-Limit': '700', 'X-Rate-Limit-Remaining': '600' }),
    );
    await gateway.request({ url: '/api/v2/users/count' });
    const afterRetry = at();
    expect(afterRetry).toBe(5000);
    await gateway.request({ url: '/api/v2/custom_roles' });
    expect(at()).toBe(afterRetry);
    expect(gateway.budget?.planLimit).toBe(700);
  });

  it('never paces the SaaS endpoint by Zendesk’s budget', async () => {
    const { gateway, at } = clockedGateway(() => json({}, { 'X-Rate-Limit': '700', 'X-Rate-Limit-Remaining': '0' }));
    await gateway.request({ url: '/api/v2/users/count' });
    await gateway.request({ url: 'https://saas.example.com/snapshots', method: 'POST', secure: true });
    expect(at()).toBe(0);
    await gateway.request({ url: '/api/v2/users/count' });
    expect(at()).toBeGreaterThan(0);
  });
});

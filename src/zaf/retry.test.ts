import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter, retryDecision, type AttemptCounts, type RetryPolicy } from './retry';

const NOW = Date.UTC(2025, 5, 15, 12, 0, 0);
const policy: RetryPolicy = {
  maxAttempts: 4,
  maxRateLimitWaits: 3,
  baseDelayMs: 100,
  maxDelayMs: 1_000,
  maxRetryAfterMs: 60_000,
};
const low = () => 0;
const high = () => 1;
const counts = (failures: number, rateLimits: number): AttemptCounts => ({ failures, rateLimits });

describe('DEFAULT_RETRY_POLICY', () => {
  it('6 attempts, 12 rate-limit waits, 0.5 s → 8 s backoff, Retry-After up to 5 min', () => {
    expect(DEFAULT_RETRY_POLICY).toEqual({
      maxAttempts: 6,
      maxRateLimitWaits: 12,
      baseDelayMs: 500,
      maxDelayMs: 8_000,
      maxRetryAfterMs: 300_000,
    });
  });
});

describe('parseRetryAfter', () => {
  it.each<[string, string | undefined, number | null]>([
    ['undefined', undefined, null],
    ['whole seconds', '30', 30_000],
    ['zero', '0', 0],
    ['padded seconds', ' 7 ', 7_000],
    ['decimal seconds', '1.5', 1_500],
    ['a tiny decimal, rounded up', '0.0001', 1],
    ['a decimal rounded up to the next ms', '2.0004', 2_001],
    ['an HTTP date 90 s ahead', new Date(NOW + 90_000).toUTCString(), 90_000],
    ['the RFC 9110 example date form', 'Sun, 15 Jun 2025 12:02:00 GMT', 120_000],
    ['an HTTP date in the past → 0', new Date(NOW - 60_000).toUTCString(), 0],
    ['garbage', 'soon', null],
    ['empty', '', null],
    ['blank', '   ', null],
    ['seconds with a unit', '5 seconds', null],
    ['seconds in exponent notation', '1e3', null],
  ])('%s → %j', (_label, value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });
});

describe('backoffDelay', () => {
  it.each<[number, number, number]>([
    // failures, with random 0 (half the step), with random 1 (the full step)
    [1, 50, 100],
    [2, 100, 200],
    [3, 200, 400],
    [4, 400, 800],
    [5, 500, 1_000], // 1600 capped at 1000
    [6, 500, 1_000],
    [30, 500, 1_000],
  ])('failure %i → %i ms (random 0) … %i ms (random 1)', (failures, atLow, atHigh) => {
    expect(backoffDelay(failures, policy, low)).toBe(atLow);
    expect(backoffDelay(failures, policy, high)).toBe(atHigh);
  });

  it('random 0.5 lands three quarters of the step', () => {
    expect(backoffDelay(3, policy, () => 0.5)).toBe(300);
  });

  it('rounds to whole milliseconds', () => {
    expect(backoffDelay(1, policy, () => 1 / 3)).toBe(67);
  });

  it('grows with the default policy up to 8 s', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map((f) => backoffDelay(f, DEFAULT_RETRY_POLICY, high));
    expect(delays).toEqual([500, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000]);
  });
});

describe('retryDecision: 429', () => {
  it('waits exactly what Retry-After asks', () => {
    expect(retryDecision({ status: 429, retryAfter: '12' }, counts(0, 1), policy, NOW, low)).toEqual({
      retry: true,
      delayMs: 12_000,
      reason: 'rate-limited',
    });
  });

  it('honours an HTTP-date Retry-After', () => {
    const retryAfter = new Date(NOW + 5_000).toUTCString();
    expect(retryDecision({ status: 429, retryAfter }, counts(0, 1), policy, NOW, low)).toEqual({
      retry: true,
      delayMs: 5_000,
      reason: 'rate-limited',
    });
  });

  it('Retry-After 0 → retry at once', () => {
    expect(retryDecision({ status: 429, retryAfter: '0' }, counts(0, 1), policy, NOW, high)).toEqual({
      retry: true,
      delayMs: 0,
      reason: 'rate-limited',
    });
  });

  it('a Retry-After of exactly maxRetryAfterMs is waited in full', () => {
    expect(retryDecision({ status: 429, retryAfter: '60' }, counts(0, 1), policy, NOW, low)).toEqual({
      retry: true,
      delayMs: 60_000,
      reason: 'rate-limited',
    });
  });

  it.each<[string, string, number]>([
    ['a second above the limit', '61', 61_000],
    ['a day', '86400', 86_400_000],
    ['an HTTP date a day ahead', new Date(NOW + 86_400_000).toUTCString(), 86_400_000],
  ])('a Retry-After of %s is never clamped: not retried, with what Zendesk asked', (_label, retryAfter, waitMs) => {
    expect(retryDecision({ status: 429, retryAfter }, counts(0, 1), policy, NOW, low)).toEqual({ retry: false, waitMs });
  });

  it('a too-long Retry-After is reported as such even once the rate-limit waits are used up', () => {
    expect(retryDecision({ status: 429, retryAfter: '86400' }, counts(0, 10), policy, NOW, low)).toEqual({ retry: false, waitMs: 86_400_000 });
  });

  it('one second under the limit is waited in full', () => {
    expect(retryDecision({ status: 429, retryAfter: '59' }, counts(0, 1), policy, NOW, low)).toMatchObject({ delayMs: 59_000 });
  });

  it.each<[string | undefined, number, number]>([
    [undefined, 1, 50],
    [undefined, 2, 100],
    [undefined, 3, 200],
    ['garbage', 2, 100],
  ])('without a usable Retry-After (%j), backs off by the rate-limit count (%i → %i ms)', (retryAfter, rateLimits, delayMs) => {
    expect(retryDecision({ status: 429, retryAfter }, counts(0, rateLimits), policy, NOW, low)).toEqual({
      retry: true,
      delayMs,
      reason: 'rate-limited',
    });
  });

  it('waits up to maxRateLimitWaits times, then gives up', () => {
    const decide = (rateLimits: number) => retryDecision({ status: 429, retryAfter: '1' }, counts(0, rateLimits), policy, NOW, low);
    expect([1, 2, 3].map((n) => decide(n).retry)).toEqual([true, true, true]);
    expect(decide(4)).toEqual({ retry: false });
    expect(decide(10)).toEqual({ retry: false });
  });

  it('rate-limit waits do not use up the attempts kept for server errors', () => {
    expect(retryDecision({ status: 429, retryAfter: '1' }, counts(policy.maxAttempts, 1), policy, NOW, low).retry).toBe(true);
  });
});

describe('retryDecision: server and network errors', () => {
  it.each([500, 502, 503, 504, 599])('%i is retried with backoff as a server error', (status) => {
    expect(retryDecision({ status, retryAfter: undefined }, counts(1, 0), policy, NOW, low)).toEqual({
      retry: true,
      delayMs: 50,
      reason: 'server-error',
    });
  });

  it('status 0 (network error or timeout) is retried as a network error', () => {
    expect(retryDecision({ status: 0, retryAfter: undefined }, counts(2, 0), policy, NOW, high)).toEqual({
      retry: true,
      delayMs: 200,
      reason: 'network-error',
    });
  });

  it.each([0, 500, 502, 503, 504])('%i: retried until maxAttempts failures, then not', (status) => {
    const decide = (failures: number) => retryDecision({ status, retryAfter: undefined }, counts(failures, 0), policy, NOW, high);
    expect([1, 2, 3].map((f) => decide(f))).toEqual([
      { retry: true, delayMs: 100, reason: status === 0 ? 'network-error' : 'server-error' },
      { retry: true, delayMs: 200, reason: status === 0 ? 'network-error' : 'server-error' },
      { retry: true, delayMs: 400, reason: status === 0 ? 'network-error' : 'server-error' },
    ]);
    expect(decide(4)).toEqual({ retry: false });
    expect(decide(5)).toEqual({ retry: false });
  });

  it('a 503 Retry-After is not used: server errors back off on their own schedule', () => {
    expect(retryDecision({ status: 503, retryAfter: '120' }, counts(1, 0), policy, NOW, high)).toEqual({
      retry: true,
      delayMs: 100,
      reason: 'server-error',
    });
  });

  it('with the default policy, the sixth failure is the last', () => {
    const decide = (failures: number) => retryDecision({ status: 502, retryAfter: undefined }, counts(failures, 0), DEFAULT_RETRY_POLICY, NOW, low);
    expect(decide(5).retry).toBe(true);
    expect(decide(6).retry).toBe(false);
  });
});

describe('retryDecision: never retried', () => {
  it.each([400, 401, 403, 404, 409, 422, 499, 600, 200, 302, -1])('%i', (status) => {
    expect(retryDecision({ status, retryAfter: '1' }, counts(1, 0), policy, NOW, low)).toEqual({ retry: false });
  });
});

describe('garbled Retry-After values', () => {
  it.each(['-5', '-1', '+5', '5.', '1,5', 'abc 1', 'Tuesday'])('%s is not read as a date', (value) => {
    expect(parseRetryAfter(value, 0)).toBeNull();
  });
});

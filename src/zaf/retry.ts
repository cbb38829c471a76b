/**
 * When to try a Zendesk request again, and after how long. Pure, so every branch is
 * tested without waiting: 429 waits exactly what Retry-After asks, unless it asks for
 * longer than maxRetryAfterMs (then the load stops and says how long); 5xx, timeouts and
 * network errors back off exponentially (capped, jittered); other 4xx never retry.
 */
export interface RetryPolicy {
  /** Attempts in all for server and network errors. */
  maxAttempts: number;
  /** Rate-limit waits allowed before giving up (each one is Zendesk telling us when). */
  maxRateLimitWaits: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * Longest wait Zendesk may impose (Retry-After, ratelimit-reset): the ceiling of every
   * hold. Asked for more, the request fails with kind 'wait-too-long' instead of waiting.
   */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  maxRateLimitWaits: 12,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 300_000,
};

export type RetryReason = 'rate-limited' | 'server-error' | 'network-error';

/** `waitMs`: not retried because Zendesk asked to wait this long, beyond maxRetryAfterMs. */
export type RetryDecision = { retry: false; waitMs?: number } | { retry: true; delayMs: number; reason: RetryReason };

export interface FailureFacts {
  /** HTTP status; 0 for a network error or timeout. */
  status: number;
  retryAfter: string | undefined;
}

export interface AttemptCounts {
  /** Server and network failures so far, this one included. */
  failures: number;
  /** 429s so far, this one included. */
  rateLimits: number;
}

/** Retry-After is seconds or an HTTP date (RFC 9110); Zendesk sends seconds. */
export function parseRetryAfter(value: string | undefined, now: number): number | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  // Only an IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"): Date.parse reads garbage like "-5" as a date.
  if (!/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(trimmed)) return null;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export function backoffDelay(failures: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - 1));
  // "Equal jitter": never less than half the step, so retries still spread out.
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export function retryDecision(failure: FailureFacts, counts: AttemptCounts, policy: RetryPolicy, now: number, random: () => number): RetryDecision {
  if (failure.status === 429) {
    const asked = parseRetryAfter(failure.retryAfter, now);
    // Never clamped: waiting less than asked earns another 429, waiting hours freezes the review.
    if (asked !== null && asked > policy.maxRetryAfterMs) return { retry: false, waitMs: asked };
    if (counts.rateLimits > policy.maxRateLimitWaits) return { retry: false };
    const delayMs = asked === null ? backoffDelay(counts.rateLimits, policy, random) : asked;
    return { retry: true, delayMs, reason: 'rate-limited' };
  }
  const serverError = failure.status >= 500 && failure.status <= 599;
  if (!serverError && failure.status !== 0) return { retry: false };
  if (counts.failures >= policy.maxAttempts) return { retry: false };
  return { retry: true, delayMs: backoffDelay(counts.failures, policy, random), reason: serverError ? 'server-error' : 'network-error' };
}
